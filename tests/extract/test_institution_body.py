"""A singular "body" with a noun or an institution's adjective before it is an institution, not a corpse: what
it does to people counts no dead (extract/claims.py ``_institution``); sentences written for these tests."""

from __future__ import annotations

import pytest

from storyline.extract import nlp
from tests.extract.test_claims import by_number, claims


@pytest.fixture(scope="module", autouse=True)
def _parser() -> None:
    nlp.setup()


@pytest.mark.parametrize("text, number", [
    ("The national examinations body on Wednesday cancelled a chemistry paper for about 27,000 candidates.",
     "about 27,000"),
    ("The sport's governing body fined 12 players on Monday.", "12"),
    ("The regulatory body suspended 40 pilots after the audit.", "40"),
])
def test_an_institution_s_act_is_no_toll(text: str, number: str) -> None:
    assert by_number(claims(text))[number].measure not in ("killed", "injured"), text


@pytest.mark.parametrize("text, number", [
    ("The body of a woman was found on Sunday, bringing the toll to 12.", "12"),
    ("Divers recovered the victim's body and two more bodies on Tuesday.", "two"),
])
def test_a_corpse_still_counts_the_dead(text: str, number: str) -> None:
    assert by_number(claims(text))[number].measure == "killed", text
