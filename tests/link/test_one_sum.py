"""One sum an outlet tells as a loss and the others as a cost or a sum of money is one row (link/one_sum.py)."""

from __future__ import annotations

import dataclasses

from storyline.link.one_sum import join_sums
from storyline.link.reconcile import reconcile
from storyline.model import Claim, Fact
from tests.link.made_claims import claim, shown_row, told


def _sum(cid: str, number_text: str, value: float, text: str, measure: str, unit: str = "EUR") -> Claim:
    return claim(cid, number_text, value, text, measure=measure, unit=unit, counted=None, role="objects")


def _rows(*articles: tuple[str, Claim]) -> list[set[str]]:
    return [set(f.claims) for f in reconcile([told(aid, c) for aid, c in articles], story="s")]


def test_one_outlets_loss_joins_the_others_sum() -> None:
    rows = _rows(("a", _sum("a:c1", "18.4 million euros", 18.4e6, "Auditors say 18.4 million euros disappeared from "
                                                                    "the fund.", "money")),
                 ("b", _sum("b:c1", "€18.4m", 18.4e6, "Prosecutors say €18.4m vanished from the pension fund.",
                            "money")),
                 ("c", _sum("c:c1", "€18.4m", 18.4e6, "The fund's loss of €18.4m hit 2,000 pensioners.", "damage")))
    assert {"a:c1", "b:c1", "c:c1"} in rows


def _row(*claims: Claim) -> Fact:
    return dataclasses.replace(shown_row(*claims), measure=claims[0].measure, sources=len(claims))


def test_sums_of_other_sizes_or_currencies_stay_apart() -> None:
    money = [_sum("a:c1", "€18.4m", 18.4e6, "€18.4m disappeared.", "money"),
             _sum("b:c1", "€18.4m", 18.4e6, "€18.4m vanished.", "money")]
    other = _sum("c:c1", "€2m", 2e6, "The firm's loss of €2m.", "damage")
    dollars = _sum("d:c1", "$45m", 45e6, "A loss of $45m.", "damage", unit="USD")  # not €18.4m converted
    loss = _sum("e:c1", "€18.4m", 18.4e6, "The fund's loss of €18.4m.", "damage")
    by_id = {c.id: c for c in (*money, other, dollars, loss)}

    def make(ids: list[str]) -> Fact:
        return _row(*(by_id[i] for i in ids))

    apart = join_sums([_row(*money), _row(other), _row(dollars)], by_id, make=make)
    assert sorted(len(r.claims) for r in apart) == [1, 1, 2]
    joined = join_sums([_row(*money), _row(other), _row(dollars), _row(loss)], by_id, make=make)
    assert {"a:c1", "b:c1", "e:c1"} in [set(r.claims) for r in joined] and len(joined) == 3


def test_a_foreign_outlets_sum_in_its_own_currency_joins_the_sum_it_converts() -> None:
    local = [_sum(f"{x}:c1", "50 million shillings", 50e6, "The gang demanded 50 million shillings.", "money",
                  unit="KES") for x in "ab"]
    abroad = _sum("c:c1", "about £300,000", 300000, "The gang asked for about £300,000.", "money", unit="GBP")
    other = _sum("d:c1", "£40,000", 40000, "A reward of £40,000 was offered.", "money", unit="GBP")
    by_id = {c.id: c for c in (*local, abroad, other)}

    def make(ids: list[str]) -> Fact:
        return _row(*(by_id[i] for i in ids))

    joined = [set(r.claims) for r in join_sums([_row(*local), _row(abroad), _row(other)], by_id, make=make)]
    assert {"a:c1", "b:c1", "c:c1"} in joined  # £300,000 is about 50 million shillings
    assert {"d:c1"} in joined  # £40,000 is not


def test_a_sum_two_outlets_tell_as_a_loss_joins_the_others_row_of_it() -> None:
    # not only one outlet's: two outlets that put "losses at GH¢40 million" and three that give "goods worth
    # GH¢40 million" tell one sum; another sum of the loss's measure stays its own row
    money = [_sum(f"{x}:c1", "GH¢40 million", 40e6, "Goods worth GH¢40 million were lost in the fire.", "money",
                  unit="GHS") for x in "abc"]
    losses = [_sum(f"{x}:c1", "GH¢40 million", 40e6, "Traders put their losses at GH¢40 million.", "damage",
                   unit="GHS") for x in "de"]
    repairs = [_sum(f"{x}:c2", "GH¢17 million", 17e6, "Damage to the market's structures came to GH¢17 million.",
                    "damage", unit="GHS") for x in "de"]
    by_id = {c.id: c for c in (*money, *losses, *repairs)}

    def make(ids: list[str]) -> Fact:
        return _row(*(by_id[i] for i in ids))

    joined = [set(r.claims) for r in join_sums([_row(*money), _row(*losses), _row(*repairs)], by_id, make=make)]
    assert {"a:c1", "b:c1", "c:c1", "d:c1", "e:c1"} in joined
    assert {"d:c2", "e:c2"} in joined
