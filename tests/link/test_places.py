"""Geocoding in context (link/places.py), on texts from other stories: the region or
country after a comma, the story's country, peoples' names, main names, places the parser
took for people."""

from __future__ import annotations

import dataclasses
import math
import re

from storyline.link.entities import resolve
from storyline.link.places import geocode
from storyline.model import Article, Entity, NamedSpan


def located(text: str, labels: dict[str, str]) -> dict[str, Entity]:
    """Geocode the named spans (name → parser label) of one article; entities by name."""
    spans = [NamedSpan(start=m.start(), end=m.end(), label=label, text=name)
             for name, label in labels.items() for m in re.finditer(re.escape(name), text)]
    art = Article(id="a", source="a.txt", format="txt", text=text, names=tuple(sorted(spans, key=lambda s: s.start)))
    return {e.name: e for e in geocode(resolve([art]), [art])}


def near(e: Entity, lat: float, lon: float, km: float = 100.0) -> bool:
    assert e.lat is not None and e.lon is not None, e
    dy, dx = math.radians(e.lat - lat), math.radians(e.lon - lon) * math.cos(math.radians(lat))
    return 6371 * math.hypot(dx, dy) < km


def test_the_region_or_country_after_a_comma_decides() -> None:
    assert near(located("Floods closed roads in Paris, Texas.", {"Paris": "GPE", "Texas": "GPE"})["Paris"],
                33.66, -95.56)
    assert near(located("The mayor of Springfield, Illinois, spoke.", {"Springfield": "GPE", "Illinois": "GPE"})
                ["Springfield"], 39.80, -89.64)  # the one in Illinois, not the larger one in Missouri
    assert near(located("A fire in London, Ontario, was put out.", {"London": "GPE", "Ontario": "GPE"})["London"],
                42.98, -81.25)
    athens = located("Residents of Athens, Georgia, held a vigil.", {"Athens": "GPE", "Georgia": "GPE"})
    assert near(athens["Athens"], 33.96, -83.38)  # "Georgia" the state, as no Athens lies in the country
    atlanta = located("A tornado struck Atlanta, Georgia, on Sunday.", {"Atlanta": "GPE", "Georgia": "GPE"})
    assert atlanta["Georgia"].lat is not None and atlanta["Georgia"].lon < -75  # the state, not the country
    tbilisi = located("Protesters filled Tbilisi as Georgia's parliament met.", {"Tbilisi": "GPE", "Georgia": "GPE"})
    assert tbilisi["Georgia"].geo_precision == "country" and tbilisi["Georgia"].lon > 40


def test_the_story_country_comes_from_its_places_and_peoples() -> None:
    lebanon = located("Lebanese troops deployed in Tripoli after clashes.", {"Lebanese": "NORP", "Tripoli": "GPE"})
    assert near(lebanon["Tripoli"], 34.44, 35.85)
    libya = located("Libyan forces clashed near Tripoli.", {"Libyan": "NORP", "Tripoli": "GPE"})
    assert near(libya["Tripoli"], 32.89, 13.19)
    spain = located("The earthquake shook Valencia and was felt in Madrid.", {"Valencia": "GPE", "Madrid": "GPE"})
    assert near(spain["Valencia"], 39.47, -0.38)  # Madrid is Spain's; Valencia, Venezuela is the larger


def test_main_names_outrank_alternate_ones_and_states_small_namesakes() -> None:
    assert near(located("Aid arrived from Islamabad.", {"Islamabad": "GPE"})["Islamabad"], 33.69, 73.05)
    virginia = located("Power failed across Virginia.", {"Virginia": "GPE"})["Virginia"]
    assert virginia.geo_precision == "region" and virginia.lon < -70  # not Virginia, Free State


def test_a_city_the_parser_took_for_a_person_after_in_or_from_is_a_place() -> None:
    found = located("The governor visited Lahore after the floods.", {"Lahore": "PERSON"})
    assert found["Lahore"].type == "GPE" and near(found["Lahore"], 31.55, 74.34)
    person = located("Montgomery said the plan would work.", {"Montgomery": "PERSON"})["Montgomery"]
    assert person.type == "PERSON" and person.lat is None


def test_a_city_the_parser_missed_or_took_for_an_organisation_is_found_where_the_words_say_a_place() -> None:
    struck = located("Rockets struck Dnipro overnight, officials said.", {})
    assert "Dnipro" in struck and struck["Dnipro"].type == "GPE" and near(struck["Dnipro"], 48.45, 34.98)
    listed = located("Strikes closed schools in Toulouse and Bordeaux.", {"Toulouse": "GPE", "Bordeaux": "ORG"})
    assert listed["Bordeaux"].type == "GPE" and near(listed["Bordeaux"], 44.84, -0.58)
    company = located("Shares of Bordeaux rose after the report.", {"Bordeaux": "ORG"})["Bordeaux"]
    assert company.type == "ORG" and company.lat is None


def test_states_and_countries_without_a_city_of_their_name_are_placed() -> None:
    found = located("Storms moved from Kentucky into Ohio, then toward Tennessee.",
                    {"Kentucky": "GPE", "Ohio": "GPE", "Tennessee": "GPE"})
    assert near(found["Ohio"], 40.3, -82.8, km=200) and found["Ohio"].geo_precision == "region"
    assert near(found["Kentucky"], 37.5, -85.3, km=200)
    assert near(located("Exports to Mongolia fell.", {"Mongolia": "GPE"})["Mongolia"], 46.8, 103.0, km=400)


def test_short_forms_of_countries() -> None:
    found = located("Officials in the U.S. and the UK met envoys from the UAE.",
                    {"U.S.": "GPE", "UK": "GPE", "UAE": "GPE"})
    assert found["U.S."].geo_precision == "country" and near(found["U.S."], 37.2, -95.8, km=300)
    assert near(found["UK"], 54.0, -2.5, km=300)
    assert near(found["UAE"], 24.3, 54.0, km=300)
    assert near(located("Prices rose across the US last year.", {"US": "GPE"})["US"], 37.2, -95.8, km=300)


def test_counties_and_continents() -> None:
    county = located("Deputies in Cabell County, W.Va., closed the road.", {"Cabell County": "GPE"})["Cabell County"]
    assert county.lat is not None and near(county, 38.4, -82.2, km=250) and county.geo_precision == "region"
    walker = located("A storm hit Walker County near Huntsville, Texas.",
                     {"Walker County": "GPE", "Huntsville": "GPE", "Texas": "GPE"})["Walker County"]
    assert walker.lat is not None and -107 < walker.lon < -93  # Texas' Walker County, not Alabama's or Georgia's
    europe = located("Flights across Europe were cancelled.", {"Europe": "LOC"})["Europe"]
    assert near(europe, 48.7, 9.1, km=100) and europe.geo_precision == "region"


def test_ap_and_postal_state_abbreviations_after_a_city() -> None:
    assert near(located("A grain silo burned in Salina, Kan., on Friday.", {"Salina": "GPE"})["Salina"],
                38.84, -97.61)
    assert near(located("Floods hit Aurora, Ill., overnight.", {"Aurora": "GPE"})["Aurora"], 41.76, -88.32)
    assert near(located("The band played in Pasadena, Calif., last night.", {"Pasadena": "GPE"})["Pasadena"],
                34.15, -118.14)  # not Pasadena, Texas
    assert near(located("Police in Columbia, MO, arrested two men.", {"Columbia": "GPE"})["Columbia"], 38.95, -92.33)
    calif = located("Wildfires spread across Calif. this week.", {"Calif.": "GPE"})
    assert near(next(iter(calif.values())), 37.3, -119.3, km=200)


def test_the_wrong_namesake_is_avoided_by_the_story_and_the_state() -> None:
    moscow = located("Dallas police said the suspect had travelled to Moscow before returning to Houston.",
                     {"Dallas": "GPE", "Moscow": "GPE", "Houston": "GPE"})
    assert near(moscow["Moscow"], 55.75, 37.62)  # Russia's capital, though the story is in Texas
    georgia = located("Crews from Alabama and Florida drove into Georgia to restore power.",
                      {"Alabama": "GPE", "Florida": "GPE", "Georgia": "GPE"})["Georgia"]
    assert georgia.lon is not None and georgia.lon < -75  # the state, in a story set in the US
    oxford = located("Students in Oxford and Cambridge joined marches in London.",
                     {"Oxford": "GPE", "Cambridge": "GPE", "London": "GPE"})
    assert near(oxford["Oxford"], 51.75, -1.26)


def test_context_is_read_per_story_not_across_unrelated_articles() -> None:
    from storyline.model import Story

    texts = {"r": "Kyiv and Kharkiv braced for strikes as Odessa's port closed.",
             "t": "Odessa police closed roads after the rodeo near Midland and Lubbock."}
    labels = {"Kyiv": "GPE", "Kharkiv": "GPE", "Odessa": "GPE", "Midland": "GPE", "Lubbock": "GPE"}
    arts = []
    for aid, text in texts.items():
        spans = [NamedSpan(start=m.start(), end=m.end(), label=label, text=name)
                 for name, label in labels.items() for m in re.finditer(re.escape(name), text)]
        arts.append(Article(id=aid, source=f"{aid}.txt", format="txt", text=text,
                            names=tuple(sorted(spans, key=lambda s: s.start))))
    texas = located(texts["t"], labels)
    assert near(texas["Odessa"], 31.85, -102.37)  # alone, the Texas story's Odessa is in Texas
    # the Texas story told by two outlets: the shared entity "Odessa" is placed in the context of
    # the story holding most of its mentions, and the Ukrainian story's cities do not outvote it
    arts.append(dataclasses.replace(arts[1], id="t2", source="t2.txt"))
    stories = [Story(id="s1", title="", articles=("r",)), Story(id="s2", title="", articles=("t", "t2"))]
    assert near({e.name: e for e in geocode(resolve(arts), arts, stories)}["Odessa"], 31.85, -102.37)
    one_run = [Story(id="s", title="", articles=("r", "t", "t2", "r2", "r3"))]  # all as one story, as before
    arts += [dataclasses.replace(arts[0], id=i, source=f"{i}.txt") for i in ("r2", "r3")]
    assert not near({e.name: e for e in geocode(resolve(arts), arts, one_run)}["Odessa"], 31.85, -102.37)


def test_peoples_names_are_placed_at_their_country() -> None:
    found = located("Russian officials and Palestinian envoys met in Cairo.",
                    {"Russian": "NORP", "Palestinian": "NORP", "Cairo": "GPE"})
    assert found["Russian"].type == "NORP" and found["Russian"].geo_precision == "country"
    assert near(found["Russian"], 61.2, 104.9, km=300) and near(found["Palestinian"], 31.8, 35.0, km=100)


def test_bare_town_names_typed_person_or_organisation_in_locative_contexts() -> None:
    found = located("Roselle police arrested a man on Tuesday.", {"Roselle": "ORG"})
    assert found["Roselle"].type == "GPE" and found["Roselle"].lat is not None
    found = located("A fire destroyed two homes in Woodbridge overnight.", {"Woodbridge": "PERSON"})
    assert found["Woodbridge"].type == "GPE" and found["Woodbridge"].lat is not None
    person = located("Woodbridge said he would appeal.", {"Woodbridge": "PERSON"})["Woodbridge"]
    assert person.type == "PERSON" and person.lat is None


def test_a_place_inside_an_organisations_name_is_also_a_place() -> None:
    found = located("The Rochester Fire Department said the blaze was out by noon.",
                    {"Rochester Fire Department": "ORG"})
    assert found["Rochester Fire Department"].type == "ORG"
    assert found["Rochester"].type == "GPE" and found["Rochester"].lat is not None
    ohio = located("Fans of Ohio State University cheered.", {"Ohio State University": "ORG"})
    state = next(e for e in ohio.values() if "Ohio" in e.aliases)
    assert state.type == "GPE" and near(state, 40.2, -82.7, km=200) and ohio["Ohio State University"].type == "ORG"
    assert set(located("The Acme Widget Company cut jobs.", {"Acme Widget Company": "ORG"})) == {"Acme Widget Company"}


def test_a_town_missing_from_the_gazetteer_lies_in_the_region_named_after_it() -> None:
    town = located("Police raided a ranch near Bountiful, B.C., on Monday.", {"Bountiful": "GPE"})["Bountiful"]
    assert near(town, 53.6, -122.6, km=300) and town.geo_precision == "region"  # not Bountiful, Utah
    listed = located("Envoys from Russia, Belarus and Armenia met.", {"Russia": "GPE", "Belarus": "GPE",
                                                                     "Armenia": "GPE"})
    assert near(listed["Russia"], 61.2, 104.9, km=300)  # a list of countries: Russia is not in Belarus


def test_islands_informal_regions_and_parts_of_a_place() -> None:
    found = located("Aftershocks rattled Sumatra while markets across the Middle East fell.",
                    {"Sumatra": "LOC", "Middle East": "LOC"})
    assert near(found["Sumatra"], -0.6, 101.3, km=300) and near(found["Middle East"], 29.0, 42.0, km=800)
    south = located("Fires spread across Southern California overnight.", {"Southern California": "LOC"})
    assert near(south["Southern California"], 36.8, -119.4, km=500)  # the state, not a town named California
    lower = located("Offices in Lower Manhattan closed early.", {"Lower Manhattan": "LOC"})["Lower Manhattan"]
    assert near(lower, 40.78, -73.97, km=30)


def test_a_state_of_the_storys_country_over_a_namesake_abroad() -> None:
    found = located("He left Texas and flew home to Maryland, then on to Ohio.",
                    {"Texas": "GPE", "Maryland": "GPE", "Ohio": "GPE"})
    assert near(found["Maryland"], 39.0, -76.8, km=200)  # not Maryland County, Liberia


def test_an_organisation_called_by_its_citys_name_is_located_there() -> None:
    found = located("Indiana beat Evansville 91-73 in Bloomington, Indiana, on Thursday.",
                    {"Indiana": "GPE", "Evansville": "ORG", "Bloomington": "GPE"})
    team = found["Evansville"]
    assert team.type == "ORG" and near(team, 37.97, -87.56, km=30) and team.geo_precision == "city"


def test_a_state_abbreviation_the_parser_took_for_a_person_is_the_state() -> None:
    found = located("He kept a house in Old Tappan, N. J., for years.", {"Old Tappan": "GPE", "N. J.": "PERSON"})
    state = next(e for e in found.values() if e.name.startswith("N. J"))
    assert state.type == "GPE" and near(state, 40.1, -74.5, km=120)


def test_a_county_without_a_point_of_its_own_is_put_at_the_storys_town_in_its_state() -> None:
    found = located("Deputies from Cabell County searched Huntington, West Virginia, after the flood.",
                    {"Cabell County": "GPE", "Huntington": "GPE", "West Virginia": "GPE"})
    assert near(found["Cabell County"], 38.42, -82.45, km=40)  # not the middle of the state
