"""A toll that rises by the dates its figures refer to must not fall by the days its articles came out.

The judge calls a row evolving when the figures dated later are larger ("nine" dated Sunday, "more than a
dozen" dated Tuesday). A figure's date is its ``as_of`` when its sentence gives one, and that date is often
the day of the event the figure counts ("nine gendarmes were injured in Sunday night's clashes"), not the
day the count was made: an article of Tuesday that gives nine tells the count known on Tuesday. When the
articles, ordered by the day they were published, give the smaller figure later ("14" on Monday, "nine" on
Tuesday), the figures did not grow as reports came in: two sources count differently, and a reader calls the
row conflicting. The rule holds whatever is counted and whoever counts it; it asks for known publication days
on both sides and changes nothing when they are missing or all one day.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from typing import Protocol

from storyline.link import assess


class Published(assess.Told, Protocol):
    """A report as the judge reads it, with the day its article was published."""

    @property
    def day(self) -> str | None: ...


def _middle(reports: Sequence[Published]) -> float:
    values = sorted(r.low if math.isinf(r.high) else (r.low + r.high) / 2 for r in reports)
    return values[len(values) // 2]


def fell_by_publication(reports: Sequence[Published]) -> bool:
    """Whether the articles of the first publication day give a larger figure than those of the last day."""
    days = sorted({r.day for r in reports if r.day})
    if len(days) < 2:
        return False
    first = _middle([r for r in reports if r.day == days[0]])
    last = _middle([r for r in reports if r.day == days[-1]])
    return first > last
