"""A price per unit is per the unit, not per the company's name told before it ("per Acme share")."""

from __future__ import annotations

from tests.extract.parsed_claims import by_number


def test_a_companys_name_before_the_unit_is_not_the_unit() -> None:
    assert by_number("Holt Group will pay 9.80 euros per Marlow share in cash.")["9.80 euros"].unit == "EUR per share"
    assert by_number("The buyer offered $41 a Tessaro share on Monday.")["$41"].unit == "USD per share"


def test_a_plain_unit_is_read_as_before() -> None:
    assert by_number("Diesel now costs 1.65 euros per litre.")["1.65 euros"].unit == "EUR per litre"
    assert by_number("Investors will get $7 per share.")["$7"].unit == "USD per share"
