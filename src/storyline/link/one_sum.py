"""One sum some outlets tell as a loss and the others as a cost: one row.

A sum's measure comes from the words of its sentence: beside "damage", "loss" or "destruction" it is a damage,
beside "cost" or "price" a price, else a sum of money (``extract/claims._measure``). Outlets word one sum of a
story differently ("the fund lost 18.4 million euros", "18.4 million euros disappeared"; "put the damage at
€70 million", "the cost of the outage, an estimated €70 million"), so one outlet's report lands in a row of
another measure than the others', and the table shows the sum twice: once as the row the outlets agree on, once
as one outlet's "loss". This module joins such a row into the other when

- it is shown, a sum (damage, money or price) neither a part nor a sub-event of another row, of one source or of
  several (two outlets "put losses at €40 million", three give "goods worth €40 million": one sum; until round
  45 only a one-source row joined);
- another shown row of another sum measure, told by at least as many reports, holds one of its figures: the same
  value in the same unit (a currency, or a currency per unit), not a figure a range allows;
- neither row is a part of another (``part_of``, ``scope``).

Two sums of a story rarely share a figure to the unit unless they are one sum. A foreign outlet's sum, told only
in its readers' currency ("a ransom of about £300,000" where the local outlets say "50 million shillings"), joins
too: a shown one-source sum whose figures are all in other currencies than the larger row's, one of them within
``FX_SLACK`` of one of the row's figures once both are read in US dollars at a rough fixed rate (``PER_DOLLAR``;
a currency several countries name alike, "shilling", "kwacha", "dinar", is not read). It reads only measures,
figures, units and sources, never a story's words.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Mapping, Sequence

from storyline.link.join_rows import join_where, point_figures
from storyline.model import Claim, Fact

SUMS = frozenset({"damage", "money", "price"})
FX_SLACK = 1.25  # a sum converted at another day's rate, and rounded, stays within this ratio of the original
# Units of each currency to one US dollar: rough rates of 2024-25, fixed (offline; sums are compared, not priced)
PER_DOLLAR = {
    "USD": 1.0, "EUR": 0.92, "GBP": 0.79, "CHF": 0.88, "CAD": 1.37, "AUD": 1.52, "NZD": 1.7, "JPY": 150.0,
    "CNY": 7.2, "HKD": 7.8, "SGD": 1.34, "TWD": 32.0, "KRW": 1380.0, "INR": 84.0, "PKR": 280.0, "BDT": 120.0,
    "LKR": 300.0, "NPR": 134.0, "MMK": 2100.0, "THB": 35.0, "MYR": 4.5, "IDR": 16000.0, "PHP": 57.0, "VND": 25000.0,
    "PLN": 4.0, "RON": 4.6, "HUF": 365.0, "CZK": 23.0, "SEK": 10.6, "NOK": 10.6, "DKK": 6.9, "ISK": 138.0,
    "TRY": 35.0, "UAH": 41.0, "RUB": 90.0, "ILS": 3.7, "AED": 3.67, "SAR": 3.75, "QAR": 3.64, "EGP": 49.0,
    "MAD": 10.0, "NGN": 1550.0, "GHS": 15.0, "KES": 129.0, "UGX": 3700.0, "TZS": 2600.0, "ETB": 120.0,
    "ZAR": 18.3, "ZMW": 26.0, "MWK": 1730.0, "RWF": 1350.0, "MZN": 64.0, "XOF": 600.0, "XAF": 600.0,
    "BRL": 5.5, "MXN": 18.5, "PEN": 3.75, "COP": 4000.0, "CLP": 930.0, "GTQ": 7.75, "HNL": 25.0,
}


def join_sums(shown: Sequence[Fact], claims: Mapping[str, Claim], *,
              make: Callable[[list[str]], Fact]) -> list[Fact]:
    """The shown rows with each one-source sum whose figure another measure's row of a sum holds joined into that
    row by ``make`` (of both rows' claim ids), in the larger row's place (the module's docstring)."""
    return join_where(shown, lambda lone, other: _one_sum(lone, other, claims) or _converted(lone, other, claims),
                      make=make)


def _figures(fact: Fact, claims: Mapping[str, Claim]) -> set[tuple[str | None, float | None]]:
    """A row's point figures, each with its unit: ("EUR", 18400000.0)."""
    return {(c.unit, c.value) for c in point_figures(fact, claims)}


def _one_sum(lone: Fact, other: Fact, claims: Mapping[str, Claim]) -> bool:
    """Whether ``lone`` reports a sum ``other`` holds, told as another measure (by one outlet or several)."""
    if lone.measure not in SUMS or other.measure not in SUMS or lone.measure == other.measure:
        return False
    if lone.part_of or lone.scope or other.part_of or other.scope or len(other.claims) < len(lone.claims):
        return False
    return bool(_figures(lone, claims) & _figures(other, claims))


def _converted(lone: Fact, other: Fact, claims: Mapping[str, Claim]) -> bool:
    """Whether ``lone``, one outlet's sum told only in other currencies than ``other``'s, a larger row of a sum,
    gives one of ``other``'s figures converted (within ``FX_SLACK`` in US dollars, the same "per" unit)."""
    if lone.sources != 1 or lone.measure not in SUMS or other.measure not in SUMS:
        return False
    if len(other.claims) <= len(lone.claims) or lone.part_of or lone.scope or other.part_of or other.scope:
        return False
    mine, theirs = _in_dollars(lone, claims), _in_dollars(other, claims)
    if not mine or {m[0] for m in mine} & {t[0] for t in theirs}:
        return False
    return any(a[1] == b[1] and abs(math.log(a[2] / b[2])) <= math.log(FX_SLACK) for a in mine for b in theirs)


def _in_dollars(fact: Fact, claims: Mapping[str, Claim]) -> set[tuple[str, str, float]]:
    """A row's point figures in known currencies: (currency, what it is per, its size in US dollars)."""
    out = set()
    for c in point_figures(fact, claims):
        currency, _, per = (c.unit or "").partition(" ")
        rate = PER_DOLLAR.get(currency)
        if rate and c.value:
            out.add((currency, per, c.value / rate))
    return out
