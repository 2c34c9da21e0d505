"""One figure of one thing that each source counts in its own noun: one row, not several one-source rows.

Writers apart rarely name what they count in the same word. One says "about 15 attackers", another "a gang
estimated at around 15 men"; one "the roughly 1,500 cuts planned by management", another "it plans to cut
1,500 jobs". The facts code keys a count by its noun, so each report lands in a row of its own, with one
source, and the table's gate (``reconcile._tabulated``) leaves every one of them out as a figure one source
alone gives. ``agreed_rows`` joins such rows when each prints the same exact figure with a word beside it
that both sentences share and two of them tell it in the first half of their articles; this module joins
the reports that test leaves apart because the figure is rounded ("about 15", "roughly 1,500") or the nouns
differ in kind of word but not in kind of thing ("attackers", "men"). It joins left-out one-source rows
when

- they are of one measure and give one figure: the same value, however each qualifies it ("About 15",
  "around 15"), above a handful (a small count agrees by chance), and an amount, not a score or a name;
- they come from other sources in other words (copies of one wire text, one quote reprinted, are one writer),
  and at least one of them is told in the first half of its article, where news tells its own event;
- they count one kind of thing: both count people (the claim reader's unit for persons: "attackers",
  "gunmen", "men") or their sentences share a word right beside the figure ("1,500 cuts", "cut 1,500 jobs");
- no row of the table holds that figure already of that measure, which a second row would only split.

Two reports told late in both articles join too when the nouns they count share a word, and two measures
of a count ("deployed", "count") are one when they do (``split_rows``). One outlet's exact figure and
another's rounding of it ("a crowd of 9,412", "a crowd of about 9,400") join as well, early or late, when
they are of one measure and one unit (``rounded_rows``).

It reads only the figures, their qualifiers, their units and the words beside them, never a story's words.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Mapping, Sequence
from dataclasses import dataclass

from storyline.extract import claim_words as W
from storyline.link.agreed_rows import amount, source_of
from storyline.link.kept_figures import independent
from storyline.link.rounded_rows import rounded_as
from storyline.link.split_rows import beside, counts_alike, one_noun
from storyline.link.two_sources import SMALL
from storyline.model import Claim, Fact


@dataclass(frozen=True, slots=True)
class _Row:
    """A left-out one-source row: its reports and its one value."""
    claims: tuple[Claim, ...]
    measure: str
    value: float


def join_kindred(left_out: Sequence[Fact], claims: Mapping[str, Claim], *, shown: Sequence[Fact],
                 early: Collection[str], copies: Mapping[str, str],
                 make: Callable[[list[str]], Fact]) -> list[Fact]:
    """New rows, each made by ``make`` of the claim ids of left-out one-source rows (of ``left_out``; ``claims``
    holds their claims) of other sources that tell one figure of one kind of thing, one of them in the first half
    of its article (``early``: claim ids); a figure of a measure a row of ``shown`` holds stays out."""
    tabled = {(f.measure, c.value) for f in shown for i in f.claims if (c := claims.get(i)) is not None}
    used = {i for f in shown for i in f.claims}
    rows = [r for f in left_out if f.sources == 1 and not used & set(f.claims)
            and (r := _row(f, claims)) and (r.measure, r.value) not in tabled]
    taken: set[int] = set()
    made: list[Fact] = []
    for i in range(len(rows)):
        if i in taken:
            continue
        group = [i]
        for j in range(i + 1, len(rows)):
            if j not in taken and all(_kindred(rows[k], rows[j], copies=copies) for k in group):
                group.append(j)
        # told late by all, a figure each outlet counts in one noun is still one thing (link/split_rows.py), and so
        # is a figure one outlet tells exactly and another rounds (link/rounded_rows.py)
        rounded = any(rows[k].value != rows[group[0]].value for k in group)
        if len(group) >= 2 and (any(c.id in early for k in group for c in rows[k].claims) or rounded or all(
                one_noun(rows[k].claims, rows[g].claims, measure=rows[k].measure, value=rows[k].value)
                for k in group for g in group if k < g)):
            taken.update(group)
            made.append(make([c.id for k in group for c in rows[k].claims]))
    return made


def _row(fact: Fact, claims: Mapping[str, Claim]) -> _Row | None:
    """A row's one value, when all its reports give it and each is an amount."""
    mine = tuple(claims[c] for c in fact.claims if c in claims)
    values = {c.value for c in mine}
    if not mine or len(values) != 1 or not all(map(amount, mine)):
        return None
    value = next(iter(values))
    return _Row(claims=mine, measure=fact.measure, value=value) if value is not None and value > SMALL else None


def _kindred(a: _Row, b: _Row, *, copies: Mapping[str, str]) -> bool:
    """Whether two rows of other sources tell one figure of one kind of thing."""
    if not all(independent(source_of(x, copies), x, source_of(y, copies), y) for x in a.claims for y in b.claims):
        return False
    if a.value != b.value:  # one outlet's exact figure, another's rounding of it, of one measure and unit
        return a.measure == b.measure and len(_units(a) | _units(b)) == 1 and _rounded(a, b)
    if not counts_alike(a.measure, b.measure):
        return False
    if a.measure != b.measure:  # one count told with two verbs ("600 police deployed", "600 police"): one noun
        return _units(a) == _units(b) and one_noun(a.claims, b.claims, measure="count", value=a.value)
    return (_people(a) and _people(b)) or any(beside(p) & beside(q) for p in a.claims for q in b.claims)


def _rounded(a: _Row, b: _Row) -> bool:
    """Whether every report of one row is exact and rounds to every report of the other (rounded_rows)."""
    return all(rounded_as(x, y) for x in a.claims for y in b.claims) or \
        all(rounded_as(y, x) for x in a.claims for y in b.claims)


def _units(row: _Row) -> set[str]:
    return {(c.unit or "").lower().rstrip("s") for c in row.claims}


def _people(row: _Row) -> bool:
    """Whether every report of a row counts persons."""
    return all(c.unit in W.PEOPLE_UNITS for c in row.claims)
