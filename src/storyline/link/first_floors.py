"""A first count given as a floor, then a larger figure a later day: a count that grew, not a dispute.

Reporters word a first count they know to be incomplete as a floor: "at least 19 passengers were
abducted", "more than 40 detained" while people are still being counted. When an article of a later day
then gives a larger figure ("23 passengers"), the two figures do not contradict each other: the floor
said the count was not finished, and the later article tells where it got to. A reader calls such a row
evolving, whatever the subject counted and whoever gave the figures.

The rule asks three things of every clashing pair of reports, so that a real dispute is left alone:
- the smaller figure is told, in its own article, as a floor at that figure ("at least", "more than");
- both articles' publication days are known and the larger figure's article is the later one;
- the larger figure is above the floor, not a floor below it (which the rest of the judge handles).
Two outlets of one day giving "at least 19" and "23" remain a clash, as does a later article that gives
a smaller figure than an earlier floor.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol, TypeVar

from storyline.link import assess

_FLOORS = frozenset({"at_least", "more_than"})


class Published(assess.Told, Protocol):
    """A report as the judge reads it, with the day its article was published."""

    @property
    def day(self) -> str | None: ...


R = TypeVar("R", bound=Published)


def _floored(report: Published, reports: Sequence[Published]) -> bool:
    """Whether the report's article gives its figure as a floor ("at least 19"), in this report or
    another of the row ("19 abducted" in a headline, "at least 19" in the text)."""
    value = report.claim.value
    return value is not None and any(
        r.claim.article == report.claim.article and r.claim.qualifier in _FLOORS and r.claim.value == value
        for r in reports)


def grew_from_floor(pairs: Sequence[tuple[R, R]], reports: Sequence[R]) -> tuple[R, R] | None:
    """The first clashing pair (smaller, larger) when every clashing pair is a floor of an earlier day
    and a larger figure of a later day; None when any pair is not so."""
    found: tuple[R, R] | None = None
    for a, b in pairs:
        low, high = sorted((a, b), key=lambda r: r.low)
        if not (low.day and high.day and low.day < high.day):
            return None
        if not _floored(low, reports) or high.low <= low.low:
            return None
        found = found or (low, high)
    return found
