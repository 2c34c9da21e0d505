"""A figure told in a unit of measure, or of the members of a group, is a quantity, never a modifier of its noun.

``reconcile._modifier`` leaves out a count of a singular noun ("a nine-woman jury", "a four-by-four car"):
more than one of a singular thing is no count. But the claim reader gives some quantities in a unit of measure
the measure "count", with the unit as the counted noun: "giving the car 355 horsepower", "414 lb-ft of
torque", "300 kW (402 hp)". A unit is singular in the claim reader's normal form whatever the figure, so
the singular-noun test reads these as modifiers. A figure whose counted noun is its own unit, one of the
units of measure the claim reader knows (``extract.quantities.MEASURE_UNITS``), is the quantity told, and
stays (``in_unit``). So does a count of a group noun's members: "led the 22,000 crowd in song", "part of the
200 person crowd": the noun is singular because the group is one, and the figure is its size (``group_size``).
Each test reads the claim's unit and counted noun only, never a story's words.

Measured (round 20, tables rebuilt from stored articles): aeb_dev two right rows more (a car's power in
horsepower, its torque in lb-ft), multi-article recall 0.737 -> 0.763, but assessment 0.718 -> 0.683: in a
motor show's story both rows join two cars' figures (the grouping's fault, not this rule's); train, dev, the
invented sets and val (aggregate only) unchanged. Group sizes: train one right multi-article row more (a
boxing crowd), every other set unchanged.
"""

from __future__ import annotations

import re

from storyline.extract.quantities import MEASURE_UNITS, TIME_UNITS
from storyline.model import Claim

_JOINED = re.compile(r"^\s*-")  # "64-bit", "275 - horsepower": the unit qualifies a noun after it
_UNITS = frozenset(unit.lower() for _, unit in MEASURE_UNITS if unit not in TIME_UNITS)


# nouns of a group, whose size is the count of its members: "the 22,000 crowd", "a 200-person congregation"
GROUPS = frozenset({"crowd", "audience", "congregation", "workforce", "throng", "gathering", "turnout", "fleet",
                    "herd", "flock", "contingent", "delegation", "army", "force", "attendance"})


def group_size(claim: Claim) -> bool:
    """Whether the claim counts the members of a group noun ("led the 22,000 crowd in song", "part of the
    200 person crowd"): the group's size, not a modifier of one thing."""
    words = (claim.counted or "").lower().split(" of ")[0].split()
    return bool(words) and words[-1] in GROUPS


def in_unit(claim: Claim) -> bool:
    """Whether the claim counts a unit of measure: its counted noun is its unit, a unit the claim reader
    knows ("355 horsepower": counted "hp", unit "hp"), not a noun ("a nine-woman jury"), and the unit is not
    joined to the figure by a hyphen to qualify a noun ("a 64-bit chip", "a 275-horsepower motor")."""
    unit = (claim.unit or "").lower()
    around = claim.around_figure()
    if around is None or _JOINED.match(around[1]):
        return False
    return unit in _UNITS and (claim.counted or "").lower().split(" of ")[0].strip() == unit
