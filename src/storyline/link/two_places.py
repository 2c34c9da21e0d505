"""One row, two places: counts of one quantity at places that do not nest are two facts.

Places nest (a district in its city, a city in its country) and the same measure at nested
places is one fact ("Gaza City" and "Gaza", "Aceh" and "Indonesia"); but a crowd in one city
and a crowd in another, sales in two countries, are two figures of two things. Grouping
(``reconcile``) keys a figure by what it measures and who is counted, so such figures share a
row. A place's figures leave the row of the story's place when

- their own clause names the place as a place (``named_place``: "In Leeds, 5,000 marched",
  "in Leeds, where 5,000 marched", "5,000 marched in Leeds"; not "5,000 were hurt in the storm,
  which reached Leeds"); a place the article's context gives is not evidence, nor is the
  reference point of a distance,
- the gazetteer knows both places and, however each name is read, they do not nest: two
  countries, a town outside the other's country or region, or two towns of one country far
  apart (``APART_KM``), and
- the figures told there differ from the row's (one figure "in" two places is one fact placed
  twice).

Told there by several outlets, they are a row of their own; told by one outlet beside a row
several tell, they are another event's figure told in passing and leave the table. A figure
whose sentence names no place stays in the row, and so does a place of the story's area or one
the gazetteer does not know (a camp, a building)."""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from typing import Protocol, TypeVar

from storyline.link.fact_place import named_in_sentence
from storyline.link.gazetteer import Place, candidates, fold, region_base, regions_of_name
from storyline.model import Claim

APART_KM = 60.0  # two towns (or regions) of one country this far apart hold neither the other


class _Told(Protocol):
    @property
    def claim(self) -> Claim: ...

    @property
    def outlet(self) -> str: ...

    @property
    def low(self) -> float: ...

    @property
    def high(self) -> float: ...


R = TypeVar("R", bound=_Told)


def _readings(name: str) -> list[tuple[str, Place]]:
    """What a place name may be: a country, a first-level region or a town (every namesake the
    gazetteer holds under that name or another of its names: "Patras" is "Pátra"); empty when
    the gazetteer does not know it."""
    found = candidates(name)
    countries = [("country", p) for p in found if p.is_country]
    if countries:
        return countries
    regions = [("region", p) for p in regions_of_name(name)]
    return regions + [("town", p) for p in found if not p.is_country]


def _km(a: Place, b: Place) -> float:
    p1, p2 = math.radians(a.lat), math.radians(b.lat)
    h = math.sin((p2 - p1) / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(math.radians(b.lon - a.lon) / 2) ** 2
    return 6371.0 * 2 * math.asin(math.sqrt(min(1.0, h)))


def apart(one: str, other: str) -> bool:
    """Whether two named places surely do not nest: neither's name holds the other's, the
    gazetteer knows both, and however each name is read (a namesake in another country) they
    lie in two countries, or one is a country the other is outside of, or a town outside a
    region, or two towns or regions of one country far apart. Unknown places may nest."""
    a, b = fold(one), fold(other)
    if not a or not b or a in b or b in a:
        return False
    first, second = _readings(one), _readings(other)
    return bool(first and second) and all(_apart(x, y) for x in first for y in second)


def _apart(one: tuple[str, Place], other: tuple[str, Place]) -> bool:
    (kind_a, place_a), (kind_b, place_b) = one, other
    if place_a.country != place_b.country:
        return True
    if "country" in (kind_a, kind_b):
        return False  # a place in its own country
    if {kind_a, kind_b} == {"region", "town"}:
        town, region = (place_a, place_b) if kind_a == "town" else (place_b, place_a)
        return bool(town.region and region.region) and town.region != region.region
    return _km(place_a, place_b) > APART_KM


# figures of the setting, not of something that happens at a place: "75 miles north of Leeds" places
# Leeds by the figure, and a quake's magnitude is the quake's wherever an outlet sets it
SETTING = frozenset({"distance", "duration", "speed", "age", "magnitude", "depth", "rank", "time"})
# between a figure and a place, a break of the clause: "injured in the storm, which reached Leeds"
_BREAK = re.compile(r"[,;:()\"“”]|\b(?:which|who|where|while|whose|after|before|as|when)\b", re.IGNORECASE)
# the prepositions that set a figure at a place ("in Leeds", "outside Leeds"), as a regular-expression alternation
PLACE_PREPOSITIONS = "in|at|across|outside|inside|near|throughout|around"
# "In Leeds, 5,000 marched": a place opening the sentence sets its whole first clause
_FRONTED = re.compile(rf"^\W*(?:{PLACE_PREPOSITIONS})\s+(?:the\s+)?(?:[\w-]+\s+){{0,2}}$", re.IGNORECASE)
# "... in Leeds, where 5,000 marched": a relative clause of the place holds the figure
_SETS_CLAUSE = re.compile(r"^\s*,?\s*where\b[^,;:()\"“”]*$", re.IGNORECASE)
_THE = re.compile(r"\bthe\s+$", re.IGNORECASE)


def named_place(claim: Claim) -> str | None:
    """The place a figure's own clause sets it at, when the gazetteer can tell where it is:
    its location, named as a place in its sentence with no break of the clause between it and
    the figure; None when its measure is a figure of the setting, or the place is named after
    "the" and is no country ("the Gulf", "the Atlantic": a sea, a division, not a town)."""
    if claim.measure in SETTING or not named_in_sentence(claim) or not claim.location:
        return None
    at = claim.figure_at()
    if at < 0:
        return None
    end = at + len(claim.number_text)
    for m in re.finditer(r"(?<![\w-])" + re.escape(claim.location) + r"(?![\w-])", claim.text):
        between = claim.text[end:m.start()] if m.start() >= end else claim.text[m.end():at]
        if _BREAK.search(between) and not (m.start() < at and _SETS_CLAUSE.match(between)) \
                and not (m.start() < at and _FRONTED.match(claim.text[:m.start()])
                         and not _BREAK.search(between.lstrip().removeprefix(","))):
            continue
        if _THE.search(claim.text, 0, m.start()) and not any(p.is_country for p in candidates(claim.location)):
            continue
        return claim.location
    return None


def by_place(reports: Sequence[R], *, main: str | None, area: frozenset[str] = frozenset()) -> list[list[R]]:
    """The row's reports as one list per place that does not nest in the row's own place
    (the module): the row's own first, then one per other place, each with differing figures.
    ``main`` is the story's place, ``area`` the places most of its figures name (lowercase): the
    story's own, never split off."""
    named: dict[str, list[R]] = {}
    for r in reports:
        place = named_place(r.claim)
        if place:
            named.setdefault(place, []).append(r)
    if len(named) < 2 and not (named and main):
        return [list(reports)]
    # the row's own place: the story's, else the one most outlets name
    own = main or max(named, key=lambda p: len({r.outlet for r in named[p]}))
    others = [p for p in named if not _of_area(p, area) and apart(own, p)
              and _differ(named[p], [r for r in reports if named_place(r.claim) != p])]
    # places that nest in one another share one row ("Gaza City" beside "Gaza")
    rows: list[list[str]] = []
    for p in others:
        row = next((row for row in rows if not any(apart(p, q) for q in row)), None)
        if row is None:
            rows.append([p])
        else:
            row.append(p)
    if not rows:
        return [list(reports)]
    split = {p: i + 1 for i, row in enumerate(rows) for p in row}
    out: list[list[R]] = [[] for _ in range(len(rows) + 1)]
    for r in reports:
        out[split.get(named_place(r.claim) or "", 0)].append(r)
    # a place one outlet alone tells, beside a row several tell: another event's figure told in
    # passing ("a quake in another country killed a dozen on Saturday"), left out of the row
    # and of the table; beside a row one outlet tells, too little to tell which is the story's
    moved = [part for part in out[1:] if _outlets(part) >= SOURCES]
    left = [part for part in out[1:] if _outlets(part) < SOURCES and _outlets(out[0]) >= SOURCES]
    gone = {id(r) for part in moved + left for r in part}
    own_row = [r for r in reports if id(r) not in gone]  # in the row's own order: its first names it
    return [part for part in (own_row, *moved) if part]


def _of_area(place: str, area: frozenset[str]) -> bool:
    """Whether a place is one the story's area names, with or without its kind word: "Córdoba province" where the
    area holds "Córdoba", "Kitui County" where it holds "Kitui"."""
    name = place.lower().removeprefix("the ")
    return name in area or (region_base(name) or "") in area


def _outlets(reports: Sequence[_Told]) -> int:
    return len({r.outlet for r in reports})


def _differ(these: Sequence[_Told], rest: Sequence[_Told]) -> bool:
    """Whether a place's figures are its own: some are precise, and none overlaps a precise
    figure the rest of the row tells (one figure placed twice is one fact)."""
    mine = [r for r in these if r.claim.qualifier != "vague"]
    theirs = [r for r in rest if r.claim.qualifier != "vague"]
    return bool(mine) and not any(_near(a.claim, b.claim) for a in mine for b in theirs)


SOURCES = 2  # a place's figure is a row of its own when this many outlets tell it there
SAME = 0.1  # figures this close are one figure told twice ("about 5,000", "5,200")


def _near(one: Claim, other: Claim) -> bool:
    a, b = one.value if one.value is not None else one.low, other.value if other.value is not None else other.low
    return a is None or b is None or abs(a - b) <= SAME * max(abs(a), abs(b))
