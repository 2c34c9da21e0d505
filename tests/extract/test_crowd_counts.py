"""A bare figure that tells the size of a crowd or a body of people (extract/crowd_counts.py)."""

from __future__ import annotations

import pytest

from storyline.extract import nlp
from storyline.extract.crowd_counts import counts_people
from tests.extract.parsed_claims import by_number


@pytest.fixture(scope="module", autouse=True)
def _parser() -> None:
    nlp.setup()




@pytest.mark.parametrize(("before", "after"), [
    ("The derby kicked off before a crowd of ", " under floodlights."),
    ("The choir sang to an audience of about ", " in the old hall."),
    ("The cannery, with a workforce of nearly ", ", will close in May."),
    ("Organisers were pleased with a turnout of more than ", "."),
    ("The bishop was among the ", " in attendance."),
    # a collective noun estimated or put at the figure, a few words of place between
    ("Police estimated the crowd at the temple at around ", " at the time of the crush."),
    ("Organisers put the turnout at ", "."),
    ("The size of the crowd outside parliament was put at ", " by police."),
    ("A crowd estimated at ", " marched to the palace."),
    ("Police said the crowd numbered ", " at its height."),
])
def test_a_collective_or_attendance_counts_people(before: str, after: str) -> None:
    assert counts_people(before, after)


@pytest.mark.parametrize(("before", "after"), [
    ("The town, a city of ", ", lies on the river."),  # inhabitants: left to the claims stage's own rule
    ("The crowd was angry after ", " goals were disallowed."),  # the collective is not what the figure counts
    ("The committee had a budget of ", " for the festival."),  # not a body of people
    ("Police estimated the damage at ", " homes."),  # no collective estimated
    ("The crowd cheered as the mayor put the cost at ", " euros."),  # the collective is not what is put at
])
def test_other_figures_are_not_people(before: str, after: str) -> None:
    assert not counts_people(before, after)


@pytest.mark.parametrize(("text", "number"), [
    ("The derby kicked off before a sellout crowd of 31,000 under floodlights.", "31,000"),
    ("More than 8,000 were in attendance when the bridge reopened.", "More than 8,000"),
    ("The cannery, with a workforce of nearly 900, will close in May.", "nearly 900"),
    ("Police estimated the crowd at the stadium at about 45,000 on Sunday.", "about 45,000"),
])
def test_the_claim_counts_people(text: str, number: str) -> None:
    claim = by_number(text)[number]
    assert (claim.measure, claim.unit, claim.counted) == ("count", "people", "people")


def test_a_figure_with_its_own_noun_keeps_it() -> None:
    claim = by_number("The club has a staff of 40 coaches and scouts.")["40"]
    assert claim.counted == "coaches"
