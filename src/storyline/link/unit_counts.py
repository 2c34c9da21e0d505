"""A count of the members of a group is the group's size, never a modifier of its noun.

``reconcile._modifier`` leaves out a count of a singular noun ("a nine-woman jury", "a four-by-four car"):
more than one of a singular thing is no count. But a group noun is singular because the group is one:
"led the 22,000 crowd in song", "part of the 200 person crowd", "a 5,000 workforce". The figure counts the
group's members, and is its size (``group_size``). Each test reads the claim's counted noun only, never a
story's words.

Measured (round 20, tables rebuilt from stored articles): train one right multi-article row more (a boxing
crowd), every other set and val (aggregate only) unchanged. Tried and dropped: a figure whose counted noun is
its own unit of measure ("355 horsepower", "414 lb-ft") read as a quantity rather than a modifier gave aeb_dev
two right rows, but both joined two cars' figures of a motor show's story: assessment 0.718 -> 0.683, usable
labels 0.641 -> 0.610.
"""

from __future__ import annotations

from storyline.model import Claim

# nouns of a group, whose size is the count of its members: "the 22,000 crowd", "a 200-person congregation"
GROUPS = frozenset({"crowd", "audience", "congregation", "workforce", "throng", "gathering", "turnout", "fleet",
                    "herd", "flock", "contingent", "delegation", "army", "force", "attendance"})


def group_size(claim: Claim) -> bool:
    """Whether the claim counts the members of a group noun ("led the 22,000 crowd in song", "part of the
    200 person crowd"): the group's size, not a modifier of one thing."""
    words = (claim.counted or "").lower().split(" of ")[0].split()
    return bool(words) and words[-1] in GROUPS
