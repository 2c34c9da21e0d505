"""A prison term told as what the convicted gets or where they will spend it is a sentence, on sentences of our
own; a stretch of time that is no term stays a duration."""

from __future__ import annotations

import pytest

from tests.extract.parsed_claims import by_number


@pytest.mark.parametrize("text, figure", [
    ("Former clerk gets 12 years for stealing from church", "12"),
    ("The driver was given 18 months in jail for the crash.", "18"),
    ("She will spend 12 years in federal prison, the judge ruled.", "12"),
    ("He was handed nine years behind bars.", "nine"),
])
def test_a_term_given_is_a_sentence(text: str, figure: str) -> None:
    assert by_number(text)[figure].measure == "sentence", text


@pytest.mark.parametrize("text, figure", [
    ("She gets 12 days off in the summer.", "12"),
    ("He spent 12 years in Madrid before returning home.", "12"),
    ("The company was given 18 months to repay the loan.", "18"),
])
def test_other_stretches_of_time_stay_durations(text: str, figure: str) -> None:
    assert by_number(text)[figure].measure != "sentence", text
