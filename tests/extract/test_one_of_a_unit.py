"""One of a unit told by a word of amount is a figure: "nearly a kilometre long", "almost a tonne of cocaine",
"more than a mile of the road" (but not the bare "a mile away"), with the unit inside the figure's own words, so
a tonne of cocaine is a weight of cocaine. On sentences written for these tests (the claims with the real
parse)."""

from __future__ import annotations

import pytest

from storyline.extract import nlp
from storyline.extract.quantities import find_quantities
from tests.extract.read_claims import read


@pytest.mark.parametrize(("text", "figure", "unit", "low", "high"), [
    ("The mass of earth is nearly a kilometre long.", "nearly a kilometre", "km", None, 1.0),
    ("Over a kilometer of road was buried.", "Over a kilometer", "km", 1.0, None),
    ("The queue stretched for about a mile.", "about a mile", "mi", None, None),
    ("Almost a tonne of cocaine was seized.", "Almost a tonne", "t", None, 1.0),
])
def test_one_of_a_unit_with_a_word_of_amount(text: str, figure: str, unit: str, low: float | None,
                                             high: float | None) -> None:
    found = [q for q in find_quantities(text) if q.text == figure]
    assert len(found) == 1, find_quantities(text)
    assert (found[0].value, found[0].unit, found[0].low, found[0].high) == (1.0, unit, low, high)


@pytest.mark.parametrize("text", ["A mile away, the village was untouched.", "It took more than an hour.",
                                  "About a million people fled."])
def test_no_unit_of_size_without_a_word_of_amount(text: str) -> None:
    assert not [q for q in find_quantities(text) if q.value == 1.0 and q.unit]


def test_a_tonne_of_cocaine_weighs_cocaine() -> None:
    nlp.setup()
    claim = next(c for c in read("Almost a tonne of cocaine was seized at the port on Friday.").claims
                 if c.number_text == "Almost a tonne")
    assert (claim.measure, claim.unit, claim.counted) == ("weight", "tonne", "cocaine")
    half = next(c for c in read("Half a tonne of cocaine was seized at the port on Friday.").claims)
    assert half.measure == "weight" and half.value == 0.5
