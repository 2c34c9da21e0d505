"""A force or fleet sent to the event that one outlet alone names late in its article: a row.

A one-source deployment ("The state has sent 300 National Guard troops to the area", "45 ambulances were
deployed", "a team of 14 investigators was sent to the site") is tabulated only when its article states
it in its first half (``reconcile._tabulated``): other events' figures come late. But a deployment is a
core quantity of a story of harm, and wire and newspaper copy tells it late, after the toll, the
witnesses and the officials' words; the labellers of ECB+ and of every invented set tabulate it where it
stands. So after the joins have had their pick of the left-out rows (a late deployment that is another
outlet's figure for a shown row, or one figure two outlets tell in two rows, is joined there), a
left-out one-source row of the measure ``deployed`` is shown, unless

- one of its reports is already in a shown row, or
- a shown row counts the same noun (the head word of what it counts: "officers" beside "officers"):
  a late lone figure of a force the table already holds is most often an outlet's other count of it; or
- it sends persons and a shown deployment of persons at its place is of a size within the judge's reach
  (``assessed.FAR``): "126 emergency workers" told late beside "more than 120 firefighters, paramedics and
  police officers" is the same force counted in other words.

It reads only the rows' measures, sources, claims and counted nouns, never a story's words.
"""

from __future__ import annotations

from collections.abc import Sequence

from storyline.extract import claim_words as W
from storyline.link.assessed import FAR
from storyline.model import Fact


def told_late(shown: Sequence[Fact], left_out: Sequence[Fact]) -> list[Fact]:
    """The left-out one-source deployments to show beside ``shown``, in their order."""
    held = {c for f in shown for c in f.claims}
    nouns = {W.head_noun(f.counted) for f in shown} - {""}
    out: list[Fact] = []
    for fact in left_out:
        if fact.measure != "deployed" or fact.sources != 1 or not fact.counted:
            continue
        if any(c in held for c in fact.claims) or W.head_noun(fact.counted) in nouns:
            continue
        if any(_one_force(fact, row) for row in shown):
            continue
        out.append(fact)
        held.update(fact.claims)
        nouns.add(W.head_noun(fact.counted))
    return out


def _one_force(fact: Fact, row: Fact) -> bool:
    """Whether a shown deployment of persons is, by its size, the force a late lone one counts in other words
    ("126 emergency workers" late beside "more than 120 firefighters, paramedics and police officers")."""
    if row.measure != "deployed" or {row.role, fact.role} & {None, "objects"} or row.location != fact.location:
        return False
    mine, theirs = fact.low or fact.high, row.low or row.high
    if not mine or not theirs:
        return False
    return min(mine, theirs) * FAR > max(mine, theirs)
