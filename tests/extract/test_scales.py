"""Ratings on a named scale (extract/scales.py): a tornado's "EF-4", a storm's "Category 3", a volcano's "Level IV",
an avalanche's danger level, a "four-alarm" fire, an air-quality index's readings; and temperatures with their degree
glued on ("40°C", "46.1C"); on sentences of our own."""

from __future__ import annotations

import dataclasses

import pytest

from storyline.extract.scales import AIR_INDEX, RATING
from storyline.link.reconcile import reconcile
from storyline.model import Claim
from tests.extract.parsed_claims import by_number
from tests.link.made_claims import art, groups


@pytest.mark.parametrize(("text", "figure", "value", "scale"), [
    ("The weather service rated the Brownsville tornado an EF-4, with winds of 170 mph.", "EF-4", 4, "EF"),
    ("Surveyors gave the second twister an EF3 rating on Thursday.", "EF3", 3, "EF"),
    ("The storm made landfall as a Category 4 hurricane on Tuesday.", "Category 4", 4, "category"),
    ("The cyclone strengthened to category three before landfall.", "category three", 3, "category"),
    ("Authorities raised the volcano's alert to the highest level, Level 4, on Sunday.", "Level 4", 4, "level"),
    ("Officials kept the volcano at alert Level IV after the eruption.", "Level IV", 4, "level"),
    ("The avalanche danger level was raised to 4 on Monday.", "4", 4, "level"),
    ("Crews fought the four-alarm fire for six hours.", "four-alarm", 4, "alarm"),
    ("The national threat level remains at three on a scale of four.", "three", 3, "level"),
    ("The avalanche that killed six people was a size 4 on the five-point Canadian scale.", "size 4", 4, "size"),
    ("Six skiers were caught in the size 3 avalanche above the village.", "size 3", 3, "size"),
    ("Gusts reached force 9 on the Beaufort scale overnight.", "force 9", 9, "force"),
])
def test_a_rating_on_its_scale_is_read_as_one(text: str, figure: str, value: float, scale: str) -> None:
    found = by_number(text)[figure]
    assert (found.measure, found.value, found.unit, found.counted) == (RATING, value, scale, None), found


@pytest.mark.parametrize(("text", "figure"), [
    ("She reached level 4 of the game on her first try.", "4"),  # no alert, no danger: a game's level
    ("Drivers need a category 2 licence for the lorries.", "2"),  # no storm: a licence's category
    ("Police found a pair of size 10 shoes by the door.", "10"),  # no avalanche, no scale: a shoe's size
])
def test_a_level_or_a_category_outside_alerts_and_storms_is_no_rating(text: str, figure: str) -> None:
    assert by_number(text)[figure].measure != RATING


def test_two_tornadoes_ratings_are_two_rows_one_tornado_s_rating_is_one() -> None:
    def rating(cid: str, text: str, number_text: str, value: float) -> Claim:
        found = by_number(text)[number_text]
        assert found.value == value
        return dataclasses.replace(found, id=cid, article=cid.split(":")[0])

    a = art("a", rating("a:c1", "The Brownsville tornado was rated EF-4, the Halls tornado EF-3.", "EF-4", 4),
            rating("a:c2", "The Brownsville tornado was rated EF-4, the Halls tornado EF-3.", "EF-3", 3))
    b = art("b", rating("b:c1", "Surveyors rated the Brownsville tornado an EF-4.", "EF-4", 4))
    c = art("c", rating("c:c1", "The tornado that hit Halls was an EF-3, the weather service said.", "EF-3", 3))
    rows = groups(reconcile([a, b, c], story="s"))
    assert {"a:c1", "b:c1"} in rows and {"a:c2", "c:c1"} in rows, rows


@pytest.mark.parametrize(("text", "figure", "value"), [
    ("It was 40°C in the shade on Tuesday.", "40", 40),
    ("On Monday the mercury reached 46.1C.", "46.1", 46.1),
])
def test_a_temperature_with_its_degree_glued_on_is_a_temperature(text: str, figure: str, value: float) -> None:
    found = by_number(text)[figure]
    assert (found.measure, found.value, found.counted) == ("temperature", value, None), found



@pytest.mark.parametrize(("text", "readings", "not_readings"), [
    ("The Air Pollutant Index (API) reached 203 at Tanjung Malim at 11am, up from 156 on Sunday, officials said.",
     {"203": 203, "156": 156}, ()),
    ("The monitoring station recorded an air-quality index of 648 on Monday, against a safe limit of 100.",
     {"648": 648}, ("100",)),
    ("The highest AQI reading of the haze was 176, and 19 stations were still in the unhealthy range above 100.",
     {"176": 176}, ("19", "above 100")),
    ("Singapore's Pollutant Standards Index climbed above 300 on Friday.", {"above 300": 300}, ()),
])
def test_an_air_quality_index_reading_is_a_rating(text: str, readings: dict[str, float],
                                                  not_readings: tuple[str, ...]) -> None:
    found = by_number(text)
    for figure, value in readings.items():
        assert (found[figure].measure, found[figure].unit, found[figure].value) == (RATING, AIR_INDEX, value)
    for figure in not_readings:  # a threshold of the index, a count of stations
        assert found[figure].measure != RATING, found[figure]


def test_the_short_name_of_an_index_reads_a_rating_only_in_a_sentence_of_the_air() -> None:
    assert by_number("The startup said its API served 300 requests a second.")["300"].measure != RATING
    assert by_number("The API hit 247 in Klang, deep in the unhealthy zone.")["247"].measure == RATING


def test_air_index_readings_are_told_apart_by_value_and_a_rounded_one_joins_its_own() -> None:
    def reading(cid: str, text: str, number_text: str) -> Claim:
        return dataclasses.replace(by_number(text)[number_text], id=cid, article=cid.split(":")[0])

    moving = "The air quality index reached 247 in Klang on Tuesday, up from 203 on Monday."
    a = art("a", reading("a:c1", moving, "247"), reading("a:c2", moving, "203"))
    b = art("b", reading("b:c1", "On Tuesday the air pollution index climbed to nearly 250 near Klang.", "nearly 250"))
    c = art("c", reading("c:c1", "The air quality index in Klang was 203 on Monday, officials said.", "203"))
    rows = groups(reconcile([a, b, c], story="s"))
    assert {"a:c1", "b:c1"} in rows and {"a:c2", "c:c1"} in rows, rows
