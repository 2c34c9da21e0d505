"""The unit a figure spells inside its own words (extract/spelled_units.py), and the claims it makes."""

from __future__ import annotations

import pytest

from storyline.extract import nlp
from storyline.extract.spelled_units import unit_word
from tests.extract.parsed_claims import by_number


@pytest.fixture(scope="module", autouse=True)
def _parser() -> None:
    nlp.setup()




@pytest.mark.parametrize(("text", "word"), [
    ("a year and a half", "year"),
    ("more than an hour and a half", "hour"),
    ("about a mile and a quarter", "mile"),
    ("a decade and a half", "year"),
    ("half an hour", "hour"),
    ("half a kilometre", "kilometre"),
    ("two and a half", "two"),  # no unit inside: the last word before the fraction, which names none
])
def test_the_unit_word_of_a_spelled_figure(text: str, word: str) -> None:
    assert unit_word(text) == word


@pytest.mark.parametrize(("text", "number", "measure", "unit"), [
    ("The harbour inquiry is due to report in a year and a half.", "a year and a half", "duration", "years"),
    ("Nearly a year and a half after the flood, some families are still in hotels.", "Nearly a year and a half",
     "duration", "years"),
    ("The rescue of the climbers took an hour and a half.", "an hour and a half", "duration", "hours"),
    ("The boat drifted about a mile and a half from the pier.", "about a mile and a half", "distance", "mile"),
    ("The dispute over the bridge has dragged on for a decade and a half.", "a decade and a half", "duration",
     "years"),
])
def test_a_figure_with_its_unit_before_the_fraction_is_told_in_that_unit(
        text: str, number: str, measure: str, unit: str) -> None:
    claim = by_number(text)[number]
    assert (claim.measure, claim.unit) == (measure, unit)


def test_figures_that_name_their_noun_apart_are_unchanged() -> None:
    claims = by_number("The council served two and a half years, and the baker used a cup and a half of rye.")
    assert (claims["two and a half"].measure, claims["two and a half"].unit) == ("duration", "years")
    assert claims["a cup and a half"].measure == "count"
    assert by_number("The meeting lasted half an hour.")["half an hour"].unit == "hours"
