"""A bare toll told after an animal that harms counts the animal's victims, not the animal: "Wild elephants kill two"
is two people killed; a bare toll told after animals that themselves died ("160 whales stranded ..., and more than 90
have died") still counts the animals. On sentences written for these tests with the real parse."""

from __future__ import annotations

import pytest

from storyline.extract import nlp
from tests.extract.read_claims import figures


@pytest.fixture(scope="module", autouse=True)
def _parser() -> None:
    nlp.setup()


@pytest.mark.parametrize("sentence, figure", [
    ("Wild elephants kill two, wreck 18 huts in farming villages", "two"),
    ("The herd of wild elephants that killed two men on Sunday returned on Monday night.", "two"),
])
def test_the_victims_of_a_harming_animal_are_people(sentence: str, figure: str) -> None:
    claim = figures(sentence)[figure]
    assert claim.measure == "killed"
    assert "elephant" not in (claim.counted or "")


def test_animals_that_died_are_still_the_animals() -> None:
    claim = figures("About 160 whales stranded on the beach overnight, and more than 90 have died.")["more than 90"]
    assert claim.measure == "killed" and "whale" in (claim.counted or "")
