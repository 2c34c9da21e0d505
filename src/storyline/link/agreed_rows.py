"""Rows made of figures the table leaves out, when writers apart print one figure for one thing.

The facts table keeps out a count of things, a duration or a setting that one source alone gives
(``reconcile._tabulated``), and single claims its filters read as asides (a modifier, "a 121-RBI season";
another time, "12 weeks ago"; a long span): most often another product's, player's or event's figure,
told in passing. But when two or more sources, each in its own words, print the same figure for the same
thing ("Stadia's 22 launch titles", "the service launches with 22 games"), and both tell it in the first
half of their articles, where news tells its own event, that figure is what their story is about: writers
apart do not agree by chance on a figure they mention in passing. Each outlet names the thing in its own
words, so each report lands in a row of its own, with one source, and is left out. This module joins them
into one row when

- a left-out one-source row and reports of other sources (their left-out rows, or claims the filters
  dropped) are of one measure and print one figure (the same value, not figures a range allows);
- each report comes from another source (copies of one wire text are one writer) in other words (one
  quote reprinted is one writer), and at least two sources tell it in the first half of their articles;
- they tell one thing: a word (stem) the sentences share right beside the figure ("22 launch titles",
  "launching with 22 games"; "220 pixels per inch", "5,184,000 pixels and 220 ppi").

What stays out, however many writers give it: a handful (up to five, which agrees by chance: "one season",
"two years"); a score or a record ("24-24", "10-5-2"); a number that is part of a name ("the 13-inch model",
"BlackBerry 10"), which every writer naming the thing repeats; and a figure a row of the table already
holds, which a second row would only split. Each test reads only the figures, their sentences and the
articles' sources, never a story's words; the joined row is then put to the table's own gate.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection, Mapping, Sequence
from dataclasses import dataclass

from storyline.extract import claim_words as W
from storyline.link.cluster import STOPWORDS
from storyline.link.kept_figures import independent, window
from storyline.link.one_source import name_number
from storyline.link.side_figures import naming_size
from storyline.link.two_sources import SMALL
from storyline.model import Claim, Fact

NEAR = 3  # content words either side of the figure read for a word both sentences use
STEM = 5  # letters a word is compared by, once singular ("launch", "launching"; "inches", "inch")
WORD = re.compile(r"[^\W\d_]{3,}")  # a word compared beside a figure
_SCORE = re.compile(r"\d\s*[-–]\s*\d")  # "24-24", "10-5-2": a score or a record, not one amount
# a number beside another, with at most a comma or "and", "or", "to" between: one of a series ("IE 8 and 9",
# "versions 6 to 10", "6, 7, 8, 9"), not one amount
_SERIES_BEFORE = re.compile(r"\d\s*(?:,|\band|\bor|\bto|&)?\s*$")
_SERIES_AFTER = re.compile(r"^\s*(?:,|and\b|or\b|to\b|&)?\s*\d")


@dataclass(frozen=True, slots=True)
class _Told:
    """A figure as one source tells it: a left-out row's reports (``row``) or one dropped claim."""
    claims: tuple[Claim, ...]
    measure: str
    value: float
    row: bool


def join_left_out(left_out: Sequence[Fact], dropped: Sequence[Claim], claims: Mapping[str, Claim], *,
                  shown: Sequence[Fact], early: Collection[str], copies: Mapping[str, str],
                  make: Callable[[list[str]], Fact]) -> list[Fact]:
    """New rows, each made by ``make`` of the claim ids of a left-out one-source row (of ``left_out``; ``claims``
    holds the rows' claims) and of the other sources' left-out rows and ``dropped`` claims that tell its figure
    of the same thing, when two sources tell it in the first half of their articles (``early``: claim ids);
    a figure a row of ``shown`` holds already is left as it is (see the module's docstring)."""
    told = [t for t in (*(_row(f, claims) for f in left_out if f.sources == 1), *map(_claim, dropped)) if t]
    tabled = [t for t in (_row(f, claims) for f in shown) if t]
    taken: set[int] = set()
    made: list[Fact] = []
    for i, anchor in enumerate(told):
        if i in taken or not anchor.row or any(_tell_one(anchor, t, copies={}) for t in tabled):
            continue
        group = [i, *(j for j in range(i + 1, len(told))
                      if j not in taken and _tell_one(anchor, told[j], copies=copies))]
        if len({source_of(c, copies) for j in group for c in told[j].claims if c.id in early}) >= 2:
            taken.update(group)
            made.append(make([c.id for j in group for c in told[j].claims]))
    return made


def _row(fact: Fact, claims: Mapping[str, Claim]) -> _Told | None:
    """A row's one figure, when its reports give one value and it is an amount."""
    mine = tuple(claims[c] for c in fact.claims if c in claims)
    if not mine or fact.low is None or fact.low != fact.high or not all(map(amount, mine)):
        return None
    return _Told(claims=mine, measure=fact.measure, value=fact.low, row=True)


def _claim(claim: Claim) -> _Told | None:
    """A dropped claim's figure, when it gives one exact value and is an amount (a duration that counts back
    from the writer's day, "12 years ago", dates an event: it is no amount)."""
    if claim.qualifier != "exact" or claim.value is None or not amount(claim) or \
            (claim.measure == "duration" and window(claim)):
        return None
    return _Told(claims=(claim,), measure=claim.measure, value=claim.value, row=False)


def amount(claim: Claim) -> bool:
    """Whether a figure is an amount, not a score, a record or a number in a name."""
    at = claim.figure_at()
    series = at >= 0 and bool(_SERIES_BEFORE.search(claim.text[:at])
                              or _SERIES_AFTER.match(claim.text[at + len(claim.number_text):]))
    return not series and not _SCORE.search(claim.number_text) and not naming_size(claim) and not name_number(claim)


def source_of(claim: Claim, copies: Mapping[str, str]) -> str:
    return copies.get(claim.article, claim.article)


def _tell_one(a: _Told, b: _Told, *, copies: Mapping[str, str]) -> bool:
    """Whether two sources tell one figure of one thing: one value above a handful, one measure (or one
    the claim reader could not name), other words, and a word shared beside the figure."""
    if a.value != b.value or a.value <= SMALL or (a.measure != b.measure and "other" not in (a.measure, b.measure)):
        return False
    x, y = a.claims[0], b.claims[0]
    return independent(source_of(x, copies), x, source_of(y, copies), y) and \
        any(_near(p) & _near(q) for p in a.claims for q in b.claims)


def _near(claim: Claim) -> frozenset[str]:
    """The stems of the content words right beside a figure (``NEAR`` either side), not the figure's own nor
    its unit's, nor names (a name beside two figures is whose they are, not what they count)."""
    at = claim.figure_at()
    if at < 0:
        return frozenset()
    # the figure's own words, and a measure's unit ("12 years", "14 miles"): a scale, not the thing measured
    unit = claim.unit if claim.measure != "count" else None
    own = {stem(w) for w in WORD.findall(f"{claim.number_text} {unit or ''}")}

    def content(words: list[str]) -> list[str]:
        return [s for w in words if w.lower() not in STOPWORDS and (s := stem(w)) not in own
                and not w[:1].isupper()]

    before = content(WORD.findall(claim.text[:at]))[-NEAR:]
    after = content(WORD.findall(claim.text[at + len(claim.number_text):]))[:NEAR]
    return frozenset((*before, *after))


def stem(word: str) -> str:
    """A word as it is compared: its singular's first letters ("inches" and "inch", "launching" and "launch")."""
    return W.singular(word.lower())[:STEM]
