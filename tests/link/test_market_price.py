"""A share price told where it moved to is the market's price, not the sum a buyer offers, however close the two
are (reconcile ``_kind``, ``_by_kind``); sentences written for these tests."""

from __future__ import annotations

import pytest

from storyline.link.reconcile import MARKET, MARKET_OPEN, _kind, reconcile
from storyline.model import Claim
from tests.link.made_claims import art, claim


def sum_of(cid: str, number_text: str, value: float, text: str) -> Claim:
    return claim(cid, number_text, value, text, measure="money", unit="USD", counted=None, role="objects")


@pytest.mark.parametrize("text, number_text", [
    ("Tarnwell shares jumped 18.5% to $52.40 in early trading.", "$52.40"),
    ("The stock closed at $19.75 on Friday, up 4 percent.", "$19.75"),
    ("Its shares were trading at about $7.10 by noon.", "$7.10"),
    ("Vantor shares sagged $1.12 on Monday to finish at $30.05.", "$30.05"),
    ("Tarnwell had closed at $44.80 on Friday.", "$44.80"),  # a close told without "shares"
    ("The group ended the session at about $12.15.", "about $12.15"),
])
def test_a_share_price_where_it_moved_is_the_markets(text: str, number_text: str) -> None:
    assert _kind(sum_of("a:c1", number_text, 1.0, text)) == MARKET


@pytest.mark.parametrize("text, number_text", [
    ("Brenner will pay $54 a share in cash for Tarnwell.", "$54"),
    ("The offer of $54 per share values the group at $3 billion.", "$54"),
    ("Sales rose 12 percent to $4.2 billion.", "$4.2 billion"),  # a company's sales, not its shares
    ("The deal closed at $3 billion after talks.", "$3 billion"),  # a sum in billions is no share's close
])
def test_an_offer_or_a_sum_is_no_market_price(text: str, number_text: str) -> None:
    assert _kind(sum_of("a:c1", number_text, 1.0, text)) != MARKET


def test_the_offer_keeps_its_row_and_the_market_price_leaves_it() -> None:
    a = sum_of("a:c1", "$54", 54.0, "Brenner will pay $54 a share in cash for Tarnwell.")
    b = sum_of("b:c1", "$54", 54.0, "Brenner agreed to buy Tarnwell for $54 a share.")
    b2 = sum_of("b:c2", "$52.40", 52.4, "Tarnwell shares jumped 18.5% to $52.40 in early trading.")
    rows = [set(f.claims) for f in reconcile([art("a", a), art("b", b, b2)], story="s")]
    assert {"a:c1", "b:c1"} in rows
    assert not any("b:c2" in r and len(r) > 1 for r in rows)


@pytest.mark.parametrize("text, number_text", [
    ("The stock opened at 44.20 euros, against an offer price of 37 euros.", "44.20 euros"),
    ("Shares opened on Wednesday at $21.50 and closed at $23.10.", "$21.50"),
    ("When it opened at 44 euros the whole room was shouting.", "44 euros"),
])
def test_where_a_share_opened_is_a_price_of_its_own(text: str, number_text: str) -> None:
    assert _kind(sum_of("a:c1", number_text, 1.0, text)) == MARKET_OPEN


def test_the_opening_and_the_closing_price_are_two_rows() -> None:
    """"opened at 44.20 euros" and "closed at 46.10 euros", each told by two outlets: two prices, not one in dispute."""
    a1 = sum_of("a:c1", "44.20 euros", 44.2, "The stock opened at 44.20 euros on its first day.")
    a2 = sum_of("a:c2", "46.10 euros", 46.1, "It closed at 46.10 euros, up a quarter on the offer.")
    b1 = sum_of("b:c1", "44.20 euros", 44.2, "Velmora shares opened at 44.20 euros in Frankfurt.")
    b2 = sum_of("b:c2", "46.10 euros", 46.1, "The shares ended the day at 46.10 euros.")
    rows = [set(f.claims) for f in reconcile([art("a", a1, a2), art("b", b1, b2)], story="s")]
    assert {"a:c1", "b:c1"} in rows and {"a:c2", "b:c2"} in rows
