"""A prison term told in years by some outlets and in months by another is one term, on sentences of our own."""

from __future__ import annotations

from storyline.link.reconcile import reconcile
from storyline.model import Claim
from tests.link.made_claims import art, things


def term(cid: str, number_text: str, value: float, unit: str, text: str) -> Claim:
    return things(cid, number_text, value, text, unit, measure="sentence", unit=unit)


def test_a_term_in_years_and_in_months_is_one_term() -> None:
    arts = [art("a", term("a:1", "12", 12, "years", "She was sentenced to 12 years in prison.")),
            art("b", term("b:1", "12", 12, "years", "A judge gave her 12 years.")),
            art("c", term("c:1", "144", 144, "months", "Marla Venn was sentenced to 144 months in prison."))]
    [row] = [f for f in reconcile(arts, story="s") if f.measure == "sentence"]
    assert set(row.claims) == {"a:1", "b:1", "c:1"}
    assert (row.low, row.high, row.assessment) == (12.0, 12.0, "consistent")  # bounded in years


def test_terms_of_different_lengths_in_two_units_clash() -> None:
    arts = [art("a", term("a:1", "12", 12, "years", "She was sentenced to 12 years in prison.")),
            art("b", term("b:1", "18", 18, "months", "She was jailed for 18 months."))]
    [row] = [f for f in reconcile(arts, story="s") if f.measure == "sentence"]
    assert row.assessment == "conflicting" and (row.low, row.high) == (1.5, 12.0)
