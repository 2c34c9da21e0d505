"""Shares of one story told apart by their size, on sentences of our own: a premium, a fall and a rise are three
shares, while one share rounded by another outlet ("23.8%", "24 percent") stays one."""

from __future__ import annotations

from storyline.link.reconcile import reconcile
from storyline.model import Claim
from tests.link.made_claims import art, things


def share(cid: str, number_text: str, value: float, text: str) -> Claim:
    return things(cid, number_text, value, text, "percent", measure="percent", unit="percent")


def test_shares_of_different_sizes_are_different_facts() -> None:
    arts = [art("a", share("a:1", "27 percent", 27, "The offer is a 27 percent premium to Friday's close."),
                share("a:2", "24 percent", 24, "Brindle shares jumped 24 percent in early trading.")),
            art("b", share("b:1", "27%", 27, "Orlen will pay 27% more than Brindle's Friday close."),
                share("b:2", "23.8%", 23.8, "Brindle shares rose 23.8% by noon.")),
            art("c", share("c:1", "27 per cent", 27, "The price is 27 per cent above the market's."))]
    rows = sorted((f.low, f.high, f.assessment) for f in reconcile(arts, story="s") if f.measure == "percent")
    assert rows == [(23.8, 24.0, "consistent"), (27.0, 27.0, "consistent")]


def test_a_share_that_moves_a_little_stays_one_fact() -> None:
    arts = [art("a", share("a:1", "61 percent", 61, "Turnout reached 61 percent, the commission said.")),
            art("b", share("b:1", "63%", 63, "Final figures put turnout at 63%.")),
            art("c", share("c:1", "62 percent", 62, "About 62 percent of voters cast a ballot."))]
    [row] = [f for f in reconcile(arts, story="s") if f.measure == "percent"]
    assert (row.low, row.high) == (61.0, 63.0)


def test_outlets_giving_one_moving_share_stay_one_fact() -> None:
    # no article tells two shares: one share, told at two times of the day
    arts = [art("a", share("a:1", "5.4 per cent", 5.4, "Stocks plunged 5.4 per cent at midday.")),
            art("b", share("b:1", "3.9 percent", 3.9, "Stocks closed down 3.9 percent.")),
            art("c", share("c:1", "4 percent", 4.0, "The index fell 4 percent."))]
    assert len([f for f in reconcile(arts, story="s") if f.measure == "percent"]) == 1
