"""Numbers that are part of a name (a version, a model, a level) count nothing; a quake in degrees is a magnitude."""
from __future__ import annotations

import pytest

from storyline.extract import nlp
from tests.extract.parsed_claims import by_number


@pytest.fixture(scope="module", autouse=True)
def _parser() -> None:
    nlp.setup()


@pytest.mark.parametrize(("text", "figure"), [
    ("The flaw was used in attacks aimed at Firefox 17 and 18, the company said.", "18"),
    ("The charger works with Level 2 stations across the state.", "2"),
    ("Users of Chrome 30 and 31 saw the warning, engineers said.", "31"),
])
def test_a_number_of_a_name_counts_nothing(text: str, figure: str) -> None:
    claims = by_number(text)
    assert figure in claims
    assert claims[figure].measure == "other"


@pytest.mark.parametrize(("text", "figure", "measure"), [
    ("Apple sold 9 million phones in the quarter.", "9 million", "count"),
    ("Ohio reported 3 deaths on Friday.", "3", "killed"),
    ("The Lakers' 14 turnovers cost them the game.", "14", "count"),
    ("Hackers targeted Safari 6 users last week.", "6", "count"),
    ("Police arrested 12 protesters near Parliament on Tuesday.", "12", "detained"),
])
def test_a_number_that_counts_the_noun_after_it_still_counts(text: str, figure: str, measure: str) -> None:
    claims = by_number(text)
    assert claims[figure].measure == measure


@pytest.mark.parametrize(("text", "figure"), [
    ("The town was shaken by a 5.9 degree quake on Monday.", "5.9"),
    ("A 4.8-degree tremor rattled windows across the valley.", "4.8"),
])
def test_a_quake_in_degrees_is_a_magnitude(text: str, figure: str) -> None:
    claim = by_number(text)[figure]
    assert claim.measure == "magnitude"
    assert claim.unit is None


def test_degrees_of_weather_stay_a_temperature() -> None:
    assert by_number("It was 30 degrees in Madrid on Monday.")["30"].measure == "temperature"


@pytest.mark.parametrize(("text", "figure", "unit"), [
    ("The thermometer at the airport hit 43.6C on Sunday, a record for June.", "43.6", "°c"),
    ("Forecasters expect highs of 104F in the valley this weekend.", "104", "°f"),
    ("Overnight the temperature fell to 3C in the hills.", "3", "°c"),
])
def test_a_temperature_with_its_letter_glued_on_is_a_temperature(text: str, figure: str, unit: str) -> None:
    claim = by_number(text)[figure]
    assert (claim.measure, claim.unit) == ("temperature", unit)


def test_a_letter_of_a_name_after_a_figure_is_no_temperature() -> None:
    assert by_number("The carmaker sold 800,000 F-Series pickups last year.")["800,000"].measure != "temperature"
