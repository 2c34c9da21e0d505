"""A count whose noun stands before it: "the attackers, about 150 of them", "the gunmen, said to number more than
100" (extract/noun_before.py); on sentences of our own."""

from __future__ import annotations

import pytest

from storyline.extract.noun_before import noun_before
from tests.extract.parsed_claims import by_number


@pytest.mark.parametrize(("text", "figure", "noun"), [
    ("Witnesses said the raiders, about 200 of them, struck the village before dawn.", "about 200", "raiders"),
    ("The gunmen, said by villagers to number more than 50, struck at night.", "more than 50", "gunmen"),
    ("Police said the looters numbered about 300 at the height of the unrest.", "about 300", "looters"),
])
def test_a_count_told_after_its_noun_counts_the_noun(text: str, figure: str, noun: str) -> None:
    claim = by_number(text)[figure]
    assert (claim.measure, claim.counted, claim.unit) == ("count", noun, "people")


def test_of_them_after_an_earlier_figure_is_a_part_not_the_whole() -> None:
    """"386 homes were damaged in two regions, 41 of them badly": the 41 are homes, a part of the 386."""
    before = "SENAPRED said 386 homes had been damaged in the coastal regions, "
    assert noun_before(before, " of them so badly that they must be demolished.") is None
    claim = by_number(before + "41 of them so badly that they must be demolished.")["41"]
    assert claim.counted == "homes" and (claim.subject or "").endswith("(of whom)")


def test_of_them_with_a_verb_after_it_is_no_apposition() -> None:
    assert noun_before("The rebels, ", " of them were killed.") is None


def test_only_the_words_just_before_the_figure_are_read() -> None:
    """A run-together table of thousands of figures costs each figure the same few words, not the whole sentence:
    a noun far before the figure is not its noun."""
    far = "The gunmen numbered " + "x " * 5000
    assert noun_before(far, ".") is None
    assert noun_before("x " * 50000 + "the gunmen numbered about ", ".") == len("x " * 50000) + len("the ")
