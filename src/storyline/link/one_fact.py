"""One fact, one row: a figure that outlets report with one noun while the claim reader types it two ways.

``reconcile`` keys a claim by its measure, its role and the head of what it counts. Outlets retell one
figure in words that the reader types differently while they name the same things:

- a verb that gives a measure beside a plain count: "20,000 scientists deployed to the field" and "its
  20,000 scientists"; "a 12-year prison sentence" and "serving 12 years" (a sentence and a duration);
- one noun read once as people and once as things: "his three children" told by the role of a victim in
  one article and as objects in another.

Such a quantity is one fact: the same firm figure under the same head noun, in articles that never give
the two apart (``fold_typed_apart``). And one large count that outlets give under two nouns ("125
seats", "125 constituencies"; "two million users", "two million computers") is one count however many
outlets use each noun (``fold_large_counts``): ``reconcile`` folds such a pair only when a word is shared or
one side is told by one or two sources. A count of things an act was done to and the count of that act
("blocked seven shots", "seven blocks"; "intercepted four passes", "four interceptions") are one count when
the participle and the noun are one word's forms and the figures agree (``fold_acts_done``).

The guards keep different quantities apart: the head must be a noun of its own (not "people", not a unit
named by the figure alone), the two measures must both count, or both measure a length of time in one
unit (a share, a sum, a magnitude, an age or a place in a line, "his 19th season", is never a count of the
same noun), tolls (killed, injured, missing)
stay their own quantities, a quantity joins only the one fit it has, and an article that gives the two
quantities different figures keeps them two (an article that tells one figure twice, typed two ways, tells
one thing). A large count joins only a count of the same kind (people with people, things with things) told in
several articles, with a figure of at least ``IDENTIFYING``.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from typing import TypeVar

from storyline.link.assess import Told as Report
from storyline.link.one_row import Unit, free
from storyline.model import Claim

R = TypeVar("R", bound=Report)

# measures whose figure is no count of the noun beside it: "20 percent of users", "$5 million in bonds",
# "a magnitude 6 quake", "a 12-year-old", "his fourth season" (a place in a line, not how many); and the
# tolls, which ``reconcile`` keeps apart from any count
NOT_COUNTS = frozenset({"percent", "money", "price", "damage", "magnitude", "depth", "age", "rank",
                        "killed", "injured", "missing"})
# measures of a length of time: compared in one unit ("12 years" of a sentence, of a duration)
SIZED = frozenset({"duration", "sentence"})


def _firm(claim: Claim) -> bool:
    return claim.qualifier != "vague" and claim.value is not None and math.isfinite(claim.value) and claim.value > 0


def _articles(reports: Sequence[Report]) -> set[str]:
    return {r.claim.article for r in reports}


def _figure(claim: Claim, size: Callable[[Claim], float | None]) -> float | None:
    """A claim's figure, in one unit for a length of time ("12 years" and "144 months" alike)."""
    if claim.measure in SIZED:
        found = size(claim)
        return round(found, 6) if found is not None else None
    return claim.value


def _one_figure(reports: Sequence[Report], size: Callable[[Claim], float | None]) -> float | None:
    """The figure every firm report of a quantity gives, when they give one; else None."""
    figures = {_figure(r.claim, size) for r in reports if _firm(r.claim)}
    return next(iter(figures)) if len(figures) == 1 and None not in figures else None


def _main_figure(reports: Sequence[Report], size: Callable[[Claim], float | None]) -> float | None:
    """The figure more than half of a quantity's firm reports give, if one does."""
    figures = [_figure(r.claim, size) for r in reports if _firm(r.claim)]
    for f in set(figures):
        if f is not None and 2 * figures.count(f) > len(figures):
            return f
    return None


def _told_apart(small: Sequence[Report], big: Sequence[Report], figure: float,
                size: Callable[[Claim], float | None]) -> bool:
    """Whether an article that holds both quantities gives one of them another figure: it tells two things
    apart. An article that gives the one figure twice, typed two ways, tells one thing twice."""
    shared = _articles(small) & _articles(big)
    return any(_figure(r.claim, size) != figure for r in [*small, *big]
               if r.claim.article in shared and _firm(r.claim))


def _measures(reports: Sequence[Report]) -> set[str]:
    return {r.claim.measure for r in reports}


def _heads(reports: Sequence[Report], head: Callable[[Claim], str]) -> set[str]:
    return {head(r.claim) for r in reports}


def _kinds_agree(a: set[str], b: set[str]) -> bool:
    """Whether two quantities' measures may type one figure: both count (a count, an arrest, a deployment), or
    both measure a length of time."""
    both = a | b
    return not both & NOT_COUNTS and (not both & SIZED or both <= SIZED)


def _typed_apart(small: Sequence[Report], big: Sequence[Report], *, key: Callable[[Claim], tuple[str, ...]]) -> bool:
    """Whether the two quantities were keyed apart by how their claims are typed, not by what they count: by
    measure, or (one measure) by reading the noun once as people and once as things. Two keys of one measure
    and one kind stay apart: ``reconcile`` split them on purpose (a deal's term, a part of a toll)."""
    if _measures(small) != _measures(big):
        return True
    people = {len(key(r.claim)) == 6 for r in small}
    return len(people) == 1 and people != {len(key(r.claim)) == 6 for r in big}


def fold_typed_apart(units: Sequence[Unit[R]], *, key: Callable[[Claim], tuple[str, ...]],
                     head: Callable[[Claim], str], size: Callable[[Claim], float | None],
                     generic: frozenset[str] = frozenset()) -> None:
    """Fold a quantity into the one that gives its figure under the same head noun but typed another way ("a
    12-year prison sentence" into "serving 12 years", "20,000 scientists deployed" into "its 20,000
    scientists"): every firm figure of the moved quantity is the one most of the other's reports give, the heads
    agree and are no generic word (``generic``), the measures may type one figure, no article gives either
    another figure beside it, and only one quantity fits. The quantity told in fewer articles moves. ``key``,
    ``head`` and ``size`` are ``reconcile``'s key of a claim,
    the singular head of its noun, and its figure in one unit."""
    alone = [u for u in units if free(u)]
    alone.sort(key=lambda u: len(_articles(u.total)))
    for unit in alone:
        if not unit.total:
            continue
        figure = _one_figure(unit.total, size)
        sized = _measures(unit.total) <= SIZED  # its noun is its unit: the figure in one unit says the rest
        heads = set() if sized else _heads(unit.total, head)
        if figure is None or not (sized or len(heads) == 1) or heads & (generic | {""}):
            continue
        wide = len(_articles(unit.total))
        fits = [other for other in alone if other is not unit and other.total
                and len(_articles(other.total)) >= wide
                and not _told_apart(unit.total, other.total, figure, size)
                and heads <= _heads(other.total, head)
                and _main_figure(other.total, size) == figure
                and _kinds_agree(_measures(unit.total), _measures(other.total))
                and _typed_apart(unit.total, other.total, key=key)]
        if len(fits) == 1:  # two quantities fit: which one it restates stays unknown
            fits[0].total = fits[0].total + unit.total
            unit.total = []


# -- one large figure under two nouns --------------------------------------------------------------------------

IDENTIFYING = 100  # from here up, one count two outlets give is rarely two things ("125 seats")


def _counts(reports: Sequence[Report]) -> bool:
    """Whether every report counts people or things, not times an act was done ("charged 300 times")."""
    return _measures(reports) == {"count"} and all(r.claim.unit != "times" for r in reports)


def _named_count(reports: Sequence[Report], head: Callable[[Claim], str]) -> bool:
    """Whether every report counts people or things a noun names ("125 seats")."""
    return _counts(reports) and all(head(r.claim) for r in reports)


def fold_large_counts(units: Sequence[Unit[R]], *, head: Callable[[Claim], str],
                      people: Callable[[Claim], bool]) -> None:
    """Fold a count into the one quantity that gives its figure under another noun ("125 constituencies" into
    "125 seats"; "1,000 parishioners" into "1,000 people"): a count, every firm figure of it one figure
    large enough to identify the quantity (``IDENTIFYING``), every report naming what it counts, the other a
    count of the same kind (people or things, ``people``) whose reports mostly give that figure, no article
    giving the two different figures, and only one quantity fitting. The count told in fewer articles moves."""
    alone = [u for u in units if free(u)]
    alone.sort(key=lambda u: len(_articles(u.total)))
    for unit in alone:
        if not unit.total or not _named_count(unit.total, head):
            continue
        figure = _one_figure(unit.total, lambda c: None)
        kinds = {people(r.claim) for r in unit.total}
        if figure is None or figure < IDENTIFYING or len(kinds) != 1:
            continue
        wide = len(_articles(unit.total))
        fits = [other for other in alone if other is not unit and other.total
                and len(_articles(other.total)) >= max(wide, 2) and _counts(other.total)
                and {people(r.claim) for r in other.total} == kinds
                and _main_figure(other.total, lambda c: None) == figure
                and not _told_apart(unit.total, other.total, figure, lambda c: None)]
        if len(fits) == 1:
            fits[0].total = fits[0].total + unit.total
            unit.total = []


# -- a count of things done beside the count of the act ------------------------------------------------------

def fold_acts_done(units: Sequence[Unit[R]], *, same_act: Callable[[str, str], bool],
                   agree: Callable[[Sequence[R], Sequence[R]], bool]) -> None:
    """Fold a count of things something was done to ("blocked six shots", "six blocked shots") and the count
    of that act ("six blocks") into one, when the participle and the noun are one word's forms (``same_act``),
    the figures agree (``agree``: each figure of the smaller is one the larger gives, and an article that
    gives both gives them a figure in common) and only one quantity fits. The smaller joins the larger."""
    alone = [u for u in units if free(u) and _measures(u.total) == {"count"}]
    alone.sort(key=lambda u: len(_articles(u.total)))
    for unit in alone:
        if not unit.total:
            continue
        verbs = _participles(unit.total)
        heads = {(r.claim.counted or "").lower().split()[-1] for r in unit.total if r.claim.counted}
        fits = []
        for other in alone:
            if other is unit or not other.total or len(_articles(other.total)) < len(_articles(unit.total)):
                continue
            theirs = {(r.claim.counted or "").lower().split()[-1] for r in other.total if r.claim.counted}
            named = any(same_act(v, h) for v in verbs for h in theirs) or \
                any(same_act(v, h) for v in _participles(other.total) for h in heads)
            if named and agree(unit.total, other.total):
                fits.append(other)
        if len(fits) == 1:
            fits[0].total = fits[0].total + unit.total
            unit.total = []


def _participles(reports: Sequence[Report]) -> set[str]:
    """The participles a count of things gives for what was done to them ("blocked", "returned")."""
    return {v for r in reports if r.claim.unit not in ("times", "people")
            and (v := (r.claim.counted_as or "").lower()).endswith("ed")}
