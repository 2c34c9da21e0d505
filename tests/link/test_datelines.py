"""The story's place is the city its outlets' datelines give (link/datelines.py), on articles of our own."""

from __future__ import annotations

from storyline.link.datelines import capital_desk, dateline_city, filed_from, hub_desk, town_of_country
from storyline.link.fact_labels import agreed_places
from storyline.model import Article, NamedSpan


def article(aid: str, text: str, places: tuple[str, ...] = ()) -> Article:
    names = tuple(NamedSpan(start=text.index(p), end=text.index(p) + len(p), label="GPE", text=p) for p in places)
    return Article(id=aid, source=f"{aid}.txt", format="txt", text=text, language="en", names=names)


def test_the_city_a_dateline_opens_with_in_a_readers_case() -> None:
    assert dateline_city(article("a", "Jail siege ends\n\nBy Ana Ruiz\n\nTRUJILLO, Peru (Andes Wire) - Inmates freed "
                                      "nine guards.")) == "Trujillo"
    assert dateline_city(article("b", "Flood toll rises\n\nNEW DELHI - At least 40 people died.")) == "New Delhi"
    assert dateline_city(article("c", "Flood toll rises\n\nAt least 40 people died in the city, police said.")) is None


def test_a_city_in_capitals_beyond_ascii_is_read_from_its_dateline() -> None:
    texts = ["Blast at grain terminal\n\nCONSTANȚA, Romania, Sept 16 (Black Sea Wire) - Two workers died at the "
             "Granotrans terminal.", "Silo blast\n\nCONSTANȚA, Romania - The Granotrans terminal burned all night."]
    arts = [article(f"a{i}", t, ("Granotrans",)) for i, t in enumerate(texts)]
    assert dateline_city(arts[0]) == "Constanța"
    assert filed_from(arts, known=lambda city: True) == "Constanța"


def test_two_articles_filed_from_one_city_set_the_story_there() -> None:
    texts = ["Siege ends\n\nTRUJILLO, Peru (Andes Wire) - Inmates at the Santa Ana prison freed nine guards.",
             "Guards freed\n\nTRUJILLO - Nine guards held at the Santa Ana prison walked out on Sunday.",
             "Prison revolt\n\nLIMA - The government said the Santa Ana prison revolt was over."]
    arts = [article(f"a{i}", t, ("Santa Ana",)) for i, t in enumerate(texts)]
    assert filed_from(arts, known=lambda city: True) == "Trujillo"
    assert agreed_places(arts)[0] == "Trujillo"  # not the town the prison is named after


def test_one_dateline_or_a_tie_sets_nothing() -> None:
    one = [article("a", "Quake\n\nPADANG - A quake struck."), article("b", "Quake\n\nA quake struck Sumatra.")]
    tie = [article("a", "Talks\n\nGENEVA - Talks began."), article("b", "Talks\n\nVIENNA - Talks began."),
           article("c", "Talks\n\nGENEVA - Talks went on."), article("d", "Talks\n\nVIENNA - Talks went on.")]
    assert filed_from(one, known=lambda city: True) is None
    assert filed_from(tie, known=lambda city: True) is None


def test_a_dateline_city_unknown_as_a_place_is_no_story_place() -> None:
    arts = [article(f"a{i}", "Launch\n\nBLUE ORIGIN - The rocket rose.") for i in range(2)]
    assert filed_from(arts, known=lambda city: False) is None


_VILLAGE = ["Flood sweeps campsite\n\nVAL-DES-PINS, France (Euro Wire) - Four campers died when a river burst its "
            "banks in France on Sunday.",
            "Campsite flood\n\nVAL-DES-PINS, France - Rescuers searched the river below Val-des-Pins for the missing.",
            "Anger in Val-des-Pins\n\nResidents of Val-des-Pins asked why no warning reached France's campsites.",
            "Insurers count cost\n\nClaims from the flood in France could reach €40m."]


def test_a_town_no_gazetteer_holds_leads_when_datelines_give_it_with_its_country_and_bodies_name_it() -> None:
    arts = [article(f"a{i}", t, ("France",)) for i, t in enumerate(_VILLAGE)]
    assert town_of_country("Val-des-pins", arts, nation=lambda name: "FR" if name == "France" else None)
    assert agreed_places(arts)[0] == "Val-des-Pins"  # written as the bodies write it, before the country


def test_an_unknown_dateline_town_without_a_country_or_named_in_no_body_is_no_story_place() -> None:
    bare = [article(f"a{i}", t.replace(", France (Euro Wire) -", " -").replace(", France -", " -")) for i, t in
            enumerate(_VILLAGE)]
    unnamed = [article(f"a{i}", "Flood\n\nVAL-DES-PINS, France - A river burst its banks in France.", ("France",))
               for i in range(3)]
    france = {"France": "FR"}.get
    assert not town_of_country("Val-des-pins", bare, nation=france)
    assert not town_of_country("Val-des-pins", unnamed, nation=france)
    assert agreed_places(unnamed)[0] == "France"


_PORT = ["Ship fire\n\nHARWELL QUAY, Scotland (Celtic Wire) - Three crew were missing after fire swept a freighter "
         "moored at Harwell Quay.",
         "Freighter ablaze\n\nHARWELL QUAY, Scotland (Celtic Wire) - The port of Harwell Quay stayed shut on "
         "Wednesday.",
         "Port reopens\n\nShips queued off Harwell Quay as the port reopened, Scotland's transport minister said.",
         "Insurers\n\nLosses from the Harwell Quay fire could reach £60m, brokers in Scotland said."]
_LAKE = ["Ice floe\n\nBIRCH LANDING, Man. - Forty anglers were stranded on Lake Tamarack when the ice broke.",
         "Anglers rescued\n\nBIRCH LANDING, Man. - Helicopters lifted anglers off Lake Tamarack near Birch Landing.",
         "Lake rescue\n\nDivers searched Lake Tamarack for a missing angler on Sunday.",
         "Fishers' losses\n\nFishers from Birch Landing lost nets on Lake Tamarack worth $80,000."]


def test_a_town_a_dateline_gives_with_a_part_of_a_country_leads_when_no_place_is_named_more() -> None:
    port = [article(f"a{i}", t, ("Scotland",)) for i, t in enumerate(_PORT)]
    scotland = {"Scotland": "GB"}.get
    assert not town_of_country("Harwell quay", port, nation=lambda name: None)  # a part read as no country
    assert town_of_country("Harwell quay", port, nation=lambda name: None, part=scotland, rivals=["Scotland"])
    assert agreed_places(port)[0] == "Harwell Quay"  # the gazetteer knows Scotland as a part of the UK
    # a lake more articles name than the town is the story's place; the town is where reporters file from
    lake = [article(f"a{i}", t, ("Lake Tamarack",)) for i, t in enumerate(_LAKE)]
    manitoba = {"Man.": "CA"}.get
    assert not town_of_country("Birch landing", lake, nation=lambda name: None, part=manitoba,
                               rivals=["Lake Tamarack"])
    assert town_of_country("Birch landing", lake, nation=lambda name: None, part=manitoba, rivals=[])


def test_a_story_filed_from_a_desk_abroad_is_set_where_its_articles_say() -> None:
    texts = ["Floods cut off valley\n\nNAIROBI, Kenya (East Wire) - Floods cut off 40 villages in Somalia's Gedo "
             "region on Monday, aid groups said, as rain swept across Somalia.",
             "Somalia floods\n\nNAIROBI - About 40 villages in Somalia were cut off, the UN said.",
             "Aid flown in\n\nAid reached Somalia on Wednesday as the water fell."]
    arts = [article(f"a{i}", t, ("Somalia",)) for i, t in enumerate(texts)]
    assert filed_from(arts, known=lambda city: True) == "Nairobi"
    assert agreed_places(arts)[0] == "Somalia"  # Kenya's capital is the desk, not the flood


def test_a_country_named_only_by_the_datelines_is_the_desks() -> None:
    texts = ["Strikes go on\n\nCHIANG MAI, Thailand (Asia Wire) - Air strikes killed 30 people in Myanmar's "
             "north on Sunday, rebels said.",
             "Toll rises\n\nCHIANG MAI, Thailand (Asia Wire) - The toll from air strikes in Myanmar rose to 41."]
    names = [("Thailand", "Myanmar"), ("Thailand", "Myanmar")]
    arts = [article(f"a{i}", t, n) for i, (t, n) in enumerate(zip(texts, names, strict=True))]
    assert agreed_places(arts)[0] == "Myanmar"


def test_a_dateline_at_home_still_leads() -> None:
    # filed from a city of the country the story happens in, or naming that country: the story's place
    texts = ["Avalanche kills three\n\nLECH, Austria (Alpine Press) - An avalanche above the resort killed three "
             "skiers in Austria on Friday.",
             "Avalanche toll rises\n\nLECH - A fourth skier died in hospital in Austria, police said."]
    arts = [article(f"a{i}", t, ("Austria",)) for i, t in enumerate(texts)]
    assert agreed_places(arts)[0] == "Lech"
    texts = ["Siege ends\n\nTRUJILLO, Peru (Andes Wire) - Inmates at the Santa Ana prison in Peru freed nine guards.",
             "Guards freed\n\nTRUJILLO - Nine guards held at the Santa Ana prison in Peru walked out on Sunday."]
    arts = [article(f"b{i}", t, ("Santa Ana", "Peru")) for i, t in enumerate(texts)]
    assert agreed_places(arts)[0] == "Trujillo"


def test_the_capitals_desk_beside_a_dateline_on_the_spot_does_not_lead() -> None:
    texts = ["Mine blast kills 12\n\nANTOFAGASTA, Chile (Andes Wire) - A blast at a copper mine near Antofagasta "
             "killed 12 workers on Monday.",
             "Mine toll rises\n\nSANTIAGO (Southern Press) - The toll from the mine blast near Antofagasta rose to 14.",
             "Inquiry opened\n\nSANTIAGO - Chile opened an inquiry into the Antofagasta mine blast."]
    arts = [article(f"a{i}", t, ("Antofagasta",)) for i, t in enumerate(texts)]
    assert filed_from(arts, known=lambda city: True) == "Santiago"
    assert capital_desk("Santiago", arts, countries_of=lambda name: {"CL"}, capital_of=lambda code: "Santiago")
    assert agreed_places(arts)[0] == "Antofagasta"


def test_the_capital_leads_when_no_outlet_files_from_elsewhere_or_it_is_no_capital() -> None:
    texts = ["Protest\n\nSANTIAGO - Thousands marched in Santiago.",
             "Protest\n\nSANTIAGO - Police fired tear gas in Santiago."]
    arts = [article(f"a{i}", t, ("Santiago",)) for i, t in enumerate(texts)]
    assert not capital_desk("Santiago", arts, countries_of=lambda name: {"CL"}, capital_of=lambda code: "Santiago")
    assert agreed_places(arts)[0] == "Santiago"
    texts = [*texts, "Protest\n\nVALPARAISO, Chile - Dockers joined the protest in Santiago."]
    arts = [article(f"b{i}", t, ("Santiago",)) for i, t in enumerate(texts)]
    assert not capital_desk("Santiago", arts, countries_of=lambda name: {"CL"}, capital_of=lambda code: "Lima")


def test_a_regional_towns_dateline_gives_way_to_the_park_the_articles_tell_of() -> None:
    texts = ["Poaching\n\nMTUBATUBA (Wire) - Poachers killed 14 rhinos in Hluvuka Game Park this month.",
             "Rhinos killed\n\nMTUBATUBA (Wire) - Rangers in Hluvuka Game Park shot two poachers.",
             "Rhino toll\n\nA wounded poacher from Hluvuka Game Park is under guard in a Mtubatuba hospital.",
             "Reward raised\n\nThe reward for the Hluvuka Game Park poachers was raised on Wednesday.",
             "Arrests\n\nSeven men were arrested over the killings in Hluvuka Game Park."]
    arts = [article(f"a{i}", t, tuple(p for p in ("Hluvuka Game Park", "Mtubatuba") if p in t))
            for i, t in enumerate(texts)]
    assert hub_desk("Mtubatuba", arts, agreed=["Hluvuka Game Park", "Mtubatuba"])
    assert agreed_places(arts)[0] == "Hluvuka Game Park"


def test_a_dateline_city_the_bodies_name_as_often_still_leads() -> None:
    texts = ["Mall fire\n\nBRAGA (Wire) - Fire gutted the Minho Plaza mall in Braga's north.",
             "Mall fire\n\nBRAGA (Wire) - Firefighters in Braga fought the Minho Plaza blaze.",
             "Shops lost\n\nThe Minho Plaza owners said Braga would rebuild."]
    arts = [article(f"a{i}", t, ("Minho Plaza", "Braga")) for i, t in enumerate(texts)]
    assert not hub_desk("Braga", arts, agreed=["Minho Plaza", "Braga"])
    assert agreed_places(arts)[0] == "Braga"
