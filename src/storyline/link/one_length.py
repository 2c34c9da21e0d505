"""One fact, one row: one length of time that outlets give in different units ("144 months", "12 years").

``reconcile`` keys a sentence by the head of what it counts, and a prison term's head is its unit: "sentenced to
144 months" and "a 12-year sentence" are keyed ("sentence", "month") and ("sentence", "year") and land in two
rows, though they are one term. Lengths of the setting (durations, distances) are grouped by their size in one
unit, and ``one_fact.fold_typed_apart`` joins a sentence to a duration of the same size; two sentences told in
two units escape both, because one measure keyed two ways is left apart on purpose there.

``fold_units_apart`` joins two such rows when the evidence says they are one length:

- every report of both is a sentence told in a unit of time, and each row gives one firm length, the same once
  both are in one unit (144 months and 12 years; 90 days and three months are not: the month is no set number
  of days);
- the rows were keyed apart by their unit alone (not a part of a sentence, not "another" sentence);
- no article gives the two rows different lengths (an article that gives both tells them apart);
- only one row fits: two other terms of that length leave it where it is.

The row told in fewer articles moves into the other. Terms of other lengths, counts of sentences ("two life
sentences"), and lengths told in one unit never meet here.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TypeVar

from storyline.link.assess import Told as Report
from storyline.link.one_fact import SIZED, _articles, _one_figure, _told_apart
from storyline.link.one_row import Unit, free
from storyline.model import Claim

R = TypeVar("R", bound=Report)

TERM = "sentence"


def _keys(reports: Sequence[Report], key: Callable[[Claim], tuple[str, ...]]) -> set[tuple[str, ...]]:
    """The keys of a row's reports without their unit: one key when the row is one term keyed by one unit."""
    return {(k[0], *k[2:]) for k in (key(r.claim) for r in reports)}


def _in_time(reports: Sequence[Report], size: Callable[[Claim], float | None]) -> bool:
    return bool(reports) and all(r.claim.measure == TERM and size(r.claim) is not None for r in reports)


def fold_units_apart(units: Sequence[Unit[R]], *, key: Callable[[Claim], tuple[str, ...]],
                     size: Callable[[Claim], float | None]) -> None:
    """Fold a sentence told in one unit of time into the one told in another that gives the same length.
    ``key`` is ``reconcile``'s key of a claim and ``size`` its length in one unit."""
    terms = [u for u in units if free(u) and _in_time(u.total, size)]
    terms.sort(key=lambda u: len(_articles(u.total)))
    for unit in terms:
        if not unit.total:
            continue
        length = _one_figure(unit.total, size)
        keyed = _keys(unit.total, key)
        if length is None or len(keyed) != 1:
            continue
        wide = len(_articles(unit.total))
        fits = [other for other in terms if other is not unit and other.total
                and len(_articles(other.total)) >= wide
                and _one_figure(other.total, size) == length
                and _keys(other.total, key) == keyed
                and {key(r.claim) for r in other.total} != {key(r.claim) for r in unit.total}
                and not _told_apart(unit.total, other.total, length, size)]
        if len(fits) == 1:
            fits[0].total = fits[0].total + unit.total
            unit.total = []


def in_two_units(a: Claim, b: Claim, size: Callable[[Claim], float | None]) -> bool:
    """Whether two reports are a sentence and a sentence or a duration, told in two units of time ("144 months",
    "12 years"; "a 14-day sentence", "two weeks"): compared by their length in one unit, as lengths of the
    setting are, not by their figures."""
    return TERM in (a.measure, b.measure) and {a.measure, b.measure} <= SIZED and a.unit != b.unit \
        and size(a) is not None and size(b) is not None
