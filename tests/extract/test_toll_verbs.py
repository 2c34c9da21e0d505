"""Verbs of a death the claim reader knows (``claim_words.MEASURE_LEMMAS``): "succumbed to their injuries",
"were electrocuted", "suffocated" count the dead, not the injured; "maimed" counts the injured; sentences written
for these tests."""

from __future__ import annotations

import pytest

from storyline.extract import nlp
from tests.extract.test_claims import by_number, claims


@pytest.fixture(scope="module", autouse=True)
def _parser() -> None:
    nlp.setup()


@pytest.mark.parametrize("text, number, measure", [
    ("Three patients succumbed to their injuries overnight.", "Three", "killed"),
    ("Seven people were electrocuted when the cable fell.", "Seven", "killed"),
    ("Four miners suffocated in the shaft.", "Four", "killed"),
    ("Twelve people were maimed by the blast.", "Twelve", "injured"),
])
def test_a_verb_of_death_or_harm_sets_the_measure(text: str, number: str, measure: str) -> None:
    assert by_number(claims(text))[number].measure == measure, text


@pytest.mark.parametrize("text, number, measure", [
    ("About 120 residents living near the terminal were told to leave their homes as a precaution.", "About 120",
     "evacuated"),
    ("Police ordered 300 villagers to leave the area on Sunday.", "300", "evacuated"),
    ("Nearly 400 people were advised to leave their houses.", "Nearly 400", "evacuated"),
    ("Two delegates were asked to leave the meeting.", "Two", "count"),  # a meeting is no dwelling nor area
])
def test_people_told_to_leave_their_homes_are_evacuated(text: str, number: str, measure: str) -> None:
    assert by_number(claims(text))[number].measure == measure, text


@pytest.mark.parametrize("text, number, measure", [
    ("Forty-six of the 47 people stranded on the floe have been brought to safety.", "Forty-six", "rescued"),
    ("Firefighters led 12 residents to safety.", "12", "rescued"),
    ("Nine were killed and 30 others were led to safety.", "30", "rescued"),
    ("Some 200 people were evacuated to safety.", "Some 200", "evacuated"),  # the verb's own measure stays
    ("Nine people were airlifted to the mainland.", "Nine", "count"),  # no "to safety": where, not a rescue
])
def test_people_brought_to_safety_are_rescued(text: str, number: str, measure: str) -> None:
    assert by_number(claims(text))[number].measure == measure, text


@pytest.mark.parametrize("text, number, measure", [
    ("Six people are now known to have been hurt.", "Six", "injured"),
    ("Six people are now believed to have been injured in the crash.", "Six", "injured"),
    ("Three people are now feared to have drowned in the flood waters.", "Three", "killed"),
    ("Six people are known to have been inside the building.", "Six", "count"),  # no fate: a count
])
def test_a_fate_the_knowing_governs_is_the_figures(text: str, number: str, measure: str) -> None:
    # "known to have been hurt": what befell them is the verb under "known", however far it lies from the figure
    assert by_number(claims(text))[number].measure == measure, text
