"""Figures about a story's main people (extract/more_figures.py), on sentences written for these tests:
an age told bare or after a verb of dying, a count with a noun of number, a tenure."""

from __future__ import annotations

import pytest

from storyline.extract import nlp
from storyline.extract.more_figures import age_at_death, age_told_bare, tenure
from storyline.link.reconcile import reconcile
from storyline.model import Claim
from tests.extract.parsed_claims import parsed


@pytest.fixture(scope="module", autouse=True)
def _parser() -> None:
    nlp.setup()


def figure(text: str, number_text: str) -> Claim:
    found = [c for c in parsed(text).claims if c.number_text == number_text]
    assert found, f"no claim {number_text!r} in {[c.number_text for c in parsed(text).claims]}"
    return found[0]


@pytest.mark.parametrize(("text", "number_text", "who"), [
    ("The novelist Ines Moreau died on Tuesday at her home in Lyon. She was 88.", "88", None),
    ("Oskar Lindqvist was 102.", "102", "Oskar Lindqvist"),
    ("Retired judge Hal Brenner dies at 91", "91", None),
    ("The painter died Sunday at 79, her gallery said.", "79", None),
    ("He was 64, his brother told reporters.", "64", None),
])
def test_an_age_told_bare_or_after_dying_is_an_age(text: str, number_text: str, who: str | None) -> None:
    c = figure(text, number_text)
    assert (c.measure, c.unit, c.counted) == ("age", "years", who)


@pytest.mark.parametrize(("text", "number_text"), [
    ("The death toll was 95.", "95"),  # a toll, not an age: its subject is no person
    ("The final count was 12.", "12"),
    ("Dozens died at 14 sites across the valley.", "14"),  # a noun follows: sites, not an age
    ("Forty people died at the stadium.", "Forty"),
])
def test_no_age_where_no_person_is_that_old(text: str, number_text: str) -> None:
    assert figure(text, number_text).measure != "age"


def test_an_age_at_death_is_no_toll() -> None:
    c = figure("Famed jazz drummer Lou Carter dead at 83", "83")
    assert c.measure == "age" and c.role != "victims"


def test_the_words_alone() -> None:
    assert age_told_bare(" He was ", ".", value=95, qualifier="exact")
    assert not age_told_bare(" He was ", " years in the job.", value=9, qualifier="exact")
    assert not age_told_bare(" He was ", ".", value=95.5, qualifier="exact")
    assert not age_told_bare(" He was ", ".", value=95, qualifier="about")
    assert age_at_death("The actor died peacefully at home at ", " on Friday.", value=90, qualifier="exact")
    assert not age_at_death("The actor died at ", " Elm Road.", value=40, qualifier="exact")
    assert not age_at_death("The ship sank at ", ".", value=40, qualifier="exact")


@pytest.mark.parametrize(("text", "number_text", "counted"), [
    ("Police said at least a dozen people were inside the bakery when the fire started.", "at least a dozen",
     "people"),
    ("About a dozen volunteers stayed behind to clear the road.", "About a dozen", "volunteers"),
    ("A dozen nurses walked out of the clinic on Monday.", "A dozen", "nurses"),
])
def test_a_noun_of_number_counts_the_noun_it_qualifies(text: str, number_text: str, counted: str) -> None:
    c = figure(text, number_text)
    assert c.counted == counted and c.unit == "people"


def test_dozens_of_still_counts_what_follows() -> None:
    assert figure("Dozens of houses burned overnight.", "Dozens").counted == "houses"


@pytest.mark.parametrize("text", [
    "Officer Dana Ruiz, a 14-year veteran of the harbour police, was hurt in the crash.",
    "The nurse had worked at the clinic for 22 years before she retired.",
    "Marta Oyelaran has been a member of the council for the past eight years.",
    "The coach, who spent 11 years with the club, was dismissed on Friday.",
    "Her 30-year career at the paper ended in March.",
    "The couple had been married for 40 years.",
])
def test_a_tenure_is_told_as_one(text: str) -> None:
    durations = [c for c in parsed(text).claims if c.measure == "duration"]
    assert durations and all(tenure(c) for c in durations)


@pytest.mark.parametrize("text", [
    "The bridge was built 40 years ago and has not been repaired since.",
    "The drought has lasted for three years across the region.",
    "The law, passed 35 years ago, is now being rewritten.",
    "The loans will be repaid over five years.",
])
def test_a_history_or_a_programme_is_no_tenure(text: str) -> None:
    durations = [c for c in parsed(text).claims if c.measure == "duration"]
    assert durations and not any(tenure(c) for c in durations)


def test_a_tenure_several_outlets_tell_is_a_fact_a_history_is_not() -> None:
    one = parsed("A firefighter died in the warehouse blaze on Monday. Lt. Sam Okafor, a 12-year veteran of the "
                 "brigade, was trapped when the roof fell. The warehouse was built 60 years ago.", aid="a")
    two = parsed("Lt. Sam Okafor had served with the brigade for 12 years, the chief said. He was killed in the "
                 "warehouse fire. The building went up 60 years ago.", aid="b")
    facts = reconcile([one, two], story="s")
    told = {c.id: c for c in (*one.claims, *two.claims)}
    durations = [f for f in facts if f.measure == "duration"]
    assert len(durations) == 1 and durations[0].sources == 2
    assert {(told[c].article, told[c].value) for c in durations[0].claims} == {("a", 12), ("b", 12)}


@pytest.mark.parametrize(("text", "number_text", "value", "counted", "done"), [
    ("Ruiz is the fifth league manager to be sacked this season.", "fifth", 5, "league managers", "sacked"),
    ("She became the third journalist killed in the province this year.", "third", 3, "journalists", "killed"),
    ("The mayor is the 12th official charged in the bribery inquiry.", "12th", 12, "officials", "charged"),
])
def test_an_ordinal_of_things_done_so_far_is_a_running_count(text: str, number_text: str, value: int,
                                                              counted: str, done: str) -> None:
    c = figure(text, number_text)
    assert (c.value, c.counted, c.counted_as) == (value, counted, done)


def test_such_points_back_to_the_act_just_told() -> None:
    c = figure("The club's striker was arrested for speeding on Sunday, the club's second such arrest in a month.",
               "second")
    assert c.value == 2


@pytest.mark.parametrize("text", [
    "It was the second time the bridge had closed this year.",
    "The 67th Precinct covers the east side.",
    "He began his second term in January.",
    "The team scored in the third quarter.",
    "The fourth official to resign this week spoke to reporters.",  # no participle: left alone
])
def test_an_ordinal_that_ranks_or_times_is_no_count(text: str) -> None:
    # no count; "the second time" is read as a rank (extract/ordinals.py), never as a count
    assert not [c for c in parsed(text).claims if c.number_text in ("second", "67th", "third", "fourth")
                and c.measure != "rank"]


def test_a_count_keeps_the_verb_of_its_own_clause() -> None:
    c = figure("The gunman walked into the office, which had about a dozen people inside celebrating a birthday.",
               "about a dozen")
    assert c.counted == "people" and c.counted_as != "walked"


def test_a_dozen_others_stands_for_what_was_told_before() -> None:
    c = figure("The council bought the mill, along with at least a half-dozen others along the river.",
               "at least a half-dozen")
    assert c.counted != "others"
