"""A prison term told in years by some outlets and in months by another is one term, on sentences of our own;
a shorter term asked for is another figure."""

from __future__ import annotations

from storyline.link.reconcile import reconcile
from storyline.model import Claim
from tests.link.made_claims import art, things


def term(cid: str, number_text: str, value: float, unit: str, text: str, qualifier: str = "exact") -> Claim:
    return things(cid, number_text, value, text, unit, measure="sentence", unit=unit, qualifier=qualifier)


def test_a_term_in_years_and_in_months_is_one_term() -> None:
    arts = [art("a", term("a:1", "12", 12, "years", "She was sentenced to 12 years in prison.")),
            art("b", term("b:1", "12", 12, "years", "A judge gave her 12 years.")),
            art("c", term("c:1", "144", 144, "months", "Marla Venn was sentenced to 144 months in prison."),
                term("c:2", "eight", 8, "years", "Her lawyer had asked for eight years."))]
    rows = {(f.low, f.high, f.assessment, len(f.claims)) for f in reconcile(arts, story="s") if f.measure == "sentence"}
    assert (12.0, 12.0, "consistent", 3) in rows
    assert all(row[0] != 8.0 or row[3] == 1 for row in rows)  # the term asked for is not told as the one given


def test_terms_of_different_lengths_in_two_units_clash() -> None:
    arts = [art("a", term("a:1", "12", 12, "years", "She was sentenced to 12 years in prison.")),
            art("b", term("b:1", "18", 18, "months", "She was jailed for 18 months."))]
    assert all(f.low == f.high for f in reconcile(arts, story="s") if f.measure == "sentence")
    assert not any(f.assessment == "consistent" and len(f.claims) == 2
                   for f in reconcile(arts, story="s") if f.measure == "sentence")
