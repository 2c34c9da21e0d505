"""Units of time as writers shorten them ("30 min", "45 mins", "a 2 hr drive") make durations; "yr old" an age."""

from __future__ import annotations

import pytest

from storyline.extract import nlp
from storyline.model import Claim
from tests.extract.read_claims import figures


@pytest.fixture(scope="module", autouse=True)
def _parser() -> None:
    nlp.setup()


def claims(text: str) -> dict[str, Claim]:
    return figures(text, published="2025-05-02")


@pytest.mark.parametrize(("text", "figure", "unit"), [
    ("Climbing the stairs had become a 20 min ordeal, she said.", "20", "minutes"),
    ("The ferry to the island takes 50 mins.", "50", "minutes"),
    ("It is a 3 hr drive from the border to the camp.", "3", "hours"),
])
def test_a_shortened_unit_of_time_is_a_duration(text: str, figure: str, unit: str) -> None:
    found = claims(text)[figure]
    assert (found.measure, found.unit) == ("duration", unit)


def test_a_shortened_year_old_is_an_age() -> None:
    assert claims("A 14 yr old girl was pulled from the river on Sunday.")["14"].measure == "age"


def test_a_name_is_no_unit() -> None:
    assert claims("Mr Min said 40 families had left the valley.")["40"].measure != "duration"
