"""The assessment a reader gives a row: how exactly each outlet tells the figure, whether the figure
moved, and how many things the row counts.

A reader allows rounding and hedging, not a second exact value:
- two agencies' magnitudes of one quake told plainly ("a 6.4 quake", "magnitude 6.5") are a dispute,
  however close; only a hedged one ("about 6.0", "at least 5.9") stands for its neighbour;
- a head count in round thousands ("12,000 employees") stands for the exact count it rounds ("12,500");
  a count under a thousand, or a round figure of one digit ("10,000"), does not.
A figure that moved is an update, not a dispute:
- a larger figure told as a running total ("has already taken", "so far", "to date");
- one sentence that tells the figure before and after a change ("raised its offer from X to Y").
A sentence that lists two figures of one measure ("the 7.6 and 7.5 magnitude quakes") tells two things:
the row is split, each other figure joining the listed one it is nearest.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from typing import Protocol, TypeVar

from storyline.extract import counted_fix
from storyline.link import assess
from storyline.model import Claim


class Dated(assess.Told, Protocol):
    """A report as the judge reads it: a told report (its claim and the range it allows) and the date it
    refers to."""

    @property
    def when(self) -> str | None: ...


R = TypeVar("R", bound=Dated)

MAGNITUDE_SLACK = 0.15  # a hedged magnitude ("about 6.0") stands for one within this much ("5.9", "6.1")
_TOLD_ROUGHLY = frozenset({"about", "almost", "at_least", "more_than", "up_to", "range", "vague"})


def hedged(claim: Claim) -> bool:
    """Whether a figure is told as an estimate or a bound ("about 6", "nearly 300", "at least 40"),
    not as the value itself."""
    return claim.qualifier in _TOLD_ROUGHLY


def magnitude_slack(a: Claim, b: Claim) -> float:
    """How far apart two magnitudes of one event may lie and still be one telling: a tenth and a
    half when either is hedged ("about 6.0" and "5.9"), none when both are told as exact readings
    ("6.4" and "6.5" conflict)."""
    return MAGNITUDE_SLACK if hedged(a) or hedged(b) else 0.0


ROUND_PLACE = 1000  # head counts are told rounded only in thousands: "12,000 employees", not "40 divers"
_NOT_COUNTS = frozenset({"age", "magnitude", "depth", "distance", "duration", "speed", "percent", "money", "damage",
                         "price"})


def rounded_count(a: Claim, b: Claim) -> bool:
    """Whether one exact head count is the other told in round thousands: "12,000 employees" beside
    "12,500", "34,000 fans" beside "33,800". The round figure has two significant digits or more (its
    last non-zero digit in the thousands or above), and the exact one lies within half that place of it.
    "10,000 marchers" beside "12,000" is no rounding (one digit says too little to stand for either),
    nor is "40 divers" beside "38": small counts are counted, not rounded."""
    if a.qualifier != "exact" or b.qualifier != "exact" or a.unit != b.unit or a.measure in _NOT_COUNTS:
        return False
    if not a.value or not b.value or a.value == b.value:
        return False
    for rough, fine in ((a.value, b.value), (b.value, a.value)):
        place = _place(rough)
        if place >= ROUND_PLACE and rough >= 10 * place and _place(fine) < place and \
                abs(rough - fine) <= place / 2:
            return True
    return False


def _place(value: float) -> float:
    """The place of a whole figure's last non-zero digit: 12,000 → 1,000; 12,500 → 100; 7 → 1."""
    number, place = int(abs(value)), 1.0
    if number != abs(value):
        return 0.0
    while number and number % 10 == 0:
        number //= 10
        place *= 10
    return place


def rounds_to(a: Claim, b: Claim) -> bool:
    """Whether one exact figure is the other rounded: a share or a sum (``assess.rounds_to``: "40%"
    beside "39 percent") or a head count in round thousands (``rounded_count``)."""
    return assess.rounds_to(a, b) or rounded_count(a, b)


# "has already brought in", "so far", "to date", "the number is growing", "and counting": a tally still running
_RUNNING = re.compile(r"\b(?:already|so\s+far|thus\s+far|to\s+date|(?:is|are|keeps?)\s+(?:growing|rising|climbing)|"
                      r"and\s+counting)\b", re.IGNORECASE)


def running_total(pairs: Sequence[tuple[R, R]]) -> tuple[R, R] | None:
    """The first pair of clashing reports whose larger figure is told as a tally still running ("has
    already taken $459 million", "so far 2,300 claims"), not dated before the smaller one, or whose smaller
    figure is such a tally told a day before the larger: a count that moved between the reports, not a
    dispute. None when no pair is told so."""
    for a, b in pairs:
        low, high = sorted((a, b), key=lambda r: r.low)
        if high.low <= low.high:
            continue
        if _RUNNING.search(high.claim.text) and not (high.when and low.when and high.when < low.when):
            return low, high  # (a running total told earlier than a smaller figure: that one is the dispute)
        if _RUNNING.search(low.claim.text) and low.when and high.when and low.when < high.when:
            return low, high  # "had so far paid Rs 88 lakh", a day later Rs 96 lakh: the tally ran on
    return None


# what may stand between two figures a sentence lists as two things: "7.6 and 7.5", "6.1 or 5.8", "$1,199 and $1,499"
_LISTED = re.compile(r"^[\s,]*(?:and|or|&)[\s]*(?:a|an|the)?\s*$", re.IGNORECASE)


def listed(a: Claim, b: Claim) -> bool:
    """Whether one sentence lists two figures of one measure as two things, joined by "and" or "or": "the
    7.6 and 7.5 magnitude quakes", "two quakes, measuring 6.1 and 5.8". Two agencies' readings of one
    quake are told apart by their sources ("put it at 5.9, but the survey said 6.1"), never so joined."""
    if a.article != b.article or a.start != b.start or a.value is None or b.value is None or a.value == b.value:
        return False
    at_a, at_b = a.figure_at(), b.figure_at()
    if at_a < 0 or at_b < 0:
        return False
    first = a if at_a < at_b else b
    between = a.text[min(at_a, at_b) + len(first.number_text):max(at_a, at_b)]
    return bool(_LISTED.match(between))


def told_as_two(reports: Sequence[R]) -> list[list[R]]:
    """A row's reports split by referent when an article lists two figures of its measure in one sentence
    ("the 7.6 and 7.5 magnitude quakes") and each listed figure is given by another article too: each
    listed value anchors one quantity, and every other report joins the anchor nearest its figure (the
    lower on a tie), so "7.7" from another outlet is told of the 7.6 quake and "7.3" of the 7.5 one, and
    each quantity is judged on its own. A list no other outlet's figures echo ("quakes of magnitude 2 and 3
    are common here") is talk of the area, not two of the story's events. One list when no article lists two."""
    told: dict[float, set[str]] = {}
    for r in reports:
        if r.claim.value is not None:
            told.setdefault(r.claim.value, set()).add(r.claim.article)
    anchors: set[float] = set()
    for i, r in enumerate(reports):
        for o in reports[i + 1:]:
            if listed(r.claim, o.claim) and all(len(told.get(c.value or 0.0, ())) >= 2 for c in (r.claim, o.claim)):
                anchors |= {r.claim.value or 0.0, o.claim.value or 0.0}
    if len(anchors) < 2:
        return [list(reports)]
    parts: dict[float, list[R]] = {v: [] for v in sorted(anchors)}
    for r in reports:
        value = r.claim.value if r.claim.value is not None else r.low
        parts[min(parts, key=lambda v: (abs(v - value), v))].append(r)
    return [p for p in parts.values() if p]


# a verb that tells a figure moving within one sentence: "raised its offer from $160 million to $180 million"
_MOVED = re.compile(r"\b(?:rais(?:ed|es|ing)|upgraded|upped|increased|boosted|lifted|r[oi]se|risen|climbed|jumped|"
                    r"cut|lowered|reduced|slashed|revised|trimmed)\b", re.IGNORECASE)


# the earlier figure restated right after the new one: "seven people remain missing, down from 15"
_RESTATED = counted_fix.RESTATED


# what sets a second clause between two figures: "shares fell 3% ..., while its rival's jumped 24%"
_TWO_CLAUSES = re.compile(r"\b(?:while|whereas|but|against|compared)\b|;", re.IGNORECASE)


def _sentence_pairs(reports: Sequence[R]) -> Iterator[tuple[R, R, str]]:
    """Each two of a row's reports one sentence gives, in one unit and at two values, in the order the sentence tells
    them, with the words between the two figures."""
    for i, a in enumerate(reports):
        for b in reports[i + 1:]:
            if a.claim.article != b.claim.article or a.claim.start != b.claim.start or a.claim.unit != b.claim.unit \
                    or (a.low, a.high) == (b.low, b.high):
                continue
            at_a, at_b = a.claim.figure_at(), b.claim.figure_at()
            if at_a < 0 or at_b < 0:
                continue
            first, second = (a, b) if at_a < at_b else (b, a)
            yield first, second, a.claim.text[min(at_a, at_b) + len(first.claim.number_text):max(at_a, at_b)]


def moved_in_one_sentence(reports: Sequence[R]) -> tuple[R, R] | None:
    """Two of a row's figures one sentence tells as the figure before and after a change, in one unit
    ("upgraded their initial offer, $160 million, to $180 million"; "cut the forecast from 3 percent to
    2"): the earlier-told figure and the later one, or None. The change verb stands before both figures;
    figures in other units ("$3 million upfront and 5% on the backend") are two terms, not a move, and two
    changes told side by side ("Harlow fell 3 percent, while Pinecrest jumped 24 percent": a second change
    verb, or a "while", "but", "whereas" between the figures) are two things moving, not one."""
    for before, after, between in _sentence_pairs(reports):
        if _MOVED.search(before.claim.text[:before.claim.figure_at()]) and \
                not (_MOVED.search(between) or _TWO_CLAUSES.search(between)):
            return before, after
    return None


def restated_in_one_sentence(reports: Sequence[R]) -> tuple[R, R] | None:
    """Two of a row's figures one sentence tells as a new figure and the earlier one it replaced ("60
    tankers were operating, up from 35 on Tuesday"; "two people remain missing, down from seven"; a pair
    restated in order), in one unit: the earlier figure and the later one, or None."""
    for new, old, between in _sentence_pairs(reports):
        after_old = old.claim.text[old.claim.figure_at() + len(old.claim.number_text):]
        if (_RESTATED.search(between) and not _TWO_CLAUSES.search(between)) or \
                counted_fix.pair_restated(between, after_old):
            return old, new
    return None
