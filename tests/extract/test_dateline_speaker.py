"""A wire dateline that opens a sentence is no part of whom the sentence credits, nor where its figure is when
the sentence names a place of its own, on sentences of our own; and a magnitude's sentence that counts people
does not make the magnitude a count of people."""

from __future__ import annotations

import pytest

from tests.extract.parsed_claims import by_number


@pytest.mark.parametrize("text, speaker", [
    ("BRANTFORD (Daily Wire) - Orlen Mills Inc said on Monday it would cut 450 jobs.", "Orlen Mills Inc"),
    ("MADISON, Wis. (Evening Star) - Dane County Sheriff Tom Reyes said 12 people were hurt.", "Tom Reyes"),
    ("OSLO - The ministry said 450 homes were flooded.", "ministry"),
    ("DENVER (Wire Two) - Kestrel Foods Inc said on Monday it would buy Alder Mills for $450 million.",
     "Kestrel Foods Inc"),
])
def test_a_dateline_is_not_the_speaker(text: str, speaker: str) -> None:
    figure = next(c for n, c in by_number(text).items() if n in ("450", "12", "$450 million"))
    assert figure.attributed_to is not None and figure.attributed_to.endswith(speaker), figure.attributed_to
    assert "(" not in figure.attributed_to


def test_a_speaker_without_a_dateline_is_kept_whole() -> None:
    figure = by_number("The Interior Ministry said 30 people were detained.")["30"]
    assert figure.attributed_to == "Interior Ministry"


def test_a_magnitude_whose_sentence_counts_people_counts_no_people() -> None:
    claims = by_number("Thousands slept outside after an earthquake of magnitude 6.4 killed 31 people.")
    assert claims["6.4"].measure == "magnitude" and claims["6.4"].unit is None
    assert claims["31"].measure == "killed" and claims["31"].unit == "people"


@pytest.mark.parametrize(("text", "figure", "place"), [
    ("MANILA (Island Wire) - At least 31 people have died in the floods in Mindanao, officials said.",
     "At least 31", "Mindanao"),
    ("NAIROBI, Kenya (East Africa Desk) - Police arrested 14 people in Mombasa on Tuesday.", "14", "Mombasa"),
])
def test_a_figure_is_placed_where_its_sentence_says_not_at_the_dateline(text: str, figure: str, place: str) -> None:
    assert by_number(text)[figure].location == place


def test_a_dateline_places_a_figure_whose_sentence_names_no_other_place() -> None:
    found = by_number("KARACHI, Pakistan (Indus Wire) - At least 12 people were killed on Sunday.")["At least 12"]
    assert found.location in ("KARACHI", "Karachi", "Pakistan")
