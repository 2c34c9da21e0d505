"""One quantity, one row (link/same_quantity.py): a share the reader found no noun for joins the share of the same
figure other outlets name, and a word of amount says no other figure; on sentences written for these tests."""

from __future__ import annotations

import dataclasses

from storyline.link.reconcile import _Report, reconcile
from storyline.link.same_quantity import vague_fits
from storyline.model import Article, Claim
from tests.link.made_claims import art, claim, groups


def share(cid: str, number_text: str, value: float, text: str, counted: str | None = None) -> Claim:
    return claim(cid, number_text, value, text, measure="percent", unit="percent", counted=counted, role="objects")


def vague(cid: str, number_text: str, text: str, counted: str) -> Claim:
    made = claim(cid, number_text, 0, text, counted=counted, role="other", qualifier="vague")
    return dataclasses.replace(made, value=None, low=None, high=None)


def named_shares() -> list[Article]:
    """Two outlets that name the share they give: 12 percent of the workforce (articles a and b)."""
    return [
        art("a", share("a:c1", "12 percent", 12, "The mill will shed 12 percent of its workforce by spring.",
                       "workforce")),
        art("b", share("b:c1", "12 percent", 12, "Owners plan to cut 12 percent of the workforce.", "workforce")),
    ]


# -- a bare share whose sentence names another share's noun is that share ------------------------------------------

def test_a_bare_share_naming_the_noun_joins_the_named_share() -> None:
    facts = reconcile([
        *named_shares(),
        art("c", share("c:c1", "12 per cent", 12, "The mill is shedding 12 per cent of its work force this year.")),
        art("d", share("d:c1", "12%", 12, "Managers said 12% of the workforce would go.")),
    ], story="s")
    assert {"a:c1", "b:c1", "c:c1", "d:c1"} in groups(facts)


def test_a_bare_share_of_another_figure_or_noun_stays_apart() -> None:
    facts = reconcile([
        *named_shares(),
        # another figure beside the noun, and the same figure of something the sentence does not call the workforce
        art("c", share("c:c1", "30 percent", 30, "Owners once cut 30 percent of the workforce.")),
        art("d", share("d:c1", "12 percent", 12, "Timber prices rose 12 percent over the winter.")),
        art("e", share("e:c1", "12 percent", 12,
                       "Exports rose 12 percent, and prices of the workforce's housing fell.")),
    ], story="s")
    together = next(g for g in groups(facts) if "a:c1" in g)
    assert together == {"a:c1", "b:c1"}


def test_a_bare_share_from_an_article_that_names_another_figure_stays_apart() -> None:
    # the article gives the workforce share as 12: its bare 9 percent is some other share, even of the same noun
    facts = reconcile([
        art("a", share("a:c1", "12 percent", 12, "The mill will shed 12 percent of its workforce by spring.",
                       "workforce")),
        art("b", share("b:c1", "12 percent", 12, "Owners plan to cut 12 percent of the workforce.", "workforce"),
            share("b:c2", "9 percent", 9, "Last year 9 percent of the workforce left.")),
        art("c", share("c:c1", "9 percent", 9, "About 9 percent of the workforce left last year.")),
    ], story="s")
    assert not any({"a:c1", "b:c2"} <= g or {"a:c1", "c:c1"} <= g for g in groups(facts))


# -- a word of amount says no other figure ------------------------------------------------------------------------

def report(c: Claim) -> _Report:
    from storyline.link.reconcile import interval
    low, high = interval(c)
    return _Report(claim=c, outlet=c.article, when=None, low=low, high=high)


def test_several_allows_seven_and_dozens_does_not() -> None:
    seven = report(claim("a:c1", "Seven", 7, "Seven climbers were stranded on the ridge.", counted="climbers"))
    several = report(vague("b:c1", "several", "Rescuers reached several climbers by noon.", "climbers"))
    dozens = report(vague("c:c1", "dozens", "Dozens of climbers waited at the hut.", "climbers"))
    assert vague_fits(several, seven)
    assert not vague_fits(dozens, seven)
    assert not vague_fits(seven, several)  # an exact figure is no word of amount


def miners_and(word: Claim) -> list[Article]:
    """Two outlets that count seven miners, and a third that counts seven crewmen and then gives ``word``."""
    return [
        art("a", claim("a:c1", "Seven", 7, "Seven miners were trapped below the collapsed shaft.", counted="miners",
                       role="other")),
        art("b", claim("b:c1", "seven", 7, "Crews worked through the night to free seven miners.", counted="miners",
                       role="other")),
        art("c", claim("c:c1", "Seven", 7, "Seven crewmen were brought to the surface at dawn.", counted="crewmen",
                       role="other"), word),
    ]


def test_a_count_with_a_word_of_amount_joins_the_count_of_its_figure() -> None:
    facts = reconcile(miners_and(vague("c:c2", "several", "Medics treated several crewmen for smoke.", "crewmen")),
                      story="s")
    assert {"a:c1", "b:c1", "c:c1", "c:c2"} in groups(facts)


def test_a_word_of_amount_that_allows_not_the_figure_stays_apart() -> None:
    facts = reconcile(miners_and(vague("c:c2", "dozens", "Dozens of crewmen gathered at the pithead.", "crewmen")),
                      story="s")
    assert not any({"a:c1", "c:c2"} <= g for g in groups(facts))
