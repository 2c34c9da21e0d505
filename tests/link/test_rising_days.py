"""A head count each later day's articles put higher (link/rising_days.py): a count that moved, not a dispute."""

from __future__ import annotations

import dataclasses

import pytest

from storyline.link.reconcile import _Report, reconcile
from storyline.link.rising_days import floor_then_more, follow_days, rose
from storyline.model import Article, Claim
from tests.link.made_claims import claim, report, things


def on(day: str | None, c: Claim) -> _Report:
    """A claim's report, its article published on this day (None: no known day)."""
    return dataclasses.replace(report(c), when=day, day=day)


MON, TUE, WED = "2025-09-01", "2025-09-02", "2025-09-03"
PORTS = things("a:1", "two", 2, "Customs officers searched ships in two ports overnight.", "ports")
PORTS_LATER = things("b:1", "five", 5, "Searches have now spread to five ports along the coast.", "ports")
PORTS_OTHER = things("c:1", "three", 3, "The agency said ships were searched in three ports.", "ports")


def test_a_count_of_things_higher_each_later_day_moved() -> None:
    early, late = on(MON, PORTS), on(WED, PORTS_LATER)
    assert follow_days("count", [(early, late)]) == (early, late)
    assert follow_days("count", [(late, early)]) == (early, late)  # the pair's order does not matter


def test_a_smaller_figure_on_the_later_day_is_a_dispute() -> None:
    assert follow_days("count", [(on(WED, PORTS), on(MON, PORTS_LATER))]) is None


def test_a_clash_within_one_day_is_a_dispute() -> None:
    # a third outlet of Monday gives three beside Monday's two: the difference is not one of time
    two, five, three = on(MON, PORTS), on(WED, PORTS_LATER), on(MON, PORTS_OTHER)
    assert follow_days("count", [(two, five), (two, three), (three, five)]) is None


def test_unknown_days_say_nothing() -> None:
    assert follow_days("count", [(on(None, PORTS), on(WED, PORTS_LATER))]) is None


@pytest.mark.parametrize("measure", ["money", "percent", "duration", "distance", "age", "rank", "magnitude"])
def test_only_head_counts_move_so(measure: str) -> None:
    # sums, shares and sizes are rounded and converted, not updated, from one day to the next
    assert follow_days(measure, [(on(MON, PORTS), on(WED, PORTS_LATER))]) is None


FLOOR = claim("a:1", "more than 400", 400, "More than 400 residents were moved to shelters on Friday.",
              measure="evacuated", qualifier="more_than")


@pytest.mark.parametrize("figure, day, grew", [
    (1150, TUE, True),  # far beyond the floor's step (400 reaches 500): the count went on
    (430, TUE, False),  # within it: the floor's own count, no growth
    (1150, MON, False),  # the same day: two outlets' figures, one hedged
])
def test_a_floor_then_a_figure_past_its_step_a_later_day(figure: int, day: str, grew: bool) -> None:
    later = claim("b:1", f"{figure:,}", figure, f"Officials said {figure:,} residents had been evacuated.",
                  measure="evacuated")
    reports = [on(MON, FLOOR), on(day, later)]
    assert (floor_then_more("evacuated", reports) is not None) == grew


@pytest.mark.parametrize("figure, grew", [(900, True), (450, False)])
def test_a_later_days_floor_past_the_first_floors_step_is_a_count_made_again(figure: int, grew: bool) -> None:
    # "more than 400" on Monday, "more than 900" on Tuesday: counted again, higher; "more than 450": the same count
    later = claim("b:1", f"more than {figure}", figure, f"More than {figure} residents had been evacuated.",
                  measure="evacuated", qualifier="more_than")
    assert (floor_then_more("evacuated", [on(MON, FLOOR), on(TUE, later)]) is not None) == grew


def test_a_later_figure_below_an_earlier_one_is_no_growth() -> None:
    plain = claim("c:1", "1,300", 1300, "About 1,300 residents left their homes, the mayor said.", measure="evacuated")
    later = claim("b:1", "1,150", 1150, "Officials said 1,150 residents had been evacuated.", measure="evacuated")
    reports = [on(MON, FLOOR), on(MON, plain), on(TUE, later)]
    assert floor_then_more("evacuated", reports) is None


def test_a_floor_of_a_sum_is_left_alone() -> None:
    pledge = claim("a:1", "more than $2 million", 2e6, "Donors pledged more than $2 million on Monday.",
                   measure="money", unit="USD", counted=None, qualifier="more_than")
    total = claim("b:1", "$5 million", 5e6, "The appeal has raised $5 million.", measure="money", unit="USD",
                  counted=None)
    assert floor_then_more("money", [on(MON, pledge), on(TUE, total)]) is None


def test_the_explanation_names_both_days() -> None:
    assert rose(on(MON, PORTS), on(WED, PORTS_LATER)) == \
        "Each figure that differs is told a later day, higher: two (2025-09-01), then five (2025-09-03)."


def _article(aid: str, day: str, *claims: Claim) -> Article:
    return Article(id=aid, source=f"{aid}.txt", format="txt", text=f"{aid}: an account of the port searches.",
                   published=day, outlet=aid, claims=claims)


@pytest.mark.parametrize("later_day, assessment", [(WED, "evolving"), (MON, "conflicting")])
def test_the_table_calls_a_count_that_rose_by_day_evolving(later_day: str, assessment: str) -> None:
    first = things("a:1", "two", 2, "Customs officers searched container ships in two ports overnight.", "ports")
    headline = things("a:2", "two", 2, "Container ships searched in two ports", "ports")
    later = things("b:1", "five", 5, "Searches of container ships have spread to five ports.", "ports")
    facts = reconcile([_article("a", MON, first, headline), _article("b", later_day, later)], story="s")
    [fact] = [f for f in facts if {"a:1", "b:1"} <= set(f.claims)]
    assert fact.assessment == assessment


def test_an_article_that_restates_the_earlier_figure_keeps_one_count() -> None:
    # "74 homes, double the figure of 37 given on Tuesday": the earlier count restated, not a second quantity
    tuesday = things("a:1", "37", 37, "Civil protection said 37 homes had been destroyed.", "homes")
    sentence = "Civil protection said 74 homes had been destroyed, double the figure of 37 given on Tuesday."
    later, earlier = things("b:1", "74", 74, sentence, "homes"), things("b:2", "37", 37, sentence, "homes")
    rows = [set(f.claims) for f in reconcile([Article(id="a", source="a.txt", format="txt", text=tuesday.text,
                                                      published=MON, outlet="a", claims=(tuesday,)),
                                              Article(id="b", source="b.txt", format="txt", text=sentence,
                                                      published=TUE, outlet="b", claims=(later, earlier))],
                                             story="s") if f.counted == "homes"]
    assert len(rows) == 1 and {"a:1", "b:1"} <= rows[0]
