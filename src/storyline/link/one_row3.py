"""One quantity, one row: a report keyed by another noun beside the row whose figure it gives.

``reconcile`` keys a count by the head of its noun, so an outlet that names the counted things or people by
another word ("more than 300 houses were damaged" beside "more than 300 buildings have been damaged";
"two people were diagnosed" beside "two patients were quarantined") lands in a row of its own, or in a row
of that other word whose other figures are another quantity's. The scorer then sees a duplicate row, and
the row it belongs to misses an article.

A report moves to the row whose figure it gives when the evidence says it is that row's quantity
(``fold_lone_reports``):

- it measures the same thing (same measure, both people or both things, people of the same side);
- the row is corroborated (two articles or more), gives one figure, and the report gives exactly that
  figure (same range, same bound: "more than 300");
- its noun names the same kind of event: the same verb says what happened to those counted ("damaged" and
  "damaged"), with a figure large enough to say which quantity it is, in an article that does not give
  the row's noun that figure too (it would tell the two apart); or it counts people without naming them and
  its own article gives the row that very figure in other words ("two people diagnosed", and later "the two
  patients");
- no other report of its own row gives that figure (those would move with it: the row as a whole restates
  the other), and one row only fits.

A place in a line makes a count of what it ranks: "in his 19th season with the club" and "has spent 19 seasons
with the club" tell one figure (``fold_ranked_counts``). The exact counts of the ranked noun that equal the
place join the rank, when the rank is corroborated (two articles), past the places that rank too many things
("first", "second"), and out of a row that gives other figures too: a row that gives that one figure
throughout is a count of its own ("four seasons as director" beside "his fourth season as coach"), unless the
place is ten or more, which a count of the same noun equals too rarely by chance ("in his 19th season with the
club" beside a row of "19 seasons with the club": one row, whose two halves the scorer saw as a duplicate).

The guards keep different quantities apart: a part of a toll or a quantity split by place never moves nor
takes a report (``free``); a report whose row's other figures agree with it stays (that row is a quantity of
its own, told by other outlets); two rows that fit leave it where it is.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from typing import TypeVar

from storyline.extract import claim_words as W
from storyline.extract.ordinals import RANK, rank_key
from storyline.link.assess import Told as Report
from storyline.link.one_row import Unit, free
from storyline.model import Claim

R = TypeVar("R", bound=Report)

RANK_FLOOR = 3  # "first" and "second" rank too many things ("the second half", "a second game") to name a count
# a place from this one on ("his 19th season") names the count of its noun too rarely by chance for a row that gives
# that one figure throughout ("has spent 19 seasons") to be a count of its own; below it ("four seasons as director"
# beside "his fourth season as coach") it may be
WHOLE_FLOOR = 10
VERB_FLOOR = 10  # a figure below this ("two houses", "five people") is too common to say which quantity it is


def _firm(r: Report) -> bool:
    return r.claim.qualifier != "vague" and r.claim.value is not None and math.isfinite(r.low)


def _people(claim: Claim) -> bool:
    return claim.unit in W.PEOPLE_UNITS


def _verb(claim: Claim) -> str:
    """What happened to those counted, when a participle says it ("damaged", "evacuated")."""
    word = (claim.counted_as or "").lower()
    return word if word.endswith("ed") else ""


def _alike(a: Claim, b: Claim) -> bool:
    """Whether two claims measure one kind of thing: same measure, both people (of one side) or both things."""
    if a.measure != b.measure or _people(a) != _people(b):
        return False
    return not _people(a) or (a.role or "other") == (b.role or "other") or {a.role, b.role} <= {"other", "victims",
                                                                                                 "civilians", None}


def _articles(reports: Sequence[Report]) -> set[str]:
    return {r.claim.article for r in reports}


def _one_figure(reports: Sequence[R]) -> tuple[float, float] | None:
    """The one range a row gives, when every report gives it (an open bound included: "more than 300")."""
    spans = {(r.low, r.high) for r in reports}
    return next(iter(spans)) if len(spans) == 1 and all(_firm(r) for r in reports) else None


def _told_as(r: Report, row: Sequence[Report], bare: Callable[[Claim], bool]) -> bool:
    """Whether the row's quantity is the report's, told in other words: the same participle with a figure
    large enough to name it, or a count of people that names nobody ("two people") whose own article gives
    the row that figure under a noun that names them ("the two patients")."""
    verb = _verb(r.claim)
    if verb and (r.claim.value or 0) >= VERB_FLOOR and all(_verb(g.claim) == verb for g in row):
        # an article that gives both nouns the figure tells two things apart ("100 homes and 100 shops destroyed")
        return r.claim.article not in _articles(row)
    return _people(r.claim) and bare(r.claim) and r.claim.article in _articles(row) and \
        not any(bare(g.claim) for g in row if g.claim.article == r.claim.article)


def _fits(r: Report, own: Sequence[Report], row: Sequence[Report], bare: Callable[[Claim], bool]) -> bool:
    if not _firm(r) or not all(_alike(r.claim, g.claim) for g in row):
        return False
    figure = _one_figure(row)
    if figure is None or (r.low, r.high) != figure or len(_articles(row)) < 2:
        return False
    if any(g is not r and (g.low, g.high) == figure for g in own):
        return False  # its own row restates the figure: a quantity of its own, or the row as a whole is the other's
    return _told_as(r, row, bare)


def fold_lone_reports(units: Sequence[Unit[R]], *, bare: Callable[[Claim], bool]) -> None:
    """Move a report into the one corroborated row of its kind whose one figure it gives, when its verb or its
    own article says it is that row's quantity ("more than 300 houses damaged" beside "more than 300
    buildings damaged"). ``bare`` says whether a claim's noun names nobody ("people", "others")."""
    for unit in units:
        if not free(unit):
            continue
        for r in list(unit.total):
            if len(unit.total) > 1 and len(_articles(unit.total)) > 1 and r.claim.article in _articles(
                    [g for g in unit.total if g is not r]):
                continue  # its article tells its own row more than this figure: leave the row whole
            homes = [u for u in units if u is not unit and free(u) and _fits(r, unit.total, u.total, bare)]
            if len(homes) == 1:
                homes[0].total = [*homes[0].total, r]
                unit.total = [g for g in unit.total if g is not r]


# -- a place in a line beside the count it makes ----------------------------------------------------------------

def _ranked(unit: Unit[R]) -> tuple[str, float] | None:
    """The noun and place of a unit whose every report is one rank ("his 19th season"), None otherwise."""
    claims = [r.claim for r in unit.total]
    if not claims or any(c.measure != RANK or c.value is None for c in claims):
        return None
    keys = {rank_key(c) for c in claims}
    if len(keys) != 1:
        return None
    noun, place = next(iter(keys))[1], claims[0].value
    return (noun, place) if noun and place is not None else None


def _counts(r: Report, noun: str, place: float) -> bool:
    """Whether a report is the exact count of the ranked noun the place makes: "19 seasons" beside "his 19th
    season", "five coaches fired" beside "the fifth coach fired"."""
    c = r.claim
    words = (c.counted or "").lower().split()
    return c.measure == "count" and bool(words) and W.singular(words[-1]) == noun and c.value == place and \
        c.qualifier in ("exact", "") and r.low == r.high == place


def fold_ranked_counts(units: Sequence[Unit[R]]) -> None:
    """Move the exact counts of a ranked noun into the rank whose place they equal: "DiLeo has spent 19
    seasons with the club" is the count "in his 19th season with the club" makes. A count row that gives
    other figures too keeps them (another quantity of the same noun: "three seasons as coach")."""
    for unit in units:
        if not free(unit) or (ranked := _ranked(unit)) is None:
            continue
        noun, place = ranked
        if place < RANK_FLOOR or len(_articles(unit.total)) < 2:
            continue  # "the second game" of one outlet: too common a place, too thin a row to say what it counts
        for other in units:
            if other is unit or not free(other) or _ranked(other) is not None:
                continue
            moving = [r for r in other.total if _counts(r, noun, place)]
            # a row that gives only a small place's figure is a count of its own
            if moving and (len(moving) < len(other.total) or place >= WHOLE_FLOOR):
                unit.total = unit.total + moving
                other.total = [r for r in other.total if not any(r is m for m in moving)]
