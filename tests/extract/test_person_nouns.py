"""Nouns that count people (``claim_words.PERSON_NOUNS``): "Dutch nationals", "protestors" (so spelled),
"fatalities", "pilgrims", "commuters" count persons, keyed as people by the facts code, not as things; sentences
written for these tests."""

from __future__ import annotations

import pytest

from storyline.extract import nlp
from tests.extract.test_claims import by_number, claims


@pytest.fixture(scope="module", autouse=True)
def _parser() -> None:
    nlp.setup()


@pytest.mark.parametrize("text, number", [
    ("Forty-one Dutch nationals were among the passengers on the flight.", "Forty-one"),
    ("About 300 protestors gathered outside the ministry on Friday.", "About 300"),
    ("The crash caused 14 fatalities, the ministry said.", "14"),
    ("Some 2,000 pilgrims were stranded at the shrine.", "Some 2,000"),
    ("Nearly 5,000 commuters were stuck for hours.", "Nearly 5,000"),
    ("Police arrested nine smugglers at the border.", "nine"),
])
def test_a_count_of_these_nouns_counts_people(text: str, number: str) -> None:
    assert by_number(claims(text))[number].unit == "people", text


def test_a_count_of_things_stays_things() -> None:
    assert by_number(claims("The firm shipped 40 containers of rice on Monday."))["40"].unit != "people"
