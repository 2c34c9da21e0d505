"""Families counted are households, not people: "212 families, or 740 people, are in shelters" gives two counts,
and an outlet's "160 families displaced" is the first of them, not a third quantity; but "a family of five" killed
stays a part of the toll. On sentences written for these tests with the real parse."""

from __future__ import annotations

import pytest

from storyline.extract import nlp
from storyline.link.reconcile import _key, reconcile
from tests.extract.read_claims import read, read_all


@pytest.fixture(scope="module", autouse=True)
def _parser() -> None:
    nlp.setup()


def test_families_displaced_and_people_displaced_key_apart() -> None:
    families = read("Some 160 families have been displaced by the landslide, the mayor said.").claims[0]
    people = read("More than 600 people have been displaced by the landslide, the mayor said.").claims[0]
    again = read("According to the municipality, 212 families are now staying in three shelters.").claims[0]
    assert (families.measure, people.measure) == ("displaced", "displaced")
    assert _key(families) != _key(people)
    assert again.measure == "displaced" and _key(families) == _key(again)


def test_families_told_beside_people_make_one_row_of_families() -> None:
    """Two outlets' counts of families housed (160, then 212) are one count that grew, beside the people's count;
    without the families keyed apart, each article's two figures split the families into a row per figure."""
    texts = ["Some 160 families have been displaced, and more than 600 people spent Tuesday night in temporary "
             "shelters in Betania.",
             "According to the municipality, 212 families, or 740 people, have been displaced and are staying in "
             "three shelters in Betania.",
             "Around 700 people have been displaced by the mudslide in Betania, officials said."]
    facts = reconcile(read_all(texts), story="s")
    moved = [f for f in facts if f.measure == "displaced"]
    figures = sorted(sorted(c.split(":")[0] for c in f.claims) for f in moved)
    assert len(moved) == 2, [f.label for f in moved]
    assert ["a0", "a1"] in figures, figures


def test_a_family_killed_stays_a_part_of_the_toll() -> None:
    family = read("Five members of one family were killed when the boat capsized.").claims[0]
    people = read("At least 30 people were killed when the boat capsized.").claims[0]
    assert family.measure == people.measure == "killed"
    assert "household" not in _key(family)
