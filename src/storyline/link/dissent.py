"""A dissenting outlet's figure for a fact the table shows: a report of that row, not a row the gate drops.

Outlets that disagree on a figure rarely disagree by much: two put the deficit at 2.9 per cent of GDP, a
third at 3.1; two count 1,200 volunteers, a third about 1,000. The facts code sorts reports by
size and by wording before it judges a row (``reconcile._amounts``, ``_told_apart``), so the odd figure
often ends in a row of its own, with one source, and the table's gate (``reconcile._tabulated``) drops it as
a figure one source alone gives. The row the reader sees then holds only the agreeing outlets and reads
"consistent" where the articles conflict.

This module gives such a figure back to the row it dissents from. A left-out row joins a shown row when

- it has one source, and that source is not one of the shown row's (an article that gives both figures
  tells two things apart, and copies of one wire text are one writer);
- both have one key (``key``: the measure and what is counted, as ``reconcile._key`` reads them), one unit,
  and one place, and neither is a part of a total nor a sub-event (``part_of``, ``scope``, ``parts``);
- the shown row has two sources or more: there is an agreement to dissent from;
- both name what they count, in one head noun, and not just by their unit: a bare share, sum or length
  ("22%", "$40 million", "300 miles") could be any of the story's, and a count of things whose noun is its
  unit ("ten shelters") is the kind a story gives several of, each in one outlet's telling;
- the figure is plain (not "dozens", not "up to") and nearer the row's middle than the judge's odd one out
  (``assessed.FAR`` times apart): a figure that far off is more often another quantity ("23 killed" and "a
  further 4"; a quarter's sales and a year's) than another outlet's count of the same, and the judge would
  set it aside again. A floor at or under the row's middle counts by its figure: "More than 100 rescuers"
  beside "about 140" and "some 140" is a looser telling of the same force, not a count of its own;
- no other shown row fits it as well: a figure two rows could own stays out.

A left-out row whose figure a shown row of two sources or more already prints, from another outlet, joins
it too when they count one thing (``split_rows.seconds``). The joined row is judged again (``make``), so
outlets that disagree read "conflicting" and a count that grew with the days "evolving". It reads only keys,
figures, units, places and sources, never a story's words.
"""

from __future__ import annotations

import dataclasses
import math
import operator
import statistics
from collections.abc import Callable, Collection, Hashable, Mapping, Sequence

from storyline.extract import claim_words as W
from storyline.link import split_rows
from storyline.link.agreed_rows import source_of
from storyline.link.assessed import FAR
from storyline.model import Claim, Fact


def join_dissent(shown: Sequence[Fact], left_out: Sequence[Fact], claims: Mapping[str, Claim], *,
                 copies: Mapping[str, str], parts: Collection[str], key: Callable[[Claim], Hashable],
                 span: Callable[[Claim], tuple[float, float]], make: Callable[[list[str]], Fact]) -> list[Fact]:
    """``shown`` with each left-out one-source row (of ``left_out``) that dissents from one of them joined to it
    and the row judged again (``make`` builds a row of claim ids); ``claims`` holds the claims by id, ``parts``
    the ids of claims read as a part of a total, ``span`` the range of values a claim allows."""
    rows = list(shown)
    used = {i for f in rows for i in f.claims}
    for fact in left_out:
        mine = [claims[i] for i in fact.claims if i in claims]
        if fact.sources != 1 or not mine or len(mine) != len(fact.claims) or used & set(fact.claims) \
                or apart(fact) or any(i in parts for i in fact.claims):
            continue
        fits = [n for n, row in enumerate(rows) if dissents(mine, fact, row, claims, copies=copies, key=key,
                                                             span=span)]
        # an outlet's figure the row already prints, split off by its wording: a second source (link/split_rows.py)
        fits = fits or [n for n, row in enumerate(rows) if row.sources >= 2 and not apart(row)
                        and row.measure == fact.measure
                        and split_rows.seconds(mine, [claims[i] for i in row.claims if i in claims], copies=copies)]
        if len(fits) != 1:
            continue
        row = rows[fits[0]]
        rows[fits[0]] = rejudged(row, make([*row.claims, *fact.claims]))
        used |= set(fact.claims)
    return rows


def join_shown(shown: Sequence[Fact], joins: Callable[[Fact, Fact], bool], *,
               make: Callable[[list[str]], Fact]) -> list[Fact]:
    """``shown`` with each row that ``joins`` one other shown row, and one only, joined to it and that row judged
    again (``make`` builds a row of claim ids); a row another is a part of is never joined away."""
    rows = list(shown)
    wholes = {f.part_of for f in rows if f.part_of}
    for fact in shown:
        if fact.id in wholes or fact not in rows:
            continue
        fits = [n for n, row in enumerate(rows) if row is not fact and joins(fact, row)]
        if len(fits) != 1:
            continue
        row = rows[fits[0]]
        rows[fits[0]] = rejudged(row, make([*row.claims, *row.repeats, *fact.claims, *fact.repeats]))
        rows.remove(fact)
    return rows


def rejudged(row: Fact, judged: Fact) -> Fact:
    """``row`` with the reports, range and verdict of ``judged``, the row built again with a joined row's claims:
    its id, label, place and rank stay."""
    return dataclasses.replace(row, claims=judged.claims, low=judged.low, high=judged.high,
                               assessment=judged.assessment, explanation=judged.explanation,
                               sources=judged.sources, repeats=judged.repeats, copies=judged.copies)


def apart(fact: Fact) -> bool:
    """A part of a total or a sub-event's figure: never another outlet's figure of the total."""
    return fact.part_of is not None or fact.scope is not None


def dissents(mine: list[Claim], fact: Fact, row: Fact, claims: Mapping[str, Claim], *, copies: Mapping[str, str],
              key: Callable[[Claim], Hashable], span: Callable[[Claim], tuple[float, float]],
              measures: Callable[[str, str], bool] = operator.eq,
              heads: Callable[[set[str], str], bool] | None = None) -> bool:
    """Whether a one-source row's figure is another outlet's figure of a shown row's quantity; ``measures``
    says which two measures are one quantity's (by default one), ``heads`` which head nouns with the unit
    (by default ``one_head``)."""
    theirs = [claims[i] for i in row.claims if i in claims]
    if row.sources < 2 or apart(row) or not theirs or not measures(fact.measure, row.measure) \
            or row.location != fact.location:
        return False
    if {key(c) for c in mine} != {key(c) for c in theirs} or len({key(c) for c in mine}) != 1:
        return False
    if {_unit(c) for c in mine} != {_unit(c) for c in theirs} or len({_unit(c) for c in mine}) != 1:
        return False
    if not (heads or one_head)({W.head_noun(c.counted) for c in (*mine, *theirs)}, _unit(mine[0])):
        return False
    if {source_of(c, copies) for c in mine} & {source_of(c, copies) for c in theirs}:
        return False  # one article gives both figures: it tells two things apart
    values = [v for c in theirs if (v := _middle(span(c))) is not None]  # "dozens" beside "42" says nothing
    if not values:
        return False
    middle = statistics.median(values)
    figures = [None if c.qualifier == "vague" else _middle(span(c)) or _floor(c, span, middle)
               for c in mine]  # "hundreds": no count
    return all(v is not None and _close(v, middle) for v in figures)


def _floor(claim: Claim, span: Callable[[Claim], tuple[float, float]], middle: float) -> float | None:
    """The figure of a floor ("more than 100", "at least 12") at or under the row's middle: a looser telling that
    agrees with the row's count ("about 140"); None for any other open figure."""
    low, high = span(claim)
    return low if math.isinf(high) and 0 < low <= middle and claim.qualifier in _FLOORS else None


_FLOORS = frozenset({"at_least", "more_than"})


def one_head(named: set[str], unit: str) -> bool:
    """Whether two rows' reports name what they count in one head noun, not just by their unit: a bare share,
    sum or length ("22%", "$40 million", "300 miles") could be any of a story's."""
    return len(named) == 1 and "" not in named and named != {W.singular(unit)}


def _unit(claim: Claim) -> str:
    return (claim.unit or "").lower().rstrip("s")


def _middle(span: tuple[float, float]) -> float | None:
    """The middle of a plain figure's range; None for an open or unknown one ("dozens", "up to 180")."""
    low, high = span
    if not (math.isfinite(low) and math.isfinite(high)) or low <= 0 or high <= 0:
        return None
    return (low + high) / 2


def _close(a: float, b: float) -> bool:
    """Nearer than the judge's odd one out (``assessed.FAR`` apart), which it would set aside again."""
    return min(a, b) * FAR > max(a, b)
