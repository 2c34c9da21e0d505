"""One weight told in two units agrees; two weights far apart in two units clash."""

from __future__ import annotations

from storyline.link.weights import in_two_units, kilograms
from storyline.model import Claim


def weight(number_text: str, value: float, unit: str | None, n: int = 1) -> Claim:
    sentence = f"Customs seized {number_text} {unit or ''} of heroin."
    return Claim(id=f"a:c{n}", article="a", start=0, end=len(sentence), text=sentence, number_text=number_text,
                 value=value, low=value, high=value, qualifier="exact", unit=unit, measure="count", subject=None,
                 subject_group="not_people", location=None, as_of=None, attributed_to=None, counted=unit,
                 role="objects", number_start=sentence.index(number_text))


def test_a_weight_in_kilograms() -> None:
    assert kilograms(weight("4.3", 4.3, "tonnes")) == 4300.0
    assert kilograms(weight("4,300", 4300.0, "kilograms")) == 4300.0
    assert kilograms(weight("12", 12.0, "containers")) is None
    assert kilograms(weight("12", 12.0, None)) is None


def test_two_units_of_mass_are_compared_by_weight() -> None:
    assert in_two_units(weight("4.3", 4.3, "tonnes"), weight("4,300", 4300.0, "kilograms", 2))
    assert not in_two_units(weight("4.3", 4.3, "tonnes"), weight("4.1", 4.1, "tonnes", 2))  # one unit: as written
    assert not in_two_units(weight("4.3", 4.3, "tonnes"), weight("40", 40.0, "containers", 2))
