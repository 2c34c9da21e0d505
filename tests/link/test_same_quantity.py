"""One quantity, one row: quantities keyed apart that their articles show to be one (link/same_quantity.py);
on sentences written for these tests."""

from __future__ import annotations

import dataclasses
import math

from storyline.link.reconcile import _Report, reconcile
from storyline.link.same_quantity import bound_fits
from storyline.model import Claim
from tests.link.made_claims import art, claim, groups, things

# -- a toll told by who died is the toll, when the articles that give both give one figure ------------------------

def test_one_man_killed_and_one_person_killed_are_one_toll() -> None:
    a = art("a", claim("a:c1", "one", 1, "A gunman killed one man at the depot.", measure="killed", counted="man"),
            claim("a:c2", "one", 1, "Police said one person died at the scene.", measure="killed", counted="person"))
    b = art("b", claim("b:c1", "One", 1, "One man was shot dead outside the depot.", measure="killed", counted="man"))
    c = art("c", claim("c:c1", "one", 1, "The attack left one person dead.", measure="killed", counted="person"))
    assert groups(reconcile([a, b, c], story="s")) == [{"a:c1", "a:c2", "b:c1", "c:c1"}]


def test_two_women_drowned_and_two_people_drowned_are_one_toll() -> None:
    a = art("a", claim("a:c1", "Two", 2, "Two women drowned when the ferry capsized.", measure="killed",
                       counted="women"),
            claim("a:c2", "two", 2, "The capsizing killed two people, the coastguard said.", measure="killed"))
    b = art("b", claim("b:c1", "two", 2, "The ferry sank, killing two women from the island.", measure="killed",
                       counted="women"))
    c = art("c", claim("c:c1", "two", 2, "Two people are dead after the ferry went down.", measure="killed"))
    assert groups(reconcile([a, b, c], story="s")) == [{"a:c1", "a:c2", "b:c1", "c:c1"}]


def test_a_headlines_toll_of_no_one_named_is_the_toll_of_children_its_body_gives() -> None:
    # one article's headline says "five remain missing", its body "five children": the toll of children that
    # other outlets give, not a row of its own
    miss = {"measure": "missing", "counted": "children"}
    a = art("a", claim("a:c1", "eight", 8, "Eight children were still missing after the flood.", **miss))
    b = art("b", claim("b:c1", "eight", 8, "The flood left eight children missing.", **miss))
    c = art("c", claim("c:c1", "Five", 5, "Five children are still missing, the mayor said.", **miss),
            claim("c:c2", "five", 5, "Village mourns as five remain missing", measure="missing"))
    assert groups(reconcile([a, b, c], story="s")) == [{"a:c1", "b:c1", "c:c1", "c:c2"}]


def test_one_outlets_toll_of_firefighters_stays_apart_from_a_toll_of_motorists() -> None:
    # two named groups with one figure are two tolls: "two firefighters" beside "two motorists"
    hurt = {"measure": "injured", "counted": "motorists"}
    a = art("a", claim("a:c1", "Two", 2, "Two motorists were hurt when the lorry struck their cars.", **hurt))
    b = art("b", claim("b:c1", "two", 2, "The lorry injured two motorists.", **hurt))
    c = art("c", claim("c:c1", "two", 2, "Two firefighters were injured by the fumes.", measure="injured",
                       counted="firefighters"))
    found = groups(reconcile([a, b, c], story="s"))
    assert {"a:c1", "b:c1"} in found and {"c:c1"} in found


def test_a_lone_toll_whose_figure_only_one_other_article_gives_stays_apart() -> None:
    # "three children" of one outlet, beside a toll whose "three" one article alone gives (those who died in hospital
    # overnight) among other figures: no article shows the two are one
    kill = {"measure": "killed"}
    a = art("a", claim("a:c1", "eight", 8, "Eight people were killed in the blast.", **kill))
    b = art("b", claim("b:c1", "eight", 8, "The blast killed eight people.", **kill))
    c = art("c", claim("c:c1", "three", 3, "Three people died in hospital overnight.", **kill))
    d = art("d", claim("d:c1", "three", 3, "Three children were among those killed.", measure="killed",
                       counted="children"))
    found = groups(reconcile([a, b, c, d], story="s"))
    assert {"d:c1"} in found and {"a:c1", "b:c1", "c:c1"} in found


def test_women_among_a_larger_toll_stay_a_part() -> None:
    # an article gives "two women" beside "three people": the women are a part of the toll, not the toll
    a = art("a", claim("a:c1", "two", 2, "Two women and a man died in the blaze.", measure="killed", counted="women"),
            claim("a:c2", "three", 3, "The blaze killed three people.", measure="killed"))
    b = art("b", claim("b:c1", "two", 2, "Two women were among the dead.", measure="killed", counted="women"))
    c = art("c", claim("c:c1", "three", 3, "Three people died in the fire.", measure="killed"))
    found = groups(reconcile([a, b, c], story="s"))
    assert not any({"a:c1", "a:c2"} <= s for s in found) and any("a:c2" in s for s in found)


def test_a_toll_by_sex_no_article_gives_beside_the_toll_stays_apart() -> None:
    # no article restates one as the other: "one man" may be one of several dead
    a = art("a", claim("a:c1", "one", 1, "One man died on the mountain road.", measure="killed", counted="man"))
    b = art("b", claim("b:c1", "one", 1, "One man was killed in the landslide.", measure="killed", counted="man"))
    c = art("c", claim("c:c1", "four", 4, "Four people were killed by the landslide.", measure="killed"))
    d = art("d", claim("d:c1", "four", 4, "The slide killed four people.", measure="killed"))
    found = groups(reconcile([a, b, c, d], story="s"))
    assert {"a:c1", "b:c1"} in found and {"c:c1", "d:c1"} in found


def test_patients_killed_in_a_hospital_fire_are_the_toll_though_one_article_tells_a_part_of_them() -> None:
    # "patients" name every victim of a ward fire: the outlets' "nine patients" is their "nine dead"; "at least
    # nine patients" says no figure against the toll, and one article's "two patients transferred" is a part
    kill = {"measure": "killed", "counted": "patients"}
    a = art("a", claim("a:c1", "Nine", 9, "Nine patients died in the ward fire.", **kill),
            claim("a:c2", "nine", 9, "Fire kills nine in hospital.", measure="killed"))
    b = art("b", claim("b:c1", "Ten", 10, "Ten patients have now died.", **kill),
            claim("b:c2", "Ten", 10, "Ten die in hospital fire.", measure="killed"))
    c = art("c", claim("c:c1", "two", 2, "Two patients transferred to other hospitals later died.", **kill),
            claim("c:c2", "11", 11, "The toll rose to 11 on Friday.", measure="killed"),
            claim("c:c3", "10", 10, "The toll was 10 on Thursday.", measure="killed"))
    d = art("d", claim("d:c1", "At least nine", 9, "At least nine patients were killed.", qualifier="at_least",
                       **kill))
    e = art("e", claim("e:c1", "nine", 9, "Nine people died, officials said.", measure="killed"))
    found = groups(reconcile([a, b, c, d, e], story="s"))
    assert any({"a:c1", "a:c2", "b:c1", "d:c1", "e:c1"} <= g for g in found), found


def test_a_part_two_articles_of_three_tell_apart_stays_a_part() -> None:
    kill = {"measure": "killed", "counted": "children"}
    a = art("a", claim("a:c1", "four", 4, "Four children were among the dead.", **kill),
            claim("a:c2", "26", 26, "The toll rose to 26.", measure="killed"))
    b = art("b", claim("b:c1", "four", 4, "Four children died.", **kill),
            claim("b:c2", "19", 19, "At least 19 people died.", measure="killed"))
    c = art("c", claim("c:c1", "four", 4, "They included four children.", **kill),
            claim("c:c2", "four", 4, "Four people died in Halls.", measure="killed"))
    found = groups(reconcile([a, b, c], story="s"))
    assert not any({"a:c1", "a:c2"} <= g for g in found), found


def test_a_man_injured_is_not_a_person_killed() -> None:
    a = art("a", claim("a:c1", "one", 1, "One man was hurt in the crash.", measure="injured", counted="man"),
            claim("a:c2", "one", 1, "The crash killed one person.", measure="killed", counted="person"))
    b = art("b", claim("b:c1", "one", 1, "A crash killed one person near the bridge.", measure="killed",
                       counted="person"))
    found = groups(reconcile([a, b], story="s"))
    assert not any({"a:c1", "a:c2"} <= s for s in found)


# -- a count of times something was done is the count of those acts ---------------------------------------------

def times(cid: str, number_text: str, value: float, text: str, did: str, qualifier: str = "exact") -> Claim:
    return things(cid, number_text, value, text, "times", did=did, qualifier=qualifier, unit="times")


def test_arrested_four_times_is_four_arrests() -> None:
    facts = reconcile([
        art("a", times("a:c1", "four", 4, "The driver had been arrested four times before.", "arrested")),
        art("b", times("b:c1", "four", 4, "He was arrested four times, the court heard.", "arrested")),
        art("c", things("c:c1", "four", 4, "Court papers list four arrests for theft.", "arrests")),
        art("d", things("d:c1", "four", 4, "His four arrests were for theft.", "arrests")),
    ], story="s")
    assert groups(facts) == [{"a:c1", "b:c1", "c:c1", "d:c1"}]


def test_refilled_up_to_500_times_is_up_to_500_refills() -> None:
    facts = reconcile([
        art("a", times("a:c1", "up to 500", 500, "Each cartridge can be refilled up to 500 times.", "refilled",
                       qualifier="up_to")),
        art("b", things("b:c1", "up to 500", 500, "The cartridge lasts up to 500 refills.", "refills",
                        qualifier="up_to")),
        art("c", things("c:c1", "up to 500", 500, "Makers promise up to 500 refills per cartridge.", "refills",
                        qualifier="up_to")),
    ], story="s")
    assert groups(facts) == [{"a:c1", "b:c1", "c:c1"}]


def test_times_of_another_act_or_figure_stay_apart() -> None:
    # "charged" is not "recharges"; and four arrests are not six times arrested
    charged = reconcile([
        art("a", times("a:c1", "up to 300", 300, "The pack can be charged up to 300 times a year.", "charged",
                       qualifier="up_to")),
        art("b", times("b:c1", "up to 300", 300, "It may be charged up to 300 times yearly.", "charged",
                       qualifier="up_to")),
        art("c", things("c:c1", "up to 300", 300, "The cells last up to 300 recharges.", "recharges",
                        qualifier="up_to")),
        art("d", things("d:c1", "up to 300", 300, "Good for up to 300 recharges.", "recharges", qualifier="up_to")),
    ], story="s")
    assert {"a:c1", "b:c1"} in groups(charged) and {"c:c1", "d:c1"} in groups(charged)
    other = reconcile([
        art("a", times("a:c1", "six", 6, "She was arrested six times.", "arrested")),
        art("b", times("b:c1", "six", 6, "Police arrested her six times.", "arrested")),
        art("c", things("c:c1", "four", 4, "Her four arrests were for fraud.", "arrests")),
        art("d", things("d:c1", "four", 4, "She has four arrests on her record.", "arrests")),
    ], story="s")
    assert {"a:c1", "b:c1"} in groups(other) and {"c:c1", "d:c1"} in groups(other)


# -- a floor below a figure is the figure told loosely -----------------------------------------------------------

def report(c: Claim) -> _Report:
    low = c.low if c.low is not None else 0.0
    high = c.high if c.high is not None else math.inf
    return _Report(claim=c, outlet=c.article, when=None, low=low, high=high)


def test_a_floor_near_a_figure_fits_it_and_a_far_or_tiny_one_does_not() -> None:
    exact = report(things("a:c1", "31", 31, "31 engines came.", "engines"))
    near = report(things("b:c1", "more than two dozen", 24, "More than two dozen engines came.", "engines",
                         qualifier="more_than"))
    far = report(things("c:c1", "at least 10", 10, "At least 10 engines came.", "engines", qualifier="at_least"))
    above = report(things("d:c1", "at least 40", 40, "At least 40 engines came.", "engines", qualifier="at_least"))
    tiny = report(things("e:c1", "at least two", 2, "At least two engines came.", "engines", qualifier="at_least"))
    two = report(things("f:c1", "three", 3, "Three engines came.", "engines"))
    assert bound_fits(near, exact) and bound_fits(exact, near)
    assert not bound_fits(far, exact) and not bound_fits(above, exact) and not bound_fits(tiny, two)


def test_more_than_two_dozen_fire_engines_are_the_31_fire_appliances_sent() -> None:
    sent = [art(a, things(f"{a}:c1", "31", 31, "A total of 31 fire appliances were sent to the mill.",
                          "fire appliances", measure="deployed")) for a in ("a", "b", "c")]
    loose = art("d", things("d:c1", "More than two dozen", 24, "More than two dozen fire engines were sent.",
                            "fire engines", measure="deployed", qualifier="more_than"))
    assert groups(reconcile([*sent, loose], story="s")) == [{"a:c1", "b:c1", "c:c1", "d:c1"}]


def test_a_floor_far_below_the_figure_stays_apart() -> None:
    sent = [art(a, things(f"{a}:c1", "31", 31, "A total of 31 fire appliances were sent to the mill.",
                          "fire appliances", measure="deployed")) for a in ("a", "b", "c")]
    loose = art("d", things("d:c1", "at least 12", 12, "At least 12 fire engines were sent to the mill.",
                            "fire engines", measure="deployed", qualifier="at_least"))
    assert not any({"a:c1", "d:c1"} <= s for s in groups(reconcile([*sent, loose], story="s")))


# -- a run of one length told under several nouns is one run ----------------------------------------------------

def run(cid: str, number_text: str, value: float, text: str, counted: str | None) -> Claim:
    return things(cid, number_text, value, text, counted or "wins", unit=(counted or "wins").split()[-1]) \
        if counted else claim(cid, number_text, value, text, unit="wins", counted=None, role="objects")


def test_the_sixth_straight_win_and_the_sixth_consecutive_victory_are_one_run() -> None:
    facts = reconcile([
        art("a", run("a:c1", "sixth", 6, "The Hawks held on for their sixth straight win.", "wins")),
        art("b", run("b:c1", "sixth", 6, "It was the Hawks' sixth straight win at home and away.", "wins")),
        art("c", run("c:c1", "sixth", 6, "The result gave the Hawks a sixth consecutive victory.", "victories")),
        art("d", run("d:c1", "six", 6, "The Hawks, winners of six straight games, lead the table.", "games")),
    ], story="s")
    assert groups(facts) == [{"a:c1", "b:c1", "c:c1", "d:c1"}]


def test_runs_of_other_lengths_or_of_days_stay_apart() -> None:
    facts = reconcile([
        art("a", run("a:c1", "sixth", 6, "The Hawks held on for their sixth straight win.", "wins"),
            run("a:c2", "fourth", 4, "They reached a fourth straight final.", "finals")),
        art("b", run("b:c1", "sixth", 6, "It was the Hawks' sixth straight win.", "wins"),
            run("b:c2", "fourth", 4, "A fourth consecutive final awaits.", "finals")),
        art("c", run("c:c1", "sixth", 6, "Fans marched for a sixth straight day against the club.", "days")),
        art("d", run("d:c1", "sixth", 6, "Protests went on for the sixth straight day.", "days")),
    ], story="s")
    found = groups(facts)
    assert {"a:c1", "b:c1"} in found
    assert not any({"a:c1", "a:c2"} <= s or {"a:c1", "c:c1"} <= s for s in found)


def test_two_runs_of_one_length_in_one_sentence_stay_apart() -> None:
    facts = reconcile([
        art("a", run("a:c1", "third", 3, "A third straight win and a third straight clean sheet followed.", "wins"),
            dataclasses.replace(run("a:c2", "third", 3, "A third straight win and a third straight clean sheet "
                                    "followed.", "clean sheets"))),
        art("b", run("b:c1", "third", 3, "The third straight win came easily.", "wins")),
        art("c", run("c:c1", "third", 3, "Their keeper kept a third straight clean sheet.", "clean sheets")),
    ], story="s")
    assert not any({"b:c1", "c:c1"} <= s for s in groups(facts))


def test_two_sides_runs_of_one_length_stay_apart() -> None:
    facts = reconcile([
        art("a", run("a:c1", "fifth", 5, "Late goals gave Ardley a fifth straight win on Saturday.", "wins")),
        art("b", run("b:c1", "fifth", 5, "It was Ardley's fifth straight win.", "wins")),
        art("c", run("c:c1", "fifth", 5, "The defeat was Brenford's fifth consecutive loss on Saturday.", "losses")),
        art("d", run("d:c1", "five", 5, "Coach Mills has now lost five straight games with Brenford.", "games")),
    ], story="s")
    assert not any({"a:c1", "c:c1"} <= s for s in groups(facts))
