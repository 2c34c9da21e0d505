"""Figures of time that are no length of time (extract/not_durations.py), with the real parse, on
sentences written for these tests."""

from __future__ import annotations

import pytest

from storyline.extract import nlp
from tests.extract.parsed_claims import parsed


@pytest.fixture(scope="module", autouse=True)
def _parser() -> None:
    nlp.setup()


def _durations(text: str) -> list[str]:
    return [c.number_text for c in parsed(text).claims if c.measure == "duration"]


@pytest.mark.parametrize("text", [
    "The union wants the 13th and 14th month bonus restored for nurses.",
    "Every clerk receives a 13th-month salary in December.",
    "She is a second-year student at the conservatory.",
    "The chain expects to open the stores in the second half of the year.",
    "Output fell in the first half of 2021, the ministry said.",
    "Both goals came in the second half.",
])
def test_a_place_in_time_is_no_length(text: str) -> None:
    assert _durations(text) == [], text


@pytest.mark.parametrize(("text", "figure"), [
    ("On the sixth day of the blockade, the drivers gave up.", "sixth day"),
    ("The walkout entered its third week on Tuesday.", "third week"),
    ("The repairs took half a year.", "half a year"),
    ("The ferry was out of service for two months.", "two"),
])
def test_a_time_elapsed_stays_a_length(text: str, figure: str) -> None:
    assert figure in _durations(text), text
