"""Geocoding in context (link/places.py), on texts from other stories: the region or
country after a comma, the story's country, peoples' names, main names, places the parser
took for people."""

from __future__ import annotations

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
