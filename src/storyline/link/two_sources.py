"""Rows two sources hold up: whether their reports corroborate each other.

A figure several outlets report earns a row on the strength of its sources: writers apart who tell one
figure for one quantity. With only two sources the row rests on one pair of reports, and it stands only
when that pair is one figure told twice:

- two different figures under one noun are two quantities that share a word, not one confirmed: "led for
  14 laps" and "stayed out for nine laps", "dozens of stalls" and "15 stalls". Figures that agree, overlap
  or are one figure rounded or updated ("$3.1 million", "more than $3.2 million"; "two decades", "20
  years") corroborate each other. A row that says its two sources conflict, or that the count moved
  from one to the other ("two aftershocks", "at least five aftershocks"), is left as it is: the reader
  is told how the figures differ.
- a small count (one to five things) agrees by chance: "scored two goals in the final" and "two goals were
  disallowed at the other ground". It corroborates only when the two sentences tell one event, sharing
  words beside the figure and the noun it counts ("two ferries carried the stranded passengers to the
  port", "sent two ferries to bring the stranded passengers").

A row its two sources do not hold up is judged as one source's row would be (reconcile's single-source
test): a toll, an arrest or a count of people told early stays; a count of things or a setting goes.
Each test reads only the figures, their sentences and the articles' sources, never a story's words.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping

from storyline.link import temperatures
from storyline.link.cluster import STOPWORDS
from storyline.link.kept_figures import AGREE_RATIO
from storyline.model import Claim, Fact

SMALL = 5  # a count up to this many things is a figure two writers give by chance
SHARED = 0.15  # the share of the shorter sentence's words the other one must use to tell the same event
FEW = 3  # words a sentence must have beside its figure and noun to be compared with another
STEM = 5  # letters a word is compared by ("injured", "injuries"; "evacuating", "evacuated")
_WORD = re.compile(r"[^\W\d_]{3,}")


def held_up(fact: Fact, claims: Mapping[str, Claim], *, copies: Mapping[str, str],
            span: Callable[[Claim], tuple[float, float]], size: Callable[[Claim], float | None]) -> bool:
    """Whether a row is held up by its sources: three or more always; two when the row shows them in
    conflict or a count that moved, or when a report of each agrees on the figure and, for a small
    count, the two sentences share their words; one source's row is left to the single-source test.
    ``span`` is the range a claim allows, ``size`` its value in one unit per measure when it has one
    ("two decades" and "20 years" agree)."""
    if fact.sources > 2 or (fact.sources == 2 and fact.assessment != "consistent"):
        return True  # a conflict, or a count that moved: the row tells the reader how the figures differ
    if fact.sources < 2:
        return False
    reports = [claims[c] for c in fact.claims if c in claims]
    small = _small_count(fact)
    return any(_agree(a, b, span=span, size=size) and (not small or _shared(a, b) >= SHARED)
               for i, a in enumerate(reports) for b in reports[i + 1:]
               if copies.get(a.article, a.article) != copies.get(b.article, b.article))


def _small_count(fact: Fact) -> bool:
    """A count of at most a handful of things: "two drives", "one final chance", "four games"."""
    return fact.measure == "count" and fact.high is not None and fact.high <= SMALL


def _agree(a: Claim, b: Claim, *, span: Callable[[Claim], tuple[float, float]],
           size: Callable[[Claim], float | None]) -> bool:
    """Whether two figures can be one, told at two times or rounded ("$3.1 million", "more than $3.2
    million"), in one unit once both are in it ("two decades", "20 years"). Figures in units this cannot
    set side by side (two currencies) are taken as the row groups them."""
    if a.measure == b.measure == temperatures.MEASURE:  # below zero as above it: how far apart the readings are
        return temperatures.one_reading(a, b)
    (a_low, a_high), (b_low, b_high) = span(a), span(b)
    if a.unit != b.unit:
        a_size, b_size = size(a), size(b)
        if a_size is None or b_size is None:
            return True
        a_scale, b_scale = a_size / _value(a), b_size / _value(b)
        a_low, a_high, b_low, b_high = a_low * a_scale, a_high * a_scale, b_low * b_scale, b_high * b_scale
    return a_low <= b_high * AGREE_RATIO and b_low <= a_high * AGREE_RATIO


def _value(claim: Claim) -> float:
    return next((v for v in (claim.value, claim.low, claim.high) if v), 1.0)


def _shared(a: Claim, b: Claim) -> float:
    """The share of the shorter sentence's words, beside the figure and what it counts, that the other uses
    ("Her four arrests were for fraud." and "She has four arrests on her record." are too short to tell)."""
    mine, theirs = _context(a), _context(b)
    if min(len(mine), len(theirs)) < FEW:
        return 1.0  # a sentence this short tells too little to set it apart from the other
    return len(mine & theirs) / min(len(mine), len(theirs))


def _context(claim: Claim) -> frozenset[str]:
    """A sentence's words (stems), leaving out common words, the figure and the noun it counts."""
    left_out = {w.lower()[:STEM] for w in _WORD.findall(f"{claim.number_text} {claim.counted or ''}")}
    return frozenset(stem for w in _WORD.findall(claim.text)
                     if (word := w.lower()) not in STOPWORDS and (stem := word[:STEM]) not in left_out)
