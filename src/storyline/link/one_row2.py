"""One quantity, one row: one report that outlets retell in their own words; and its converse, two figures of
one measure that an article tells apart.

Outlets retell a wire sentence, or a statistics line, changing its nouns and keeping its figures: "he
caught 52 passes for 440 yards and four TDs" and "52 catches for 440 yards and four scores"; "58-3 with
51 knockouts" and "58-3 with 51 wins coming by way of knockout". ``reconcile`` keys the two figures by
their nouns ("TDs", "scores"; "knockouts", "wins") and keeps them apart, while their sentences say they
are one report: the same figure, beside the same other figures (``fold_retold``).

The guards keep different quantities apart: the two reports measure one thing (same measure, both people
or both things) with one firm figure, their sentences share at least two other figures (a win-loss
record or a score counts as two), the quantity they join is the only one their sentence retells, and no
article gives the two quantities different figures.

Figures of the setting (distances, durations, speeds) are grouped by size, so "Luck threw for 205 yards" and
"Charles rushed for 226 yards" fall in one span; an article that gives both in one unit tells them apart, and
they are split by value (``apart_by_article``). A figure beside its conversion ("100 km (62 miles)") is one.
"""

from __future__ import annotations

import functools
import itertools
import math
import re
from collections.abc import Callable, Sequence
from typing import TypeVar

from storyline.extract import claim_words as W
from storyline.extract.quantities import find_quantities
from storyline.link.assess import Told as Report
from storyline.link.one_row import Unit, free
from storyline.model import Claim

R = TypeVar("R", bound=Report)

SHARED = 2  # other figures two sentences must share to be one report retold ("52 ... 440", a record "58-3")

# a win-loss record or a score written with a dash: "58-3", "31 - 24" (two figures in one)
_TALLY = re.compile(r"(?<![\d.,/-])(\d{1,3})\s*[-–]\s*(\d{1,3})(?![\d.,/]|\s*[-–]\s*\d)")


def _firm(claim: Claim) -> bool:
    return claim.qualifier != "vague" and claim.value is not None and math.isfinite(claim.value)


def others(claim: Claim) -> frozenset[tuple[float, ...]]:
    """The other figures of a claim's sentence: each amount but the claim's own (a number written in words
    too: "four"), and each record or score ("58-3") as one pair. Ordinals and ages are left out: "the
    third quarter", "the 36-year-old" name no figure of the report."""
    return _others(claim.text, claim.number_text, claim.figure_at())


@functools.lru_cache(maxsize=4096)  # a sentence is read once however many quantities its figure is weighed against
def _others(text: str, number_text: str, at: int) -> frozenset[tuple[float, ...]]:
    own = range(at, at + len(number_text)) if at >= 0 else range(0)
    found: set[tuple[float, ...]] = set()
    tallies = [m for m in _TALLY.finditer(text) if not (m.start() < own.stop and own.start < m.end())]
    found.update((float(m.group(1)), float(m.group(2))) for m in tallies)
    in_tally = [range(m.start(), m.end()) for m in tallies]
    for q in find_quantities(text):
        if q.ordinal or q.age or q.value is None or (q.start < own.stop and own.start < q.end):
            continue
        if any(q.start in span for span in in_tally):
            continue
        found.add((q.value,))
    return frozenset(found)


def _weight(shared: frozenset[tuple[float, ...]]) -> int:
    return sum(len(f) for f in shared)


def retold(a: Claim, b: Claim) -> bool:
    """Whether two claims of two articles are one report retold: the same firm figure of one measure, in
    sentences that share at least two other figures ("caught 52 passes for 440 yards and four TDs", "52
    catches for 440 yards and four scores")."""
    if a.article == b.article or a.measure != b.measure or not (_firm(a) and _firm(b)) or a.value != b.value:
        return False
    if (a.unit in W.PEOPLE_UNITS) != (b.unit in W.PEOPLE_UNITS):
        return False
    own = (a.value,)
    return _weight(others(a) & others(b) - {own}) >= SHARED


def _articles(reports: Sequence[Report]) -> set[str]:
    return {r.claim.article for r in reports}


def _figure_of(claim: Claim, reports: Sequence[Report]) -> bool:
    """Whether a claim's figure is the one a quantity gives in most of its firm reports: a report retold by a
    stray claim a quantity holds ("16GB" among the "3.2-megapixel" camera's reports) does not make it that
    quantity's."""
    firm = [r for r in reports if _firm(r.claim)]
    return 2 * sum(r.claim.value == claim.value for r in firm) > len(firm)


def _apart(moved: Sequence[Report], home: Sequence[Report]) -> bool:
    """Whether an article gives the quantity a figure the moved report's cannot be: two quantities."""
    for r in moved:
        told = [g for g in home if g.claim.article == r.claim.article and _firm(g.claim)]
        if told and not any(g.low <= r.high and r.low <= g.high for g in told):
            return True
    return False


def fold_retold(units: Sequence[Unit[R]]) -> None:
    """Move a report into the quantity whose report it retells in another article ("52 catches for 440 yards
    and four scores" into "caught 52 passes for 440 yards and four TDs"): the whole quantity when its every
    figure is the one retold, else that report alone. A quantity joins one at least as widely told: the widest
    of those that retell it."""
    alone = [u for u in units if free(u)]
    alone.sort(key=lambda u: len(_articles(u.total)))
    for unit in alone:
        if not unit.total:
            continue
        links: dict[int, list[R]] = {}
        wide = len(_articles(unit.total))
        for i, other in enumerate(alone):
            if other is unit or not other.total or len(_articles(other.total)) < wide:
                continue
            values = {g.claim.value for g in other.total if _firm(g.claim)}
            for r in unit.total:
                if r.claim.value not in values or not _figure_of(r.claim, other.total):
                    continue
                if any(retold(r.claim, g.claim) for g in other.total):
                    links.setdefault(i, []).append(r)
        if not links:
            continue
        # two quantities that retell one report are that report too: it joins the widest, which the other joins
        # in its turn
        widest = max(links, key=lambda i: (len(_articles(alone[i].total)), -i))
        home, moved = alone[widest], links[widest]
        figures = {r.claim.value for r in moved}
        if all(r.claim.value in figures for r in unit.total if _firm(r.claim)):
            moved = list(unit.total)  # every figure of it is the one retold: the quantity itself
        if _apart(moved, home.total):
            continue
        home.total = home.total + moved
        unit.total = [r for r in unit.total if all(r is not m for m in moved)]


# -- two figures of one measure an article tells apart ---------------------------------------------------------

APART_GAP = 0.06  # figures of one unit an article gives this far apart are two quantities ("205 yards", "226 yards")


def _exact_size(r: Report, size: Callable[[Claim], float | None]) -> float | None:
    c = r.claim
    return size(c) if c.qualifier == "exact" and c.value is not None and c.value > 0 else None


def apart_by_article(reports: Sequence[R], *, size: Callable[[Claim], float | None]) -> list[list[R]]:
    """Split figures of the setting that one span of size holds ("Luck threw for 205 yards", "Charles rushed for
    226 yards") when an article gives two of them apart in one unit: each figure it tells apart is a quantity,
    and every other figure joins the nearest. Figures in two units ("100 km (60 miles)") are one figure
    converted, and an article that gives one figure twice tells nothing apart. ``size`` is a figure in one unit
    per measure (``reconcile._base``)."""
    by_article: dict[tuple[str, str], set[float]] = {}
    for r in reports:
        if (s := _exact_size(r, size)) is not None:
            by_article.setdefault((r.claim.article, (r.claim.unit or "").lower()), set()).add(s)
    anchors: set[float] = set()
    for values in by_article.values():
        ordered = sorted(values)
        for a, b in itertools.pairwise(ordered):
            if b > a * (1 + APART_GAP):
                anchors |= {a, b}
    if not anchors:
        return [list(reports)]
    clusters: dict[float, list[R]] = {a: [] for a in sorted(anchors)}
    for r in reports:
        s = size(r.claim) or min(anchors)
        clusters[min(anchors, key=lambda a: (abs(math.log(max(s, 1e-9) / a)), a))].append(r)
    return [c for c in clusters.values() if c]
