"""Survivors are the people brought out alive, however an outlet counts them ("12 survivors were found", "only 12
people survived", "rescuers pulled 12 people out alive"): one row, on sentences written for these tests with the real
parse."""

from __future__ import annotations

import pytest

from storyline.extract import nlp
from storyline.link.reconcile import reconcile
from tests.extract.read_claims import read


@pytest.fixture(scope="module", autouse=True)
def _parser() -> None:
    nlp.setup()


def test_survivors_counted_and_people_rescued_are_one_row() -> None:
    texts = ["A ferry capsized off Iloilo on Sunday. Rescuers pulled 41 people alive from the water, the coast guard "
             "said, and 12 people were killed.",
             "Forty-one survivors were brought ashore at Iloilo after the ferry sank, officials said. Twelve people "
             "died.",
             "Only 41 people survived when the ferry went down off Iloilo. The toll stands at 12 dead."]
    facts = reconcile([read(t, f"a{i}") for i, t in enumerate(texts)], story="s")
    alive = [f for f in facts if any(c.split(":")[0] == "a1" and f.measure != "killed" for c in f.claims)
             and f.measure != "killed"]
    assert len(alive) == 1, [f.label for f in facts]
    assert {c.split(":")[0] for c in alive[0].claims} == {"a0", "a1", "a2"}

