"""One sum an outlet tells as a loss and the others as a cost: one row.

A sum's measure comes from the words of its sentence: beside "damage", "loss" or "destruction" it is a damage,
beside "cost" or "price" a price, else a sum of money (``extract/claims._measure``). Outlets word one sum of a
story differently ("the fund lost 18.4 million euros", "18.4 million euros disappeared"; "put the damage at
€70 million", "the cost of the outage, an estimated €70 million"), so one outlet's report lands in a row of
another measure than the others', and the table shows the sum twice: once as the row the outlets agree on, once
as one outlet's "loss". This module joins such a row into the other when

- it is shown, of one source (copies of one wire text are one), a sum (damage, money or price) neither a part
  nor a sub-event of another row;
- another shown row of another sum measure, told by at least as many reports, holds one of its figures: the same
  value in the same unit (a currency, or a currency per unit), not a figure a range allows;
- neither row is a part of another (``part_of``, ``scope``).

Two sums of a story rarely share a figure to the unit unless they are one sum; a figure in another currency is
no evidence (conversions round). It reads only measures, figures, units and sources, never a story's words.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence

from storyline.model import Claim, Fact

SUMS = frozenset({"damage", "money", "price"})


def join_sums(shown: Sequence[Fact], claims: Mapping[str, Claim], *,
              make: Callable[[list[str]], Fact]) -> list[Fact]:
    """The shown rows with each one-source sum whose figure another measure's row of a sum holds joined into that
    row by ``make`` (of both rows' claim ids), in the larger row's place (the module's docstring)."""
    rows = list(shown)
    i = 0
    while i < len(rows):
        into = next((j for j in range(len(rows)) if j != i and _one_sum(rows[i], rows[j], claims)), None)
        if into is None:
            i += 1
            continue
        rows[into] = make([*rows[into].claims, *rows[i].claims])
        del rows[i]
        i = 0
    return rows


def _figures(fact: Fact, claims: Mapping[str, Claim]) -> set[tuple[str, float]]:
    """A row's point figures, each with its unit: ("EUR", 18400000.0)."""
    told = (claims[c] for c in fact.claims if c in claims)
    return {(c.unit, c.value) for c in told if c.unit and c.value is not None and c.qualifier != "range"}


def _one_sum(lone: Fact, other: Fact, claims: Mapping[str, Claim]) -> bool:
    """Whether ``lone`` is one outlet's report of a sum ``other`` holds, told as another measure."""
    if lone.sources != 1 or lone.measure not in SUMS or other.measure not in SUMS or lone.measure == other.measure:
        return False
    if lone.part_of or lone.scope or other.part_of or other.scope or len(other.claims) < len(lone.claims):
        return False
    return bool(_figures(lone, claims) & _figures(other, claims))
