"""A length joined to its noun is the thing's size, not a model's name nor another year's figure, on sentences
written for these tests (the story is of 2024)."""

from __future__ import annotations

from storyline.link import reconcile as rec
from storyline.link.thing_sizes import dated_after, measured
from storyline.model import Claim
from tests.link.test_corroborated import STORY_YEAR, art, figure


def length(number_text: str, value: float, text: str, *, unit: str = "metres", cid: str = "a:c1") -> Claim:
    return figure(cid, number_text, value, text, counted=unit, measure="distance", unit=unit)


def test_a_structure_or_a_vessel_is_measured_by_its_compound_size() -> None:
    assert measured(length("40", 40, "Divers reached the 40-metre trawler late on Sunday."))
    assert measured(length("2,300", 2300, "The 2,300-foot causeway was shut to traffic.", unit="feet"))
    # hedged: a measurement, whatever the unit and even before a name
    assert measured(length("about 18", 18, "Crowds filled the about 18-inch gap at the Lorrell Gate.",
                           unit="inches"))
    assert measured(length("nearly 3", 3, "Water poured through the nearly 3 - km Tavish Tunnel.", unit="km"))


def test_a_model_named_by_its_screen_or_a_mark_of_the_field_stays_a_name() -> None:
    assert not measured(length("14", 14, "The 14-inch Zephyrbook starts at $1,299.", unit="inches"))
    assert not measured(length("ten", 10, "He was stopped on the ten-yard line.", unit="yards"))
    # sizes told together name the models of a range
    assert not measured(length("11", 11, "The 11 - and 14 - inch tablets ship in May.", unit="inches"))
    assert not measured(length("11", 11, "The 11 - and 14 - metre yachts were moored.", unit="metres"))
    # not joined to a noun: no compound to read
    assert not measured(length("40", 40, "The trawler was 40 metres long."))


def test_a_year_after_the_size_dates_what_the_thing_did_not_its_size() -> None:
    assert dated_after(length("600", 600, "The 600-metre viaduct opened in 1971 and was widened later."))
    assert dated_after(length("85", 85, "The 85-foot schooner was built in Maine in 1932.", unit="feet"))


def test_a_year_before_the_size_or_with_no_verb_between_still_dates_it() -> None:
    assert not dated_after(length("600", 600, "In 1971, the 600-metre viaduct opened."))
    assert not dated_after(length("12", 12, "The 12-inch 2019 model sold well.", unit="inches"))
    assert not dated_after(length("600", 600, "The viaduct, 600 metres long, opened in 1971."))
    # counts and sums keep their year
    toll = figure("a:c1", "300", 300, "The 300 passengers were rescued in 2009.", counted="passengers")
    assert not dated_after(toll)


def test_reconcile_keeps_a_length_outlets_give_in_two_units() -> None:
    feet = [art(x, length("1,300", 1300, f"The 1,300-foot Harlan Street bridge opened in 1958 and closed on Monday "
                                       f"({x}).", unit="feet", cid=f"{x}:c1")) for x in "ab"]
    metres = [art(x, length("roughly 400", 400, f"Part of the roughly 400-metre Harlan Street bridge fell on Monday "
                                               f"({x}).", cid=f"{x}:c1")) for x in "cd"]
    rows = [f for f in rec.reconcile([*feet, *metres], story="s") if f.measure == "distance"]
    assert len(rows) == 1 and set(rows[0].claims) == {"a:c1", "b:c1", "c:c1", "d:c1"}
    assert rec._other_year(feet[0].claims[0], feet[0], STORY_YEAR)  # the year filter alone would set them apart
