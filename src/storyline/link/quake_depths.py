"""One quake's depth, told in kilometres by some outlets and in miles by others.

``reconcile`` keeps a quake's magnitudes that lie near the most reported one (a magnitude far from it is a
recalled quake's) and used the same test, in figures, for its depth: "35 kilometres" and "about 22 miles" are
one depth, yet 22 and 35 lie far apart as figures, so whichever unit fewer outlets used (or, on a tie, the
smaller figure) was dropped and the row showed one outlet alone. The class is any story whose outlets measure
the depth in their own units (wire copy in kilometres beside an American outlet's miles).

- ``same_depth`` sizes each depth in kilometres and keeps those within a factor of ``DEPTH_FACTOR`` of the
  depth most reports agree on (within ``AGREE`` of each other): a recalled quake's depth or a misread figure
  ("12 miles" for "1.2") stays out, as before. A conversion told in the same sentence as the depth it converts
  ("10 kilometres (six miles)", the same size) is that depth again, not another outlet's report: it stays out.
- ``in_two_units`` tells the judge to compare two depths in two units by their size in kilometres, as it
  compares distances, so the kept reports do not read as a clash.

Reads only measures, units and figures, never a story's words.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TypeVar

from storyline.link.assess import Told as Report
from storyline.model import Claim

R = TypeVar("R", bound=Report)

DEPTH = "depth"
AGREE = 0.15  # two outlets' depths of one quake, rounded and converted, differ by this much at most
DEPTH_FACTOR = 2.0  # a depth further than this factor from the agreed one is another quake's, or misread


def _conversions(reports: Sequence[Report], size: Callable[[Claim], float | None]) -> set[int]:
    """The reports that repeat, in another unit, a depth their own sentence gave first ("10 kilometres (six
    miles)"); a second depth of another size in one sentence (a distance misread as one) is no conversion."""
    told: dict[tuple[str, int], list[float]] = {}
    out: set[int] = set()
    for i in sorted(range(len(reports)), key=lambda j: (reports[j].claim.article, reports[j].claim.start,
                                                         reports[j].claim.figure_at())):
        claim = reports[i].claim
        s = size(claim)
        if s is None:
            continue
        before = told.setdefault((claim.article, claim.start), [])
        if any(_agree(s, t) for t in before):
            out.add(i)
        before.append(s)
    return out


def _agree(s: float, t: float) -> bool:
    return abs(s - t) <= AGREE * max(s, t)


def same_depth(reports: Sequence[R], size: Callable[[Claim], float | None]) -> list[R]:
    """The depth reports of the story's quake: those near the depth most reports agree on, in kilometres."""
    again = _conversions(reports, size)
    sized = [(r, s) for i, r in enumerate(reports) if i not in again and (s := size(r.claim)) is not None and s > 0]
    if not sized:
        return [r for i, r in enumerate(reports) if i not in again]

    def agreeing(s: float) -> int:
        return sum(1 for _, t in sized if _agree(s, t))

    agreed = max((s for _, s in sized), key=agreeing)  # the first of the best agreed, in report order
    kept = [r for r, s in sized if max(s, agreed) <= DEPTH_FACTOR * min(s, agreed)]
    # a depth told without a unit stays when its figure is one a kept report gives ("a depth of 10")
    told, ids = [r.low for r in kept], {id(r) for r in kept}
    return [r for i, r in enumerate(reports) if id(r) in ids or (
        i not in again and size(r.claim) is None and any(_agree(r.low, t) for t in told if r.low > 0))]


def in_two_units(a: Claim, b: Claim) -> bool:
    """Whether two reports are depths told in two units ("35 kilometres", "about 22 miles")."""
    return a.measure == b.measure == DEPTH and a.unit != b.unit
