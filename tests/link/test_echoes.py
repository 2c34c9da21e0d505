"""One fact, one row: one figure several outlets report under their own words (link/echoes.py); on sentences
written for these tests."""

from __future__ import annotations

import pytest

from storyline.link.echoes import agree, fold_echoes, rounded, settled
from storyline.link.reconcile import _clash, _Unit
from storyline.model import Article, Claim
from tests.link.made_claims import art, ids, report, things, unit


def said(cid: str, figure: str, value: float, text: str, counted: str, *, measure: str = "count",
         unit_word: str | None = None) -> Claim:
    return things(cid, figure, value, text, counted, measure=measure, unit=unit_word)


def articles(*aids: str, text: str = "") -> list[Article]:
    made = [art(a) for a in aids]
    return [Article(id=a.id, source=a.source, format=a.format, text=text or a.text, published=a.published,
                    outlet=a.outlet, claims=a.claims) for a in made]


def fold(*units: _Unit, story: list[Article] | None = None, copies: dict[str, str] | None = None) -> None:
    fold_echoes(list(units), articles=story or articles("a", "b", "c"), copies=copies or {})


# -- rows of one source each that tell one figure ------------------------------------------------------------

def test_two_outlets_telling_one_record_under_other_nouns_make_one_row() -> None:
    a = unit(said("a:c1", "31", 31, "As a junior she rode for Dunmore, winning 31 of 40 regional races.", "races"))
    b = unit(said("b:c1", "31", 31, "She spent three years winning 31 of 40 hill climbs.", "hill climbs"))
    fold(a, b)
    assert ids(a) | ids(b) == {"a:c1", "b:c1"} and not (a.total and b.total)


def test_a_large_figure_with_a_rare_word_near_it_in_both_sentences_is_one_fact() -> None:
    a = unit(said("a:c1", "48", 48, "The quartet recorded 48 symphonies in a converted chapel.", "symphonies"))
    b = unit(said("b:c1", "48", 48, "In the old chapel, 48 works were recorded over the winter.", "works"))
    fold(a, b)
    assert ids(a) | ids(b) == {"a:c1", "b:c1"} and not (a.total and b.total)


def test_a_lone_weight_joins_the_corroborated_row_it_rounds() -> None:
    row = unit(said("a:c1", "2.5", 2.5, "The Ventra tablet is 0.3 inches thick and weighs 2.5 pounds.", "pounds",
                    measure="weight"),
               said("b:c1", "2.5", 2.5, "At 0.3 inches, the Ventra tablet weighs just 2.5 pounds.", "pounds",
                    measure="weight"))
    lone = unit(said("c:c1", "2.48", 2.48, "Measured at 0.3 inches, the new Ventra comes in at 2.48 pounds.",
                     "pounds", measure="weight"))
    fold(row, lone)
    assert ids(row) == {"a:c1", "b:c1", "c:c1"} and not lone.total


# -- what keeps rows apart -----------------------------------------------------------------------------------

_HARBOUR = "Ferries and yachts crowded the harbour at Tolm."  # every article of the story uses its words

# two one-source rows that must stay apart: (why, first row's report, second row's report, story text, copies)
APART = [
    ("a small figure with no other figure shared",
     ("three", 3, "The club signed three strikers before the deadline.", "strikers"),
     ("three", 3, "Only three coaches have left the club since the deadline.", "coaches"), "", None),
    ("a word every article uses is no evidence",
     ("14", 14, "By noon 14 ferries had left the harbour.", "ferries"),
     ("14", 14, "Some 14 yachts stayed in the harbour overnight.", "yachts"), _HARBOUR, None),
    ("figures that differ",
     ("31", 31, "She went on winning 31 of 40 regional races.", "races"),
     ("32", 32, "She went on winning 32 of 40 hill climbs.", "hill climbs"), "", None),
    ("copies of one text are one source",
     ("31", 31, "As a junior she went on winning 31 of 40 regional races.", "races"),
     ("31", 31, "As a junior she went on winning 31 of 40 hill climbs.", "hill climbs"), "", {"a": "a", "b": "a"}),
    ("a sentence that counts the other noun by another figure tells two things",
     ("120", 120, "Over his career he scored 35 goals and made 120 assists for Rellin.", "assists"),
     ("120", 120, "He made at least 120 goals count for Rellin.", "goals"), "", None),
    ("the same noun kept apart upstream is not joined again",
     ("18", 18, "The shelter housed 18 families in the gym at Perrow.", "families"),
     ("18", 18, "Another 18 families were housed in the Perrow gym.", "families"), "", None),
]


@pytest.mark.parametrize(("why", "first", "second", "text", "copies"), APART, ids=[case[0] for case in APART])
def test_rows_without_evidence_of_one_fact_stay_apart(why: str, first: tuple[str, float, str, str],
                                                      second: tuple[str, float, str, str], text: str,
                                                      copies: dict[str, str] | None) -> None:
    a = unit(said("a:c1", *first))
    b = unit(said("b:c1", *second))
    fold(a, b, story=articles("a", "b", "c", text=text) if text else None, copies=copies)
    assert ids(a) == {"a:c1"} and ids(b) == {"b:c1"}, why


def test_a_row_two_others_could_join_is_left_alone() -> None:
    a = unit(said("a:c1", "26", 26, "The fleet sailed 26 barges down the canal at Osk.", "barges"))
    b = unit(said("b:c1", "26", 26, "Its 26 boats reached the canal locks at Osk.", "boats"))
    c = unit(said("c:c1", "26", 26, "Some 26 lighters moved along the canal to Osk.", "lighters"))
    fold(a, b, c, story=articles("a", "b", "c", "d", "e"))
    assert [ids(u) for u in (a, b, c)] == [{"a:c1"}, {"b:c1"}, {"c:c1"}]


# -- figures that agree; weights in the table ----------------------------------------------------------------

def test_a_figure_agrees_with_the_one_it_rounds() -> None:
    assert agree(4.5, 4.46) and agree(200, 198) and agree(7, 7)
    assert not agree(4.5, 4.4) and not agree(20, 21) and not agree(200, 150)


def test_a_rounded_figure_is_no_conflict() -> None:
    fine = said("a:c1", "4.46", 4.46, "It weighs 4.46 pounds.", "pounds", measure="weight")
    coarse = said("b:c1", "4.5", 4.5, "It weighs 4.5 pounds.", "pounds", measure="weight")
    other = said("c:c1", "4.1", 4.1, "It weighs 4.1 pounds.", "pounds", measure="weight")
    assert rounded(fine, coarse) and not _clash(report(fine), report(coarse))
    assert _clash(report(fine), report(other))


def test_a_weight_several_sources_give_is_a_fact() -> None:
    assert settled("weight", sources=2) and not settled("weight", sources=1)
    assert not settled("temperature", sources=3)
