"""A burned or flooded area told in acres by one outlet and in hectares by another is one row (link/areas.py)."""

from __future__ import annotations

from storyline.link.areas import in_hectares
from storyline.link.reconcile import reconcile
from tests.link.made_claims import claim, told


def _area(cid: str, number_text: str, value: float, text: str, unit: str) -> object:
    return claim(cid, number_text, value, text, measure="count", unit=unit, counted=unit, role="objects")


def test_an_extent_in_acres_is_read_in_hectares() -> None:
    made = in_hectares(_area("a:c1", "130,000", 130000, "The fire has burned 130,000 acres.", "acres"), "acres")
    assert made.unit == "hectares" and made.value is not None and abs(made.value - 52609) < 1
    same = _area("a:c2", "52,300", 52300, "The fire has burned 52,300 hectares.", "hectares")
    assert in_hectares(same, "hectares") is same


def test_one_fires_extent_in_two_units_is_one_row_and_a_site_is_not() -> None:
    articles = [told("a", _area("a:c1", "52,300", 52300, "The fire has burned 52,300 hectares of forest.",
                                "hectares")),
                told("b", _area("b:c1", "some 130,000", 130000, "Flames have scorched some 130,000 acres.",
                                "acres")),
                told("c", _area("c:c1", "53,000", 53000, "About 53,000 hectares have burned so far.", "hectares"))]
    rows = [set(f.claims) for f in reconcile(articles, story="s")]
    assert {"a:c1", "b:c1", "c:c1"} in rows
    apart = [told("a", _area("a:c1", "52,300", 52300, "The fire has burned 52,300 hectares of forest.", "hectares")),
             told("b", _area("b:c1", "40", 40, "The blaze began on a 40-acre farm.", "acres"))]
    assert not any({"a:c1", "b:c1"} <= set(f.claims) for f in reconcile(apart, story="s"))
