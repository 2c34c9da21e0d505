"""Whose figure it is, on sentences written for these tests: the same kind of figure told of different named
things (two scooters' ranges, two indexes' moves, two players' points) is different facts."""

from __future__ import annotations

import dataclasses
import re
import time

from storyline.link.reconcile import reconcile
from storyline.link.subjects import Subjects, _apart, same_subject, subject, with_subject
from storyline.model import Article, Claim, NamedSpan


def claim(aid: str, sentence: str, number_text: str, value: float, *, measure: str = "distance",
          unit: str | None = "miles", counted: str | None = None, group: str = "not_people", n: int = 1,
          qualifier: str = "exact") -> Claim:
    return Claim(id=f"{aid}:c{n}", article=aid, start=0, end=len(sentence), text=sentence, number_text=number_text,
                 value=value, low=value, high=value, qualifier=qualifier, unit=unit, measure=measure, subject=None,
                 subject_group=group, location=None, as_of=None, attributed_to=None, counted=counted,
                 role="objects", number_start=sentence.index(number_text))


def art(aid: str, sentence: str, names: tuple[tuple[str, str], ...], *claims: Claim) -> Article:
    spans = [NamedSpan(start=m.start(), end=m.end(), label=label, text=m.group())
             for name, label in names for m in re.finditer(re.escape(name), sentence)]
    return Article(id=aid, source=f"{aid}.txt", format="txt", text=sentence, published="2024-05-14", outlet=aid,
                   names=tuple(sorted(spans, key=lambda s: s.start)), claims=claims)


def whose(sentence: str, names: tuple[tuple[str, str], ...], number_text: str, **kw: object) -> str | None:
    figure = claim("a", sentence, number_text, 1.0, **kw)  # type: ignore[arg-type]
    return subject(figure, art("a", sentence, names, figure))


# -- the subject of a figure --------------------------------------------------------------------------------

def test_the_subject_is_the_named_thing_the_clause_is_about() -> None:
    assert whose("The Brava GT can travel 260 miles on a full battery.", (("Brava GT", "PRODUCT"),),
                 "260") == "Brava GT"
    # its owner, told with a possessive
    assert whose("Kestrel's new van covers 310 miles between charges.", (("Kestrel", "ORG"),), "310") == "Kestrel"
    # each clause its own subject
    sentence = "The Orla index fell 1.2%, while the Vento index rose 0.4% by the close."
    names = (("Orla", "ORG"), ("Vento", "ORG"))
    assert whose(sentence, names, "1.2%", measure="percent", unit="percent") == "Orla"
    assert whose(sentence, names, "0.4%", measure="percent", unit="percent") == "Vento"
    # a player's statistic
    assert whose("Dara Okafor scored 31 points and grabbed nine rebounds.", (("Dara Okafor", "PERSON"),), "31",
                 measure="count", unit="points", counted="points") == "Dara Okafor"


def test_a_teller_a_yardstick_or_a_place_is_not_the_subject() -> None:
    # the maker only tells
    assert whose("Kestrel says the van can go 300 miles on one charge.", (("Kestrel", "ORG"),), "300") is None
    assert whose("According to Kestrel, the van can go 300 miles.", (("Kestrel", "ORG"),), "300") is None
    # the figure is compared with another thing; the place sets the figure
    assert whose("The Marlo reaches 60 mph in 4.1 seconds, quicker than the old Tarn.",
                 (("Marlo", "PRODUCT"), ("Tarn", "PRODUCT")), "4.1", measure="duration", unit="seconds") == "Marlo"
    assert whose("In Norland, the Pico tablet sells for $299.", (("Norland", "GPE"), ("Pico", "PRODUCT")), "$299",
                 measure="price", unit="USD") == "Pico"
    # a place is the clause's subject: the name after it is an object, not whose the figure is
    assert whose("Norland wants Kestrel to drop its 15% tariff on parts.", (("Norland", "GPE"), ("Kestrel", "ORG")),
                 "15%", measure="percent", unit="percent") is None
    # no name at all
    assert whose("It reaches 60 mph in 4.1 seconds.", (), "4.1", measure="duration", unit="seconds") is None



def test_a_teller_named_before_its_verb_or_its_finding_is_not_the_subject() -> None:
    count = {"measure": "count", "unit": "houses", "counted": "houses"}
    # the teller in apposition, its verb after a comma or an adverb
    assert whose("The commissioner, Bello Kaura, said the attackers burned more than 100 houses.",
                 (("Bello Kaura", "PERSON"),), "more than 100", **count) is None
    assert whose("Kyrenia Maritime, the owner, now says around 3,000 tonnes leaked.", (("Kyrenia Maritime", "ORG"),),
                 "around 3,000", measure="weight", unit="tonnes") is None
    assert whose("Kyrenia Maritime, the owner, put the figure at about 2,500 tonnes.", (("Kyrenia Maritime", "ORG"),),
                 "about 2,500", measure="weight", unit="tonnes") is None
    assert whose("The Aviation Regulatory Authority (ARA) said 846 flights had been cancelled.",
                 (("The Aviation Regulatory Authority", "ORG"),), "846", measure="count", unit="flights",
                 counted="flights") is None
    # a teller's own finding, and a name inside the teller's words
    assert whose("ZEMA's preliminary assessment found 214 houses burned across the villages.", (("ZEMA", "ORG"),),
                 "214", **count) is None
    assert whose("Army spokesman Captain Yusuf Idris said troops burned 12 camps.", (("Army", "ORG"),), "12",
                 measure="count", unit="camps", counted="camps") is None
    # a clause set in a place the parser did not tag as one
    assert whose("In Kadawa, a farming village, about 70 homes were burned.", (("Kadawa", "PERSON"),), "about 70",
                 measure="count", unit="homes", counted="homes") is None
    # the doer stays the subject
    assert whose("The Brava GT, the maker's flagship, covers 300 miles.", (("Brava GT", "PRODUCT"),), "300") == \
        "Brava GT"
    assert whose("Kestrel put $5 million into the venture.", (("Kestrel", "ORG"),), "$5 million", measure="money",
                 unit="USD") == "Kestrel"


def test_the_dateline_s_agency_or_a_place_named_with_its_kind_is_not_the_subject() -> None:
    # who files the story stands in its dateline: the storm's winds are not the agency's
    assert whose("OSLO (Nordic Newswire) - The storm hit the coast with winds of 140 km/h on Friday.",
                 (("Nordic Newswire", "ORG"),), "140", measure="speed", unit="km/h") is None
    assert whose("OSLO, May 2 (Fjord Wire): Storm Hedda brought winds of 140 km/h to the coast.",
                 (("Fjord Wire", "ORG"), ("Hedda", "PERSON")), "140", measure="speed", unit="km/h") == "Hedda"
    # a place told with its kind, whatever the parser tagged it
    assert whose("The typhoon struck Tarlac province with winds of 180 km/h.", (("Tarlac", "PERSON"),), "180",
                 measure="speed", unit="km/h") is None
    assert whose("Greene County bought 12 new snowploughs.", (("Greene", "ORG"),), "12", measure="count",
                 unit="snowploughs", counted="snowploughs") is None
    # a name in brackets that is not a dateline's stays a subject
    assert whose("The van (the Brava GT) covers 260 miles.", (("Brava GT", "PRODUCT"),), "260") == "Brava GT"
    # the city a dateline files from, whatever the parser tagged it: the seized drugs are not the city's
    assert whose("MOMBASA, Kenya - Police seized more than two tonnes of heroin at the port.", (("MOMBASA", "ORG"),),
                 "more than two", measure="count", unit="tonnes", counted="tonnes of heroin") is None
    assert whose("Mombasa Cement shipped 12 tonnes of clinker.", (("Mombasa Cement", "ORG"),), "12",
                 measure="count", unit="tonnes", counted="tonnes of clinker") == "Mombasa Cement"

def listed(sentence: str, names: tuple[tuple[str, str], ...], *figures: str, **kw: object) -> list[str | None]:
    """The subject read for each of a sentence's figures, every figure a claim of one article."""
    claims = [claim("a", sentence, f, 1.0, n=i, **kw) for i, f in enumerate(figures)]  # type: ignore[arg-type]
    article = art("a", sentence, names, *claims)
    return [subject(c, article) for c in claims]


def test_each_item_of_a_list_of_figures_is_its_own_name_s() -> None:
    share = {"measure": "percent", "unit": "percent"}
    parties = (("SDU", "ORG"), ("HB", "ORG"), ("CVP", "ORG"), ("the New Liberals", "ORG"), ("Greens", "NORP"))
    assert listed("The final result: the SDU on 34.7 percent and 14 seats, the HB on 28.6 percent and 12 seats, "
                  "the CVP on 16.5 percent, the New Liberals on 7.4 percent and the Greens on 5.7 percent.", parties,
                  "34.7 percent", "14", "28.6 percent", "12", "16.5 percent", "7.4 percent", "5.7 percent",
                  **share) == ["SDU", "SDU", "HB", "HB", "CVP", "New Liberals", "Greens"]
    assert listed("The SDU won 38.9 percent in the capital, well ahead of the HB on 24.3 percent.", parties,
                  "38.9 percent", "24.3 percent", **share) == ["SDU", "HB"]
    # a player's line in a box score
    assert listed("Pella beat Jarry 6-4 and Schwartzman defeated Garin 6-2.",
                  (("Pella", "PERSON"), ("Jarry", "PERSON"), ("Schwartzman", "PERSON"), ("Garin", "PERSON")),
                  "6-4", "6-2", measure="count", unit=None) == ["Pella", "Schwartzman"]
    # a name in the middle of a clause, or one of a list of things, is no item's subject
    assert listed("Van Ommen was dismissed by Sheffield Rovers after 17 months, ending a spell of 40 games.",
                  (("Van Ommen", "PERSON"), ("Sheffield Rovers", "ORG")), "17", "40", measure="count",
                  unit=None) == ["Van Ommen", "Van Ommen"]
    assert listed("Google's $129 edition includes a controller, Chromecast Ultra and three months of Stadia Pro.",
                  (("Google", "ORG"), ("Chromecast Ultra", "PRODUCT"), ("Stadia Pro", "PRODUCT")), "$129", "three",
                  measure="money", unit="USD") == ["Google", "Google"]


def test_a_count_of_people_or_an_age_is_left_to_its_own_readers() -> None:
    assert whose("Kestrel hired 300 workers at the plant.", (("Kestrel", "ORG"),), "300", measure="count",
                 unit="people", counted="workers", group="people") is None
    assert whose("Dara Okafor, 31, signed on Monday.", (("Dara Okafor", "PERSON"),), "31", measure="age",
                 unit="years") is None


def test_one_subject_named_two_ways() -> None:
    assert same_subject("the Brava GT", "Brava")
    assert same_subject("KMW", "Kestrel Motor Works")
    assert same_subject("VW", "Volkswagen")
    assert not same_subject("Brava", "Tarn")
    assert not same_subject("NASA", "Norland")
    assert not same_subject("Orla index", "Vento index")


# -- figures of two subjects are two facts ------------------------------------------------------------------

def test_two_named_subjects_with_different_figures_are_kept_apart() -> None:
    a = claim("a", "The Brava GT can go 260 miles on a charge.", "260", 260)
    b = claim("b", "The Tarn manages 180 miles on a charge.", "180", 180)
    c = claim("c", "Its rivals claim about 200 miles.", "200", 200)
    whose = {"a:c1": "Brava GT", "b:c1": "Tarn"}
    groups = sorted(sorted(r.claim.id for r in g) for g in _apart([_R(a), _R(b), _R(c)], whose))
    assert groups == [["a:c1"], ["b:c1"], ["c:c1"]]


def test_one_figure_of_two_names_or_of_one_subject_stays_one_quantity() -> None:
    a = claim("a", "Norland will keep the 15% tariff.", "15%", 15)
    b = claim("b", "The Vale government's 15% tariff stays.", "15%", 15)
    assert len(_apart([_R(a), _R(b)], {"a:c1": "Norland", "b:c1": "Vale"})) == 1
    c = claim("c", "The Brava can go 250 miles.", "250", 250)
    d = claim("d", "The Brava GT can go 260 miles.", "260", 260)
    assert len(_apart([_R(c), _R(d)], {"c:c1": "Brava", "d:c1": "Brava GT"})) == 1
    # a figure of no named subject that repeats a named one's joins it
    e = claim("e", "It can go 260 miles.", "260", 260)
    f = claim("f", "The Tarn can go 180 miles.", "180", 180)
    groups = _apart([_R(d), _R(e), _R(f)], {"d:c1": "Brava GT", "f:c1": "Tarn"})
    assert sorted(sorted(r.claim.id for r in g) for g in groups) == [["d:c1", "e:c1"], ["f:c1"]]


def _story(texts: dict[str, tuple[str, str, float, tuple[tuple[str, str], ...]]], *, measure: str = "distance",
           unit: str = "miles") -> list[Article]:
    return [art(aid, s, names, claim(aid, s, number_text, value, measure=measure, unit=unit))
            for aid, (s, number_text, value, names) in texts.items()]


def test_a_story_of_two_scooters_keeps_the_other_one_s_range_out_of_the_row() -> None:
    brava, tarn = (("Brava", "PRODUCT"),), (("Tarn", "PRODUCT"),)
    facts = reconcile(_story({
        "a": ("The Brava can ride 40 miles on one charge.", "40", 40.0, brava),
        "b": ("On one charge the Brava can ride 40 miles, its maker said.", "40", 40.0, brava),
        "c": ("The Tarn can ride 38 miles on one charge.", "38", 38.0, tarn),
        "d": ("The scooter can ride 40 miles on one charge.", "40", 40.0, ())}), story="s")
    rows = [f for f in facts if f.measure == "distance"]
    assert [sorted(f.claims) for f in rows] == [["a:c1", "b:c1", "d:c1"]]  # the Tarn's 38 is not the Brava's
    assert rows[0].whose == "Brava" and rows[0].label == "range of Brava (miles)"


def test_two_cars_times_are_not_one_figure_in_conflict() -> None:
    facts = reconcile(_story({
        "a": ("The Brava reaches 30 mph in 5.8 seconds.", "5.8", 5.8, (("Brava", "PRODUCT"),)),
        "b": ("The Tarn reaches 30 mph in 6.6 seconds.", "6.6", 6.6, (("Tarn", "PRODUCT"),))},
        measure="duration", unit="seconds"), story="s")
    assert not [f for f in facts if f.assessment == "conflicting"]


def test_without_named_subjects_a_story_keeps_one_row() -> None:
    facts = reconcile(_story({
        "a": ("The scooter can ride 40 miles on one charge.", "40", 40.0, ()),
        "b": ("The scooter can ride 40 miles per charge.", "40", 40.0, ()),
        "c": ("Its maker, Kestrel, says the scooter rides 38 miles on a charge.", "38", 38.0, (("Kestrel", "ORG"),))}),
        story="s")
    rows = [f for f in facts if f.measure == "distance"]
    assert [sorted(f.claims) for f in rows] == [["a:c1", "b:c1", "c:c1"]] and rows[0].whose is None


def test_a_row_label_names_whose_figure_it_is() -> None:
    assert with_subject("distance of range (miles)", name="Brava GT", location=None) == \
        "distance of range of Brava GT (miles)"
    assert with_subject("rise (percent) in Harwick", name="Orla index", location="Harwick") == \
        "rise of Orla index (percent) in Harwick"
    assert with_subject("points", name="Dara Okafor", location=None) == "points of Dara Okafor"
    assert with_subject("price of the Pico", name="Pico", location=None) == "price of the Pico"  # named already


class _R:
    """A report as ``reconcile`` hands it on: its claim and its figure's bounds."""

    def __init__(self, claim: Claim) -> None:
        self.claim = claim
        self.low = claim.low if claim.low is not None else 0.0
        self.high = claim.high if claim.high is not None else 0.0


def test_a_sentence_of_thousands_of_figures_is_read_in_bounded_time() -> None:
    # a scraped table run together into one "sentence": each figure looks back over a few figures, not all of them
    sentence = "The Orla scores were " + " and ".join(str(i) for i in range(1, 3001)) + " points."
    figures, at = [], 0
    for i in range(1, 3001):
        at = sentence.index(f" {i} ", at) + 1
        figures.append(dataclasses.replace(claim("a", sentence, str(i), float(i), n=i, measure="count",
                                                 unit="points"), number_start=at))
    article = art("a", sentence, (("Orla", "ORG"),), *figures)
    started = time.monotonic()
    whose = Subjects([article]).whose
    assert time.monotonic() - started < 10.0
    assert len(whose) == 3000 and set(whose.values()) == {"Orla"}


def test_a_teller_with_an_auxiliary_or_inside_its_teller_s_words_is_not_the_subject() -> None:
    area = {"measure": "count", "unit": "hectares", "counted": "hectares"}
    # the teller's verb after "has": "Copernicus, the EU's mapping service, has estimated ..."
    assert whose("Copernicus, the EU's satellite mapping service, has estimated the burned area at 4,100 hectares.",
                 (("Copernicus", "ORG"), ("EU", "ORG")), "4,100", **area) is None
    assert whose("The ministry has reported 412 hectares burned near the town.", (("The ministry", "ORG"),), "412",
                 **area) is None
    # a name inside the teller's words, its verb one of estimating
    assert whose("The EU's mapping service estimated that 4,300 hectares had burned.", (("EU", "ORG"),), "4,300",
                 **area) is None
    # the doer stays the subject
    assert whose("Kestrel has bought 300 hectares of farmland.", (("Kestrel", "ORG"),), "300", **area) == "Kestrel"
