"""Figures of a place's setting or of a question, on sentences written for these tests: a figure in a
sentence that asks, a distance that places a town, a building or a passer-by from a named town."""

from __future__ import annotations

from storyline.link.other_time import from_capital, locator, question
from storyline.link.reconcile import reconcile
from storyline.model import Article, Claim


def claim(cid: str, number_text: str, value: float | None, text: str, *, measure: str = "money",
          unit: str | None = "USD", counted: str | None = None, role: str = "objects",
          qualifier: str = "exact") -> Claim:
    low = high = value if qualifier == "exact" else None
    return Claim(id=cid, article=cid.split(":")[0], start=0, end=len(text), text=text, number_text=number_text,
                 value=value, low=low, high=high, qualifier=qualifier, unit=unit, measure=measure, subject=None,
                 subject_group="not_people", location="Valland", as_of=None, attributed_to=None, counted=counted,
                 role=role)


def miles(cid: str, number_text: str, value: float, text: str, unit: str = "miles") -> Claim:
    return claim(cid, number_text, value, text, measure="distance", unit=unit, counted=unit)


def art(aid: str, *claims: Claim) -> Article:
    # each outlet's own words (the claims' sentences), so that no two read as copies of one wire text
    return Article(id=aid, source=f"{aid}.txt", format="txt", text=" ".join(c.text for c in claims),
                   published="2024-05-02", outlet=aid, claims=claims)


# -- a figure in a sentence that asks ------------------------------------------------------------------

def test_a_figure_in_a_question_is_not_reported() -> None:
    for number_text, text in (("more than $25 million", "Should the club really pay more than $25 million a year?"),
                              ("over six", "Why would a man raise a knife at over six armed officers?"),
                              ("40", "\"Can the council find 40 extra nurses by June?\" she asked."),
                              ("two", "Who will replace the two ministers who resigned?")):
        assert question(claim("a:c1", number_text, None, text)), text


def test_a_statement_or_a_quoted_question_after_the_figure_is_reported() -> None:
    assert not question(claim("a:c1", "$25 million", 25e6, "The club paid $25 million for the striker."))
    # the question is a survey's title, quoted after the figure: the sentence states the figure
    assert not question(claim("a:c1", "More than 60", 60, "More than 60 people answered the \"Did you hear it?\"",
                              measure="count", counted="people", qualifier="more_than"))
    assert not question(claim("a:c1", "12", 12, "Twelve? No: 12 houses burned, the mayor said.", measure="count"))


def test_sums_asked_about_make_no_fact() -> None:
    asked = [art("a", claim("a:c1", "$30 million", 30e6, "Would the Hawks go as high as $30 million for him?")),
             art("b", claim("b:c1", "$30 million", 30e6, "Is a striker worth $30 million?")),
             art("c", claim("c:c1", "$30 million", 30e6, "Can any club afford $30 million now?"))]
    assert [f for f in reconcile(asked, story="s") if f.measure == "money"] == []


# -- a distance that places a town, a building or a passer-by ---------------------------------------------

def test_a_distance_that_places_a_town_or_a_building_is_the_setting() -> None:
    for number_text, text in (
            ("40", "Elmfield, a market town, is 40 miles north of Dunmore."),
            ("about 15", "Police evacuated the depot, about 15 miles west of Carver."),
            ("50", "A driver 50 miles north of Carver saw the van."),
            ("about 12", "The warehouse is about 12 miles from Lindby."),
            ("some 30", "Officers found the car in Rossby, some 30 miles south - east of here."),
            ("25", "The hostel, located 25 miles (40 km) southwest of Port Alva, was empty.")):
        assert locator(miles("a:c1", number_text, 0.0, text)), text


def test_the_bracketed_conversion_of_a_town_s_distance_is_the_setting_too() -> None:
    for number_text, text in (
            ("25", "Harwick lies some 40 km (25 miles) east of Port Alva and was hit twice last year."),
            ("9", "The depot, about 15 km (9 miles) north of Carver, was shut."),
            ("6", "Rossby is 10 kilometres ( 6 miles ) west of Lindby.")):
        assert locator(miles("a:c1", number_text, 0.0, text)), text
    # the conversion of the event's own distance stays the event's
    for number_text, text in (
            ("19", "The quake struck 30 km (19 miles) south of Orla."),
            ("6", "The crater is 10 km (6 miles) wide, near Rossby.")):
        assert not locator(miles("a:c1", number_text, 0.0, text)), text


def test_a_named_place_and_how_far_away_it_lies_is_the_setting() -> None:
    for number_text, text in (
            ("about 160", "It was felt in Islamabad, about 160 kilometres to the south, and in Peshawar."),
            ("300", "Quetta, 300 miles away, also felt the tremor."),
            ("about 225", "He walked into the mall in Braga, a city of nearly 200,000 people about 225 miles north "
                          "of Lisbon, at 6pm.")):
        assert locator(miles("a:c1", number_text, 0.0, text)), text
    for number_text, text in (  # the event's own distance, or an unnamed place's
            ("about 30", "The quake struck about 30 km to the south."),
            ("10", "The camp, 10 miles away, was hit twice.")):
        assert not locator(miles("a:c1", number_text, 0.0, text)), text


def test_a_place_told_from_the_city_or_the_capital_is_the_setting() -> None:
    for number_text, text in (
            ("about 12", "Kasarani, about 12 kilometres northeast of the city centre, is a fast-growing district."),
            ("about 170", "The ministry sent workers to the Lower Shire valley, about 170 km south of Blantyre."),
            ("about 100", "It began in Rohtas district, about 100 miles (160km) south-west of the state capital, "
                          "Patna."),
            ("about 25", "It took place near Chenari, about 25 km from the district headquarters town of Sasaram."),
            ("about 25", "Seven came from Dalwa, a farming village about 25 kilometres from Maiduguri."),
            ("12", "They were pulled from the rubble in the Kasarani district about seven miles (12km) from the city "
                   "centre."),
            ("about 150", "Seven were referred to the Patna Medical College and Hospital (PMCH), about 150 km away.")):
        assert locator(miles("a:c1", number_text, 0.0, text)), text
    # the event's own distance from the capital stays the event's
    assert not locator(miles("a:c1", "30", 0.0, "The quake struck 30 km south of the capital."))


def test_a_place_told_from_a_country_s_capital_makes_no_fact() -> None:
    # where the state or the island lies, for a reader abroad: a row no reader tabulates, however many outlets tell it
    for number_text, text in (("some 350", "Kelantan, a rural state of 1.8 million people some 350 km northeast of "
                                           "Kuala Lumpur, floods every year."),
                              ("around 220", "The state borders Thailand and lies around 220 miles north-east of Kuala "
                                             "Lumpur."),
                              ("1,500", "Qeshm, an island off the coast, lies 1,500 kilometers south of Tehran.")):
        assert from_capital(miles("a:c1", number_text, 0.0, text)), text
    placed = [art(a, miles(f"{a}:c1", "about 300", 300, f"The island, about 300 km from Nairobi, was cut off ({a}).",
                           unit="km")) for a in "abc"]
    assert [f for f in reconcile(placed, story="s") if f.measure == "distance"] == []
    # the event's own distance from the capital, and a distance from a town that is no capital, stay the event's
    for number_text, text in (("100", "The epicentre was 100 km north of Tehran."),
                              ("30", "The quake struck 30 miles south of Orla."),
                              ("20", "The bus left the road 20 km from Puquio.")):
        assert not from_capital(miles("a:c1", number_text, 0.0, text)), text


def test_the_distance_of_the_event_or_from_an_unnamed_landmark_is_not_the_setting() -> None:
    for number_text, text in (
            ("30", "The quake struck 30 miles south of Orla."),
            ("20", "The epicentre was 20 miles from Orla, the agency said."),
            ("10", "The camp is 10 miles from the border."),
            ("55", "It hit at a depth of 10 km, 55 miles west of Orla."),
            ("half a", "The climber fell half a mile from the summit of Mount Arden."),
            ("12", "The trail runs 12 miles along the river."),
            ("30", "A tremor 30 miles north of Orla shook the valley.")):
        assert not locator(miles("a:c1", number_text, 0.0, text)), text
    # not a distance
    assert not locator(claim("a:c1", "40", 40, "Elmfield, a market town, is 40 percent flooded.", measure="percent"))


def test_a_town_s_distance_from_a_named_town_makes_no_fact_and_the_event_s_stays() -> None:
    setting = [art("a", miles("a:c1", "15", 15, "The plant is 15 miles north of Carver.")),
               art("b", miles("b:c1", "15", 15, "Staff fled the plant, 15 miles north of Carver.")),
               art("c", miles("c:c1", "24", 24, "The plant, located 24 km north of Carver, shut.", unit="km"))]
    assert [f for f in reconcile(setting, story="s") if f.measure == "distance"] == []
    event = [art("a", miles("a:c1", "30", 30, "The quake struck 30 miles south of Orla.")),
             art("b", miles("b:c1", "30", 30, "Its epicentre was 30 miles south of Orla.")),
             art("c", miles("c:c1", "30", 30, "The tremor hit 30 miles south of Orla, the agency said."))]
    assert [len(f.claims) for f in reconcile(event, story="s") if f.measure == "distance"] == [3]


def test_the_epicentre_placed_past_a_named_region_is_the_events_distance() -> None:
    text = ("Both placed the epicenter in Lucanas province, in the Ayacucho region, roughly 22 miles northeast of "
            "the town of Puquio.")
    assert not locator(miles("a:c1", "roughly 22", 22.0, text))


def test_a_distance_most_of_whose_reports_place_a_town_makes_no_fact() -> None:
    # three outlets place the park from the city; a fourth retells the distance in words the test does not read
    placed = [art(a, miles(f"{a}:c1", "about 280", 280, "Hluvuka, about 280 kilometres north of Durban, is home to "
                                                         "1,900 rhinos.", unit="km")) for a in "abc"]
    retold = art("d", miles("d:c1", "about 280", 280, "The park, a 370-square-mile expanse of bush, lies about 280 km "
                                                      "from the port city of Durban.", unit="km"))
    assert [f for f in reconcile([*placed, retold], story="s") if f.measure == "distance"] == []
