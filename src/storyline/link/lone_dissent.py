"""A shown one-source row whose figure dissents from a shown row of several sources: that row's dissent.

``dissent`` gives a row the odd figure of an outlet that the table's gate left out. The gate shows some
one-source rows too: a count an article states in its first half, a deployment, an arrest
(``reconcile._tabulated``). When such a row passes every test ``dissent`` sets (one source, not the row's;
one key, unit, place and head noun; neither a part nor a sub-event; a plain figure nearer the row's middle
than the judge's odd one out; one row only that fits), it is the same outlet's other count of the row's
quantity ("143 passengers sickened" on the first day, "212 passengers" in two later reports), and the
reader should see it in that row, judged with it, not as a second row of the same quantity.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Hashable, Mapping, Sequence

from storyline.link import dissent
from storyline.model import Claim, Fact


def join_lone(shown: Sequence[Fact], claims: Mapping[str, Claim], *, copies: Mapping[str, str],
              parts: Collection[str], key: Callable[[Claim], Hashable],
              span: Callable[[Claim], tuple[float, float]], make: Callable[[list[str]], Fact]) -> list[Fact]:
    """``shown`` with each one-source row that dissents from one shown row of two sources or more joined to it
    and that row judged again (``make``); ``parts`` holds the ids of claims read as a part of a total, ``key``
    and ``span`` are ``dissent.join_dissent``'s."""
    def joins(fact: Fact, row: Fact) -> bool:
        mine = [claims[i] for i in fact.claims if i in claims]
        return fact.sources == 1 and bool(mine) and len(mine) == len(fact.claims) and not dissent.apart(fact) \
            and not any(i in parts for i in fact.claims) \
            and dissent.dissents(mine, fact, row, claims, copies=copies, key=key, span=span)
    return dissent.join_shown(shown, joins, make=make)
