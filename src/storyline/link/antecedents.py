"""One fact, one row: a count that names nothing, told of the things its own sentence named just before.

A sentence often names what it counts once and then counts the rest without the noun: "one bomb hit the
school, another the market, and two others hit the outskirts"; "the quake killed six children and left 14
others trapped"; "seven bullets hit him, three of them from the rear". The claim reader then has no noun
for the figure and counts "others" or "people", so ``reconcile`` keys it apart from the row of the noun the
sentence meant ("bombs", "children", "bullets"), and the story shows one fact twice: once in its row and
once in a row of one source that counts "others".

``fold_antecedents`` moves such a report into the row of the noun it stands for when the evidence says so:

- the report counts no noun of its own ("others", "people", "ones") and its row is one source's;
- the row it joins counts a named noun and that noun is written in the report's sentence before its figure
  (the antecedent the bare count stands for);
- the row gives one firm figure throughout and the report gives that figure ("14" beside "an estimated 14");
  a figure the reader found no noun for at all must be large enough to say which quantity it is (a small
  one is as often a list's "one, two" as a count);
- the report measures a plain count (the reader could not tell more) or the row's own measure;
- no other figure of the report's sentence is that figure ("two bombs fell in the camp and two others on
  the outskirts" tells two quantities apart);
- one row only fits.

It is generic: it reads the grammar of a bare count (a quantifier standing for a noun named just before), not
any word of a story; a figure match alone is never enough, since a story's rows often share small figures.
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from typing import TypeVar

from storyline.extract import claim_words as W
from storyline.link.assess import Told as Report
from storyline.link.one_row import Unit, free
from storyline.model import Article, Claim

R = TypeVar("R", bound=Report)

BARE = frozenset({"other", "others", "people", "person", "persons", "one", "ones"})  # nouns that name nothing
NOUNLESS_FLOOR = 10  # a figure with no noun at all below this ("one, two") is too common to say what it counts
_WORD = re.compile(r"[^\W\d_][\w'’-]*")


def bare(claim: Claim) -> bool:
    """Whether a claim counts no noun of its own: "two others", "three people", a figure with no noun."""
    words = (claim.counted or "").lower().split()
    return not words or words[-1] in BARE


def _firm(r: Report) -> bool:
    return r.claim.qualifier != "vague" and r.claim.value is not None and math.isfinite(r.low)


def _one_value(reports: Sequence[Report]) -> float | None:
    """The one figure a row gives, however each report qualifies it ("14", "an estimated 14")."""
    values = {r.claim.value for r in reports}
    return next(iter(values)) if len(values) == 1 and all(_firm(r) for r in reports) else None


def _before(claim: Claim) -> set[str]:
    """The nouns of a claim's sentence before its figure, as the facts code compares them (singular)."""
    cut = claim.figure_at()
    if cut < 0:
        return set()  # the sentence does not hold the figure: no word is known to come before it
    return {W.singular(w.lower()) for w in _WORD.findall(claim.text[:cut])}


def _twice(claim: Claim, by_sentence: dict[tuple[str, int], list[Claim]]) -> bool:
    """Whether another figure of the claim's sentence has its value ("two bombs ... and two others")."""
    return any(c.id != claim.id and c.value == claim.value for c in by_sentence.get((claim.article, claim.start), []))


def _fits(r: Report, row: Sequence[Report]) -> bool:
    if _one_value(row) != r.claim.value:
        return False
    heads = {W.head_noun(g.claim.counted) for g in row}
    if len(heads) != 1 or any(bare(g.claim) for g in row):
        return False
    measures = {g.claim.measure for g in row}
    if r.claim.measure != "count" and measures != {r.claim.measure}:
        return False
    return next(iter(heads)) in _before(r.claim)


def fold_antecedents(units: Sequence[Unit[R]], *, articles: Sequence[Article]) -> None:
    """Move a bare count of one source ("two others") into the one row of the noun its sentence named before it
    ("one bomb ..., another bomb ..., two others") whose one figure it gives."""
    by_sentence: dict[tuple[str, int], list[Claim]] = {}
    for article in articles:
        for claim in article.claims:
            by_sentence.setdefault((article.id, claim.start), []).append(claim)
    for unit in units:
        if not free(unit) or len({r.claim.article for r in unit.total}) != 1:
            continue
        for r in list(unit.total):
            if not bare(r.claim) or not _firm(r) or _twice(r.claim, by_sentence) or \
                    (not r.claim.counted and (r.claim.value or 0) < NOUNLESS_FLOOR):
                continue
            homes = [u for u in units if u is not unit and free(u) and _fits(r, u.total)]
            if len(homes) == 1:
                homes[0].total = [*homes[0].total, r]
                unit.total = [g for g in unit.total if g is not r]
