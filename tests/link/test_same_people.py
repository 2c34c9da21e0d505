"""One story's people named with several nouns, outlet by outlet, are one count: "23 infants admitted to hospital" and
"23 babies in hospital", "11 pupils killed" and "11 students killed"; and a port's "27 vessels" are its "27 ships". On
sentences written for these tests with the real parse."""

from __future__ import annotations

import pytest

from storyline.extract import nlp
from storyline.link.reconcile import _key
from tests.extract.read_claims import figures


@pytest.fixture(scope="module", autouse=True)
def _parser() -> None:
    nlp.setup()


@pytest.mark.parametrize("one, other", [
    (("Health officials said 23 infants had been admitted to hospital.", "23"),
     ("Health officials said 23 babies had been admitted to hospital.", "23")),
    (("Eleven pupils were killed when the school was hit.", "Eleven"),
     ("Eleven students were killed when the school was hit.", "Eleven")),
    (("About 27 vessels were waiting outside the port on Monday.", "About 27"),
     ("About 27 ships were waiting outside the port on Monday.", "About 27")),
])
def test_two_nouns_for_the_same_people_or_things_key_alike(one: tuple[str, str], other: tuple[str, str]) -> None:
    assert _key(figures(one[0])[one[1]]) == _key(figures(other[0])[other[1]])


def test_children_and_adults_still_key_apart() -> None:
    children = figures("Eleven children were killed when the school was hit.")["Eleven"]
    teachers = figures("Eleven teachers were killed when the school was hit.")["Eleven"]
    assert _key(children) != _key(teachers)
