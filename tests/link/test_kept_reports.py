"""Reports a filter would drop, kept when the reason it was written for is absent, on sentences written for
these tests (the made articles are published in 2025)."""

from __future__ import annotations

from storyline.link.kept_reports import undated
from storyline.link.reconcile import reconcile
from tests.link.made_claims import art, things


def matches(cid: str, number_text: str, value: float, text: str) -> object:
    return things(cid, number_text, value, text, "matches")


def test_a_tally_running_since_a_year_is_not_dated_in_that_year() -> None:
    for text in ("The club has won 14 matches in a row since losing at home in 2019.",
                 "Her unbeaten run reached 14 matches since a defeat in Lyon in March 2021.",
                 "The ferry has made 14 crossings since it was refitted in 2018."):
        assert undated(things("a:c1", "14", 14, text, "matches")), text


def test_a_side_of_a_size_is_no_year() -> None:
    for text, number in (("The tablet has a 2048 x 1536 screen and weighs 460 grams.", "460"),
                         ("Its panel shows 3,840 by 1920 pixels at 90 frames a second.", "90"),
                         ("A 1920×1080 camera sits above the 13 keys.", "13")):
        assert undated(things("a:c1", number, float(number), text, "things")), text


def test_a_year_that_dates_the_figure_still_dates_it() -> None:
    for text, number in (("In 2019 the council approved 30 new flats.", "30"),
                         ("The town built 30 flats in 2019.", "30"),
                         ("It was the firm's biggest purchase since it paid $30 million for a rival in 2016.",
                          "$30 million"),
                         ("He was back in the ring for the first time since 2017, at 39.", "39"),
                         ("The mill, the only one since 1998, employs 30 people.", "30"),
                         ("The club has won 14 matches in a row since losing at home in 2019, and 30 in 2015.", "14")):
        assert not undated(things("a:c1", number, 30, text, "flats")), text


def test_no_year_nothing_to_keep() -> None:
    assert not undated(things("a:c1", "14", 14, "The club has won 14 matches in a row.", "matches"))


def test_an_outlet_telling_the_run_since_a_year_joins_the_outlet_telling_it_plainly() -> None:
    a = art("a", matches("a:c1", "14", 14, "The club has won 14 matches in a row since losing at home in 2019."))
    b = art("b", matches("b:c1", "14", 14, "The club's winning run now stands at 14 matches."))
    facts = reconcile([a, b], story="s")
    fact = next(f for f in facts if "b:c1" in f.claims)
    assert set(fact.claims) == {"a:c1", "b:c1"} and fact.sources == 2


def test_an_outlet_telling_the_figure_in_another_year_stays_apart() -> None:
    a = art("a", matches("a:c1", "14", 14, "The club won 14 matches in a row in 2019."))
    b = art("b", matches("b:c1", "14", 14, "The club's winning run now stands at 14 matches."))
    facts = reconcile([a, b], story="s")
    assert all("a:c1" not in f.claims for f in facts)
