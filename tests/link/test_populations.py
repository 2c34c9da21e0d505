"""How many people live in a place is its setting, not a figure of the story: "a coffee-growing settlement of about
450 people", "a city of 20 million", "the town of some 9,000 inhabitants" (as "home to 200,000 people" already
was); a count of people in the place stays ("about 450 people were evacuated from the village"). On sentences
written for these tests."""

from __future__ import annotations

import pytest

from storyline.link.reconcile import _population
from tests.link.made_claims import claim


@pytest.mark.parametrize(("text", "figure", "lives"), [
    ("The slide struck La Cristalina, a coffee-growing settlement of about 450 people, at 3:40 a.m.", "about 450",
     True),
    ("Dhaka, a city of more than 20 million, has run short of hospital beds.", "more than 20 million", True),
    ("Betania, a town of some 9,000 inhabitants, lies in the coffee belt.", "some 9,000", True),
    ("About 450 people were evacuated from the village on Tuesday.", "About 450", False),
    ("The town sent 450 people to the shelters of the village.", "450", False),
])
def test_the_people_of_a_place_are_its_setting(text: str, figure: str, lives: bool) -> None:
    assert _population(claim("a:c1", figure, 1.0, text)) is lives


@pytest.mark.parametrize(("text", "figure", "lives"), [
    ("The ferry is the only car link for Inchmorran's 1,100 residents.", "1,100", True),
    ("For the 3,100 residents of La Jonquera, the second day of the blockade meant clogged streets.", "3,100", True),
    ("The capital Dhaka, a megacity of more than 20 million people, ran short of beds.", "more than 20 million",
     True),
    ("The 40 residents of Elm House were evacuated on Monday.", "40", False),
    ("Grenfell's 300 residents were moved to hotels.", "300", False),
    ("Police evacuated 3,100 residents of La Jonquera, officials said.", "3,100", False),
])
def test_the_residents_of_a_named_place_are_its_setting(text: str, figure: str, lives: bool) -> None:
    assert _population(claim("a:c1", figure, 1.0, text)) is lives
