"""Who stands behind a fact, as the terminal and the HTML report show it: copies of one wire
report are one source, the agency is named when the articles name it, facts come in rank
order and minor figures are folded."""

from __future__ import annotations

import pytest

from storyline.api import Analysis
from storyline.model import Article, Claim, Dossier, Fact, RemovedLine, Story
from storyline.report import html, sourcing, terminal

WIRE = ("PORTVALE (Reuters) - Fire crews fought a blaze at a chemical depot outside Portvale through the night, "
        "and 7 workers were taken to hospital with burns, the fire service said.")


def claim(cid: str, article: str, number_text: str, measure: str = "injured") -> Claim:
    return Claim(id=cid, article=article, start=0, end=20, text="…", number_text=number_text, value=7, low=7, high=7,
                 qualifier="exact", unit="people", measure=measure, subject=None, subject_group="unspecified",
                 location="Portvale", as_of=None, attributed_to=None)


def fact(fid: str, label: str, claims: tuple[str, ...], *, sources: int, rank: int, measure: str = "injured",
         copies: tuple[tuple[str, ...], ...] = ()) -> Fact:
    return Fact(id=fid, label=label, measure=measure, subject_group="unspecified", location="Portvale",
                claims=claims, low=7, high=7, assessment="consistent" if sources > 1 else "single_source",
                explanation="…", sources=sources, rank=rank, copies=copies)


def pile() -> Analysis:
    """Two outlets run one Reuters text (one under a byline), a third writes its own."""
    byline = RemovedLine(text="By Ana Ruiz; Editing by Tom Hale", reason="byline")
    arts = (Article(id="a", source="a.txt", format="txt", text="Depot fire injures seven\n" + WIRE,
                    outlet="Harbour Post"),
            Article(id="b", source="b.txt", format="txt", text=WIRE + "\nThe depot stores cleaning products.",
                    outlet="Coastal Daily", removed=(byline,)),
            Article(id="c", source="c.txt", format="txt", outlet="Portvale Echo",
                    text="Seven men who work at the depot were burned when the fire spread, their foreman told us."))
    claims = (claim("a1", "a", "7"), claim("b1", "b", "7"), claim("c1", "c", "Seven"),
              claim("c2", "c", "40", measure="count"), claim("a2", "a", "3", measure="count"),
              claim("b2", "b", "3", measure="count"))
    facts = (  # given out of order: the views show them by rank
        fact("f3", "fire engines in Portvale", ("c2",), sources=1, rank=3, measure="count"),
        fact("f2", "trucks in Portvale", ("a2", "b2"), sources=1, rank=2, measure="count", copies=(("a", "b"),)),
        fact("f1", "workers injured in Portvale", ("a1", "b1", "c1"), sources=2, rank=1, copies=(("a", "b"),)),
    )
    story = Story(id="s1", title="Depot fire", articles=("a", "b", "c"), facts=facts)
    return Analysis(dossier=Dossier(articles=arts, claims=claims, stories=(story,)))


def test_the_terminal_counts_wire_copies_as_one_source_and_names_the_agency() -> None:
    out = terminal.summary(pile())
    lines = [ln for ln in out.splitlines() if "in Portvale" in ln]
    assert "workers injured in Portvale [3 outlets, 2 sources: 2 are copies of one Reuters report]" in lines[0]
    assert "trucks in Portvale [2 outlets, 1 source: copies of one Reuters report]" not in out  # minor: folded
    assert lines[-1].startswith("  + 2 minor figure(s), one source each: trucks in Portvale; fire engines in Portvale")


def test_the_html_report_shows_who_stands_behind_each_fact_in_rank_order() -> None:
    page = html.render(pile())
    assert "3 outlets, 2 sources: 2 are copies of one Reuters report" in page
    assert "2 outlets, 1 source: copies of one Reuters report" in page
    lead, folded = page.split('<details class="minor-facts">', 1)
    assert "workers injured in Portvale" in lead and "trucks in Portvale" not in lead
    assert folded.index("trucks in Portvale") < folded.index("fire engines in Portvale")
    assert "2 minor figures, one source each" in folded


@pytest.mark.parametrize(("text", "removed", "outlet", "named"), [
    ("KYIV, March 3 (Reuters) - The council met.", (), None, "Reuters"),
    ("LAGOS (AP) — Traders reopened the market.", (), None, "AP"),
    ("The council met on Tuesday.\nBy Mia Long, Associated Press", (), None, "AP"),
    ("The council met on Tuesday.", ("© Agence France-Presse 2024",), None, "AFP"),
    ("The council met on Tuesday.", (), "Reuters", "Reuters"),
    ("Council meets\nBudget passed after a long night\nA first vote failed\nReuters, Monday 14 Oct 2024\n"
     "The council met.", (), None, "Reuters"),
    # an agency cited in a full sentence does not make the text its report
    ("The mayor told Reuters on Tuesday that the council would meet again after the holiday weekend.", (), None, None),
    # two agencies named: the text is credited to neither
    ("ROME (AFP) - The council met.\nWith reporting by Reuters", (), None, None),
    ("The council met on Tuesday.", (), "Harbour Post", None),
])
def test_the_agency_is_named_only_when_a_dateline_byline_or_credit_says_it(
        text: str, removed: tuple[str, ...], outlet: str | None, named: str | None) -> None:
    article = Article(id="x", source="x.txt", format="txt", text=text, outlet=outlet,
                      removed=tuple(RemovedLine(text=r, reason="credit") for r in removed))
    assert sourcing.agency(article) == named


def test_copies_that_name_no_agency_are_copies_of_one_text() -> None:
    result = pile()
    arts = {a.id: Article(id=a.id, source=a.source, format="txt", text="An unsigned text.", outlet=a.outlet)
            for a in result.dossier.articles}
    claims = {c.id: c for c in result.dossier.claims}
    f1 = next(f for f in result.dossier.stories[0].facts if f.id == "f1")
    assert sourcing.reported_by(f1, claims, arts) == "3 outlets, 2 sources: 2 are copies of one text"
    f3 = next(f for f in result.dossier.stories[0].facts if f.id == "f3")
    assert sourcing.reported_by(f3, claims, arts) == "1 outlet"


def test_several_copy_groups_and_articles_without_an_outlet() -> None:
    texts = {"p": "ODESA (AP) — Text one.", "q": "ODESA (AP) — Text one, copied.", "r": "Text two.", "s": "Text two.",
             "t": "Text three.", "u": "Text three.", "v": "An own report."}
    arts = {k: Article(id=k, source=k, format="txt", text=v) for k, v in texts.items()}
    claims = {f"{k}1": claim(f"{k}1", k, "7") for k in texts}
    f = fact("f", "workers injured", tuple(claims), sources=4, rank=1,
             copies=(("p", "q"), ("r", "s"), ("t", "u")))
    assert sourcing.reported_by(f, claims, arts) == \
        "7 articles, 4 sources: 2 are copies of one AP report; 4 are copies of 2 other texts (2 and 2)"
    named = {k: Article(id=k, source=k, format="txt", text=v, outlet="Daily One" if k in "pq" else f"Outlet {k}")
             for k, v in texts.items()}
    assert sourcing.reported_by(f, claims, named).startswith("7 articles from 6 outlets, 4 sources")


def test_the_json_dossier_keeps_the_spec_fields_and_adds_who_stands_behind_each_fact() -> None:
    from storyline.report import json_codec

    facts = {f["id"]: f for f in json_codec.to_dict(pile().dossier)["stories"][0]["facts"]}
    assert facts["f1"]["reported_by"] == "3 outlets, 2 sources: 2 are copies of one Reuters report"
    assert facts["f1"]["sources"] == 2 and facts["f1"]["copies"] == [["a", "b"]] and facts["f1"]["rank"] == 1
