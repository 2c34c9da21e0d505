"""A sum restated in another currency after a comma ("0.35 lei, or about 7 euro cents") is one amount with the sum it
restates (reconcile ``_in_other_money``); sentences written for these tests."""

from __future__ import annotations

from storyline.link.reconcile import reconcile
from storyline.model import Claim
from tests.link.made_claims import art, claim


def money(cid: str, number_text: str, value: float, text: str, unit: str, measure: str = "price") -> Claim:
    return claim(cid, number_text, value, text, measure=measure, unit=unit, counted=None, role="objects")


def test_a_sum_restated_in_another_currency_joins_the_sum_not_a_price_of_its_size() -> None:
    said = "The levy adds 0.42 zloty, or about 10 euro cents, to every litre of fuel."
    a1, a2 = money("a:c1", "0.42 zloty", 0.42, said, "PLN"), money("a:c2", "about 10 euro cents", 10.0, said, "cent")
    b1 = money("b:c1", "0.42 zloty", 0.42, "The levy raises fuel prices by 0.42 zloty per litre.", "PLN per litre")
    c1 = money("c:c1", "about 9.6 zloty", 9.6, "Diesel already sells for about 9.6 zloty a litre.", "PLN per litre")
    rows = [set(f.claims) | set(f.repeats) for f in reconcile([art("a", a1, a2), art("b", b1), art("c", c1)],
                                                                story="s")]
    assert any({"a:c1", "a:c2", "b:c1"} <= r for r in rows)
    assert not any("a:c2" in r and "c:c1" in r for r in rows)


def test_a_total_and_a_sum_per_share_in_one_currency_stay_two() -> None:
    said = "The buyer will pay $2.4 billion, or $38 a share, for the dairy."
    a1 = money("a:c1", "$2.4 billion", 2.4e9, said, "USD", measure="money")
    a2 = money("a:c2", "$38", 38.0, said, "USD per share", measure="money")
    b2 = money("b:c1", "$38", 38.0, "Shareholders will get $38 a share in cash.", "USD per share", measure="money")
    rows = [set(f.claims) for f in reconcile([art("a", a1, a2), art("b", b2)], story="s")]
    assert not any({"a:c1", "a:c2"} <= r for r in rows)


def test_a_share_after_a_sum_is_no_restatement() -> None:
    said = "The deficit will reach NZ$9.1 billion, or 2.4 percent of GDP."
    a1 = money("a:c1", "NZ$9.1 billion", 9.1e9, said, "NZD", measure="money")
    a2 = claim("a:c2", "2.4 percent", 2.4, said, measure="percent", unit="percent", counted="gdp", role="objects")
    b1 = money("b:c1", "NZ$9.1 billion", 9.1e9, "A deficit of NZ$9.1 billion is forecast.", "NZD", measure="money")
    b2 = claim("b:c2", "2.4 percent", 2.4, "The gap is 2.4 percent of GDP.", measure="percent", unit="percent",
               counted="gdp", role="objects")
    rows = [set(f.claims) for f in reconcile([art("a", a1, a2), art("b", b1, b2)], story="s")]
    assert not any({"a:c1", "a:c2"} <= r for r in rows) and not any({"b:c1", "a:c2"} <= r for r in rows)
