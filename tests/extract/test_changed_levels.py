"""A change told "from" one level "to" another ("raised its offer from 5.5 per cent to 7 per cent") is two levels of
one quantity for a reader of facts, not a range; the quantity reader itself still reads the written span as a range
(the convention of the quantity benchmarks), and a span with no verb of change ("ranged in age from 9 to 71") stays
one range everywhere."""

from __future__ import annotations

import pytest

from storyline.extract import nlp
from storyline.extract.quantities import changed_levels, find_quantities
from tests.extract.read_claims import read


@pytest.fixture(scope="module", autouse=True)
def _parser() -> None:
    nlp.setup()


def _levels(sentence: str) -> list[tuple[str, float | None, float | None, str]]:
    return [(q.text, q.low, q.high, q.qualifier) for q in changed_levels(sentence, find_quantities(sentence))]


def test_a_change_from_one_level_to_another_is_two_levels() -> None:
    assert _levels("The operators raised their pay offer from 4.5 per cent to 6 per cent on Wednesday.") == [
        ("4.5 per cent", 4.5, 4.5, "exact"), ("6 per cent", 6.0, 6.0, "exact")]
    assert _levels("The proposal would lift the maximum fine from $500,000 to $5m per offence.") == [
        ("$500,000", 500000.0, 500000.0, "exact"), ("$5m", 5e6, 5e6, "exact")]


def test_a_span_without_a_change_stays_a_range() -> None:
    assert _levels("The victims ranged in age from 9 to 71.") == [("9 to 71", 9.0, 71.0, "range")]
    assert _levels("Prices range from $75 to $150 per container.")[0][3] == "range"


def test_the_quantity_reader_still_reads_the_written_range() -> None:
    found = find_quantities("The proposal would lift the maximum fine from $500,000 to $5m per offence.")
    assert [(q.low, q.high, q.qualifier) for q in found] == [(500000.0, 5e6, "range")]


def test_claims_read_each_level_of_a_change() -> None:
    claims = read("The government said the emergency fund for the island would be raised from €20 million to "
                  "€30 million.").claims
    assert sorted(c.value for c in claims if c.measure == "money") == [20e6, 30e6]
