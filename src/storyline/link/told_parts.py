"""One part of a total told by two outlets in two words: one row, not two.

Writers name the same part of a toll in their own words: "killing 14 people, including 11 pupils" in one
report, "14 dead, among them 11 students and three teachers" in another; "four of the dead were children" and
"four children were among the dead". The reader keys each part apart from its total on purpose
(``link_parts``: ``part_of``), but the two tellings of one part are keyed apart from each other too when their
nouns differ, and the table shows a one-source row of the part beside the row that already holds it.

This module joins a one-source part row to the shown part row of the same total when

- both are parts of the one total (the same ``part_of``) and of one measure (or two of one thing,
  ``restated_rows.alike``);
- every figure of the one-source row is a figure the other row already prints (two parts of one total with
  one figure, told by two outlets, are one part: a story's distinct parts rarely tally alike in two outlets);
- no outlet of the one-source row is among the other row's (an article that gives both tells two parts
  apart: "four children and four women"), and no other shown part row fits.

It reads only parts, measures, figures and sources, never a story's words.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence

from storyline.link import dissent
from storyline.link.agreed_rows import source_of
from storyline.link.restated_rows import alike
from storyline.model import Claim, Fact


def one_part(fact: Fact, row: Fact, claims: Mapping[str, Claim], *, copies: Mapping[str, str]) -> bool:
    """Whether a one-source part row (``fact``) tells, in other words, the part of one total a shown row holds."""
    if fact is row or fact.sources != 1 or fact.part_of is None or row.part_of != fact.part_of:
        return False
    if not alike(fact.measure, row.measure):
        return False
    mine = [claims[i] for i in fact.claims if i in claims]
    theirs = [c for i in (*row.claims, *row.repeats) if (c := claims.get(i))]
    if not mine or len(mine) != len(fact.claims) or any(c.value is None or c.qualifier == "vague" for c in mine):
        return False
    if {source_of(c, copies) for c in mine} & {source_of(c, copies) for c in theirs}:
        return False  # one article gives both: two parts
    return all(any(t.value == c.value for t in theirs) for c in mine)


def join_parts(shown: Sequence[Fact], claims: Mapping[str, Claim], *, copies: Mapping[str, str],
               make: Callable[[list[str]], Fact]) -> list[Fact]:
    """``shown`` with each one-source part row joined to the one shown part row of its total that prints its
    figures from other outlets, and that row judged again (``make`` builds a row of claim ids)."""
    return dissent.join_shown(shown, lambda fact, row: one_part(fact, row, claims, copies=copies), make=make)
