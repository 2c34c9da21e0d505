"""A list of tolls by place ("seven in Halls, three in Humboldt and two in rural Dyer County") places each item
where it names its own place, not at the place of the item before, which may stand nearer; on sentences of our own."""

from __future__ import annotations

import pytest

from tests.extract.parsed_claims import by_number

LISTED = "Officials said seven died in Brownsville, seven in Halls, three in Humboldt and two in rural Dyer County."


@pytest.mark.parametrize(("text", "figure", "place"), [
    (LISTED, "three", "Humboldt"),
    (LISTED, "two", "Dyer County"),
    ("Nine people died in Brownsville, eight in Halls, five in Humboldt and four in Dyer County.", "five",
     "Humboldt"),
    # the item's place told as "the state of", "the northern province of": still its own place
    ("Officials said eleven people died in Bangladesh and six in the Indian state of Odisha.", "six", "Odisha"),
    ("Police said 40 were arrested in Lyon and 12 in the southern city of Marseille.", "12", "Marseille"),
    # the list's last item may be "one": a count there, not a pronoun
    ("Police arrested six in Portugal, three in Spain and one in the Netherlands.", "one", "Netherlands"),
    # a place before the figure, with none of its own after it, still places it
    ("In Halls, six people died in the storm that hit Tennessee on Tuesday.", "six", "Halls"),
])
def test_a_listed_toll_is_placed_at_its_own_place(text: str, figure: str, place: str) -> None:
    assert by_number(text)[figure].location == place


@pytest.mark.parametrize("text", [
    "The ferry left at one in the morning.",  # a time
    "No one in Halls was hurt.",  # a pronoun
    "Two died in Halls and one in the morning rush was hurt.",  # no place after it: no list item
])
def test_one_outside_a_list_of_places_is_no_count(text: str) -> None:
    assert "one" not in by_number(text)


def test_one_in_five_stays_a_share() -> None:
    assert set(by_number("Only one in five voters turned out.")) == {"one in five"}
