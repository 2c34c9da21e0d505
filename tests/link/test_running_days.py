"""The nights of a riot or the days of a strike counted on by each day's news (link/running_days.py); on
sentences written for these tests."""

from __future__ import annotations

import pytest

from storyline.link.reconcile import reconcile
from storyline.model import Article, Claim
from tests.link.made_claims import claim, groups, told


def length(cid: str, number_text: str, value: float, text: str, unit: str = "nights") -> Claim:
    return claim(cid, number_text, value, text, measure="duration", unit=unit, counted=None, role="objects")


def day(aid: str, published: str, *claims: Claim) -> Article:
    return told(aid, *claims, published=published)


Told = tuple[str, str, int, str]  # published, figure, value, sentence


def two_days(first: Told, later: Told, unit: str) -> list[Article]:
    """Two articles of ``first``'s day (a, b), then two of ``later``'s (c, d), each giving its length."""
    return [day(x, when, length(f"{x}:c1", figure, value, f"{text} ({x}).", unit))
            for (when, figure, value, text), ids in ((first, "ab"), (later, "cd")) for x in ids]


@pytest.mark.parametrize("first, later, unit", [
    (("2025-09-06", "second", 2, "Looters ransacked shops in Corvale for a second night"),
     ("2025-09-08", "four", 4, "The port town counted the damage after four nights of unrest"), "nights"),
    (("2025-02-10", "three", 3, "Dockers have now walked out for three days"),
     ("2025-02-12", "fifth day", 5, "Dock strike enters fifth day as talks stall"), "days"),
])
def test_a_running_length_told_again_days_later_is_one_evolving_row(first: Told, later: Told, unit: str) -> None:
    # "a second night" then "four nights" two days on; "three days" then "enters fifth day"
    facts = reconcile(two_days(first, later, unit), story="s")
    assert groups(facts) == [{"a:c1", "b:c1", "c:c1", "d:c1"}]
    assert facts[0].assessment == "evolving"


@pytest.mark.parametrize("first, later", [
    # days of a match it names ("on the second day", "on the third day"): moments, not a running length
    (("2025-04-01", "second day", 2, "Rain washed out play on the second day"),
     ("2025-04-02", "third day", 3, "The hosts collapsed on the third day")),
    # lengths that grow faster than the days pass
    (("2025-07-03", "second", 2, "Fires burned across the valley for a second day"),
     ("2025-07-04", "seven", 7, "Residents were told to expect seven days of smoke")),
])
def test_other_lengths_told_days_apart_stay_apart(first: Told, later: Told) -> None:
    assert groups(reconcile(two_days(first, later, "days"), story="s")) == [{"a:c1", "b:c1"}, {"c:c1", "d:c1"}]


def test_an_article_that_gives_both_lengths_keeps_them_apart() -> None:
    a = day("a", "2025-09-06", length("a:c1", "second", 2, "Crowds gathered for a second night."),
            length("a:c2", "four", 4, "The curfew will last four nights."))
    b = day("b", "2025-09-06", length("b:c1", "second", 2, "Protesters marched for a second night."))
    c = day("c", "2025-09-08", length("c:c1", "four", 4, "The curfew will last four nights, the mayor said."))
    facts = reconcile([a, b, c], story="s")
    assert {"a:c1", "b:c1"} in groups(facts)
    assert not any({"b:c1", "c:c1"} <= g for g in groups(facts))
