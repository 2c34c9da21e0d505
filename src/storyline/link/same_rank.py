"""One place in a line, one row: a rank several outlets tell under several nouns.

``reconcile`` keys a rank (``extract/ordinals.py``) by what it ranks and its place: "the 12th Doctor"
and "the 12th actor to play the role" are keyed apart, as are "for the second time", "her second
stint" and "her second appearance as host". When an article tells the same place under two of these
nouns, it tells one rank twice; the smaller row joins the larger one. Places that no article tells
under both nouns stay apart ("the sixth round" of one story and "his sixth defence" of another
article), and so do ranks of other places ("the 11th Doctor" beside "the 12th").
"""

from __future__ import annotations

from collections.abc import Sequence

from storyline.extract.ordinals import RANK
from storyline.link.same_quantity import R, Unit


def _place(unit: Unit[R]) -> float | None:
    """The one place in a line a unit's reports tell, None when it is no rank or tells several."""
    claims = [r.claim for r in unit.total]
    values = {c.value for c in claims}
    if not claims or any(c.measure != RANK for c in claims) or len(values) != 1:
        return None
    return next(iter(values))


def fold_ranks(units: Sequence[Unit[R]]) -> None:
    """Fold a rank told under another noun into the rank of the same place most articles tell, when an
    article tells both: "the Twelfth Doctor" and "the 12th actor to play the Doctor" in one article."""
    by_place: dict[float, list[Unit[R]]] = {}
    for unit in units:
        if unit.parts or unit.within is not None:
            continue
        place = _place(unit)
        if place is not None:
            by_place.setdefault(place, []).append(unit)
    for same in by_place.values():
        same.sort(key=lambda u: -len({r.claim.article for r in u.total}))
        top = same[0]
        for unit in same[1:]:
            if {r.claim.article for r in unit.total} & {r.claim.article for r in top.total}:
                top.total = top.total + unit.total
                unit.total = []
