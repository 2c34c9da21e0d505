"""The nights of a riot or the days of a strike counted on by each day's news (link/running_days.py); on
sentences written for these tests."""

from __future__ import annotations

from storyline.link.reconcile import reconcile
from storyline.model import Article, Claim
from tests.link.made_claims import claim, groups, told


def length(cid: str, number_text: str, value: float, text: str, unit: str = "nights") -> Claim:
    return claim(cid, number_text, value, text, measure="duration", unit=unit, counted=None, role="objects")


def day(aid: str, published: str, *claims: Claim) -> Article:
    return told(aid, *claims, published=published)


def test_a_second_night_then_four_nights_two_days_later_is_one_evolving_row() -> None:
    early = [day(x, "2025-09-06", length(f"{x}:c1", "second", 2, f"Looters ransacked shops in Corvale for a "
                                         f"second night ({x}).")) for x in "ab"]
    late = [day(x, "2025-09-08", length(f"{x}:c1", "four", 4, f"The port town counted the damage after four "
                                        f"nights of unrest ({x}).")) for x in "cd"]
    facts = reconcile([*early, *late], story="s")
    assert groups(facts) == [{"a:c1", "b:c1", "c:c1", "d:c1"}]
    assert facts[0].assessment == "evolving"


def test_days_of_a_strike_told_as_entering_its_fifth_day_join_the_earlier_three_days() -> None:
    early = [day(x, "2025-02-10", length(f"{x}:c1", "three", 3, f"Dockers have now walked out for three days "
                                         f"({x}).", "days")) for x in "ab"]
    late = [day(x, "2025-02-12", length(f"{x}:c1", "fifth day", 5, f"Dock strike enters fifth day as talks "
                                        f"stall ({x}).", "days")) for x in "cd"]
    facts = reconcile([*early, *late], story="s")
    assert groups(facts) == [{"a:c1", "b:c1", "c:c1", "d:c1"}]
    assert facts[0].assessment == "evolving"


def test_days_of_a_match_it_names_stay_apart() -> None:
    early = [day(x, "2025-04-01", length(f"{x}:c1", "second day", 2, f"Rain washed out play on the second day "
                                         f"({x}).", "days")) for x in "ab"]
    late = [day(x, "2025-04-02", length(f"{x}:c1", "third day", 3, f"The hosts collapsed on the third day "
                                        f"({x}).", "days")) for x in "cd"]
    assert groups(reconcile([*early, *late], story="s")) == [{"a:c1", "b:c1"}, {"c:c1", "d:c1"}]


def test_lengths_that_grow_faster_than_the_days_pass_stay_apart() -> None:
    early = [day(x, "2025-07-03", length(f"{x}:c1", "second", 2, f"Fires burned across the valley for a second "
                                         f"day ({x}).", "days")) for x in "ab"]
    late = [day(x, "2025-07-04", length(f"{x}:c1", "seven", 7, f"Residents were told to expect seven days of "
                                        f"smoke ({x}).", "days")) for x in "cd"]
    assert groups(reconcile([*early, *late], story="s")) == [{"a:c1", "b:c1"}, {"c:c1", "d:c1"}]


def test_an_article_that_gives_both_lengths_keeps_them_apart() -> None:
    a = day("a", "2025-09-06", length("a:c1", "second", 2, "Crowds gathered for a second night."),
            length("a:c2", "four", 4, "The curfew will last four nights."))
    b = day("b", "2025-09-06", length("b:c1", "second", 2, "Protesters marched for a second night."))
    c = day("c", "2025-09-08", length("c:c1", "four", 4, "The curfew will last four nights, the mayor said."))
    facts = reconcile([a, b, c], story="s")
    assert {"a:c1", "b:c1"} in groups(facts)
    assert not any({"b:c1", "c:c1"} <= g for g in groups(facts))
