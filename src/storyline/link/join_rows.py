"""Shown rows joined into the row that tells the same quantity: the loop the row-joining rules share.

Several rules after the table's gate (``one_sum``, ``lone_pairs.join_into_rows``, ``weights.join_bare``) each say
when one shown row is another's quantity told apart; this module does the joining: the row is made one with the
row it fits (by the caller's ``make``, from both rows' claim ids, in the larger row's place), and the rows are read
again from the start, since a joined row may now fit or be fitted by another.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence

from storyline.model import Claim, Fact


def join_where(shown: Sequence[Fact], fits: Callable[[Fact, Fact], bool], *, make: Callable[[list[str]], Fact],
               only_one: bool = False) -> list[Fact]:
    """``shown`` with each row for which ``fits(row, other)`` holds joined into that other row (the first such;
    with ``only_one``, only when exactly one row fits: which of two it restates stays unknown)."""
    rows = list(shown)
    i = 0
    while i < len(rows):
        into = [j for j in range(len(rows)) if j != i and fits(rows[i], rows[j])]
        if not into or (only_one and len(into) != 1):
            i += 1
            continue
        rows[into[0]] = make([*rows[into[0]].claims, *rows[i].claims])
        del rows[i]
        i = 0
    return rows


def point_figures(fact: Fact, claims: Mapping[str, Claim]) -> list[Claim]:
    """A row's claims that give one figure in a unit ("€18.4m", "71 people", "12 tonnes"), not a range: the figures
    the joining rules compare."""
    told = (claims[c] for c in fact.claims if c in claims)
    return [c for c in told if c.unit and c.value is not None and c.qualifier != "range"]
