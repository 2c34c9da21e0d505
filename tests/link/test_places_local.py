"""Places in local news (issue 19, second round): towns under 5,000 people, a city that
names its state, regions that share a name, British counties, the outlet's country, and
the conventional point of a large country or region. Sentences written for these tests."""

from __future__ import annotations

import math
import re

from storyline.link.entities import resolve
from storyline.link.gazetteer import small_towns
from storyline.link.places import _outlet_country, geocode
from storyline.model import Article, Entity, NamedSpan


def located(text: str, labels: dict[str, str], url: str | None = None) -> dict[str, Entity]:
    spans = [NamedSpan(start=m.start(), end=m.end(), label=label, text=name)
             for name, label in labels.items() for m in re.finditer(r"\b" + re.escape(name) + r"\b", text)]
    art = Article(id="a", source="a.txt", format="txt", text=text, url=url,
                  names=tuple(sorted(spans, key=lambda s: s.start)))
    return {e.name: e for e in geocode(resolve([art]), [art])}


def km(e: Entity, lat: float, lon: float) -> float:
    assert e.lat is not None and e.lon is not None, e
    p1, p2 = math.radians(e.lat), math.radians(lat)
    h = math.sin((p2 - p1) / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(math.radians(lon - e.lon) / 2) ** 2
    return 6371 * 2 * math.asin(math.sqrt(h))


def test_a_town_of_fewer_than_5000_people_is_placed() -> None:
    text = ("The Russian River crested overnight and flooded homes in Guerneville and Occidental, "
            "Sonoma County officials said, while Santa Rosa opened a shelter.")
    found = located(text, {"Guerneville": "GPE", "Occidental": "GPE", "Sonoma County": "GPE", "Santa Rosa": "GPE"})
    assert km(found["Guerneville"], 38.50, -123.00) < 15
    assert km(found["Occidental"], 38.41, -122.95) < 15


def test_a_small_town_abroad_is_not_taken_on_its_name_alone() -> None:
    assert any(p.country != "US" for p in small_towns("Ferndale"))
    text = "Volunteers in Ferndale cleared the main street after the storm, and Eureka sent two crews."
    found = located(text, {"Ferndale": "GPE", "Eureka": "GPE"})
    assert found["Ferndale"].lat is not None and found["Ferndale"].lon is not None
    assert found["Ferndale"].lon < -60  # one of the American Ferndales, not the Australian town


def test_a_dominant_city_names_the_state_for_its_namesakes() -> None:
    text = "A stray bullet struck a teenager in Brownsville on Friday, and clergy from across Brooklyn held a vigil."
    found = located(text, {"Brownsville": "GPE", "Brooklyn": "GPE"})
    assert km(found["Brownsville"], 40.66, -73.92) < 10  # the Brooklyn neighbourhood, not the Texas city


def test_regions_sharing_a_name_in_the_story_country() -> None:
    text = "Dallas beat Carolina 24-10 on Sunday, and fans drove home from Texas Stadium through the night."
    found = located(text, {"Dallas": "GPE", "Carolina": "GPE", "Texas": "GPE"})
    assert km(found["Carolina"], 35.2, -80.8) < 150  # the Carolinas, not Carolina, Puerto Rico


def test_a_british_county_named_without_the_word_county() -> None:
    text = "Floods closed roads across Norfolk on Monday, and trains from Norwich to London were cancelled."
    found = located(text, {"Norfolk": "GPE", "Norwich": "GPE", "London": "GPE"})
    assert km(found["Norfolk"], 52.65, 1.0) < 40  # the county, not Norfolk, Virginia


def test_the_outlet_country_from_its_web_address() -> None:
    def art(url: str | None) -> Article:
        return Article(id="a", source="a.txt", format="txt", text="x", url=url)

    assert _outlet_country(art("https://www.example.co.uk/news/1")) == "GB"
    assert _outlet_country(art("http://news.example.ca/story")) == "CA"
    assert _outlet_country(art("https://www.example.com.au/a")) == "AU"
    assert _outlet_country(art("https://example.tv/a")) is None  # a code sold as a generic name
    assert _outlet_country(art("https://www.example.com/a")) is None
    assert _outlet_country(art(None)) is None


def test_the_outlet_country_steers_a_name_with_namesakes() -> None:
    text = "Flooding in Kingston closed the bridge on Tuesday."
    assert km(located(text, {"Kingston": "GPE"})["Kingston"], 18.0, -76.8) < 50  # Jamaica's capital, alone
    canadian = located(text, {"Kingston": "GPE"}, url="https://www.example.ca/local/1")["Kingston"]
    assert km(canadian, 44.23, -76.48) < 30  # an outlet in Canada: Kingston, Ontario


def test_large_countries_and_regions_at_geonames_points() -> None:
    found = located("Wildfires burned in Canada and Alaska all summer.", {"Canada": "GPE", "Alaska": "GPE"})
    assert km(found["Canada"], 60.1, -113.6) < 50  # not a box centre among the Arctic islands
    assert km(found["Alaska"], 64.0, -150.0) < 50
    found = located("Forest fires spread across Ontario and Quebec.", {"Ontario": "GPE", "Quebec": "GPE"})
    assert km(found["Ontario"], 49.25, -84.5) < 50  # not the southern edge its towns crowd along


def test_a_county_no_town_is_named_after_is_at_its_own_middle() -> None:
    # Cabell County, West Virginia (seat Huntington) and Walker County, Alabama (seat Jasper): no
    # place of their states bears their names; their points come from their ZIP codes' points
    text = ("Flood warnings were issued for Cabell County on Tuesday, and deputies in Walker County, "
            "Alabama, closed two roads after the storm.")  # three states have a Walker County: the state decides
    found = located(text, {"Cabell County": "GPE", "Walker County": "GPE", "Alabama": "GPE"})
    assert km(found["Cabell County"], 38.42, -82.24) < 40  # not West Virginia's middle, 200 km east
    assert km(found["Walker County"], 33.80, -87.30) < 40
