"""A temperature is one reading however its outlets write it (link/temperatures.py), on sentences written for these
tests with the real parse: in degrees Celsius whatever the scale, below zero as above it, a bound no reading, and a
row only when the weather is the story's news."""

from __future__ import annotations

import pytest

from storyline.extract import nlp
from storyline.link import temperatures
from storyline.link.reconcile import reconcile
from tests.extract.read_claims import figures, read, read_all


@pytest.fixture(scope="module", autouse=True)
def _parser() -> None:
    nlp.setup()


def test_a_temperature_is_read_in_degrees_celsius_whatever_its_scale() -> None:
    found = figures("Japan's new national temperature record of 107.4F (41.9C), set in Isesaki on Monday, came after "
                    "a heatwave.")
    assert round(temperatures.celsius(found["107.4"]) or 0, 1) == 41.9
    assert temperatures.celsius(found["41.9"]) == 41.9
    found = figures("The thermometer fell to minus 33.4 degrees Celsius in Suwałki overnight.")
    assert (found["minus 33.4"].measure, temperatures.celsius(found["minus 33.4"])) == ("temperature", -33.4)
    found = figures("The race was run in 93 degrees Fahrenheit heat.")
    assert round(temperatures.celsius(found["93"]) or 0, 1) == 33.9
    assert temperatures.scale(found["93"]) == "°F"
    found = figures("By midday the temperature had passed 30 degrees.")
    assert (temperatures.celsius(found["30"]), temperatures.scale(found["30"])) == (30.0, "°C")


def test_a_figure_below_zero_told_in_words_is_a_temperature_only_in_the_weather() -> None:
    found = figures("Coldest place: Suwałki, where the thermometer read minus 33.4 on Tuesday.")
    assert found["minus 33.4"].measure == "temperature"
    found = figures("The club ended the season with a goal difference of minus 12.")
    assert found["minus 12"].measure != "temperature"


def test_one_reading_told_rounded_converted_and_in_words_is_one_consistent_row() -> None:
    texts = ["Poland's big freeze: temperatures fall to minus 33.4 degrees Celsius in Suwałki\n\nThe cold wave "
             "closed schools across the north-east on Tuesday, officials said.",
             "Temperatures in Suwałki dropped to nearly -34C (-28F) on Tuesday, the lowest ever recorded in the town."
             "\n\nSchools stayed shut.",
             "Coldest place: Suwałki, where the thermometer read minus 33.4 on Tuesday.\n\nTrains were delayed."]
    rows = [f for f in reconcile(read_all(texts), story="s")
            if f.measure == "temperature"]
    assert len(rows) == 1
    assert sorted({c.split(":")[0] for c in rows[0].claims}) == ["a0", "a1", "a2"]
    assert rows[0].assessment == "consistent"
    assert rows[0].label.startswith("temperature (°C)")


def test_two_readings_an_article_gives_apart_are_two_rows() -> None:
    texts = ["Karachi heat: the temperature hit a record 48.2C on Tuesday, breaking the record of 46.9C.\n\nHospitals "
             "were full.",
             "Karachi sweltered as the mercury reached 48.2C on Tuesday.\n\nOn Monday it had reached 46.9C.",
             "The temperature in Karachi touched 48.2C on Tuesday, officials said.\n\nPower cuts hit the city."]
    rows = [f for f in reconcile(read_all(texts), story="s")
            if f.measure == "temperature"]
    assert all(len({round(temperatures.celsius(c) or 0) for a in read_all(texts)
                    for c in a.claims if c.id in f.claims}) == 1 for f in rows)
    assert any(len({c.split(":")[0] for c in f.claims}) == 3 for f in rows)  # the 48.2C of all three


def test_a_bound_and_a_temperature_told_far_down_a_story_of_fire_are_no_row() -> None:
    fire = ("A wildfire forced 2,000 people from their homes near Monchique on Monday, firefighters said. More than "
            "500 firefighters fought the flames overnight with 12 water-bombing planes, and 40 homes burned. Three "
            "villages were evacuated and two roads closed, while the civil protection agency sent 150 soldiers. "
            "Officials said 30 people were treated for smoke inhalation. The fire spread across dry hills fanned by "
            "strong winds, and temperatures reached 41 degrees Celsius in the afternoon.")
    texts = [fire, fire.replace("Monday", "Tuesday"), fire.replace("firefighters said", "officials said")]
    rows = reconcile(read_all(texts), story="s")
    assert not [f for f in rows if f.measure == "temperature"]
    heat = ["Heatwave grips Japan: temperatures of 35C or above were recorded at 287 stations on Monday.",
            "Temperatures of 35C or above were recorded across Japan on Monday, the agency said.",
            "Japan bakes as temperatures stay above 35C for a ninth day."]
    rows = reconcile([read(t, f"a{i}") for i, t in enumerate(heat)], story="s")
    assert not [f for f in rows if f.measure == "temperature"]
