"""A prison term someone asked for is not the term given (``link/sought.py``); sentences written for these tests."""

from __future__ import annotations

import pytest

from storyline.link.reconcile import reconcile
from storyline.link.sought import sought
from storyline.model import Claim
from tests.link.made_claims import art, claim


def term(cid: str, number_text: str, value: float, text: str) -> Claim:
    return claim(cid, number_text, value, text, measure="sentence", unit="years", counted="years", role="objects")


@pytest.mark.parametrize("text, number_text", [
    ("His lawyer had asked for a sentence of no more than six years.", "no more than six"),
    ("Prosecutors sought a prison term of 18 years for the former mayor.", "18"),
    ("The state recommended 25 years in prison.", "25"),
    ("He got nine years, less than the 14 years prosecutors had sought.", "14"),
    ("The defence asked the judge for four years behind bars.", "four"),
])
def test_a_term_asked_for_is_sought(text: str, number_text: str) -> None:
    assert sought(term("a:c1", number_text, 1.0, text))


@pytest.mark.parametrize("text, number_text", [
    ("A judge sentenced the former mayor to 18 years in prison.", "18"),
    ("He got nine years, less than the 14 years prosecutors had sought.", "nine"),
    ("She faces up to 30 years in prison if convicted.", "up to 30"),  # a charge's maximum: asked for by no one
    ("He will spend 12 years in a federal prison, the court ruled.", "12"),
])
def test_a_term_given_or_a_maximum_is_not_sought(text: str, number_text: str) -> None:
    assert not sought(term("a:c1", number_text, 1.0, text))


def test_the_term_sought_is_a_row_apart_from_the_term_given() -> None:
    given_a = term("a:c1", "12", 12.0, "The treasurer was sentenced to 12 years in prison.")
    given_b = term("b:c1", "12", 12.0, "A judge gave the treasurer 12 years in prison on Friday.")
    asked = term("b:c2", "no more than eight", 8.0, "Her lawyer had asked for a sentence of no more than eight years.")
    facts = reconcile([art("a", given_a), art("b", given_b, asked)], story="s")
    [given] = [f for f in facts if "b:c1" in f.claims]
    assert set(given.claims) == {"a:c1", "b:c1"} and given.assessment == "consistent"
    assert any(f.claims == ("b:c2",) and "sought" in f.label for f in facts)
