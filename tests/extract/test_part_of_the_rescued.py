"""A part of those rescued told by where they are ("five of those rescued remain in hospital") is a part, not the
count of the rescued: another outlet's "six people were rescued" is not contradicted by it. On sentences written for
these tests with the real parse."""

from __future__ import annotations

import pytest

from storyline.extract import nlp
from storyline.link.reconcile import _key
from tests.extract.read_claims import figures


@pytest.fixture(scope="module", autouse=True)
def _parser() -> None:
    nlp.setup()


@pytest.mark.parametrize("sentence, figure", [
    ("Five of those rescued remain in hospital, among them an 81-year-old man.", "Five"),
    ("Three of the rescued remain in hospital after the nurse was discharged on Thursday.", "Three"),
])
def test_a_part_of_the_rescued_in_hospital_is_a_part(sentence: str, figure: str) -> None:
    part = figures(sentence)[figure]
    rescued = figures("Six people were rescued from the building on Tuesday.")["Six"]
    assert (part.subject or "").endswith("(of whom)")
    assert _key(part) != _key(rescued)
