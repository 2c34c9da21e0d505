"""Spans of time told with an article instead of a figure (extract/spelled_durations.py), on sentences
written for these tests."""

from __future__ import annotations

import pytest

from storyline.extract import nlp
from tests.extract import parsed_claims


@pytest.fixture(scope="module", autouse=True)
def _parser() -> None:
    nlp.setup()


def durations(text: str) -> dict[str, tuple[float | None, float | None, float | None, str | None]]:
    claims = parsed_claims.parsed(text, published="2025-06-02").claims
    return {c.number_text: (c.value, c.low, c.high, c.counted) for c in claims if c.measure == "duration"}


@pytest.mark.parametrize(("text", "number_text", "told"), [
    ("The mill reopened less than a month after the flood.", "less than a month", (1, None, 1, "months")),
    ("The ferry drifted for nearly an hour before help came.", "for nearly an hour", (1, None, 1, "hours")),
    ("The painter kept the canvas hidden for a week.", "for a week", (1, 1, 1, "weeks")),
    ("After nearly a quarter-century of exile, the poet came home.", "nearly a quarter-century",
     (25, None, 25, "years")),
    ("The minister stayed a couple of minutes and left.", "a couple of minutes", (2, 2, 2, "minutes")),
    ("A weeklong search ended on the ridge on Sunday.", "A weeklong", (1, 1, 1, "weeks")),
    ("The audit will take a year and a half, the board said.", "a year and a half", (1.5, 1.5, 1.5, "years")),
    ("The dispute has dragged on for more than a decade.", "for more than a decade", (1, 1, None, "decades")),
])
def test_a_span_told_with_an_article_is_a_duration(text: str, number_text: str,
                                                   told: tuple[float, float | None, float | None, str]) -> None:
    assert durations(text).get(number_text) == told, durations(text)


@pytest.mark.parametrize("text", [
    "The singer died on Monday, a week after a fall at her home.",  # which time, not how long
    "The bridge was closed a year ago for repairs.",
    "Patients take the tablets twice a day with food.",  # a rate
    "Cleaners earn $9 a week more under the deal.",
    "The council meets once a month in the old hall.",
])
def test_a_time_or_a_rate_told_with_an_article_is_no_duration(text: str) -> None:
    assert durations(text) == {}
