"""Words near a figure that say nothing of what it counts (extract/not_counts.py), with the real parse."""

from __future__ import annotations

import pytest

from storyline.extract import nlp
from storyline.extract.not_counts import past_paired
from tests.extract.parsed_claims import by_number


@pytest.fixture(scope="module", autouse=True)
def _parser() -> None:
    nlp.setup()


# a toll said of no one is not lent to those counted in the next clause


@pytest.mark.parametrize(("text", "figure"), [
    ("Nobody was hurt, but three firefighters were on the roof when it gave way.", "three"),
    ("No one was killed, although about a dozen workers were in the mine at the time.", "about a dozen"),
    ("None of the passengers were injured, but two crew members were still aboard.", "two"),
    ("Officials said nobody died; four hikers had been on the ridge when the slide began.", "four"),
    ("Nobody was arrested, though 30 protesters were on the steps at noon.", "30"),
    ("Police did not arrest anyone, although 40 fans were still in the stadium.", "40"),
])
def test_a_toll_said_of_no_one_is_not_lent_to_the_next_clause(text: str, figure: str) -> None:
    claim = by_number(text)[figure]
    assert claim.measure == "count"
    assert claim.unit == "people"


@pytest.mark.parametrize(("text", "figure", "measure"), [
    # the figure's own clause says what befell them
    ("The blast killed six people, and 14 more were injured.", "14", "injured"),
    ("Twelve people were injured and four others were taken to hospital as a precaution.", "four", "injured"),
    # a death or a loss in the clause beside is not lent to people with a clause of their own
    ("Officials said five people were still missing and nearly 40 survivors were in hospital.", "nearly 40", "count"),
    ("Local officials said 12 people were missing and 38 had been taken to hospital.", "38", "count"),
    ("At least seven people were killed and dozens more were feared trapped on Monday.", "dozens", "count"),
    ("One person is dead and 3,400 have been forced out of their homes.", "3,400", "displaced"),
    # a semicolon ends the figure's clause, however the parser reads a headline
    ("Stampede toll climbs to 24; four arrested as inquiry panel visits temple", "24", "killed"),
    # but a list's items, set apart by semicolons, hang from the verb before them
    ("The storms killed 15 people: five in Lowndes County; four in Tuscaloosa County.", "four", "killed"),
    # a clause on the figure's noun is the figure's own: "of the 23 people injured, 11 ..."
    ("Of the 23 people injured, 11 remain in hospital.", "11", "injured"),
    # the no one of the sentence keeps its own toll
    ("Nobody was hurt, but three firefighters were on the roof when it gave way.", "Nobody", "injured"),
    ("No one was killed, although about a dozen workers were in the mine at the time.", "No one", "killed"),
])
def test_a_toll_of_the_figures_own_clause_or_a_parallel_one_stays(text: str, figure: str, measure: str) -> None:
    assert by_number(text)[figure].measure == measure


# a figure of a pair shares the words after the second figure


@pytest.mark.parametrize(("after", "shared"), [
    (" and 5.1 magnitude tremors", " magnitude tremors"),
    (" or 30 years old", " years old"),
    (" to eight miles away", " miles away"),
    (" and 7. 5 magnitude quakes", " magnitude quakes"),
])
def test_the_first_figure_of_a_pair_shares_what_follows_the_second(after: str, shared: str) -> None:
    assert past_paired(after) == shared


@pytest.mark.parametrize("after", [
    " and wounded two others",  # no second figure: "killed 7 and wounded two others"
    " magnitude quake",
    " and the others were injured",
    "",
])
def test_text_without_a_second_figure_is_left_as_it_is(after: str) -> None:
    assert past_paired(after) == after


def test_both_figures_of_a_pair_are_magnitudes() -> None:
    found = by_number("A 4.8 and 5.1 magnitude tremor shook the valley on Tuesday.")
    assert found["4.8"].measure == "magnitude"
    assert found["5.1"].measure == "magnitude"


def test_both_figures_of_a_pair_are_ages() -> None:
    found = by_number("The women, who were 72 and 69 years old, lived together.")
    assert found["72"].measure == "age"
    assert found["69"].measure == "age"


# a figure before a modifier of one thing measures the modifier, not a count of the thing


@pytest.mark.parametrize(("text", "figure", "counted"), [
    ("Engineers mapped a 40 acre plot outside the town.", "40", "acre"),
    ("Crews hauled in a 12 ton boulder.", "12", "ton"),
    ("A 20 mile stretch of the road was closed.", "20", "mile"),
])
def test_a_figure_before_a_modifier_of_one_thing_measures_the_modifier(text: str, figure: str,
                                                                         counted: str) -> None:
    claim = by_number(text)[figure]
    assert claim.counted == counted
    assert claim.measure != "count"


@pytest.mark.parametrize(("text", "figure", "counted"), [
    ("Two police cars and three fire engines reached the scene.", "Two", "police cars"),
    ("Two police cars and three fire engines reached the scene.", "three", "fire engines"),
    ("The council bought 31 fire apparatus last year.", "31", "fire apparatus"),
    ("Five adult women and two children were inside the hall.", "Five", "adult women"),
])
def test_a_figure_that_agrees_with_its_noun_still_counts_it(text: str, figure: str, counted: str) -> None:
    claim = by_number(text)[figure]
    assert claim.counted == counted
    assert claim.measure == "count"


# a part told after "including" belongs to the last figure before it that counts, not to a measurement


@pytest.mark.parametrize(("text", "figure", "measure"), [
    ("The striker ran for 120 yards, including two goals.", "two", "count"),
    ("The region recorded 300 tremors over 48 hours, including 12 tremors above magnitude four.", "12", "count"),
    # a part of a toll is of the toll; a part of a spell of time is of the time
    ("The blast killed 30 people, including four police officers.", "four", "killed"),
    ("The strike lasted 40 days, including ten days in which no trains ran.", "ten", "duration"),
])
def test_a_part_belongs_to_the_last_figure_of_its_kind(text: str, figure: str, measure: str) -> None:
    assert by_number(text)[figure].measure == measure


# a clause of the figure's own verb that tells a part's fate is not the whole's: "trapped 23, killing two of them"


@pytest.mark.parametrize(("text", "whole", "part", "fate"), [
    ("A tunnel collapse trapped 23 workers underground on Tuesday, killing two of them, the company said.",
     "23", "two", "killed"),
    ("A gunman shot three people, killing one, before fleeing in a stolen car.", "three", "one", "killed"),
    ("The fire engulfed 14 flats on Sunday night, destroying nine of them.", "14", "nine", None),
    ("Floodwaters cut off 40 villages in the valley, drowning six of them entirely.", "40", "six", None),
])
def test_a_parts_fate_told_after_the_figure_is_not_the_wholes(text: str, whole: str, part: str,
                                                                fate: str | None) -> None:
    found = by_number(text)
    assert found[whole].measure == "count"  # not killed, not displaced by the "fleeing" after the part's clause
    if fate:
        assert found[part].measure == fate


@pytest.mark.parametrize(("text", "figure", "measure"), [
    # the figure's own verb, or a clause of it telling the same people's fate, still types it
    ("Gunmen killed 12 people in the market, injuring 30.", "12", "killed"),
    ("Gunmen killed 12 people in the market, injuring 30.", "30", "injured"),
    ("The storm hit the coast on Friday, killing 40 people.", "40", "killed"),
])
def test_a_figure_named_by_its_own_verb_or_its_clause_keeps_its_fate(text: str, figure: str, measure: str) -> None:
    assert by_number(text)[figure].measure == measure
