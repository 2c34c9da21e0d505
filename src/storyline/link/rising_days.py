"""A count that each later day's articles put higher: one figure that moved between reports, not a dispute.

A story told over several days is counted while it is told: the countries where arrests were made, the
flights cancelled, the people evacuated or rescued, the passengers taken ill. The judge already reads a
toll of the dead, hurt, held or deployed that rises by the day its articles came out as evolving
(``reconcile._risen_by_day``); a count of anything else that rises so was read as a conflict. Two rules
here read it as a reader does, for every head count (people or things counted, not sums, shares, sizes or
ranks, which outlets round and convert rather than update):

- ``follow_days``: every pair of figures that cannot both hold comes from two days, and the later day's is
  the larger. Time explains each difference; a clash within one day, or a smaller figure on a later day,
  leaves the row conflicting;
- ``floor_then_more``: an earlier day gives a floor ("more than 600 surgeries"), a later day a figure beyond the
  floor's next round step ("1,386", past 700): the floor said the count was not finished, the later figure where it
  got to; so does a later day's floor past that step ("at least five aftershocks", then "more than 20"): the count
  was made again, higher. A later figure within the floor's step ("more than 30", then "34") is the floor's own
  count, and the row stays consistent; so does any row where a later figure falls below an earlier one.

The judge (``reconcile._judge``) asks ``floor_then_more`` of a row with no clash and ``follow_days`` of one
with clashes, after its own toll rules and before it sets an odd figure aside as a stray. Both read only
figures, qualifiers, measures and publication days; rows without known days are unchanged.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol, TypeVar

from storyline.extract import claim_words as W
from storyline.link import assess

# head counts: the people a story counts by what befell them, and counts of people or things
HEAD_COUNTS = W.VICTIM_MEASURES | {"count", "detained", "deployed"}
_FLOORS = frozenset({"at_least", "more_than"})


class Published(assess.Told, Protocol):
    """A report as the judge reads it, with the day its article was published."""

    @property
    def day(self) -> str | None: ...


R = TypeVar("R", bound=Published)


def rose(early: Published, late: Published) -> str:
    """The explanation of a row ``follow_days`` finds evolving."""
    return f"Each figure that differs is told a later day, higher: {_told(early)}, then {_told(late)}."


def grown(floor: Published, later: Published) -> str:
    """The explanation of a row ``floor_then_more`` finds evolving."""
    return f"A first count given as a floor, {_told(floor)}, then {_told(later)}: the count grew."


def _told(report: Published) -> str:
    return f"{report.claim.number_text} ({report.day})"


def follow_days(measure: str, clash: Sequence[tuple[R, R]]) -> tuple[R, R] | None:
    """The first clashing pair as (earlier, later) when the row is a head count and every clashing pair is of
    two publication days with the later day's figure above the earlier's; None otherwise."""
    if measure not in HEAD_COUNTS or not clash:
        return None
    found: tuple[R, R] | None = None
    for a, b in clash:
        if not (a.day and b.day) or a.day == b.day:
            return None
        early, late = sorted((a, b), key=lambda r: r.day or "")
        if late.low <= early.high:
            return None
        found = found or (early, late)
    return found


def floor_then_more(measure: str, reports: Sequence[R]) -> tuple[R, R] | None:
    """(floor, larger): an earlier day's floor and a later day's plain figure beyond the floor's next round
    step, in a head count where no later day's figure is below an earlier day's; None otherwise."""
    if measure not in HEAD_COUNTS:
        return None
    dated = [r for r in reports if r.day and r.claim.qualifier != "vague"]
    found: tuple[R, R] | None = None
    for a in dated:
        for b in dated:
            if (a.day or "") >= (b.day or ""):
                continue
            if b.high < a.low:
                return None  # a later figure below an earlier one: no count that grew
            if a.claim.qualifier in _FLOORS and b.claim.qualifier != "up_to" \
                    and a.claim.value and b.low > a.claim.value + assess.place_of(a.claim.value):  # "30" reaches 40
                found = found or (a, b)  # and a later floor past the step: "at least five", then "more than 20"
    return found

