"""One quantity, one row: a report keyed by another noun beside the row whose figure it gives, and a rank beside
the count it makes (link/one_row3.py); on sentences written for these tests."""

from __future__ import annotations

from storyline.link.one_row3 import fold_lone_reports, fold_ranked_counts
from storyline.link.reconcile import _Unit
from storyline.model import Claim
from tests.link.made_claims import claim, ids, things, unit


def bare(c: Claim) -> bool:
    return (c.counted or "").split()[-1:] == ["people"]


def flooded(cid: str, value: float, counted: str, *, did: str = "flooded", qualifier: str = "more_than") -> Claim:
    words = {"more_than": "More than", "exact": "Exactly"}[qualifier]
    return things(cid, f"{words.lower()} {value:g}", value, f"{words} {value:g} {counted} were {did} by the river.",
                  counted, did=did, qualifier=qualifier)


# -- a report keyed by another noun ----------------------------------------------------------------------------

def test_a_report_naming_the_things_by_another_noun_joins_the_row_whose_figure_it_gives() -> None:
    row = unit(flooded("a:c1", 120, "dwellings"), flooded("b:c1", 120, "dwellings"))
    mine = unit(flooded("c:c1", 120, "cottages"), flooded("d:c1", 9, "cottages"))
    fold_lone_reports([row, mine], bare=bare)
    assert ids(row) == {"a:c1", "b:c1", "c:c1"} and ids(mine) == {"d:c1"}


def test_a_lone_report_under_another_noun_joins_the_row_too() -> None:
    row = unit(flooded("a:c1", 450, "homes"), flooded("b:c1", 450, "homes"))
    mine = unit(flooded("c:c1", 450, "structures"))
    fold_lone_reports([row, mine], bare=bare)
    assert ids(row) == {"a:c1", "b:c1", "c:c1"} and not mine.total


def test_another_verb_bound_or_measure_keeps_the_report_apart() -> None:
    for other in (flooded("c:c1", 120, "cottages", did="inspected"),
                  flooded("c:c1", 120, "cottages", qualifier="exact"),
                  things("c:c1", "more than 120", 120, "More than 120 cottages were flooded.", "cottages",
                         did="flooded", measure="deployed", qualifier="more_than")):
        row = unit(flooded("a:c1", 120, "dwellings"), flooded("b:c1", 120, "dwellings"))
        mine = unit(other)
        fold_lone_reports([row, mine], bare=bare)
        assert ids(mine) == {"c:c1"}, other


def test_a_small_figure_a_thin_row_or_a_row_of_two_figures_keeps_the_report_apart() -> None:
    cases = [
        ([flooded("a:c1", 4, "dwellings"), flooded("b:c1", 4, "dwellings")], flooded("c:c1", 4, "cottages")),
        ([flooded("a:c1", 120, "dwellings"), flooded("a:c2", 120, "dwellings")], flooded("c:c1", 120, "cottages")),
        ([flooded("a:c1", 120, "dwellings"), flooded("b:c1", 80, "dwellings")], flooded("c:c1", 120, "cottages")),
    ]
    for claims, other in cases:
        row, mine = unit(*claims), unit(other)
        fold_lone_reports([row, mine], bare=bare)
        assert ids(mine) == {"c:c1"}, claims


def test_an_article_that_gives_both_nouns_the_figure_tells_them_apart() -> None:
    row = unit(flooded("a:c1", 120, "dwellings"), flooded("b:c1", 120, "dwellings"))
    mine = unit(flooded("a:c2", 120, "sheds"), flooded("d:c1", 9, "sheds"))
    fold_lone_reports([row, mine], bare=bare)
    assert ids(mine) == {"a:c2", "d:c1"}


def test_a_report_whose_own_row_gives_its_figure_again_or_two_rows_that_fit_leave_it_where_it_is() -> None:
    row = unit(flooded("a:c1", 120, "dwellings"), flooded("b:c1", 120, "dwellings"))
    mine = unit(flooded("c:c1", 120, "cottages"), flooded("d:c1", 120, "cottages"))
    fold_lone_reports([row, mine], bare=bare)
    assert ids(mine) == {"c:c1", "d:c1"}
    second = unit(flooded("e:c1", 120, "buildings"), flooded("f:c1", 120, "buildings"))
    row = unit(flooded("a:c1", 120, "dwellings"), flooded("b:c1", 120, "dwellings"))
    lone = unit(flooded("c:c1", 120, "cottages"))
    fold_lone_reports([row, second, lone], bare=bare)
    assert ids(lone) == {"c:c1"}


def people(cid: str, text: str, counted: str, did: str, value: float = 2) -> Claim:
    return claim(cid, "two", value, text, counted=counted, did=did, role="other")


def test_two_people_of_an_article_that_names_them_later_join_the_named_count() -> None:
    named = unit(people("a:c2", "The two patients were isolated at a clinic.", "patients", "isolated"),
                 people("b:c1", "Two patients remain isolated at the clinic.", "patients", "isolated"),
                 people("c:c1", "Doctors isolated two patients on Monday.", "patients", "isolated"))
    loose = unit(people("a:c1", "Two people fell ill with the fever last week.", "people", "sickened"),
                 people("d:c1", "Up to 40 people fall ill in a year.", "people", "sickened", value=40))
    fold_lone_reports([named, loose], bare=bare)
    assert "a:c1" in ids(named) and ids(loose) == {"d:c1"}


def test_two_people_of_an_article_that_never_names_them_or_a_named_noun_stay_apart() -> None:
    named = unit(people("b:c1", "Two patients remain isolated at the clinic.", "patients", "isolated"),
                 people("c:c1", "Doctors isolated two patients on Monday.", "patients", "isolated"))
    loose = unit(people("a:c1", "Two people were questioned by inspectors.", "people", "questioned"))
    fold_lone_reports([named, loose], bare=bare)
    assert ids(loose) == {"a:c1"}
    nurses = unit(people("b:c2", "Two nurses cared for them.", "nurses", "assigned"))
    named = unit(people("b:c1", "Two patients remain isolated at the clinic.", "patients", "isolated"),
                 people("c:c1", "Doctors isolated two patients on Monday.", "patients", "isolated"))
    fold_lone_reports([named, nurses], bare=bare)
    assert ids(nurses) == {"b:c2"}  # a noun that names them is no loose count of the others


# -- a rank beside the count it makes --------------------------------------------------------------------------

def rank(cid: str, value: float, text: str, counted: str) -> Claim:
    return things(cid, f"{value:g}th", value, text, counted, measure="rank")


def ranks(place: float, noun: str) -> _Unit:
    return unit(rank("a:c1", place, f"The cellist is in her {place:g}th {noun[:-1]} with the orchestra.", noun),
                rank("b:c1", place, f"Now in her {place:g}th {noun[:-1]} with the ensemble, she plays on.", noun))


def test_a_rank_takes_the_exact_counts_it_makes_out_of_a_row_of_two_figures() -> None:
    line = ranks(12, "terms")
    counts = unit(things("c:c1", "12", 12, "She has spent 12 terms with the orchestra.", "terms", did="spent"),
                  things("d:c1", "12", 12, "She has played 12 terms with the ensemble.", "terms", did="played"),
                  things("e:c1", "three", 3, "She served three terms as its chair.", "terms"))
    fold_ranked_counts([line, counts])
    assert ids(line) == {"a:c1", "b:c1", "c:c1", "d:c1"} and ids(counts) == {"e:c1"}


def test_a_rank_leaves_a_row_of_its_figure_a_rough_count_and_other_nouns_alone() -> None:
    line = ranks(4, "terms")
    own = unit(things("c:c1", "four", 4, "He spent four terms as director.", "terms"),
               things("d:c1", "four", 4, "He served four terms as its director.", "terms"))
    rough = unit(things("e:c1", "about four", 4, "About four terms later, it changed.", "terms", qualifier="about"),
                 things("f:c1", "nine", 9, "Nine terms passed.", "terms"))
    other = unit(things("g:c1", "four", 4, "Four seasons passed.", "seasons"),
                 things("h:c1", "nine", 9, "Nine seasons passed.", "seasons"))
    fold_ranked_counts([line, own, rough, other])
    assert ids(line) == {"a:c1", "b:c1"}


def test_a_second_place_or_a_rank_one_outlet_tells_names_no_count() -> None:
    second = ranks(2, "rounds")
    counts = unit(things("c:c1", "two", 2, "Two rounds of strikes hit the port.", "rounds"),
                  things("d:c1", "five", 5, "Five rounds of cuts followed.", "rounds"))
    fold_ranked_counts([second, counts])
    assert ids(second) == {"a:c1", "b:c1"}
    lone = unit(rank("a:c1", 7, "It was the seventh round of talks.", "rounds"))
    counts = unit(things("c:c1", "seven", 7, "Seven rounds of talks failed.", "rounds"),
                  things("d:c1", "five", 5, "Five rounds of cuts followed.", "rounds"))
    fold_ranked_counts([lone, counts])
    assert ids(lone) == {"a:c1"}


def test_a_high_place_takes_a_row_that_gives_only_its_figure_but_a_low_place_does_not() -> None:
    line = ranks(14, "terms")
    counts = unit(things("c:c1", "14", 14, "The conductor has led 14 terms of the choir.", "terms", did="led"),
                  things("d:c1", "14", 14, "After 14 terms at the podium, he stays.", "terms"))
    fold_ranked_counts([line, counts])
    assert ids(line) == {"a:c1", "b:c1", "c:c1", "d:c1"} and not counts.total
    low = ranks(6, "terms")
    own = unit(things("c:c1", "six", 6, "She chaired six terms of the board.", "terms"),
               things("d:c1", "six", 6, "Six terms as chair followed.", "terms"))
    fold_ranked_counts([low, own])
    assert ids(low) == {"a:c1", "b:c1"} and ids(own) == {"c:c1", "d:c1"}
    rough = unit(things("e:c1", "about 14", 14, "About 14 terms later, it changed.", "terms", qualifier="about"),
                 things("f:c1", "about 14", 14, "Some 14 terms on, it closed.", "terms", qualifier="about"))
    fold_ranked_counts([ranks(14, "terms"), rough])
    assert ids(rough) == {"e:c1", "f:c1"}  # a rough figure is no exact count of the place
