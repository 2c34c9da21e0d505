"""Places on the map, offline: each place entity resolved to a point in its context.

A place entity is looked up in the gazetteer (``link/gazetteer.py``) by every spelling it
has; a place whose main name it is outranks one that only has it as an alternate name.
Countries are matched first. Context is read per story (per article when no stories are
given): a city named with its region or country after a comma ("Paris, Texas", "Wichita,
Kan.") is the one there; among other cities of the same name, the one in the state and
country the story's places, countries and peoples point to wins, unless a namesake abroad
is many times larger, then the most populous. A name the parser took for a person or an
organisation is a place where the words around say so ("in Woodbridge", "Roselle
police"). Sites (squares, buildings) are put at the city named beside them, marked
approximate.
"""

from __future__ import annotations

import dataclasses
import functools
import math
import re
from collections import Counter
from collections.abc import Iterable, Sequence
from typing import Literal

from storyline.clean.outlets import domain_of
from storyline.link.gazetteer import (
    Place,
    area_point,
    areas,
    by_demonym,
    candidates,
    countries,
    country_by_name_key,
    county_point,
    feature_point,
    fold,
    region_base,
    region_named,
    region_part,
    region_point,
    regions_of_name,
    regions_shared,
    regions_sharing,
    small_towns,
    state_abbreviated,
    state_name,
)
from storyline.link.names import name_key
from storyline.model import Article, Entity, Story

PLACE_TYPES = {"GPE", "LOC", "FAC"}


def geocode(entities: Sequence[Entity], articles: Sequence[Article] = (),
            stories: Sequence[Story] = ()) -> tuple[Entity, ...]:
    """The entities, with coordinates for the places the gazetteer knows.

    Context is read per story (per article when no stories are given), never across a
    run of unrelated articles: an entity is placed with the context of the story that
    holds most of its mentions.

    A one-word name the parser took for a person or an organisation is a place when a
    mention follows "in", "from", "visited", … or a place in a list ("Lyon and Marseille"),
    and the gazetteer holds a city of 50,000 people or more by that name. A city named with
    its region or country after a comma ("Paris, Texas", "London, Ontario", "Wichita,
    Kan.") is the one in that region or country. Otherwise the city in the story's country
    wins (the country its places, the countries it names and its peoples' names point to),
    unless a namesake abroad is a large city many times its size ("Moscow" in a US story is
    still Russia's), then a main name over an alternate one, then the most populous. A
    country's name that is also a state of the story's country is the state ("Georgia" in
    a story about the US). States and provinces without a city of their name, US counties,
    continents and AP state abbreviations ("Calif.") are placed from ``data/regions.tsv``
    and ``data/areas.tsv``; a people's name ("Russian") gets its country's point.

    A site the gazetteer does not hold (a square, an airport, a building) is put at the
    city its mentions sit next to, when the text names one; ``geo_precision`` then says
    "city" so that a map can show it as approximate.
    """
    texts = {a.id: a.text for a in articles}
    place_ends = {(m.article, m.end) for e in entities if e.type in ("GPE", "LOC") for m in e.mentions}
    entities = [_as_place(e, texts, place_ends) for e in entities]
    story_of = {a: s.id for s in stories for a in s.articles}
    context = {e.id: Counter(story_of.get(m.article, m.article) for m in e.mentions).most_common(1)[0][0]
               for e in entities if e.mentions}
    in_context: dict[str, dict[str, None]] = {}  # context → the entities with a mention in it, in order (ties
    for e in entities:                             # between states then break the same way on every run)
        for m in e.mentions:
            in_context.setdefault(story_of.get(m.article, m.article), {})[e.id] = None
    features = {e.id: f for e in entities if e.type in PLACE_TYPES and (f := feature_point(e.name)) is not None}
    abbreviated = {e.id: r for e in entities if e.type in PLACE_TYPES and (r := _abbreviated_state(e, texts))}
    found = {e.id: options for e in entities
             if e.type in PLACE_TYPES and e.id not in features and e.id not in abbreviated
             and region_base(e.name) is None and (options := _named(e))}
    qualifiers = {e.id: q for e in entities if e.type in PLACE_TYPES and e.id not in features
                  and e.id not in abbreviated and (q := _qualifier(e, texts))}
    peoples = _peoples(entities)
    regions_named = {e.id: r for e in entities if e.type in PLACE_TYPES and e.id not in features
                     and (r := region_named(region_base(e.name) or e.name)) is not None}
    as_region = {e.id: [dataclasses.replace(r, population=r.population * 1000) for r in (
        *regions_of_name(e.name), *(() if any(p.is_country for p in found.get(e.id, [])) else regions_shared(e.name)))]
                 for e in entities if e.type in PLACE_TYPES and e.id not in features}  # towns of 1,000 or more
    votes = {e.id: [found.get(e.id, []) + as_region.get(e.id, []), peoples.get(e.id, []), qualifiers.get(e.id, []),
                    areas().counties.get(fold(e.name), []) if e.type in PLACE_TYPES else [],
                    [abbreviated[e.id]] if e.id in abbreviated else []]  # "B.C.", "Calif.": their country's
             for e in entities}  # "Florida": the US state (759 towns) over its towns; "Sonoma County" votes US
    tallies = {c: _country_votes(v for i in ids for v in votes[i]) for c, ids in in_context.items()}
    sizes = Counter(story_of.get(a.id, a.id) for a in articles)  # each context's articles, counted once
    for a in articles:  # the outlet's country, from its web address ("westerndailypress.co.uk"): one place's vote
        context_id = story_of.get(a.id, a.id)
        outlet = _outlet_country(a)
        if outlet is not None and context_id in tallies:
            tallies[context_id][outlet] = tallies[context_id].get(outlet, 0.0) + OUTLET_VOTE / max(
                1, sizes[context_id])
    homes = {c: max(t, key=lambda k: t[k]) if t else None for c, t in tallies.items()}
    home_of = {e.id: homes.get(context.get(e.id, "")) for e in entities}
    state_of: dict[str, Place] = dict(abbreviated)
    for e in entities:  # "Essex", "Norfolk" in a British story: the county, not a town abroad of that name
        readings = found.get(e.id)
        if readings and (county := _home_county(e.name, home_of[e.id], readings)) is not None:
            del found[e.id]
            state_of[e.id] = county
    for e in entities:  # "Virginia", "Ontario": the state or province, not a small city abroad of that name
        readings = found.get(e.id)
        if readings and not any(p.is_country or p.population >= REGION_OVER_CITY for p in readings) and (
                region := _region_of_name(e.name, home_of[e.id], readings)) is not None:
            others = _story_country(v for i in in_context.get(context.get(e.id, ""), ()) if i != e.id
                                    for v in votes[i])  # "Odessa" with Midland and Lubbock: the city in Texas
            if others is None or others == region.country or not any(p.country == others for p in readings):
                del found[e.id]
                state_of[e.id] = region
    named_states = {c: _state_votes([state_of.get(i) or regions_named.get(i) or next(iter(qualifiers.get(i, [])), None)
                                     for i in ids] * 2 + [_dominant(found.get(i, [])) for i in ids])
                    for c, ids in in_context.items()}  # "Palmer" with Alaska; "Brownsville" with Brooklyn
    for e in entities:  # "Jamaica Hospital" in a story set in New York: the town there, not the country
        home = home_of[e.id]
        local = [p for p in found.get(e.id, []) if not p.is_country and p.country == home]
        if local and any(p.is_country and p.country != home for p in found[e.id]) and all(
                _INSTITUTION_AFTER.match(texts.get(m.article, ""), m.end) for m in e.mentions):
            found[e.id] = local
    chosen = {e.id: _choose(found[e.id], home_of[e.id], qualifiers.get(e.id, []),
                            frozenset(map(fold, (e.name, *e.aliases))),
                            state=next(iter(named_states.get(context.get(e.id, ""), Counter()).most_common(1)),
                                       ("", 0))[0])
              for e in entities if found.get(e.id)}
    for e in entities:  # "Georgia" in "Atlanta, Georgia" or in a US story: the state, not the country
        if e.id in chosen and chosen[e.id].is_country and (
                state := _state_of_city_before(e, texts, chosen[e.id])
                or _home_state(e, chosen[e.id], tallies.get(context.get(e.id, ""), {}))):
            del chosen[e.id]
            found.pop(e.id)
            state_of[e.id] = state
    states = {c: _state_votes([chosen.get(i) or state_of.get(i) for i in ids]) for c, ids in in_context.items()}
    cities = [e for e in entities if e.id in chosen and not chosen[e.id].is_country]
    regions = {e.id: r for e in entities if e.type in PLACE_TYPES and e.id not in found and e.id not in features
               and (r := state_of.get(e.id)
                    or county_point(e.name, _state_votes(qualifiers.get(e.id, [])))  # "Walker County, Alabama"
                    or county_point(e.name, states.get(context.get(e.id, ""), Counter()))
                    or area_point(e.name) or region_named(region_base(e.name) or e.name, home_of[e.id])
                    or region_point(e.name, home_of[e.id]) or regions_sharing(e.name, home_of[e.id])
                    or _within(region_base(e.name) or e.name, home_of[e.id])
                    or next(iter(qualifiers.get(e.id, [])), None)) is not None}
    for e in entities:  # a county GeoNames gives no point for: at the story's town in its state, if it names one
        county = regions.get(e.id)
        if county is not None and county in areas().at_state:
            towns = [chosen[i] for i in in_context.get(context.get(e.id, ""), ()) if i in chosen
                     and not chosen[i].is_country and chosen[i].country == "US" and chosen[i].region == county.region]
            if towns:
                regions[e.id] = max(towns, key=lambda p: p.population)
    for e in entities:  # a town of fewer than 5,000 people, where no larger place or area bears the name
        abroad = e.id in regions and home_of[e.id] is not None and regions[e.id].country != home_of[e.id]
        if e.type in PLACE_TYPES and e.id not in chosen and (e.id not in regions or abroad) and e.id not in features:
            near = [chosen[i] for i in in_context.get(context.get(e.id, ""), ()) if i in chosen and i != e.id
                    and not chosen[i].is_country] + [r for i in in_context.get(context.get(e.id, ""), ())
                                                     if i != e.id and (r := state_of.get(i)) is not None]
            town = _small_town(e, home_of[e.id], near, qualifiers.get(e.id, []))
            if town is not None and (not abroad or town.country == home_of[e.id]):
                chosen[e.id] = town  # "Occidental" in a Californian story: the town, not a province abroad
                regions.pop(e.id, None)
        elif (e.id in chosen and not chosen[e.id].is_country and not qualifiers.get(e.id)
              and chosen[e.id].population < CITY_OVER_STATE_TOWN
              and (named := _named_state(named_states, context.get(e.id, "")))
              and chosen[e.id].region not in named_states.get(context.get(e.id, ""), Counter())):
            town = next((p for p in small_towns(e.name) if p.country == chosen[e.id].country and p.region == named),
                        None)  # "Boonville" in a story set in California: its small town, not Missouri's
            if town is not None:
                chosen[e.id] = town
    in_county: set[str] = set()
    for e in entities:  # "Wellington" in a story that names Somerset: the town in that county
        place = chosen.get(e.id)
        if place is None or place.is_country or qualifiers.get(e.id):
            continue
        counties = [r for i in in_context.get(context.get(e.id, ""), ()) if i != e.id
                    and (r := state_of.get(i) or regions.get(i)) is not None and r in _all_counties()]
        inside = [p for p in found.get(e.id, []) if not p.is_country and p.country == place.country
                  and any(_km(p, c) < COUNTY_KM for c in counties)]
        if inside and not any(_km(place, c) < COUNTY_KM for c in counties):
            chosen[e.id] = max(inside, key=lambda p: p.population)
        elif (not inside and place.population < CITY_OVER_STATE_TOWN
              and len(home_counties := {c for c in counties if c.country == place.country}) == 1
              and not any(_km(place, c) < COUNTY_KM for c in counties)
              and not any(i != e.id and i in chosen and not chosen[i].is_country
                          and _km(chosen[i], place) < 2 * COUNTY_KM
                          for i in in_context.get(context.get(e.id, ""), ()))):
            chosen[e.id] = next(iter(home_counties))  # GeoNames lacks Somerset's Wellington: the county, roughly
            in_county.add(e.id)
    approximate = _listed_strays(entities, chosen, found, qualifiers, in_context, context, texts)
    approximate |= in_county | _at_a_town_of_the_region(entities, chosen, regions, qualifiers, in_context, context)
    surnames = frozenset(name_key(e.name.split()[-1]) for e in entities if e.type == "PERSON" and " " in e.name)
    cities_by_id = {e.id: e for e in entities if e.id in chosen and not chosen[e.id].is_country
                    and chosen[e.id].key}  # towns, small ones too; not a state read as a place of its name
    by_id = {e.id: e for e in entities}
    out = []
    for e in entities:
        place = chosen.get(e.id)
        if place is not None:
            precision = ("country" if place.is_country else "region" if place in qualifiers.get(e.id, [])
                         else "city" if e.id in approximate else "exact")
            e = dataclasses.replace(e, lat=round(place.lat, 5), lon=round(place.lon, 5),
                                    geo_precision=precision)  # type: ignore[arg-type]
        elif e.id in regions or e.id in features:
            where = regions.get(e.id) or features[e.id]
            e = dataclasses.replace(e, lat=round(where.lat, 4), lon=round(where.lon, 4), geo_precision="region")
        elif e.type in PLACE_TYPES and _is_site(e):
            city = _city_of(e, cities, articles)
            if city is not None:
                where = chosen[city.id]
                e = dataclasses.replace(e, lat=round(where.lat, 5), lon=round(where.lon, 5), geo_precision="city")
        elif e.type == "ORG" and (town := _town_named(e, home_of[e.id])) is not None:
            e = dataclasses.replace(e, lat=round(town.lat, 5), lon=round(town.lon, 5), geo_precision="city")
        elif e.id in peoples:  # "Russian", "Palestinians": a people, on the map at its country
            where = peoples[e.id][0]
            e = dataclasses.replace(e, lat=round(where.lat, 5), lon=round(where.lon, 5), geo_precision="country")
        elif e.type in ("GPE", "LOC") and _below_region(e, texts) and (region := _story_region(
                e, [by_id[i] for i in in_context.get(context.get(e.id, ""), ())], regions, home_of[e.id],
                [cities_by_id[i] for i in in_context.get(context.get(e.id, ""), ()) if i in cities_by_id])):
            e = dataclasses.replace(e, lat=round(region.lat, 4), lon=round(region.lon, 4), geo_precision="region")
        elif e.type in ("GPE", "LOC") and _unplaced_name(e, surnames) and (city := _story_city(
                e, [cities_by_id[i] for i in in_context.get(context.get(e.id, ""), ()) if i in cities_by_id],
                home_of[e.id], chosen) or _city_of(e, [c for c in cities_by_id.values()
                                      if home_of[e.id] in (None, chosen[c.id].country)], articles)) is not None:
            where = chosen[city.id]  # "Greenwich Village", "The Geysers": GeoNames lacks them; near the story's town
            e = dataclasses.replace(e, lat=round(where.lat, 5), lon=round(where.lon, 5), geo_precision="city")
        out.append(e)
    return tuple(out)


STRAY_KM = 500  # a listed town this far from the story's close group of towns is a namesake of one near them
CLUSTER_KM = 150  # a story's towns this near their middle town make a close group


def _listed_strays(entities: Sequence[Entity], chosen: dict[str, Place], found: dict[str, list[Place]],
                   qualifiers: dict[str, list[Place]], in_context: dict[str, dict[str, None]],
                   context: dict[str, str], texts: dict[str, str]) -> set[str]:
    """A town of under CITY_OVER_STATE_TOWN people listed with the story's towns ("Middletown,
    Hidden Valley, Lakeport") when they lie close together (CLUSTER_KM) and it lies far
    (STRAY_KM) from them: its namesake near them, else their middle town, approximately (the
    ids so placed are returned). Changes ``chosen`` in place."""
    by_id = {e.id: e for e in entities}
    approximate: set[str] = set()
    for e in entities:
        place = chosen.get(e.id)
        if place is None or place.is_country or qualifiers.get(e.id) or place.population >= CITY_OVER_STATE_TOWN:
            continue
        others = [i for i in in_context.get(context.get(e.id, ""), ()) if i != e.id and i in chosen
                  and not chosen[i].is_country]
        centre = _close_group(others, chosen)
        if centre is None or _km(place, centre) < STRAY_KM or not _listed_with(by_id[e.id], [
                by_id[i] for i in others if _km(chosen[i], centre) < CLUSTER_KM], texts):
            continue
        near = [p for p in (*found.get(e.id, []), *small_towns(e.name)) if not p.is_country
                and _km(p, centre) < CLUSTER_KM]
        if near:
            chosen[e.id] = min(near, key=lambda p: _km(p, centre))
        else:
            chosen[e.id] = centre
            approximate.add(e.id)
    return approximate


def _at_a_town_of_the_region(entities: Sequence[Entity], chosen: dict[str, Place], regions: dict[str, Place],
                             qualifiers: dict[str, list[Place]], in_context: dict[str, dict[str, None]],
                             context: dict[str, str]) -> set[str]:
    """A town the gazetteer lacks in the region written after it ("Bountiful, B.C."), so far
    put at the region's point: at the town of that region the story names most (one written
    with the same region, "Cranbrook, B.C.", or in the same US state), approximately; the ids
    so placed are returned. Changes ``chosen`` and ``regions`` in place."""
    by_id = {e.id: e for e in entities}
    approximate: set[str] = set()
    for e in entities:
        region = chosen.get(e.id) or regions.get(e.id)
        if region is None or region.is_country or region not in qualifiers.get(e.id, []):
            continue
        towns = [by_id[i] for i in in_context.get(context.get(e.id, ""), ()) if i != e.id and i in chosen
                 and not chosen[i].is_country and chosen[i] not in qualifiers.get(i, [])
                 and chosen[i].country == region.country
                 and (region in qualifiers.get(i, []) or (region.region and chosen[i].region == region.region))]
        if towns:
            chosen[e.id] = chosen[max(towns, key=lambda t: len(t.mentions)).id]
            regions.pop(e.id, None)
            approximate.add(e.id)
    return approximate


def _close_group(ids: Sequence[str], chosen: dict[str, Place]) -> Place | None:
    """The middle town of three or more towns, when three in four lie within CLUSTER_KM of it."""
    towns = list(dict.fromkeys(chosen[i] for i in ids))
    if len(towns) < 3:
        return None
    middle = min(towns, key=lambda t: sum(_km(t, o) for o in towns))
    return middle if sum(_km(middle, o) < CLUSTER_KM for o in towns) >= 0.75 * len(towns) else None


_LIST_GAP = re.compile(r"\s*(?:,|and|or|,\s*and|,\s*or)\s*")


def _listed_with(entity: Entity, group: Sequence[Entity], texts: dict[str, str]) -> bool:
    """Whether a mention of the entity sits in a list next to a mention of one of the group."""
    spans = {(m.article, m.start, m.end) for g in group for m in g.mentions}
    for m in entity.mentions:
        text = texts.get(m.article, "")
        for article, start, end in spans:
            if article != m.article:
                continue
            gap = text[m.end:start] if start >= m.end else text[end:m.start] if end <= m.start else None
            if gap is not None and len(gap) < 8 and _LIST_GAP.fullmatch(gap):
                return True
    return False


# The word for a local institution after a place's name, up to two words on: "Jamaica Hospital",
# "Jamaica Hospital Medical Center", "Lebanon Fire Department".
_INSTITUTION_AFTER = re.compile(r"\s+(?:[A-Z][\w'’-]*\s+){0,2}?(?:Hospital|Police|Fire|Sheriff|Sheriff's|Court|"
                                r"Courthouse|School|College|Jail|Church|Library|Airport|Herald|Gazette|Tribune|"
                                r"Council|Township|Borough)\b")
CITY_OVER_STATE_TOWN = 100_000  # a namesake elsewhere this large is meant over a small town of the story's state
SMALL_TOWN_KM = 150  # a small town abroad of the story's country is taken only this near its other places


def _small_town(entity: Entity, home: str | None, near: Sequence[Place], qualifiers: Sequence[Place]) -> Place | None:
    """A town of 1,000 to 4,999 people by this name ("Cobb", "Kelseyville"), with a penalty
    for ambiguity: in the region or country written after it, else in the story's country,
    the one nearest the story's other places (its towns, the states it names); a town
    elsewhere only when it is the only one of its name and near those places."""
    towns = [p for a in dict.fromkeys((entity.name, *entity.aliases)) for p in small_towns(a)]
    if not towns:
        return None
    for q in qualifiers:
        inside = [p for p in towns if p.country == q.country and (q.is_country or _km(p, q) < QUALIFIER_KM)]
        if inside:
            return min(inside, key=lambda p: _km(p, q)) if not q.is_country else inside[0]
    local = [p for p in towns if p.country == home] if home else []
    if local:
        if near and len(local) > 1:
            return min(local, key=lambda p: min(_km(p, n) for n in near))
        return local[0]
    if len(towns) == 1 and near and min(_km(towns[0], n) for n in near) < SMALL_TOWN_KM:
        return towns[0]
    return None


def _town_named(entity: Entity, home: str | None) -> Place | None:
    """The city an organisation is called by ("Evansville" for its team, "Phoenix" for its
    council): a city of the story's country of _TAKEN_FOR_PLACE people or more whose main
    name is the whole name. The organisation keeps its type; it is located there."""
    key = fold(entity.name)
    towns = [p for p in candidates(entity.name) if not p.is_country and p.key == key and p.country == home]
    if not towns or not any(p.population >= _TAKEN_FOR_PLACE for p in towns):
        return None  # only in the story's own country: "shares of Bordeaux" alone may be a company's
    return _choose(towns, home, keys=frozenset({key}))


def _abbreviated_state(entity: Entity, texts: dict[str, str]) -> Place | None:
    """The state or province a mention abbreviates, written with its dot: "Mo.", "Calif.",
    "N. J.", "B.C." (the dot may fall just outside the parser's span)."""
    for m in entity.mentions:
        text = texts.get(m.article, "")
        written = text[m.start:m.end + 1] if text[m.end:m.end + 1] == "." else text[m.start:m.end]
        state = state_abbreviated(written) if written.endswith(".") else None
        if state is None and _POSTAL.fullmatch(written) and _AFTER_TOWN.search(text, max(0, m.start - 40), m.start) \
                and _POSTAL_END.match(text, m.end):
            state = state_abbreviated(written)  # "Newport Beach, CA, said": a state's postal code after a town
        if state is not None:
            return state
    return None


_POSTAL = re.compile(r"[A-Z]{2}")
_AFTER_TOWN = re.compile(r"[A-Z][a-z]+,\s$")
_POSTAL_END = re.compile(r"\s*(?:[,.;:)\n]|$)")


_PART_OF = re.compile(r"^(?:northern|southern|eastern|western|central|north|south|east|west|north-?east|north-?west|"
                      r"south-?east|south-?west|upper|lower|downtown|greater|metro|metropolitan|coastal|rural)\s+",
                      re.IGNORECASE)


def _within(name: str, home: str | None) -> Place | None:
    """The place a part of it is named by: "Southern California" (the middle of the state's
    southern third), "Lower Manhattan", "Northwest Washington" (only when the whole name is
    no place: "South Dakota" is one)."""
    part = _PART_OF.match(name)
    if part is None:
        return None
    rest = name[part.end():]
    options = _named(Entity(id="", name=rest, type="GPE"))
    region = region_named(rest, home) or area_point(rest)
    if region is not None and not any(p.is_country or p.population >= REGION_OVER_CITY for p in options):
        return region_part(part.group(0).strip(), region) or region  # "Southern California": the state's south
    return _choose(options, home, keys=frozenset({fold(rest)})) if options else None


OUTLET_VOTE = 1.0  # the outlet's country counts as much as one more place of the story
_VANITY_TLDS = {"tv", "io", "co", "me", "fm", "ly", "ws", "cc", "to", "ai", "gg", "im", "is", "it", "am", "nu", "la",
                "ag", "sh", "ac", "vc", "eu"}  # country codes sold as generic names ("it" and "is" are words)


def _outlet_country(article: Article) -> str | None:
    """The country of the outlet's web address: its country-code domain ("co.uk", "com.au",
    ".ca"), not a code sold as a generic name (".tv", ".io")."""
    host = domain_of(article.url or "") if article.url else None
    if not host or "." not in host:
        return None
    tld = host.rsplit(".", 1)[1].lower()
    if len(tld) != 2 or tld in _VANITY_TLDS:
        return None
    code = "GB" if tld == "uk" else tld.upper()
    return code if code in _country_codes() else None


@functools.cache
def _country_codes() -> frozenset[str]:
    return frozenset(c.place.country for c in countries())


COUNTY_KM = 60  # a town this near a county's point the story names lies in it (a county is at most 150 km across)


@functools.cache
def _all_counties() -> frozenset[Place]:
    return frozenset(c for cs in areas().counties.values() for c in cs if c not in areas().at_state)


def _home_county(name: str, home: str | None, readings: Sequence[Place]) -> Place | None:
    """A county of the story's country named without the word "county" ("Somerset" in a
    British story), when no town of that country bears the name."""
    if not home or any(p.country == home for p in readings):
        return None
    return next((c for c in areas().counties.get(fold(name), []) if c.country == home), None)


def _named_state(named_states: dict[str, Counter[str]], context: str) -> str:
    """The US state a story names most (its states, its dominant cities), or ""."""
    top = named_states.get(context, Counter()).most_common(1)
    return top[0][0] if top else ""


def _region_of_name(name: str, home: str | None, readings: Sequence[Place]) -> Place | None:
    """The first-level region a name means, preferring the story's country: a region of the
    name there, else the regions there that share it when no town there bears it ("Carolina"
    in a US story: the Carolinas, not the city and municipality in Puerto Rico), else a
    region of that name elsewhere."""
    region = region_named(region_base(name) or name, home)
    if region is not None and region.country == home:
        return region
    if not any(p.country == home for p in readings):
        return regions_sharing(name, home) or region
    return region


def _home_state(entity: Entity, country: Place, tally: dict[str, float]) -> Place | None:
    """The state of the story's country that bears a foreign country's name ("Georgia" in a
    story set in the US), when the story's places point to its country far more than to
    the foreign one (HOME_OVER_NAMESAKE times)."""
    home = max(tally, key=lambda k: tally[k]) if tally else None
    if home is None or home == country.country or tally[home] < HOME_OVER_NAMESAKE * tally.get(country.country, 0.0):
        return None
    region = region_named(entity.name)
    return region if region is not None and region.country == home else None


DOMINANT = 10  # a city this many times larger than any namesake is the one meant, and its state the story's


def _dominant(options: Sequence[Place]) -> Place | None:
    """The one city a name means without context, when it is DOMINANT times larger than every
    other place of that name ("Brooklyn" is New York's borough, not the town in Ohio)."""
    options = list(dict.fromkeys(options))  # a place found by two of the entity's spellings counts once
    towns = sorted((p for p in options if not p.is_country), key=lambda p: -p.population)
    if not towns or len(towns) < len(options):
        return None
    return towns[0] if len(towns) == 1 or towns[0].population >= DOMINANT * towns[1].population else None


def _state_votes(places: Iterable[Place | None]) -> Counter[str]:
    """The US states a story's places lie in, one vote per place."""
    return Counter(p.region or areas().codes.get(fold(p.name), "") for p in places
                   if p is not None and p.country == "US" and not p.is_country)


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


# "Roselle police", "Halifax officials": a town's name before the people who run or guard it
PLACE_PEOPLE = re.compile(r"\s+(?:police|officials|authorities|residents?|councill?ors?|city council|town council|"
                          r"mayor|firefighters|fire officials|schools|school district|township|man|woman|men|women|"
                          r"teen|teenager|boy|girl|couple|family|native|lawyer|attorney|businessman|businesswoman|deputies)\b")
IN_PLACE = re.compile(r"\b(?:in|near|outside)\s+$")  # "in Woodbridge": a place of any size the gazetteer holds


def _as_place(entity: Entity, texts: dict[str, str], place_ends: set[tuple[str, int]]) -> Entity:
    """A person or organisation of one or two words that is a city's name: a large city's
    after "in", "from", …, or listed after a place ("in Lyon and Marseille"); any city the
    gazetteer holds after "in", "near", "outside", or before "police", "officials", …
    ("Roselle police", "a man from Kenilworth" needs a large city)."""
    if entity.type not in ("PERSON", "ORG"):
        return entity
    shaped = _shaped_like_place(entity.name)
    if shaped is not None:
        return dataclasses.replace(entity, type=shaped)  # "Mount Sefton", "Anderson Springs", "Fort Coffee"
    if len(entity.name.split()) <= 3 and any(
            _MEASURED_FROM.search(texts.get(m.article, "")[max(0, m.start - 60):m.start]) for m in entity.mentions):
        return dataclasses.replace(entity, type="LOC")  # "three miles east of The Geysers": what one measures from
    if len(entity.name.split()) > 2:
        return entity
    if _abbreviated_state(entity, texts) is not None and any(
            texts.get(m.article, "")[max(0, m.start - 2):m.start] == ", " for m in entity.mentions):
        return dataclasses.replace(entity, type="GPE")  # "Old Tappan, N. J.": a state, whatever the parser thought
    towns = [p for p in candidates(entity.name) if not p.is_country]
    if not towns:
        return entity
    large = any(p.population >= _TAKEN_FOR_PLACE for p in towns)
    main = any(p.key == fold(entity.name) for p in towns)  # a small town by its own name, not an old one
    for m in entity.mentions:
        text = texts.get(m.article, "")
        before = text[max(0, m.start - 12):m.start]
        if (large and LOCATIVE.search(before)) or (main and (IN_PLACE.search(before)
                                                             or PLACE_PEOPLE.match(text, m.end))):
            return dataclasses.replace(entity, type="GPE")
        if not (large or main):
            continue
        listed = LISTED.search(text[max(0, m.start - 8):m.start])  # "Santa Rosa, Healdsburg": a town of any size
        if listed and (m.article, m.start - len(listed.group(0))) in place_ends:
            return dataclasses.replace(entity, type="GPE")
    return entity


_DIRECTION = r"(?:north|south|east|west)(?:[\s-]*(?:north|south|east|west))*"
_MEASURED_FROM = re.compile(r"\b(?:\d+(?:\.\d+)?|a|one|two|three|four|five|six|seven|eight|nine|ten|a few|several|"
                            r"dozens? of)\s+(?:miles?|kilometres?|kilometers?|km)\s+(?:\(\S+\s+\S+\)\s+)?"
                            + _DIRECTION + r"\s+of\s+(?:the\s+)?$", re.IGNORECASE)


# "two miles east southeast of The Geysers": the name a distance is measured from, as written
MEASURED_NAME = re.compile(_MEASURED_FROM.pattern.removesuffix("$")
                           + r"(?-i:(?P<name>[A-Z][\w'’-]+(?:\s[A-Z][\w'’-]+){0,2}))", re.IGNORECASE)


# A name of two to four words that opens or ends with the word for a kind of place is that place,
# whatever the parser took it for: a natural feature ("Mount Sefton", "Tasman Glacier") or a
# settlement ("Fort Coffee", "Anderson Springs", "Matanuska Colony").
_FEATURE_FIRST = {"mount", "mt", "cape"}
_FEATURE_LAST = {"glacier", "peak", "creek", "canyon", "falls", "hills", "mountains", "range", "river", "island",
                 "islands", "volcano", "valley", "bay", "gorge", "desert", "forest", "national park", "state park"}
_SETTLEMENT_FIRST = {"fort", "port", "point"}
_SETTLEMENT_LAST = {"springs", "colony", "heights", "village", "township", "borough", "parish"}
_NOT_PLACE_WORDS = {"project", "association", "company", "inc", "llc", "ltd", "corporation", "club", "society",
                    "school", "church", "police", "department", "council", "news", "records", "band", "foundation",
                    "group", "bank", "hospital", "university", "college", "academy", "institute", "center", "centre",
                    "authority", "museum", "hotel", "airport", "station", "stadium", "press", "times", "herald",
                    "media", "studios", "fund", "trust", "partners", "cooperative", "maid", "fc", "united"}


def named_by_kind(name: str) -> Literal["GPE", "LOC"] | None:
    """Like ``_shaped_like_place``, for a name whose last word says its kind ("Matanuska
    Colony", "Tasman Glacier"; not "Mount Sefton"): its first word names the place."""
    words = re.findall(r"[A-Za-z]+", name)
    last = " ".join(w.lower() for w in words[-2:])
    if not words or (last not in _FEATURE_LAST and words[-1].lower() not in (*_FEATURE_LAST, *_SETTLEMENT_LAST)):
        return None
    return _shaped_like_place(name)


def _shaped_like_place(name: str) -> Literal["GPE", "LOC"] | None:
    """"LOC" for a natural feature's name, "GPE" for a settlement's, else None."""
    words = re.findall(r"[A-Za-z]+", name)
    if not 2 <= len(words) <= 5 or not all(w[:1].isupper() or w in ("of", "the", "and") for w in words):
        return None
    lower = [w.lower() for w in words]
    if any(w in _NOT_PLACE_WORDS for w in lower):
        return None
    last = " ".join(lower[-2:]) if " ".join(lower[-2:]) in _FEATURE_LAST else lower[-1]
    if lower[0] in _FEATURE_FIRST or last in _FEATURE_LAST:
        return "LOC"
    if lower[0] in _SETTLEMENT_FIRST or last in _SETTLEMENT_LAST:
        return "GPE"
    return None


_AFTER_COMMA = re.compile(r",\s+(?:the\s+)?(?P<q>[A-Z][\w.'-]*(?:\s+[A-Z][\w.'-]*){0,2})")


def _qualifier(entity: Entity, texts: dict[str, str]) -> list[Place]:
    """The countries or regions named after a comma in the entity's mentions: "Texas" in
    "Paris, Texas", "Ontario" in "London, Ontario" (a country as itself, a region as its
    point). "Georgia" is both: the country first, then the state."""
    for m in entity.mentions:
        found = _AFTER_COMMA.match(texts.get(m.article, ""), m.end)
        if found is None:
            continue
        written = found.group("q").split()
        words = found.group("q").rstrip(".").split()
        the = found.group(0)[1:].lstrip().lower().startswith("the")
        for n in range(len(words), 0, -1):  # "British Columbia, and ferries": the longest name that is one
            name = " ".join(words[:n])
            if n > 1 and any(not p.is_country and p.key == fold(name) for p in candidates(name)):
                break  # "Atlanta, Kansas City and …": a list of cities, not Atlanta in Kansas
            if n < len(words) and the and _ONE_LINE.fullmatch(found.group("q")):
                continue  # "west of Manokwari, the U.S. Geological Survey said": an organisation's name
            state = state_name(" ".join(written[:n]))  # "Wichita, Kan.", "Trenton, N.J.", "Tulsa, OK"
            if state is not None:
                name = state
            country = country_by_name_key().get(name_key(name))
            named = region_named(name)
            county = None if country or named or state else _county_qualifier(name, entity)
            region = named or county or region_point(name, None)
            if region is not None and not (country or named or county or state) and any(
                    not p.is_country for p in candidates(entity.name)) and not any(
                    p.country == region.country for p in (*candidates(entity.name), *small_towns(entity.name))):
                continue  # "Wasilla, Mrs Palin's home town": a region met only on its consonants, where no Wasilla is
            if country is None and named is None and region is not None and any(
                    not p.is_country and p.key == fold(name) for p in candidates(name)):
                break  # "Healdsburg, Napa": a list of towns, not Healdsburg in Ecuador's Napo (spelt alike)
            readings = [p for p in (country.place if country else None, region) if p is not None]
            if readings:
                return readings
    return []


_ONE_LINE = re.compile(r"[^\n]+")


def _county_qualifier(name: str, entity: Entity) -> Place | None:
    """A second-level area written after a town ("Millom, Cumbria", "Trenton, Mercer County"):
    the county of that name in a country where the town has a namesake, read before a region
    whose name merely shares its consonants (Cumbria is not Portugal's Coimbra)."""
    counties = areas().counties.get(fold(region_base(name) or name), [])
    if not counties:
        return None
    towns = [p for a in (entity.name, *entity.aliases) for p in (*candidates(a), *small_towns(a)) if not p.is_country]
    pairs = [(_km(c, t), i) for i, c in enumerate(counties) for t in towns if t.country == c.country]
    return counties[min(pairs)[1]] if pairs else None  # of several namesakes, the one nearest a town of the name


_CITY_BEFORE = re.compile(r"(?P<city>[A-Z][\w'-]+(?:\s+[A-Z][\w'-]+)?),\s+$")


def _state_of_city_before(entity: Entity, texts: dict[str, str], country: Place) -> Place | None:
    """The region of this name, when a mention follows "City, " and that city lies in it rather
    than in the country of the same name ("Atlanta, Georgia")."""
    region = region_named(entity.name)
    if region is None or region.country == country.country:
        return None
    for m in entity.mentions:
        before = _CITY_BEFORE.search(texts.get(m.article, "")[max(0, m.start - 40):m.start])
        if before and any(not p.is_country and p.country == region.country and _km(p, region) < QUALIFIER_KM
                          for p in candidates(before.group("city"))):
            return region
    return None


def _peoples(entities: Sequence[Entity]) -> dict[str, list[Place]]:
    """The countries a story's peoples point to ("Lebanese troops", "Kenyan police"), by entity."""
    out = {}
    for e in entities:
        if e.type == "NORP":
            place = next((p for a in (e.name, *e.aliases) if (p := by_demonym().get(name_key(a)))), None)
            if place is not None:
                out[e.id] = [place]
    return out


_SITE_WORDS = {"square", "airport", "street", "avenue", "boulevard", "prospect", "palace", "hall", "building",
               "station", "bridge", "park", "stadium", "hospital", "university", "cathedral", "mosque", "church",
               "cosmodrome", "port", "harbour", "harbor", "market", "embassy", "headquarters", "residence",
               "prison", "plant", "base", "tower", "museum", "theatre", "theater", "parliament", "akimat"}
def _is_site(entity: Entity) -> bool:
    return entity.type == "FAC" or any(w.lower() in _SITE_WORDS for w in entity.name.split()[1:])


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


# Features too wide to lie at a story's town ("the Mariana Islands" in a story set in Nashville).
_WIDE = re.compile(r"\b(?:islands|ocean|sea|gulf|peninsula|continent|desert|mountains|archipelago|strait|"
                   r"northern|southern|eastern|western|central)\b", re.IGNORECASE)


def _unplaced_name(entity: Entity, surnames: frozenset[str]) -> bool:
    """Whether a place entity the gazetteer lacks may be put at its story's town: not a
    people's name, not a wide feature, and not a single word that is the last name of a
    person the story names ("Payton" with "Sean Payton", "Gigantes" with "Vincent Gigante"):
    a surname the parser took for a place."""
    if _a_people(entity) or _WIDE.search(entity.name):
        return False
    key = name_key(entity.name)
    return len(entity.name.split()) > 1 or not (key in surnames or (key.endswith("s") and key[:-1] in surnames))


def _a_people(entity: Entity) -> bool:
    """Whether a name is a people's ("Finns"; "Kazakhs", "Uzbeks": a plural whose singular
    opens a country's name), whatever the parser typed it."""
    keys = {name_key(a) for a in (entity.name, *entity.aliases)}
    stems = {k[:-1] for k in keys if k.endswith("s") and len(k) > 4}
    return any(k in by_demonym() for k in keys | stems) or any(
        name_key(c.name).startswith(stem) for c in countries() for stem in stems)


def _story_city(place: Entity, cities: Sequence[Entity], home: str | None,
                chosen: dict[str, Place]) -> Entity | None:
    """The town a story is about, for a place the gazetteer lacks (a neighbourhood, a village,
    a natural feature: local news names them around its town): the city of the story's
    country it names most often, when one is named at least twice as often as any other."""
    counts = sorted(((len(c.mentions), c) for c in cities if c.id != place.id
                     and (home is None or chosen[c.id].country == home)), key=lambda x: -x[0])
    if not counts or (len(counts) > 1 and counts[0][0] < 2 * counts[1][0]):
        return None
    return counts[0][1]


_AREA_WORD = re.compile(r"(?:\s|^)(?:district|regency|sub-?district|village|city|town|municipality|commune)$")
_AREA_AFTER = re.compile(r" (?:district|regency|sub-?district|village|city|town|municipality|commune)\b")


def _below_region(entity: Entity, texts: dict[str, str]) -> bool:
    """Whether a name is written as an area or a settlement below a region, the kind in lower
    case: "Bener Meriah district", "Lampahan city", "Bukit Sama village" (not "Akhal region",
    nor a proper name: "Greenwich Village")."""
    for m in entity.mentions:
        text = texts.get(m.article, "")
        if _AREA_WORD.search(text[m.start:m.end]) or _AREA_AFTER.match(text, m.end):
            return True
    return False


def _story_region(place: Entity, named: Sequence[Entity], regions: dict[str, Place], home: str | None,
                  cities: Sequence[Entity]) -> Place | None:
    """The first-level region a story is set in, for a place the gazetteer lacks (a district, a
    village: "Bener Meriah district" in a story about Aceh): the region of the story's country
    it names most, when it names that region at least as often as any town; else None."""
    counts: Counter[Place] = Counter()
    for e in named:
        region = regions.get(e.id)
        if (e.id != place.id and region is not None and not region.is_country and region.country == home
                and region not in _all_counties() and fold(region.name) not in areas().continents):
            counts[region] += len(e.mentions)
    if not counts:
        return None
    region, n = counts.most_common(1)[0]
    return region if n >= max((len(c.mentions) for c in cities if c.id != place.id), default=0) else None


def _story_country(option_lists: Iterable[list[Place]]) -> str | None:
    """The country that holds most of the story's places: a name found in one country only
    votes for it; a name found in several gives each a share by population ("Madrid" and
    "Valencia" agree on Spain, though each is also a city elsewhere)."""
    votes = _country_votes(option_lists)
    return max(votes, key=lambda c: votes[c]) if votes else None


def _country_votes(option_lists: Iterable[list[Place]]) -> dict[str, float]:
    votes: dict[str, float] = {}
    for options in option_lists:
        weights: dict[str, float] = {}
        for p in (p for p in options if p.country):  # a share by population: London is mostly England's
            weights[p.country] = weights.get(p.country, 0.0) + max(p.population, 1)
        total = sum(weights.values())
        for country, weight in weights.items():
            votes[country] = votes.get(country, 0.0) + weight / total
    return votes


REGION_OVER_CITY = 200_000  # a region's name is the region unless a city of that name is at least this large
HOME_OVER_NAMESAKE = 1.4  # "Georgia" is the state when the story's places point to the US this much more
FOREIGN_OVER_LOCAL = (300_000, 20)  # a namesake abroad this large and this many times larger wins
QUALIFIER_KM = 800  # a city named with its region lies this near the region's point (the middle of its towns)


def _choose(options: list[Place], home: str | None, qualifiers: Sequence[Place] = (),
            keys: frozenset[str] = frozenset(), *, state: str = "") -> Place:
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
    for qualifier in qualifiers:  # "Perth, Western Australia": in that country, though far from the region's point
        inside = [p for p in options if not p.is_country and p.country == qualifier.country]
        if inside:
            return max(inside, key=rank)
    countries = [p for p in options if p.is_country]
    if countries:  # "Russia, Belarus and Armenia": a list of countries, not a place in the next one
        return countries[0]
    if qualifiers:  # "Bountiful, B.C.": a town the gazetteer lacks there lies in the region named, not abroad
        return next((q for q in qualifiers if not q.is_country), qualifiers[0])
    best = max(options, key=rank)
    local = [p for p in options if p.country == home]
    if not local:
        return best
    local = [p for p in local if p.region == state] or local  # the state the story names, when it has one
    near = max(local, key=rank)
    if best.population >= FOREIGN_OVER_LOCAL[0] and best.population > FOREIGN_OVER_LOCAL[1] * near.population:
        return best  # "Moscow" in a US story: Russia's capital, not the small town in Idaho
    return near


def _km(a: Place, b: Place) -> float:
    p1, p2 = math.radians(a.lat), math.radians(b.lat)
    h = math.sin((p2 - p1) / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(math.radians(b.lon - a.lon) / 2) ** 2
    return 6371.0 * 2 * math.asin(math.sqrt(min(1.0, h)))
