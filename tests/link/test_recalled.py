"""Figures of an earlier event a story recalls, on sentences written for these tests: a comparative "since",
a similar or previous happening, a sentence that opens on a year; and the story's own figures told beside
such words, which stay."""

from __future__ import annotations

import pytest

from storyline.link.recalled import like_before, opening_year, period_total, recalled, since_then, year_when
from storyline.link.reconcile import reconcile
from storyline.model import Claim
from tests.link.made_claims import art, claim


def told(number_text: str, text: str) -> Claim:
    return claim("a:c1", number_text, float(number_text.replace(",", "")), text, measure="killed")


@pytest.mark.parametrize("number_text, text", [
    ("35", "It was the deadliest attack in the city since 2009, when a suicide bomber killed 35 people."),
    ("63", "The bombing was the worst since a truck bomb killed 63 people at a hotel in the capital."),
    ("27", "It was the bloodiest day since March, when gunmen killed 27 worshippers at a shrine."),
    ("12", "It is the first such raid since the summer, in which 12 fishermen drowned."),
    ("48", "It was the first attack on the line since the 2011 bombing that killed 48 people."),
    ("1,200", "The storm is the strongest to hit the coast since 1998, when floods left 1,200 dead."),
])
def test_a_comparative_since_opens_on_an_earlier_event(number_text: str, text: str) -> None:
    assert since_then(told(number_text, text)), text
    assert recalled(told(number_text, text), None), text


@pytest.mark.parametrize("number_text, text", [
    # a "since" that gives a reason: the story's own toll
    ("14", "Since the bomb killed 14 people, security has been tightened across the city."),
    # a running total from the story's own day
    ("40", "Since Tuesday, 40 people have died in the clashes, the deadliest week in years."),
    ("9", "The city has been at its calmest since Tuesday, when 9 people were detained after the blast."),
    # the relative clause ends and the main clause carries the figure
    ("40", "It is the worst unrest since March, when the protests began, and 40 people have been arrested."),
    # the figure comes before the "since"
    ("14", "The 14 deaths make it the deadliest attack since 2009."),
    # no superlative or first: "since" with no earlier event measured against
    ("300", "Police have been on the streets since the blast, and 300 extra officers were deployed on Monday."),
])
def test_the_storys_own_figures_beside_since_stay(number_text: str, text: str) -> None:
    assert not since_then(told(number_text, text)), text


@pytest.mark.parametrize("number_text, text", [
    ("31", "A similar attack on the market killed 31 people."),
    ("12", "The previous quake in the region left 12 dead."),
    ("8", "An earlier blast at the same depot killed 8 workers."),
    ("17", "In the last major attack, in 2016, militants killed 17 policemen in the town."),
])
def test_a_similar_or_previous_happening_is_another_event(number_text: str, text: str) -> None:
    assert like_before(told(number_text, text)), text


@pytest.mark.parametrize("number_text, text", [
    ("9", "An earlier report said 9 people had been detained by police."),
    ("12", "The previous toll of 12 was revised after two of the wounded died."),
    # a mark the story's event beats is the story's own figure
    ("4,051", "He broke the previous record of 4,051 yards set by a rookie."),
    # an earlier day of the story itself
    ("300", "On the previous night, 300 people fled the flooded village."),
    ("12", "An earlier round of shelling killed 12 people in the same street."),
    # the similar happening is in another clause than the figure
    ("14", "Officials feared a similar attack, but the bomb killed 14 people at the market."),
])
def test_an_earlier_telling_or_a_beaten_record_stays(number_text: str, text: str) -> None:
    assert not like_before(told(number_text, text)), text


def test_a_sentence_opening_on_a_year_recalls_another_event() -> None:
    for number_text, text in (("22", "In 2015, twin blasts at a bus station killed 22 people."),
                              ("19", "Back in March 2011, a car bomb at the gate killed 19 people."),
                              ("48", "The attack recalled the 2011 bombing of the station, which killed 48 people.")):
        assert opening_year(told(number_text, text)), text
    for number_text, text in (("14", "A bomb killed 14 people at the market on Tuesday, the worst toll since 2015."),
                              ("14", "On Tuesday, a bomb killed 14 people in the town founded in 1850.")):
        assert not opening_year(told(number_text, text)), text


def test_a_recalled_toll_stays_out_of_the_storys_toll_row() -> None:
    def toll(cid: str, number_text: str, text: str) -> Claim:
        return claim(cid, number_text, float(number_text), text, measure="killed")

    articles = [
        art("a", toll("a:c1", "14", "A bomb killed 14 people at the market on Tuesday."),
            toll("a:c2", "35", "It was the deadliest attack since 2009, when a suicide bomber killed 35 people.")),
        art("b", toll("b:c1", "14", "Fourteen people died when the bomb went off, 14 in all, police said."),
            toll("b:c2", "63", "It was the worst since a truck bomb killed 63 people at a hotel.")),
        art("c", toll("c:c1", "14", "The blast killed 14 shoppers and traders."))]
    rows = [f for f in reconcile(articles, story="s") if f.measure == "killed"]
    assert [(f.low, f.high, f.assessment) for f in rows] == [(14.0, 14.0, "consistent")]


@pytest.mark.parametrize("number_text, text", [
    ("90", "Bombings have killed 90 people in Lorvan this year."),
    ("85", "So far this year, 85 people have died in attacks in the city."),
    ("40", "In the past three weeks, at least 40 fishermen have drowned off the coast."),
    ("60", "Attacks on markets have killed at least 60 people in the past six months."),
    ("200", "More than 200 people have been killed in the province in recent months."),
    ("1,500", "Bombings have killed 1,500 people across the country since January."),
])
def test_a_total_over_a_stretch_of_the_calendar(number_text: str, text: str) -> None:
    assert period_total(told(number_text, text), months={3}), text


@pytest.mark.parametrize("number_text, text, months", [
    ("14", "A bomb killed 14 people at the market on Tuesday.", {3}),
    # counted from a month of the story's own: its toll
    ("164", "Since January 2, 164 people have died in the unrest, officials said.", {1}),
    # the stretch bounds a clause beside the figure's
    ("20,000", "Yida is a camp of 20,000 refugees from a region where rebels have fought since June.", set()),
    ("26", "The navy seized 26 pirates, in the fifth such operation since September.", set()),
    # another event earlier in the year is a recall, not a total over the stretch
    ("12", "Earlier this year, a bomb killed 12 people at the station.", {3}),
])
def test_the_events_own_toll_is_no_stretch_total(number_text: str, text: str, months: set[int]) -> None:
    assert not period_total(told(number_text, text), months=months), text


def test_stretch_totals_leave_the_toll_row_only_beside_a_toll_told_plainly() -> None:
    def toll(cid: str, number_text: str, text: str) -> Claim:
        return claim(cid, number_text, float(number_text), text, measure="killed")

    beside = [art("a", toll("a:c1", "14", "A bomb killed 14 people at the market on Tuesday."),
                  toll("a:c2", "90", "Bombs have killed 90 people in the city this year.")),
              art("b", toll("b:c1", "14", "The blast at the market killed 14 shoppers."),
                  toll("b:c2", "85", "So far this year 85 people have died in attacks in the city.")),
              art("c", toll("c:c1", "14", "Fourteen people died, police said, 14 in all."))]
    assert [(f.low, f.high) for f in reconcile(beside, story="s") if f.measure == "killed"] == [(14.0, 14.0)]
    # a story of a year's tolls, told by every outlet: its figures are the story
    yearly = [art("a", toll("a:c1", "412", "Road crashes killed 412 people in the county this year.")),
              art("b", toll("b:c1", "412", "So far this year, 412 people have died on the county's roads."))]
    assert [(f.low, f.high) for f in reconcile(yearly, story="s") if f.measure == "killed"] == [(412.0, 412.0)]



def test_a_when_clause_hung_on_another_year() -> None:
    text = "The region was last hit by a major quake in 1997, when a 6.8 tremor killed 212 people."
    assert year_when(told("212", text), None)
    assert year_when(told("212", text), 2011)
    # the story's own year, or a clause that ends before the figure
    assert not year_when(told("212", text), 1997)
    assert not year_when(told("40", "Rebels have fought since June 2011, when the truce broke, and 40 people died."),
                         None)
    assert not year_when(told("23", "A quake killed 23 people on Sunday, when most were asleep."), None)
