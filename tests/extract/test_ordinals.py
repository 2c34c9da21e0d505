"""Ordinals read as ranks (extract/ordinals.py) and one rank several outlets tell as one fact
(link/same_rank.py), on sentences written for these tests."""

from __future__ import annotations

import pytest

from storyline.extract import nlp
from storyline.extract.ordinals import RANK, value_of
from storyline.link.reconcile import reconcile
from storyline.model import Article, Claim
from tests.extract import parsed_claims


@pytest.fixture(scope="module", autouse=True)
def _parser() -> None:
    nlp.setup()


def parsed(text: str, *, aid: str = "t") -> Article:
    return parsed_claims.parsed(text, aid=aid, published="2025-06-02")


def ranks(text: str) -> list[Claim]:
    return [c for c in parsed(text).claims if c.measure == RANK]


@pytest.mark.parametrize(("text", "number_text", "value", "counted"), [
    ("The mayor will chair the regional summit for the third time, her office said.", "third", 3, "times"),
    ("Lena Marsh was named the 14th conductor of the city orchestra on Tuesday.", "14th", 14, "conductors"),
    ("The striker is now in his seventh season with the club.", "seventh", 7, "seasons"),
    ("Okafor sent his rival to the canvas in the fourth round.", "fourth", 4, "rounds"),
    ("The board confirmed her as the company's 21st chief executive.", "21st", 21, "chief executives"),
    ("The novelist took the stage as the Ninth Laureate of the academy.", "Ninth", 9, "laureates"),
    ("It was the team's eleventh road defeat of the campaign.", "eleventh", 11, "road defeats"),
])
def test_an_ordinal_that_places_something_in_a_line_is_a_rank(text: str, number_text: str, value: int,
                                                              counted: str) -> None:
    found = [c for c in ranks(text) if c.number_text == number_text]
    assert found, f"no rank {number_text!r} in {[(c.number_text, c.measure) for c in parsed(text).claims]}"
    c = found[0]
    assert (c.value, c.low, c.high, c.qualifier, c.counted, c.role) == (value, value, value, "exact", counted,
                                                                       "other")


def test_an_ordinal_standing_alone_ranks_the_noun_told_before_it() -> None:
    found = {c.number_text: c for c in ranks("Okafor floored his rival in the fourth round and stopped him in "
                                             "the fifth.")}
    assert found["fifth"].counted == "rounds" and found["fifth"].value == 5
    assert found["fourth"].value == 4


@pytest.mark.parametrize("text", [
    "The parade will pass along Fifth Avenue on the 3rd of May.",  # a street, a date
    "Talks resumed on 6th June in the capital.",
    "The chapel dates from the 14th century and was restored in the 19th.",  # centuries
    "First, the council must vote; the second half of the meeting was closed to the public.",  # discourse, a period
    "A second ambulance was sent to the scene an hour later.",  # another one, not a place in a line
    "The third victim died in hospital on Sunday.",  # one of the people of the event, picked out
    "He was convicted of second-degree murder and arson.",  # a grade
    "The gallery celebrates its 25th anniversary with a free weekend.",  # an anniversary
    "The city will host the 31st annual film awards in March.",  # an edition of a yearly event
    "\"The second time is always easier,\" she joked.",  # a saying
    "As the old line goes, the third time's the charm.",
    "She became the fifth woman in the club's history to win the title.",  # a record book's aside
    "The film is based on the second book in the trilogy.",  # which work of a series
    "The suspect lived on the third floor of the building.",  # a floor
    "Riot police were seen in the second square, near the market.",  # a place picked out among several
    "The third building on the row collapsed an hour later.",
    "Two passengers were hurt in the fourth carriage of the train.",  # a thing picked out among several
    "It was the third-biggest opening of the year.",  # a superlative's rank among others
    "Police were called to the 44th Precinct station house.",  # a body named by number, beside its noun
    "The fire broke out at 10:02, a 10-second alarm sounded, and crews arrived within a second.",
])
def test_an_ordinal_that_names_is_no_rank(text: str) -> None:
    assert ranks(text) == []


def test_the_words_of_an_ordinal() -> None:
    assert (value_of("twelfth"), value_of("12th"), value_of("21st"), value_of("Second")) == (12, 12, 21, 2)
    assert (value_of("first"), value_of("season"), value_of("12")) == (None, None, None)


def test_one_rank_several_outlets_tell_is_one_fact_and_another_place_is_another() -> None:
    one = parsed("Lena Marsh was named the 14th conductor of the city orchestra on Tuesday. She replaces "
                 "Paul Dorne, the 13th conductor, who retired in May.", aid="a")
    two = parsed("The orchestra appointed Lena Marsh as its 14th conductor, the board said.", aid="b")
    three = parsed("Lena Marsh becomes the 14th conductor in the orchestra's long life.", aid="c")
    facts = [f for f in reconcile([one, two, three], story="s") if f.measure == RANK]
    told = {c.id: c for a in (one, two, three) for c in a.claims}
    assert len(facts) == 1  # the 13th conductor is one outlet's: no row
    fact = facts[0]
    assert {told[c].article for c in fact.claims} == {"a", "b", "c"}
    assert {told[c].value for c in fact.claims} == {14}
    assert fact.assessment == "consistent" and "conductor" in fact.label


def test_one_rank_under_two_nouns_in_one_article_is_one_row() -> None:
    one = parsed("Dana Kerr will host the gala for the second time. It will be her second stint as host, the "
                 "organisers said.", aid="a")
    two = parsed("Dana Kerr returns to host the gala for a second time next spring.", aid="b")
    three = parsed("Organisers said Dana Kerr will take on the gala for the second time.", aid="c")
    four = parsed("This will be her second stint as host of the gala, her agent said.", aid="d")
    facts = [f for f in reconcile([one, two, three, four], story="s") if f.measure == RANK]
    told = {c.id: c for a in (one, two, three, four) for c in a.claims}
    assert len(facts) == 1
    assert {told[c].article for c in facts[0].claims} == {"a", "b", "c", "d"}


def test_ranks_of_one_noun_no_article_tells_together_stay_apart() -> None:
    one = parsed("Okafor floored Reyes in the fourth round.", aid="a")
    two = parsed("Reyes went down in the fourth round at the arena.", aid="b")
    three = parsed("Okafor won the fight in the ninth round, the referee stopping it.", aid="c")
    four = parsed("The referee stopped the bout in the ninth round.", aid="d")
    facts = [f for f in reconcile([one, two, three, four], story="s") if f.measure == RANK]
    told = {c.id: c for a in (one, two, three, four) for c in a.claims}
    assert sorted(sorted(told[c].article for c in f.claims) for f in facts) == [["a", "b"], ["c", "d"]]


def test_a_rank_outlets_tell_only_in_passing_further_down_is_no_row() -> None:
    lede = ("Okafor beat Reyes on points on Saturday to keep his title. The champion was never in trouble and won "
            "every card. The crowd of fans cheered him out of the hall. ")
    one = parsed(lede + "Reyes had a good spell in the third round.", aid="a")
    two = parsed(lede + "His corner thought Reyes won the third round.", aid="b")
    assert [f for f in reconcile([one, two], story="s") if f.measure == RANK] == []
    assert any(c.measure == RANK and c.value == 3 for c in one.claims)  # still a claim


def test_parts_of_a_match_and_numbered_districts_name_rather_than_rank() -> None:
    for text in ("She broke serve early in the third set and held on.",
                 "The fire started in a flat in the 11th arrondissement of the city.",
                 "He crashed on the 14th lap and retired."):
        assert not ranks(text), text
