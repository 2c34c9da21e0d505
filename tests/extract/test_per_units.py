"""A price per unit is per the unit, not per the company's name told before it ("per Acme share"); a cost
saving is a sum, not a price."""

from __future__ import annotations

from tests.extract.parsed_claims import by_number


def test_a_companys_name_before_the_unit_is_not_the_unit() -> None:
    assert by_number("Holt Group will pay 9.80 euros per Marlow share in cash.")["9.80 euros"].unit == "EUR per share"
    assert by_number("The buyer offered $41 a Tessaro share on Monday.")["$41"].unit == "USD per share"


def test_a_plain_unit_is_read_as_before() -> None:
    assert by_number("Diesel now costs 1.65 euros per litre.")["1.65 euros"].unit == "EUR per litre"
    assert by_number("Investors will get $7 per share.")["$7"].unit == "USD per share"


def test_cost_savings_are_a_sum_not_a_price() -> None:
    assert by_number("The merger should yield cost savings of $75 million a year.")["$75 million"].measure == "money"
    assert by_number("Both firms promised price cuts worth 40 million euros.")["40 million euros"].measure == "money"
    # what a thing costs stays a price
    assert by_number("A season ticket will cost $310 a year.")["$310"].measure == "price"
