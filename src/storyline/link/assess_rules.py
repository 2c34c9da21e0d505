"""When a figure an article gives beside the one the outlets agree on is a second telling of it.

``assess.beside`` sets aside a figure that no other article's fits, when its article agrees
with the others through another figure: "shooting three, killing one" agrees with "one
killed", its three counts the people shot. That holds only when the odd figure can be
another count of something. None against some cannot: "police said no one was hurt" and
"three were hurt" are no part and whole of each other, so an article that gives both, beside
outlets that say no one, tells of a dispute over one count, and the row's verdict is a conflict.
(A figure near the agreed one is no such sign: "20 killed, 18 of them civilians" is a part.)
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TypeVar

from storyline.link.assess import Told

R = TypeVar("R", bound=Told)


def told_two_ways(reports: Sequence[R], *, fits: Callable[[R, R], bool]) -> list[tuple[R, R]]:
    """The pairs (odd figure, another article's figure) that make a row of otherwise agreeing
    articles a conflict: an odd figure (one no other article's figure ``fits``) that is some
    where another article says none, or none where another says some. Empty when every odd
    figure can be another count."""
    found: list[tuple[R, R]] = []
    for r in reports:
        others = [o for o in reports if o.claim.article != r.claim.article]
        if not others or any(fits(r, o) for o in others):
            continue
        found.extend((r, o) for o in others if _second_telling(r, o))
    return found


def _second_telling(a: Told, b: Told) -> bool:
    """Whether two exact figures in one unit are none and some of one count ("no injuries",
    "three injured"): no part of the other, so two tellings of it."""
    x, y = a.claim, b.claim
    if x.qualifier != "exact" or y.qualifier != "exact" or x.value is None or y.value is None:
        return False
    return x.unit == y.unit and (x.value == 0) != (y.value == 0)

