"""What a figure counts when its noun is away from it (extract/counted_fix.py), with the real parse."""

from __future__ import annotations

import pytest

from storyline.extract import nlp
from storyline.extract.claims import claims_stage
from storyline.model import Article, Claim


@pytest.fixture(scope="module", autouse=True)
def _parser() -> None:
    nlp.setup()


def claims(text: str) -> list[Claim]:
    article = Article(id="t", source="t.txt", format="txt", text=text, title=None, language="en",
                      published="2024-03-15")
    return list(claims_stage(nlp.parse_stage(article)).claims)


def by_number(text: str) -> dict[str, Claim]:
    return {c.number_text: c for c in claims(text)}


# a part of a whole counts what the whole counts


@pytest.mark.parametrize(("text", "part", "counted"), [
    ("She won 17 of 20 semi - professional races before turning pro.", "17", "races"),
    ("The striker scored three of the club's 14 goals this spring.", "three", "goals"),
    ("Investors sold nine of the fund ’ s 40 office buildings.", "nine", "buildings"),
    ("Rescuers pulled 6 of 9 trapped miners from the shaft.", "6", "miners"),
])
def test_a_part_counts_what_its_whole_counts(text: str, part: str, counted: str) -> None:
    found = by_number(text)
    assert (found[part].counted or "").endswith(counted), found[part]
    assert found[part].counted == next(c for k, c in found.items() if k != part).counted


def test_a_part_of_a_whole_that_names_nothing_stays_bare() -> None:
    found = by_number("The quarterback was 19 of 31 for 240 yards.")
    assert found["19"].counted is None and found["31"].counted is None
    assert found["240"].unit == "yards"


def test_a_part_of_a_set_named_without_a_figure_counts_the_set() -> None:
    found = by_number("Two of the ferries were stuck in port, and the airline cancelled 30 flights.")
    assert found["Two"].counted == "ferries" and found["30"].counted == "flights"


# a modifier joined by a hyphen is not the counted noun


@pytest.mark.parametrize(("text", "head"), [
    ("The firm has built hundreds of energy - efficient public schools.", "schools"),
    ("Volunteers cleared dozens of storm-damaged homes.", "homes"),
    ("The agency inspected thousands of government - owned rental flats.", "flats"),
])
def test_a_hyphenated_modifier_is_not_what_is_counted(text: str, head: str) -> None:
    [claim] = claims(text)
    assert (claim.counted or "").endswith(head), claim
    assert claim.unit == head


def test_a_plain_noun_after_of_is_kept() -> None:
    [claim] = claims("Hundreds of students marched on Friday.")
    assert claim.counted != "marched" and claim.unit == "people"


# a unit written as an adjective is the same amount as the unit written as a noun


@pytest.mark.parametrize(("text", "figure", "measure", "unit"), [
    ("The missing hiker is a 5 - foot, 130 - pound woman.", "130", "weight", "pounds"),
    ("Rangers found a 40-pound bag of feed by the road.", "40", "weight", "pounds"),
    ("Crews reopened a 12 - mile stretch of the coastal road.", "12", "distance", "miles"),
    ("The team built a 300-metre wall along the river.", "300", "distance", "metres"),
])
def test_a_unit_written_as_an_adjective(text: str, figure: str, measure: str, unit: str) -> None:
    claim = by_number(text)[figure]
    assert (claim.measure, claim.unit, claim.counted) == (measure, unit, unit)


def test_a_unit_written_as_a_noun_and_an_abbreviation_are_unchanged() -> None:
    assert by_number("He weighed 180 pounds at the time.")["180"].unit == "pounds"
    assert by_number("The runners finished a 10-km race.")["10"].unit != "kms"


def test_a_kind_named_by_a_number_stays_a_kind() -> None:
    assert by_number("Deputies seized a 12-gauge shotgun.")["12"].measure == "other"


# a noun left out after a second figure


@pytest.mark.parametrize(("text", "second", "counted"), [
    ("The bakery sold 300 loaves on Monday and 450 on Tuesday.", "450", "loaves"),
    ("She led the choir for nine seasons and the orchestra for four.", "four", "seasons"),
    ("The library lent 80 laptops in May, and 95 in June.", "95", "laptops"),
])
def test_a_second_figure_counts_what_the_first_counts(text: str, second: str, counted: str) -> None:
    assert by_number(text)[second].counted == counted


def test_a_second_figure_with_its_own_verb_is_not_given_the_first_ones_noun() -> None:
    found = by_number("The blast killed 5 soldiers and injured 12.")
    assert found["12"].measure == "injured" and found["12"].counted != "soldiers"
    found = by_number("The bakery sold 300 loaves and gave away 40.")
    assert found["40"].counted is None
    found = by_number("Police held 12 protesters on Monday and 3 were later charged.")
    assert found["3"].counted != "protesters"


def test_a_second_magnitude_after_and() -> None:
    found = by_number("Seismographs logged tremors of magnitude 4.1 and 3.6 overnight.")
    assert found["4.1"].measure == "magnitude" and found["3.6"].measure == "magnitude"


# a decimal before a quake's noun is its magnitude


@pytest.mark.parametrize("text", [
    "A 6.4 quake rattled the island on Sunday.",
    "Residents felt a 3. 8 aftershock an hour later.",
    "A 7.0 earthquake destroyed the port.",
])
def test_a_decimal_before_a_quake_is_its_magnitude(text: str) -> None:
    [claim] = [c for c in claims(text) if c.value and c.value > 3]
    assert claim.measure == "magnitude" and claim.counted is None


def test_a_count_of_quakes_stays_a_count() -> None:
    [claim] = claims("Seismologists recorded 14 aftershocks overnight.")
    assert (claim.measure, claim.counted) == ("count", "aftershocks")


# "pounds" in a sentence about weight


def test_pounds_in_a_sentence_about_weight_are_a_weight() -> None:
    claim = by_number("At 2.9 pounds, the tablet is the lightest the company has made.")["2.9"]
    assert (claim.measure, claim.unit) == ("weight", "pounds")


def test_pounds_in_a_sentence_about_money_stay_money() -> None:
    claim = by_number("The driver was fined 200 pounds for speeding.")["200 pounds"]
    assert claim.measure == "money"
    claim = by_number("He paid a heavy fine of 300 pounds.")["300 pounds"]
    assert claim.measure == "money"


# a decimal printed with a space after its point stays in one sentence


def test_a_spaced_decimal_is_not_cut_into_two_sentences() -> None:
    found = by_number("The Hawks shot 51. 3 percent from the floor and won easily.")
    assert found["51. 3 percent"].value == 51.3
    found = by_number("Rovers shot 41. 0 percent from the field. They lost by nine.")
    assert found["41. 0 percent"].value == 41.0


# an earlier figure restated after the new one counts what the new one counts


@pytest.mark.parametrize(("text", "earlier", "counted", "measure"), [
    ("Four cranes are now at the scene, up from two on Monday.", "two", "cranes", "count"),
    ("Police said 11 suspects had now been arrested, up from four on Monday.", "four", "suspects", "detained"),
    ("The state Commissioner of Police said that 14 suspects, including three women, had now been arrested, "
     "up from six on Sunday.", "six", "suspects", "detained"),  # the whole, not the subset
    ("The group said its teams had treated 470 patients at three treatment centres, up from 310 on Sunday.",
     "310", "patients", "count"),  # not the centres, a phrase's figure
    ("The government shortened the nightly curfew from 12 hours to seven.", "seven", "hours", "duration"),
])
def test_an_earlier_figure_restated_after_the_new_counts_the_same(text: str, earlier: str, counted: str,
                                                                  measure: str) -> None:
    found = by_number(text)[earlier]
    assert (found.counted, found.measure) == (counted, measure), found


@pytest.mark.parametrize(("text", "earlier", "wrong"), [
    # the total of a list: no one figure of the list is restated
    ("Colonel Mwanza said 15 coup plotters, six loyal soldiers and nine civilians had now been confirmed dead, "
     "up from 21 announced on Tuesday.", "21", "civilians"),
    # another period's figure
    ("Only two guards were on duty on the night of the theft, down from three a year ago.", "three", "guards"),
])
def test_a_figure_restated_beside_a_list_or_of_another_period_names_no_noun(text: str, earlier: str,
                                                                                wrong: str) -> None:
    assert by_number(text)[earlier].counted != wrong, by_number(text)[earlier]


@pytest.mark.parametrize(("text", "figure", "counted"), [
    ("Boat carrying 146 capsizes in Nigeria's Niger State", "146", "people"),
    ("Bus carrying 40 plunges into river near Mombasa", "40", "people"),
    ("He batted .467 with seven hits and four walks in the series.", "seven", "hits"),  # a noun, no headline verb
])
def test_a_headline_s_verb_after_the_people_aboard_is_no_noun_of_theirs(text: str, figure: str, counted: str) -> None:
    assert by_number(text)[figure].counted == counted


@pytest.mark.parametrize(("text", "figure", "unit", "what"), [
    ("The weather service said 104 millimetres of rain fell in three hours.", "104", "millimetres", "rain"),
    ("Over 100mm of rain fell in three hours on the Asian side.", "Over 100", "millimetres", "rain"),
    ("More than four inches of snow fell overnight.", "More than four", "inches", "snow"),
    ("Forecasters said rainfall totals could reach 15 inches in parts of the region.", "15", "inches", "rain"),
])
def test_a_depth_of_rain_or_snow_is_rainfall(text: str, figure: str, unit: str, what: str) -> None:
    found = by_number(text)[figure]
    assert (found.measure, found.unit, found.counted) == ("rainfall", unit, what), found


def test_a_length_in_inches_is_no_rainfall() -> None:
    assert by_number("The crack in the wall was 15 inches long.")["15"].measure != "rainfall"


def test_the_span_a_depth_of_rain_is_told_over_is_part_of_its_figure() -> None:
    found = by_number("The service said 104 millimetres of rain fell in three hours at its station.")
    assert found["three"].background and not found["104"].background
    assert not by_number("The storm lasted three hours.")["three"].background


def test_a_pair_restated_restates_the_pair_in_order() -> None:
    found = by_number("TEMA said 467 homes were destroyed and 1,380 damaged, up from 412 and 1,150 on Thursday.")
    assert (found["412"].counted, found["412"].counted_as) == ("homes", "destroyed")
    assert (found["1,150"].counted, found["1,150"].counted_as) == ("homes", "damaged")


@pytest.mark.parametrize(("text", "figure", "counted"), [
    ("Police had recaptured 43 of the escapees, leaving 184 still at large, the commissioner said.", "184", "people"),
    ("Police said 51 escapees had been caught, meaning about 176 remained at large.", "about 176", "people"),
    ("Police are hunting more than 120 prisoners who remain on the run after the attack.", "more than 120",
     "prisoners"),
])
def test_people_at_large_are_the_missing_of_a_manhunt(text: str, figure: str, counted: str) -> None:
    found = by_number(text)[figure]
    assert (found.measure, found.unit, found.counted) == ("missing", "people", counted)


def test_a_perpetrator_at_large_keeps_his_side_and_a_figure_with_no_such_words_is_left() -> None:
    gunmen = by_number("Two gunmen are still at large, police said.")["Two"]
    assert gunmen.measure == "missing" and gunmen.role == "perpetrators"
    found = by_number("The prize of 2 million euros is still large, and 40 police were at a large rally.")
    assert all(c.measure != "missing" for c in found.values())
