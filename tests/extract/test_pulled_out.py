"""People taken out of the water, the rubble or a wreck are the rescued, though no rescue word is written
(extract/claims.py ``_pulled_out``); sentences written for these tests."""

from __future__ import annotations

import pytest

from storyline.extract import nlp
from tests.extract.test_claims import by_number, claims


@pytest.fixture(scope="module", autouse=True)
def _parser() -> None:
    nlp.setup()


@pytest.mark.parametrize("text, number", [
    ("Fishermen pulled 64 people from the water after the boat capsized.", "64"),
    ("Nine miners were pulled alive from the rubble on Thursday.", "Nine"),
    ("Volunteers pulled eight survivors alive from the debris of the hotel.", "eight"),
    ("Thirteen hikers were dug out of the snow after the avalanche.", "Thirteen"),
    ("A helicopter plucked 12 sailors from the sea overnight.", "12"),
    # brought out alive, from wherever: alive is rescued
    ("Rescuers had pulled 23 people out alive by midday, the Red Cross said.", "23"),
    ("Two more miners were brought out alive early on Wednesday.", "Two"),
])
def test_taken_out_of_peril_are_rescued(text: str, number: str) -> None:
    assert by_number(claims(text))[number].measure == "rescued", text


@pytest.mark.parametrize("text, number, measure", [
    ("Divers pulled three bodies from the river on Tuesday.", "three", "killed"),  # the dead
    ("Police pulled two suspects from the car and arrested them.", "two", "detained"),  # no peril
    ("The chain pulled 40 products from its shelves after the recall.", "40", "count"),
    ("The union pulled 300 workers from the site in protest.", "300", "count"),
    ("Police brought 12 suspects to court on Monday.", "12", "count"),  # brought, not out alive
])
def test_other_pulling_is_no_rescue(text: str, number: str, measure: str) -> None:
    assert by_number(claims(text))[number].measure == measure, text
