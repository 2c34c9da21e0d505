"""The singular the facts code compares counted nouns by (``claim_words.singular``): plurals in -ies, -ches,
-shes, -xes and -sses lose their whole ending and a singular in -us or -is keeps its s, so "two babies" and
"a baby", "14 properties" and "one property" compare as one noun; words written for these tests."""

from __future__ import annotations

import pytest

from storyline.extract import claim_words as W


@pytest.mark.parametrize("plural, singular", [
    ("boats", "boat"), ("homes", "home"), ("properties", "property"), ("babies", "baby"), ("bodies", "body"),
    ("casualties", "casualty"), ("lorries", "lorry"), ("churches", "church"), ("bushes", "bush"), ("boxes", "box"),
    ("buses", "bus"), ("houses", "house"), ("virus", "virus"), ("crisis", "crisis"), ("classes", "class"),
    ("class", "class"), ("rookies", "rookie"), ("sorties", "sortie"), ("rbis", "rbi"), ("gpus", "gpu"),
    ("people", "people"), ("children", "children"),
])
def test_a_plural_compares_as_its_singular(plural: str, singular: str) -> None:
    assert W.singular(plural) == W.singular(singular) == singular


def test_a_noun_in_ies_the_same_in_both_numbers_takes_no_y() -> None:
    assert W.singular("series") == "serie" and W.singular("species") == "specie"  # as before: not "sery"
