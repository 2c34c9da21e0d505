"""The nights of a riot, the days of a strike or a war: one length that grows as the days pass.

Outlets of one day write "a second night of rioting", those of two days later "four nights of riots"; the
length of an ongoing event is counted on by each day's news. ``reconcile`` groups lengths of time by their size
(two nights and four nights are two quantities), so the earlier day's length fell into a row of its own, left
out as one source, and the later row, alone, read "consistent" where a reader sees the count move on.

- ``fold_running`` joins two rows of lengths in days or nights when an ordinal tells one of them as a count
  still going on ("a second night of rioting", "enters its sixth day"; not a day it names, "on the fourth
  day") and their lengths differ by the days between their reports, within a day (an outlet dates the night
  just passed, another the day it writes): the same start, counted on. An article that gives both lengths
  tells them apart and leaves the rows as they are.
- ``counted_on`` tells the judge such a row is evolving: each later day's length is the earlier one plus the
  days between.

Reads only units, ordinal figures, the word before them and the days of reports, never a story's nouns.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from datetime import date
from typing import Protocol, TypeVar

from storyline.link.assess import Told
from storyline.link.one_row import Unit, free
from storyline.model import Claim

DAY = 86400.0  # a day in seconds, the one unit of a length of time
SLACK = 1.0  # days: an outlet counts the night just passed, another the one to come

_ORDINAL = re.compile(r"^(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth"
                      r"|\d+(?:st|nd|rd|th))(?:\s+(?:day|night))?$", re.IGNORECASE)


_NAMED = re.compile(r"\bthe\s+$", re.IGNORECASE)  # "on the fourth day": a day of the event, named


class Dated(Told, Protocol):
    """A report as this module reads it (``reconcile._Report``): its claim, its range and the day its figure is
    of (the claim's own date, else its article's)."""

    @property
    def when(self) -> str | None: ...


R = TypeVar("R", bound=Dated)


def _days(report: Dated, size: Callable[[Claim], float | None]) -> float | None:
    """The report's length in days, when it is told in days or nights."""
    unit = (report.claim.unit or "").lower().rstrip("s")
    length = size(report.claim) if report.claim.measure == "duration" and unit in ("day", "night") else None
    return length / DAY if length else None


def _when(report: Dated) -> date | None:
    try:
        return date.fromisoformat(report.when[:10]) if report.when else None
    except ValueError:
        return None


def _ongoing(report: Dated) -> bool:
    """Whether the report tells its length as a count still going on: an ordinal ("a third night", "enters its
    sixth day", "Second night of rioting"), not a day it names ("on the fourth day", "the second day drew")."""
    claim = report.claim
    at = claim.figure_at()
    return bool(_ORDINAL.match(claim.number_text.strip())) and at >= 0 and not _NAMED.search(claim.text[:at])


def _on_from(a: Dated, b: Dated, size: Callable[[Claim], float | None]) -> bool:
    """Whether two reports of other days give one length counted on: apart by the days between them."""
    la, lb, da, db = _days(a, size), _days(b, size), _when(a), _when(b)
    if la is None or lb is None or da is None or db is None or da == db:
        return False
    (early, short), (late, long_) = sorted(((da, la), (db, lb)))
    return long_ > short and abs((long_ - short) - (late - early).days) <= SLACK


def _in_days(reports: Sequence[Dated], size: Callable[[Claim], float | None]) -> bool:
    return bool(reports) and all(_days(r, size) is not None for r in reports)


def _apart(one: Sequence[Dated], other: Sequence[Dated], size: Callable[[Claim], float | None]) -> bool:
    """Whether an article gives both rows' lengths, each its own."""
    mine = {r.claim.article: _days(r, size) for r in one}
    return any(r.claim.article in mine and mine[r.claim.article] != _days(r, size) for r in other)


def fold_running(units: Sequence[Unit[R]], *, size: Callable[[Claim], float | None]) -> None:
    """Join rows of one ongoing event's length in days or nights, told on other days ("second night",
    "four nights")."""
    rows = [u for u in units if free(u) and _in_days(u.total, size)]
    for unit in rows:
        if not unit.total:
            continue
        fits = [other for other in rows if other is not unit and other.total
                and any(_ongoing(r) for r in [*unit.total, *other.total])
                and all(_on_from(a, b, size) or _days(a, size) == _days(b, size)
                        for a in unit.total for b in other.total if _when(a) != _when(b))
                and any(_on_from(a, b, size) for a in unit.total for b in other.total)
                and not _apart(unit.total, other.total, size)]
        if len(fits) == 1:
            fits[0].total = fits[0].total + unit.total
            unit.total = []


def counted_on(reports: Sequence[Dated], size: Callable[[Claim], float | None]) -> tuple[Dated, Dated] | None:
    """The first and last of a row's lengths in days when the row is one ongoing length counted on (an
    ordinal among them, every two of other days apart by the days between); None otherwise."""
    if not _in_days(reports, size) or not any(_ongoing(r) for r in reports):
        return None
    dated = sorted((r for r in reports if _when(r)), key=lambda r: (_when(r), _days(r, size)))
    if len({_when(r) for r in dated}) < 2:
        return None
    pairs = [(a, b) for i, a in enumerate(dated) for b in dated[i + 1:] if _when(a) != _when(b)]
    if not all(_on_from(a, b, size) or _days(a, size) == _days(b, size) for a, b in pairs):
        return None
    return (dated[0], dated[-1]) if any(_on_from(a, b, size) for a, b in pairs) else None
