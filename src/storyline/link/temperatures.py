"""A temperature is one reading, however its outlets write it.

A cold wave's lowest reading or a heat wave's record is told by most outlets of the story, each in its own
words and scale: "minus 33.4 degrees Celsius in Suwałki", "nearly -34C (-28F)", "107.4F (41.9C)". The facts
code had keyed a temperature by its unit and grouped figures by ratio, which neither joined "-33.4 degrees" to
"-34C" nor kept readings below zero in order: every reading stayed a one-source row, never tabled.

A temperature here is a figure of the setting (``reconcile.SETTING_MEASURES``): keyed by its measure alone,
read in degrees Celsius (``celsius``), grouped by how far apart the readings are (``by_reading``), and a
fact when several sources give one reading and a headline or a lead gives it (``in_a_lead``: the weather is
the story's news, not a fire's or a race's setting). Two readings one article gives apart ("47.3C on Wednesday,
a day after the city recorded 48.2C") are two readings; a conversion in brackets is one. A bound
("temperatures of 35C or above", "up to 40C") is a threshold or a forecast, not a reading (``bound``).
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from typing import TypeVar

from storyline.link.assess import Told as Report
from storyline.model import Claim

R = TypeVar("R", bound=Report)

MEASURE = "temperature"
# readings this close (degrees Celsius) are one told rounded or converted: "nearly -34C" for -33.4, "-28F"
GAP = 0.7
# two figures of one article further apart than this are two readings (47.8C and 48.2C: an old record, a new)
APART = 0.3
# a bare "degrees" above this is Fahrenheit: no air in the news is 58 degrees Celsius ("temperatures hit 105
# degrees" in Phoenix)
_BARE_FAHRENHEIT = 57.0
_FAHRENHEIT_AFTER = re.compile(r"^\s*(?:°\s*F\b|F\b|(?:degrees?\s+)?Fahrenheit\b)", re.IGNORECASE)
_CELSIUS_AFTER = re.compile(r"^\s*(?:°\s*C\b|C\b|(?:degrees?\s+)?(?:Celsius|centigrade)\b)", re.IGNORECASE)
_BOUNDS = frozenset({"at_least", "more_than", "up_to"})
# "35C or above", "30 degrees or more": the open end of a threshold; "when it exceeds 28C"
_OR_BEYOND_AFTER = re.compile(r"\s*(?:°\s*)?(?:[CF]\b)?\s*(?:degrees?\s*)?(?:(?:Celsius|Fahrenheit)\s*)?"
                              r"(?:or|and)\s+(?:above|over|more|higher|hotter|below|under|less|lower|colder)\b",
                              re.IGNORECASE)
_EXCEEDS_BEFORE = re.compile(r"\b(?:exceed(?:s|ed|ing)?|surpass(?:es|ed|ing)?)\s+$", re.IGNORECASE)
LEAD = 0.2  # the share of an article's text its headline and lead take


def _after(claim: Claim) -> str:
    at = claim.figure_at()
    return claim.text[at + len(claim.number_text):at + len(claim.number_text) + 24] if at >= 0 else ""


def scale(claim: Claim) -> str:
    """"°C" or "°F": the scale a temperature is written in; a bare "degrees" is Celsius unless no air is that
    hot."""
    value = claim.value if claim.value is not None else (claim.low if claim.low is not None else claim.high)
    unit = (claim.unit or "").lower()
    after = _after(claim)
    if unit == "°f" or _FAHRENHEIT_AFTER.match(after):
        return "°F"
    if unit == "°c" or _CELSIUS_AFTER.match(after) or value is None or value <= _BARE_FAHRENHEIT:
        return "°C"
    return "°F"


def celsius(claim: Claim) -> float | None:
    """A temperature's value in degrees Celsius (``scale``'s reading of it, Fahrenheit converted)."""
    value = claim.value if claim.value is not None else (claim.low if claim.low is not None else claim.high)
    if value is None:
        return None
    return float(value) if scale(claim) == "°C" else (float(value) - 32.0) * 5.0 / 9.0


def bound(claim: Claim) -> bool:
    """"Temperatures of 35C or above", "up to 40C", "when it exceeds 28C": a threshold or a forecast's
    ceiling, not a reading."""
    if claim.measure != MEASURE:
        return False
    at = claim.figure_at()
    return claim.qualifier in _BOUNDS or (at >= 0 and (
        _OR_BEYOND_AFTER.match(claim.text, at + len(claim.number_text)) is not None
        or _EXCEEDS_BEFORE.search(claim.text, max(0, at - 24), at) is not None))


def one_reading(a: Claim, b: Claim) -> bool:
    """Whether two temperatures can be one reading, told rounded or converted."""
    ca, cb = celsius(a), celsius(b)
    return ca is not None and cb is not None and abs(ca - cb) <= GAP


def in_a_lead(claims: Sequence[str], by_id: Mapping[str, Claim], lengths: Mapping[str, int]) -> bool:
    """Whether one of a row's temperatures stands in its article's headline or lead (its first ``LEAD`` of the
    text): the weather is then the story's news ("Poland's big freeze: ... temperatures fall to nearly -34C"),
    not the setting of a fire or a race told further down."""
    return any((c := by_id.get(i)) is not None and c.start <= LEAD * lengths.get(c.article, 0) for i in claims)


def _converted(claim: Claim) -> bool:
    """A figure in brackets right after another: the outlet's conversion ("-34C (-28F)")."""
    at = claim.figure_at()
    return at > 0 and claim.text[:at].rstrip().endswith("(")


def by_reading(reports: Sequence[R]) -> list[list[R]]:
    """Group temperatures by reading: sorted in degrees Celsius, a new group when one is more than ``GAP``
    above its group's first; then a group in which one article gives two readings ``APART`` is split at
    them, each other figure joining the nearest."""
    sized = sorted(((c, r) for r in reports if (c := celsius(r.claim)) is not None), key=lambda x: x[0])
    groups: list[list[tuple[float, R]]] = []
    for size, r in sized:
        if not groups or size - groups[-1][0][0] > GAP:
            groups.append([])
        groups[-1].append((size, r))
    out: list[list[R]] = []
    for group in groups:
        by_article: dict[str, set[float]] = {}
        for size, r in group:
            if not _converted(r.claim):
                by_article.setdefault(r.claim.article, set()).add(round(size, 1))
        anchors = sorted({v for values in by_article.values() for v in values
                          if any(abs(v - w) > APART for w in values)})
        if not anchors:
            out.append([r for _, r in group])
            continue
        split: dict[float, list[R]] = {a: [] for a in anchors}
        for size, r in group:
            split[min(anchors, key=lambda a: (abs(size - a), a))].append(r)
        out += [part for part in split.values() if part]
    return out
