"""A row told in two units gives its range in the unit of its label (reconcile ``_fact``); sentences written for
these tests."""

from __future__ import annotations

from storyline.link.reconcile import reconcile
from tests.link.made_claims import art, claim


def test_a_term_told_in_months_and_years_is_one_range_in_years() -> None:
    years = [claim(f"{a}:c1", "12", 12.0, text, measure="sentence", unit="years", counted="years", role="objects")
             for a, text in (("a", "Ross was sentenced to 12 years in prison."),
                             ("b", "A judge sentenced Ross to 12 years in prison on Friday."))]
    months = claim("c:c1", "144", 144.0, "Ross was sentenced to 144 months in prison.", measure="sentence",
                   unit="months", counted="months", role="objects")
    [row] = [f for f in reconcile([art("a", years[0]), art("b", years[1]), art("c", months)], story="s")
             if f.measure == "sentence"]
    assert set(row.claims) == {"a:c1", "b:c1", "c:c1"}
    assert (row.low, row.high) == (12.0, 12.0) and "(years)" in row.label


def test_a_row_in_one_unit_keeps_its_figures() -> None:
    terms = [claim(f"{a}:c1", n, v, f"Ross was sentenced to {n} years in prison.", measure="sentence",
                   unit="years", counted="years", role="objects") for a, n, v in (("a", "12", 12.0), ("b", "15", 15.0))]
    rows = [f for f in reconcile([art("a", terms[0]), art("b", terms[1])], story="s") if f.measure == "sentence"]
    assert sorted((f.low, f.high) for f in rows) in ([(12.0, 15.0)], [(12.0, 12.0), (15.0, 15.0)])
