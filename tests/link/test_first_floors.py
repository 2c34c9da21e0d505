"""A first count told as a floor, then a larger figure a later day (link/first_floors.py): a count that grew."""

from __future__ import annotations

import dataclasses

import pytest

from storyline.link.first_floors import grew_from_floor
from storyline.link.reconcile import _Report, reconcile
from storyline.model import Article, Claim
from tests.link.made_claims import claim, report


def on(day: str, c: Claim) -> _Report:
    """A claim's report, its article published on this day."""
    return dataclasses.replace(report(c), when=day, day=day)


FLOOR = claim("a:1", "at least 30", 30, "At least 30 miners were trapped when the shaft flooded.", qualifier="at_least")
HEADLINE = claim("a:2", "30", 30, "Flooded shaft traps 30 miners")
LATER = claim("b:1", "41", 41, "Rescuers said 41 miners had been trapped underground.")


def test_a_floor_then_a_larger_figure_the_next_day_grew() -> None:
    reports = [on("2025-04-01", FLOOR), on("2025-04-01", HEADLINE), on("2025-04-02", LATER)]
    pairs = [(reports[1], reports[2])]  # the headline's plain 30 is what clashes with 41
    assert grew_from_floor(pairs, reports) == (reports[1], reports[2])


def test_a_plain_first_figure_is_no_floor() -> None:
    # "30 miners" with no hedge in its article: the later 41 disputes it
    reports = [on("2025-04-01", HEADLINE), on("2025-04-02", LATER)]
    assert grew_from_floor([(reports[0], reports[1])], reports) is None


def test_one_day_is_a_dispute() -> None:
    reports = [on("2025-04-02", FLOOR), on("2025-04-02", HEADLINE), on("2025-04-02", LATER)]
    assert grew_from_floor([(reports[1], reports[2])], reports) is None


def test_the_larger_figure_told_first_is_a_dispute() -> None:
    # 41 told on the first day, a floor at 30 the next: the count did not grow from the floor
    reports = [on("2025-04-02", FLOOR), on("2025-04-02", HEADLINE), on("2025-04-01", LATER)]
    assert grew_from_floor([(reports[1], reports[2])], reports) is None


def test_unknown_days_say_nothing() -> None:
    reports = [report(FLOOR), report(HEADLINE), report(LATER)]
    assert grew_from_floor([(reports[1], reports[2])], reports) is None


def test_every_clashing_pair_must_have_grown() -> None:
    # a third outlet's 52 of the first day clashes with the later 41 too: not one count growing
    other = claim("c:1", "52", 52, "Officials put the number of trapped miners at 52.")
    reports = [on("2025-04-01", FLOOR), on("2025-04-01", HEADLINE), on("2025-04-02", LATER), on("2025-04-01", other)]
    pairs = [(reports[1], reports[2]), (reports[2], reports[3])]
    assert grew_from_floor(pairs, reports) is None


def _article(aid: str, day: str, *claims: Claim) -> Article:
    return Article(id=aid, source=f"{aid}.txt", format="txt", text=f"{aid}: an account of the flooded mine.",
                   published=day, outlet=aid, claims=claims)


@pytest.mark.parametrize("later_day, assessment", [("2025-06-04", "evolving"), ("2025-06-02", "conflicting")])
def test_the_table_calls_such_a_row_evolving_unless_told_the_same_day(later_day: str, assessment: str) -> None:
    first = claim("a:1", "at least 12", 12, "Gunmen seized at least 12 travellers from a minibus on Monday.",
                  qualifier="at_least")
    headline = claim("a:2", "12", 12, "Gunmen seize 12 travellers from minibus")
    later = claim("b:1", "17", 17, "Police said 17 travellers had been seized from the minibus.")
    facts = reconcile([_article("a", "2025-06-02", first, headline), _article("b", later_day, later)], story="s")
    [fact] = [f for f in facts if {"a:2", "b:1"} <= set(f.claims)]
    assert fact.assessment == assessment
    assert ("floor" in fact.explanation) == (assessment == "evolving")
