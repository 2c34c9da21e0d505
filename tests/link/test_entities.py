"""Entity resolution across spellings, on names from other stories."""

from storyline.link.entities import resolve
from storyline.link.gazetteer import candidates
from storyline.link.names import name_key
from storyline.link.places import geocode
from storyline.model import Article, NamedSpan


def article(aid: str, *names: tuple[str, str]) -> Article:
    text = " ".join(n for n, _ in names)
    spans, at = [], 0
    for n, label in names:
        spans.append(NamedSpan(start=at, end=at + len(n), label=label, text=n))
        at += len(n) + 1
    return Article(id=aid, source=f"{aid}.txt", format="txt", text=text, names=tuple(spans))


def entity_of(entities, alias):
    return next(e for e in entities if alias in e.aliases)


def test_transliterations_meet() -> None:
    assert name_key("Prigožin") == name_key("Prigozhin") == name_key("Пригожин")
    assert name_key("Jevgeni") == name_key("Yevgeni")
    assert name_key("Kassym") == name_key("Kasym")
    assert name_key("Шымкент") == name_key("Shymkent")
    assert name_key("Kazakhstan’s Interior Ministry") == name_key("Kazakhstan Interior Ministry")
    assert name_key("Almaty") != name_key("Almaty Region")


def test_spellings_case_endings_surnames_and_acronyms_resolve() -> None:
    entities = resolve([
        article("a", ("Yevgeny Prigozhin", "PERSON"), ("NATO", "ORG"), ("North Atlantic Treaty Organization", "ORG"),
                ("Kharkiv", "GPE")),
        article("b", ("Jevgeni Prigozhinille", "PERSON"), ("Prigozhin", "ORG"), ("OTAN", "ORG"),
                ("Kharkiv Region", "GPE")),
    ])
    person = entity_of(entities, "Yevgeny Prigozhin")
    assert {"Jevgeni Prigozhinille", "Prigozhin"} <= set(person.aliases) and person.type == "PERSON"
    nato = entity_of(entities, "NATO")
    assert {"OTAN", "North Atlantic Treaty Organization"} <= set(nato.aliases)
    assert nato.name == "North Atlantic Treaty Organization" and nato.type == "ORG"
    assert entity_of(entities, "Kharkiv") is not entity_of(entities, "Kharkiv Region")
    assert sorted(m.article for m in person.mentions) == ["a", "b", "b"]


def test_a_nationality_is_not_its_country() -> None:
    entities = resolve([article("a", ("Georgia", "GPE"), ("Georgian", "NORP"), ("Georgian", "NORP"))])
    assert entity_of(entities, "Georgia") is not entity_of(entities, "Georgian")


def test_places_are_geocoded_offline_in_the_story_country() -> None:
    assert candidates("Žanaozen")[0].country == "KZ"
    entities = geocode(resolve([article("a", ("Kharkiv", "GPE"), ("Odesa", "GPE"), ("Lviv", "GPE"))]))
    odesa = entity_of(entities, "Odesa")
    assert odesa.lat is not None and abs(odesa.lat - 46.48) < 0.3 and abs(odesa.lon - 30.73) < 0.3
    unknown = geocode(resolve([article("b", ("Republic Square", "FAC"))]))
    assert unknown[0].lat is None  # not in the gazetteer: no coordinates are invented


def test_countries_by_other_names_demonym_plurals_and_dotted_initials() -> None:
    entities = resolve([article("a", ("Republic of Moldova", "GPE"), ("Moldova", "GPE"), ("Moldovans", "GPE"),
                                ("Moldovan", "NORP"), ("Moldovan", "NORP"), ("U.S.", "GPE"), ("Chad", "NORP"))])
    moldova = entity_of(entities, "Moldova")
    assert "Republic of Moldova" in moldova.aliases and moldova.type == "GPE"
    people = entity_of(entities, "Moldovans")
    assert people is entity_of(entities, "Moldovan") and people.type == "NORP"
    assert entity_of(entities, "U.S.").type == "GPE"  # the alias is kept as written
    assert entity_of(entities, "Chad").type == "GPE"  # a country, whatever the parser said


def test_a_name_with_a_case_ending_is_restored_for_the_canonical_name() -> None:
    entities = resolve([article("a", ("Sauli Niinistölle", "PERSON"), ("Niinistö", "PERSON"))])
    assert entity_of(entities, "Niinistö").name == "Sauli Niinistö"


def test_countries_sites_and_regions_on_the_map() -> None:
    text = ("Troops entered Tbilisi. Crowds gathered on Freedom Square in Tbilisi.\n\n"
            "Clashes spread to the Kakheti and Imereti regions and to Georgia's border.")
    names = [NamedSpan(start=text.index(w), end=text.index(w) + len(w), label=label, text=w)
             for w, label in (("Tbilisi", "GPE"), ("Freedom Square", "FAC"), ("Kakheti", "GPE"), ("Georgia", "GPE"))]
    art = Article(id="g", source="g.txt", format="txt", text=text, names=tuple(names))
    entities = geocode(resolve([art]), [art])
    georgia, square = entity_of(entities, "Georgia"), entity_of(entities, "Freedom Square")
    tbilisi = entity_of(entities, "Tbilisi")
    # a country sits on its own land, not at a city's mean: Georgia's middle is about 42.3 N, 43.4 E
    assert georgia.geo_precision == "country" and abs(georgia.lat - 42.3) < 0.5 and abs(georgia.lon - 43.4) < 0.7
    assert (square.lat, square.lon, square.geo_precision) == (tbilisi.lat, tbilisi.lon, "city")
    kakheti = entity_of(entities, "Kakheti")  # a region: not the town of that name
    assert kakheti.name == "Kakheti Region" and kakheti.type == "GPE" and kakheti.geo_precision == "region"
    assert 41.0 < kakheti.lat < 42.6 and 45.0 < kakheti.lon < 46.8  # eastern Georgia


def test_a_region_named_after_its_city_is_another_place() -> None:
    text = ("Drones struck the Belgorod and Kursk regions overnight. In the city of Belgorod, a depot burned.\n\n"
            "Fishermen near the Baltic coast saw the flashes; the Alps were quiet. Other Russian regions were calm.")
    words = (("Belgorod", "GPE"), ("Kursk", "ORG"), ("Belgorod", "GPE"), ("Baltic", "NORP"), ("Alps", "LOC"),
             ("Russian", "NORP"))
    names, at = [], 0
    for w, label in words:
        at = text.index(w, at)
        names.append(NamedSpan(start=at, end=at + len(w), label=label, text=w))
        at += len(w)
    art = Article(id="r", source="r.txt", format="txt", text=text, names=tuple(names))
    entities = geocode(resolve([art]), [art])
    by_name = {e.name: e for e in entities}
    assert {"Belgorod Region", "Kursk Region", "Belgorod", "Baltic Sea", "Alps"} <= set(by_name)
    city, region = by_name["Belgorod"], by_name["Belgorod Region"]
    assert len(city.mentions) == 1 and len(region.mentions) == 1  # one mention each: never merged
    assert city.geo_precision == "exact" and region.geo_precision == "region"
    assert abs(city.lat - 50.6) < 0.2 and 49.8 < region.lat < 51.5 and 35.0 < region.lon < 39.5
    assert by_name["Kursk Region"].type == "GPE"  # whatever the parser thought
    baltic = by_name["Baltic Sea"]  # "the Baltic coast": the sea, from the general features table
    assert baltic.type == "LOC" and 54 < baltic.lat < 62 and 15 < baltic.lon < 25
    assert by_name["Alps"].geo_precision == "region"
    assert "Russian Region" not in by_name and by_name["Russian"].type == "NORP"  # the regions of Russia
