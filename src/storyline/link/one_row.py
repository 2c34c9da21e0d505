"""One quantity, one row: quantities keyed apart by how a noun is written or by a bare count.

``reconcile`` keys claims by the head of what they count; ``same_quantity`` folds some pairs its keys
keep apart. Two more classes escape both:

- a noun written open, hyphenated or closed ("web sites" and "websites", "fire fighters" and
  "firefighters", "e-mail accounts" and "email accounts"): one noun, whose heads ("site", "website")
  differ only in how the compound is spelled (``fold_compounds``);
- a bare count of people ("over 14,000 people taking shelter in tents", "the firm employs 80 people")
  beside the one casualty or displacement figure of the story it restates ("14,000 people fled their
  homes") or the one count of people a noun names ("80 employees"): a count that names neither who nor
  what happened, whose every figure is that quantity's, in articles that never tell the two apart, is
  that quantity told loosely (``fold_bare_counts``).

The guards keep different quantities apart: a compound joins only the noun the story itself writes
closed, and only one row of it (the row that gives figures, when another gives only a word of amount such
as "thousands of websites": which of the two a word of amount restates stays unknown, a figure's does not);
a bare count joins only a figure large enough to identify it (a few people are counted for many reasons),
only when one quantity fits, and never when an article gives the two different figures.
"""

from __future__ import annotations

import dataclasses
import math
import re
from collections.abc import Callable, Sequence
from typing import Protocol, TypeVar

from storyline.extract import claim_words as W
from storyline.link.assess import Told as Report
from storyline.link.same_quantity import bound_fits
from storyline.model import Claim

R = TypeVar("R", bound=Report)
Key = Callable[[Claim], tuple[str, ...]]

BARE_FLOOR = 10  # a bare count below this ("two people", "five") is too common a figure to say which quantity it is


class Unit(Protocol[R]):
    """What this module reads and changes of one quantity (``reconcile._Unit``)."""

    total: list[R]
    parts: dict[str, list[R]]
    within: int | None


def free(unit: Unit[R]) -> bool:
    """Whether a quantity stands alone: it has figures, no parts and is no part of another."""
    return bool(unit.total) and not unit.parts and unit.within is None


def _one_key(reports: Sequence[Report], key: Key) -> tuple[str, ...] | None:
    keys = {key(r.claim) for r in reports}
    return next(iter(keys)) if len(keys) == 1 else None


def _articles(reports: Sequence[Report]) -> set[str]:
    return {r.claim.article for r in reports}


def _firm(reports: Sequence[R]) -> list[R]:
    """The reports that give a figure: not a word of amount ("thousands"), not an open range at zero."""
    return [r for r in reports if r.claim.qualifier != "vague" and not (r.low <= 0 and math.isinf(r.high))]


# -- a noun written open, hyphenated or closed ----------------------------------------------------------------

_WORD = re.compile(r"[a-z]+(?:\s*-\s*[a-z]+)*")


def closed(counted: str | None) -> str | None:
    """The counted phrase with its last two words written as one ("Web sites" -> "websites", "fire - fighters"
    -> "firefighters", "e-mail accounts" unchanged: its head is "accounts"), or None when it has one word."""
    words = _WORD.findall((counted or "").lower())
    if not words:
        return None
    last = words[-1]
    if "-" in last:  # "co - workers", "e-mail": one word written with a hyphen
        return " ".join([*words[:-1], re.sub(r"\s*-\s*", "", last)])
    if len(words) < 2 or "-" in words[-2]:
        return None
    return " ".join([*words[:-2], words[-2] + last])


def fold_compounds(units: Sequence[Unit[R]], *, key: Key) -> None:
    """Fold a quantity whose noun is written open or hyphenated ("about 10,000 Web sites infected") into the
    one the story writes closed ("10,000 websites infected"), when the two keys differ only by that spelling
    and one quantity holds the closed noun."""
    keys = {i: k for i, u in enumerate(units) if free(u) and (k := _one_key(u.total, key)) is not None}
    by_key: dict[tuple[str, ...], list[int]] = {}
    for i, k in keys.items():
        by_key.setdefault(k, []).append(i)
    for i, mine in keys.items():
        unit = units[i]
        if not unit.total:
            continue
        if any(closed(r.claim.counted) is None for r in unit.total):
            continue  # a one-word noun beside the compound ("people" among "fire fighters") is not the compound's
        joined = {key(dataclasses.replace(r.claim, counted=closed(r.claim.counted))) for r in unit.total}
        if len(joined) != 1 or (theirs := next(iter(joined))) == mine:
            continue
        home = [j for j in by_key.get(theirs, []) if j != i and units[j].total]
        if len(home) > 1 and _firm(unit.total):  # a figure joins the one quantity that gives figures, not a word
            home = [j for j in home if _firm(units[j].total)]  # of amount ("thousands of websites") beside it
        if len(home) == 1:
            units[home[0]].total = units[home[0]].total + unit.total
            unit.total = []


# -- a bare count of people beside the quantity it restates ---------------------------------------------------

def _bare(reports: Sequence[Report], key: Key) -> bool:
    """Whether every report is a count of people that names nobody ("people", "others") and no side:
    "over 14,000 people taking shelter", "at least 50 people" (``reconcile._key``: a victim, who empty)."""
    keys = [key(r.claim) for r in reports]
    return all(len(k) == 6 and k[0] == "count" and k[1] == "victims" and not k[2] for k in keys) and \
        all(r.claim.unit in W.PEOPLE_UNITS for r in reports)


def _measured(reports: Sequence[Report], key: Key) -> bool:
    """Whether the reports count people in general to whom one named thing happened (killed, displaced,
    arrested), with any bare counts already folded in, or people a noun names ("pilgrims", "passengers"):
    not a part of a toll ("children killed") nor a side ("soldiers killed", "police deployed")."""
    keys = [key(r.claim) for r in reports]
    if not all(len(k) == 6 and k[1] == "victims" for k in keys):
        return False
    named = {k[2] for k in keys if k[0] == "count"} - {""}
    if len(named) == 1 and all(k[0] == "count" for k in keys):
        return True
    return len({k[0] for k in keys} - {"count"}) == 1 and not any(k[2] for k in keys)


def _restates(bare: Sequence[R], whole: Sequence[R], same: Callable[[R, R], bool]) -> bool:
    """Whether every figure the bare count gives is one the quantity gives somewhere, large enough to say so,
    and no article gives the two figures that differ."""
    firm = _firm(bare)
    if not firm or any((r.claim.value or r.low) < BARE_FLOOR for r in firm):
        return False
    if not all(any(same(r, g) or bound_fits(r, g) for g in whole) for r in firm):
        return False
    theirs = {a: _firm([g for g in whole if g.claim.article == a]) for a in _articles(whole)}
    for r in firm:
        told = theirs.get(r.claim.article)
        if told and not any(g.low <= r.high and r.low <= g.high for g in told):
            return False  # the article gives the quantity a figure the count's cannot be: it counts two things
    return True


def fold_bare_counts(units: Sequence[Unit[R]], *, key: Key, same: Callable[[R, R], bool]) -> None:
    """Fold a bare count of people ("over 14,000 people taking shelter in tents") into the one quantity of the
    story that tells what happened to them ("14,000 people fled their homes") when its figures are that
    quantity's, none is too small to say so, and no article gives the two apart. ``same`` is ``reconcile``'s
    test that two reports give one figure."""
    for bare in units:
        if not free(bare) or not _bare(bare.total, key):
            continue
        fits = [u for u in units if u is not bare and u.total and u.within is None and _measured(u.total, key)
                and len(_articles(u.total)) >= len(_articles(bare.total)) and _restates(bare.total, u.total, same)]
        if len(fits) == 1:  # two quantities fit: which one it restates stays unknown
            fits[0].total = fits[0].total + bare.total
            bare.total = []
