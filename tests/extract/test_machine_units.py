"""A machine's figure keeps the unit glued to it (extract/machine_units.py), with the real parse."""

from __future__ import annotations

import pytest

from storyline.extract import nlp
from storyline.extract.machine_units import decimal_tail, machine_unit
from tests.extract.parsed_claims import by_number

UNITS = frozenset({"GHz", "GB", "mAh", "W"})


@pytest.fixture(scope="module", autouse=True)
def _parser() -> None:
    nlp.setup()




def test_a_parsed_machine_unit_replaces_the_noun_after_it() -> None:
    assert machine_unit("GHz", "processor", UNITS) == "ghz"
    assert machine_unit("GHz", None, UNITS) == "ghz"


def test_a_unit_the_claims_stage_found_or_one_of_no_machine_is_kept() -> None:
    assert machine_unit("GB", "gb", UNITS) is None  # "16GB": found already
    assert machine_unit("km", "roads", UNITS) is None  # not a machine's unit
    assert machine_unit(None, "chairs", UNITS) is None


@pytest.mark.parametrize(("token", "tail"), [
    ("7GHz", True), ("5mAh", True), ("4GB", True), ("12kg", True),
    ("5th", False), ("8", False), ("2D", False), ("Monday", False),
])
def test_the_fraction_of_a_spaced_decimal_with_its_unit(token: str, tail: bool) -> None:
    assert decimal_tail(token) is tail


@pytest.mark.parametrize(("text", "number", "value"), [
    ("The tablet uses a 2.2GHz octa - core chip from Taiwan.", "2.2", 2.2),
    ("Its processor is clocked at up to 3. 1GHz when plugged in.", "up to 3. 1", 3.1),
    ("The base model, at 1. 6GHz, is the slowest of the range.", "1. 6", 1.6),
])
def test_a_glued_frequency_is_counted_in_its_unit(text: str, number: str, value: float) -> None:
    claim = by_number(text)[number]
    assert (claim.unit, claim.counted, claim.value) == ("ghz", "ghz", value)


def test_other_figures_keep_their_nouns() -> None:
    claims = by_number("The shop sold 30 laptops with 16GB of memory. The team won 3. 4 teams lost.")
    assert claims["30"].counted == "laptops"
    assert claims["16"].unit == "gb"
