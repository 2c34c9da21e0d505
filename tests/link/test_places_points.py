"""Which point a large region gets (issue 19, the point convention): one within 161 km of
both GeoNames' point and Google's where such a point exists. Sentences written for these tests."""

from __future__ import annotations

import math

from storyline.link.entities import resolve
from storyline.link.places import geocode
from storyline.model import Article, Entity, NamedSpan


def km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    a = math.sin((p2 - p1) / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(math.radians(lon2 - lon1) / 2) ** 2
    return 6371.0 * 2 * math.asin(math.sqrt(a))


def place(text: str, name: str) -> Entity:
    spans = []
    start = text.find(name)
    while start >= 0:
        spans.append(NamedSpan(start=start, end=start + len(name), label="GPE", text=name))
        start = text.find(name, start + 1)
    art = Article(id="a", source="a.txt", format="txt", text=text, names=tuple(spans))
    return next(e for e in geocode(resolve([art]), [art]) if e.name == name)


def test_british_columbia_is_within_161_km_of_both_conventions() -> None:
    for text, name in (("Wildfires forced evacuations across British Columbia on Tuesday.", "British Columbia"),
                       ("The premier of B.C. toured the flooded valley.", "B.C.")):
        e = place(text, name)
        assert e.lat is not None and e.lon is not None
        assert km(e.lat, e.lon, 53.99983, -125.0032) < 161  # GeoNames
        assert km(e.lat, e.lon, 53.7267, -127.6476) < 161  # Google's geocoder


def test_a_province_abbreviation_votes_for_its_country() -> None:
    text = "Police in Creston opened a file. The B.C. ministry said B.C. courts would hear it."
    at = text.index("Creston")
    art = Article(id="a", source="a.txt", format="txt", text=text,
                  names=(NamedSpan(start=at, end=at + 7, label="GPE", text="Creston"),
                         *(NamedSpan(start=i, end=i + 4, label="GPE", text="B.C.")
                           for i in (text.index("B.C."), text.rindex("B.C.")))))
    creston = next(e for e in geocode(resolve([art]), [art]) if e.name == "Creston")
    assert creston.lat is not None and creston.lon is not None
    assert km(creston.lat, creston.lon, 49.1, -116.5) < 50  # British Columbia's, not Iowa's (larger)


def spans_of(text: str, names: dict[str, str]) -> tuple[NamedSpan, ...]:
    out = []
    for name, label in names.items():
        start = text.find(name)
        while start >= 0:
            out.append(NamedSpan(start=start, end=start + len(name), label=label, text=name))
            start = text.find(name, start + 1)
    return tuple(out)


def located(text: str, names: dict[str, str]) -> dict[str, Entity]:
    art = Article(id="a", source="a.txt", format="txt", text=text, names=spans_of(text, names))
    return {e.name: e for e in geocode(resolve([art]), [art])}


def test_a_name_several_regions_of_one_country_end_in_votes_for_that_country() -> None:
    """A thin story whose only place is "Carolina": the Carolinas, not the town in Puerto Rico,
    and the team named by a city ("Wichita") is then placed in that country."""
    text = ("Carolina held on to beat Wichita 81-77 on Saturday night. Wichita trailed by nine at the break, "
            "and Carolina's guards made four late free throws to seal it.")
    got = located(text, {"Carolina": "GPE", "Wichita": "ORG"})
    carolina, wichita = got["Carolina"], got["Wichita"]
    assert carolina.lat is not None and carolina.lon is not None
    assert km(carolina.lat, carolina.lon, 35.5, -79.4) < 161  # North Carolina
    assert km(carolina.lat, carolina.lon, 33.9, -80.9) < 161  # South Carolina
    assert wichita.lat is not None and wichita.lon is not None
    assert km(wichita.lat, wichita.lon, 37.69, -97.34) < 50


def test_the_shared_regions_do_not_outvote_the_places_around_them() -> None:
    text = ("Flooding closed roads in Carolina and Bayamón on Monday, and the mayor of San Juan "
            "asked residents of Carolina to stay home.")
    got = located(text, {"Carolina": "GPE", "Bayamón": "GPE", "San Juan": "GPE"})
    carolina = got["Carolina"]
    assert carolina.lat is not None and carolina.lon is not None
    assert km(carolina.lat, carolina.lon, 18.38, -65.96) < 30  # the town in Puerto Rico


def test_java_alone_is_the_indonesian_island() -> None:
    got = located("A strong earthquake shook Java before dawn, and buildings cracked across Java.", {"Java": "GPE"})
    java = got["Java"]
    assert java.lat is not None and java.lon is not None
    assert km(java.lat, java.lon, -7.3, 110.0) < 300


def test_a_sea_word_shared_by_a_pair_makes_both_features() -> None:
    text = "The plan would open waters off the Atlantic and Pacific coasts to new oil leases."
    atlantic = located(text, {"Atlantic": "LOC", "Pacific": "LOC"})
    ocean = next(e for name, e in atlantic.items() if name.startswith("Atlantic"))
    assert ocean.lat is not None and ocean.lon is not None
    assert ocean.lon > -60  # the ocean, not the town in Iowa (-95.0)
    text = "Tankers cross the Black and Caspian seas to reach the port."
    caspian = next(e for name, e in located(text, {"Caspian": "LOC"}).items() if name.startswith("Caspian"))
    assert caspian.lat is not None and caspian.lon is not None
    assert km(caspian.lat, caspian.lon, 41.8, 50.8) < 300


def test_a_part_of_a_state_is_the_middle_of_that_part() -> None:
    for text, name, lat, lon in (
            ("Heavy rain is due across Southern California on Friday.", "Southern California", 34.05, -118.25),
            ("Tornado sirens sounded across Western Kentucky overnight.", "Western Kentucky", 37.08, -88.6),
            ("Storms knocked out power for thousands in East Tennessee.", "East Tennessee", 35.96, -83.92)):
        e = place(text, name)
        assert e.lat is not None and e.lon is not None
        assert km(e.lat, e.lon, lat, lon) < 161, name  # Los Angeles, Paducah, Knoxville


def test_a_small_town_listed_with_close_towns_is_their_namesake_not_one_far_away() -> None:
    text = "Floodwater reached homes in Salem, Stayton, Turner and Jefferson on Sunday, and Salem opened a shelter."
    got = located(text, {n: "GPE" for n in ("Salem", "Stayton", "Turner", "Jefferson")})
    turner = got["Turner"]
    assert turner.lat is not None and turner.lon is not None
    assert km(turner.lat, turner.lon, 44.84, -122.95) < 30  # Turner, Oregon, not the larger one in Maine


def test_a_name_distances_are_measured_from_is_a_place_whatever_the_parser_typed() -> None:
    text = ("Deputies searched the woods two miles west of Crooked Fork on Monday. Crooked Fork is a clearing "
            "hikers use outside Bend. Bend police joined the search, and Bend volunteers brought food.")
    got = located(text, {"Crooked Fork": "ORG", "Bend": "GPE"})
    fork = got["Crooked Fork"]
    assert fork.type == "LOC"
    assert fork.lat is not None and fork.lon is not None
    assert km(fork.lat, fork.lon, 44.06, -121.31) < 30  # at the story's town, approximately
    assert fork.geo_precision == "city"


def test_a_country_opening_an_organisation_after_a_comma_is_no_qualifier() -> None:
    text = ("The quake struck 40 km west of Manokwari, the U.S. Geological Survey said. Roads in Manokwari "
            "cracked, and Indonesia sent tents.")
    got = located(text, {"Manokwari": "GPE", "U.S.": "GPE", "Indonesia": "GPE"})
    town = got["Manokwari"]
    assert town.lat is not None and town.lon is not None
    assert km(town.lat, town.lon, -0.86, 134.06) < 50  # the town in West Papua, not the US point


def test_a_county_after_a_town_is_read_before_a_region_spelt_alike() -> None:
    got = located("She grew up in Millom, Cumbria, where her father kept a shop.", {"Millom": "GPE", "Cumbria": "GPE"})
    town = got["Millom"]
    assert town.lat is not None and town.lon is not None
    assert km(town.lat, town.lon, 54.21, -3.27) < 50  # not Coimbra, Portugal (same consonants as Cumbria)


def test_a_central_part_of_a_region_named_as_a_district_is_in_that_region() -> None:
    text = "Houses collapsed in the Central Aceh District, and rescuers reached Aceh by road."
    got = located(text, {"Central Aceh District": "GPE", "Aceh": "GPE"})
    part = got["Central Aceh District"]
    assert part.lat is not None and part.lon is not None
    assert km(part.lat, part.lon, 4.5, 96.85) < 161


def test_a_country_named_only_in_a_local_institution_is_the_town_of_the_story() -> None:
    text = ("A cyclist was struck on Hillside Avenue in Queens and taken to Jamaica Hospital, police said. "
            "Queens detectives were questioning the driver.")
    got = located(text, {"Jamaica": "GPE", "Queens": "GPE"})
    town = got["Jamaica"]
    assert town.lat is not None and town.lon is not None
    assert km(town.lat, town.lon, 40.69, -73.81) < 30  # Jamaica, Queens, not the island country


def test_a_judicial_district_is_no_area() -> None:
    text = ("A Fall River man was arraigned in Fall River District Court on Monday, "
            "the Fall River District Attorney's office said.")
    got = located(text, {"Fall River": "GPE"})
    town = got["Fall River"]
    assert town.lat is not None and town.lon is not None
    assert km(town.lat, town.lon, 41.70, -71.16) < 30
    assert "Fall River District" not in got


def test_words_after_a_comma_met_only_on_consonants_are_no_qualifier_away_from_the_town() -> None:
    text = "Kalispell, Mrs Palmer's home town, is a short drive from the park. Kalispell police closed a road."
    got = located(text, {"Kalispell": "GPE"})
    town = got["Kalispell"]
    assert town.lat is not None and town.lon is not None
    assert km(town.lat, town.lon, 48.2, -114.31) < 50


def test_a_town_the_gazetteer_lacks_in_a_region_is_at_the_story_s_town_of_that_region() -> None:
    text = ("Members of the commune at Quillback Hollow, B.C., met on Sunday. Officers drove from Nelson, B.C., "
            "to Quillback Hollow to speak to them.")
    got = located(text, {"Quillback Hollow": "GPE", "Nelson": "GPE", "B.C.": "GPE"})
    hollow = got["Quillback Hollow"]
    assert hollow.lat is not None and hollow.lon is not None
    assert km(hollow.lat, hollow.lon, 49.49, -117.29) < 30  # at Nelson, not the province's middle
    assert hollow.geo_precision == "city"


def test_a_small_town_far_from_the_one_county_its_story_names_is_put_in_that_county() -> None:
    """The gazetteer's only Middleton of England is Greater Manchester's; a story set in West
    Sussex means Middleton-on-Sea."""
    text = ("A sea wall gave way in Middleton on Tuesday, and West Sussex firefighters pumped water "
            "from homes in Middleton.")
    got = located(text, {"Middleton": "GPE", "West Sussex": "GPE"})
    town = got["Middleton"]
    assert town.lat is not None and town.lon is not None
    assert km(town.lat, town.lon, 50.79, -0.62) < 50  # in West Sussex, not near Manchester (330 km)
    assert town.geo_precision == "city"


def test_a_district_the_gazetteer_lacks_is_in_the_region_its_story_names_most() -> None:
    text = ("Landslides cut roads in the Nagan Raya regency of Aceh on Monday. Aceh officials said Banda Aceh "
            "sent trucks, and Aceh police cleared the road to Nagan Raya by night.")
    got = located(text, {"Nagan Raya": "GPE", "Aceh": "GPE", "Banda Aceh": "GPE"})
    district = got["Nagan Raya"]
    assert district.lat is not None and district.lon is not None
    assert km(district.lat, district.lon, 4.17, 96.5) < 161  # the province's middle, not Banda Aceh (220 km)
    got = located("Fog lay over Greenwich Village and Greenwich Village bars opened late; Manhattan was quiet.",
                  {"Greenwich Village": "GPE", "Manhattan": "GPE"})
    assert got["Greenwich Village"].geo_precision != "region"  # a proper name, not a village of a region


def test_an_island_named_with_the_word_island_is_the_island() -> None:
    got = located("Ferries to Borneo Island were cancelled, and fishermen on Borneo Island stayed ashore.",
                  {"Borneo Island": "LOC"})
    island = got["Borneo Island"]
    assert island.lat is not None and island.lon is not None
    assert km(island.lat, island.lon, 0.9, 114.0) < 300


def test_a_state_postal_code_after_a_town_is_the_state() -> None:
    got = located("He checked into a clinic in Fresno, CA, his lawyer said.",
                  {"Fresno": "GPE", "CA": "ORG"})  # the parser often takes the code for an organisation
    state = got["CA"]
    assert state.lat is not None and state.lon is not None
    assert km(state.lat, state.lon, 37.2, -119.5) < 161  # California
