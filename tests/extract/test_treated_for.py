"""People treated for a hurt are the injured: "38 people had been treated for burns and smoke inhalation" is a count
of the injured, one quantity with another outlet's "38 people were injured"; people merely taken to hospital stay a
count of their own. On sentences written for these tests with the real parse."""

from __future__ import annotations

import pytest

from storyline.extract import nlp
from tests.extract.read_claims import figures


@pytest.fixture(scope="module", autouse=True)
def _parser() -> None:
    nlp.setup()


@pytest.mark.parametrize("sentence, figure", [
    ("The county health executive said 38 people had been treated for burns and smoke inhalation.", "38"),
    ("Officials said 17 people were taken to hospital with cuts and fractures.", "17"),
])
def test_people_treated_for_a_hurt_are_injured(sentence: str, figure: str) -> None:
    assert figures(sentence)[figure].measure == "injured"


def test_patients_taken_to_hospital_are_not_read_as_injured_by_this_rule() -> None:
    assert figures("Nine patients were taken to hospital as a precaution.")["Nine"].measure != "injured"
