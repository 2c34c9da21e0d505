"""The assessment a reader gives a row, where it turns on how exactly each outlet tells the figure.

A reader allows rounding and hedging, not a second exact value. Two agencies' magnitudes of one
quake told plainly ("a 6.4 quake", "magnitude 6.5") are a dispute, however close: the writer gives
each as the measure, not as an estimate, and a reader checking the table wants to see both named.
Only a hedged magnitude ("about 6.0", "at least 5.9") stands for a neighbouring one, within the
tenth or so that agencies' first readings move by.
"""

from __future__ import annotations

from storyline.model import Claim

MAGNITUDE_SLACK = 0.15  # a hedged magnitude ("about 6.0") stands for one within this much ("5.9", "6.1")
_TOLD_ROUGHLY = frozenset({"about", "almost", "at_least", "more_than", "up_to", "range", "vague"})


def hedged(claim: Claim) -> bool:
    """Whether a figure is told as an estimate or a bound ("about 6", "nearly 300", "at least 40"),
    not as the value itself."""
    return claim.qualifier in _TOLD_ROUGHLY


def magnitude_slack(a: Claim, b: Claim) -> float:
    """How far apart two magnitudes of one event may lie and still be one telling: a tenth and a
    half when either is hedged ("about 6.0" and "5.9"), none when both are told as exact readings
    ("6.4" and "6.5" conflict)."""
    return MAGNITUDE_SLACK if hedged(a) or hedged(b) else 0.0

