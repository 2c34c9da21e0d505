"""How the facts table tells agreement from conflict between two outlets' figures.

``reconcile`` groups the reports of one quantity and judges them; the rules here say when
two reports vouch for one figure although their words differ:

- a floor that names the other's figure: "at least three people died" and "three people
  died" tell one toll; the outlet that hedges does not contradict the one that does not;
- a rough figure in another unit: "roughly a week" and "eight days", "about a mile" and
  "1.5 km" are one size once both are in one unit and the rough one's range is kept.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Protocol, TypeVar

from storyline.model import Claim


class Told(Protocol):
    """A report as the facts table reads it: its claim and the range of values it allows."""

    @property
    def claim(self) -> Claim: ...

    @property
    def low(self) -> float: ...

    @property
    def high(self) -> float: ...


R = TypeVar("R", bound=Told)

_FIRM = ("exact", "at_least")  # a figure, or a floor at it ("at least 3")


def floor_names(a: Claim, b: Claim) -> bool:
    """Whether one claim's floor is the other's figure: "at least three" beside "three" or
    "at least three". Only "at least" names its figure; "more than three" excludes it, and a
    vague word ("dozens") or a range names none."""
    if a.value is None or b.value is None or a.value != b.value or a.unit != b.unit:
        return False
    if a.qualifier not in _FIRM or b.qualifier not in _FIRM:
        return False
    return "at_least" in (a.qualifier, b.qualifier)


def floors_agree(reports: Sequence[Told]) -> set[tuple[str, str]]:
    """The pairs of articles (both ways round) whose figures agree through a floor that
    names the other's figure: the articles vouch for one figure, whatever else either gives."""
    pairs: set[tuple[str, str]] = set()
    for i, a in enumerate(reports):
        for b in reports[i + 1:]:
            if a.claim.article != b.claim.article and floor_names(a.claim, b.claim):
                pairs |= {(a.claim.article, b.claim.article), (b.claim.article, a.claim.article)}
    return pairs


def alike_in_units(a: Told, b: Told, *, base: tuple[float, float], slack: float) -> bool:
    """Whether two figures in different units are one size once both are in one unit
    (``base``: each figure's value in that unit), keeping each figure's range: "roughly a
    week" reaches "eight days", "about two weeks" does not reach "three weeks" (21 days).
    Figures in one unit are compared as written, elsewhere."""
    if a.claim.unit == b.claim.unit or not a.claim.value or not b.claim.value:
        return False
    ranges = []
    for r, size in zip((a, b), base, strict=True):
        scale = size / r.claim.value if r.claim.value else 0.0
        ranges.append((r.low * scale, r.high * scale))
    (a_low, a_high), (b_low, b_high) = ranges
    return a_low <= b_high * (1 + slack) and b_low <= a_high * (1 + slack)


def with_unit(claim: Claim) -> str:
    """A figure as a reader compares it across units: its words, and its unit when they do
    not name it ("roughly one week" beside "eight days", not "roughly one" beside "eight")."""
    unit = (claim.unit or "").strip()
    if not unit or unit.split(" ")[0].lower() in claim.number_text.lower():
        return claim.number_text
    if claim.value == 1 and unit.endswith("s") and not unit.endswith("ss"):
        unit = unit[:-1]  # "one weeks" is "one week"
    return f"{claim.number_text} {unit}"


def beside(reports: Sequence[R], *, fits: Callable[[R, R], bool]) -> str:
    """The figures a row of agreeing articles also holds, that no other article's figure fits
    (``fits``: whether two reports can both hold): an article that says "shooting three,
    killing one" agrees with the others on the one, and its three is told beside that figure,
    not as another count of it. A sentence that says so, for the explanation, or ""."""
    odd = [r for r in reports if (others := [o for o in reports if o.claim.article != r.claim.article])
           and not any(fits(r, o) for o in others)]
    if not odd or len(odd) * 2 >= len(reports):
        return ""
    shown = "; ".join(f"{r.claim.number_text} ({r.claim.article})" for r in odd[:3])
    return f" Given beside the figure they agree on, not as another count of it: {shown}."


ROUND_SHARE = 0.03  # a round figure stands for an exact one this close: "40%" for "39 percent"
ROUNDED_MEASURES = frozenset({"percent", "money", "damage", "price"})  # told rounded; a head count is not


def rounds_to(a: Claim, b: Claim) -> bool:
    """Whether one exact figure is the other rounded: "40%" beside "39 percent", "$1,100" beside
    "$1,099", "1.5 million" beside "1,520,000". The round one ends in zeros at a place the exact
    one rounds to, and the two are this close (``ROUND_SHARE``): "50%" is no rounding of "47%".
    Only shares and sums are told rounded; a count of people or things, or an age, is not."""
    if a.qualifier != "exact" or b.qualifier != "exact" or a.unit != b.unit or not a.value or not b.value:
        return False
    if a.measure not in ROUNDED_MEASURES:
        return False  # "40 divers" beside "38 divers" is two counts; "60" and "61" are two ages
    if a.value == b.value:
        return False
    for rough, fine in ((a.value, b.value), (b.value, a.value)):
        place = place_of(rough)
        if place > 0 and place > place_of(fine) and round(fine / place) * place == rough \
                and abs(rough - fine) <= ROUND_SHARE * max(rough, fine):
            return True
    return False


def place_of(value: float) -> float:
    """The place of a figure's last non-zero digit: 40 → 10, 1,500,000 → 100,000, 2.5 → 0.1."""
    if value != int(value):
        return 10.0 ** -len(repr(float(value)).split(".")[1].rstrip("0"))
    number, place = int(abs(value)), 1.0
    while number and number % 10 == 0:
        number //= 10
        place *= 10
    return place

