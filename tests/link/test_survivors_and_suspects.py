"""Survivors are the people brought out alive, and those arrested are the suspects, however an outlet counts them
("12 survivors were found", "only 12 people survived", "rescuers pulled 12 people out alive"; "14 people were
arrested", "14 suspects were detained"): one row, on sentences written for these tests with the real parse."""

from __future__ import annotations

import pytest

from storyline.extract import nlp
from storyline.link.reconcile import _key, reconcile
from tests.extract.read_claims import read, read_all


@pytest.fixture(scope="module", autouse=True)
def _parser() -> None:
    nlp.setup()


def test_survivors_counted_and_people_rescued_are_one_row() -> None:
    texts = ["A ferry capsized off Iloilo on Sunday. Rescuers pulled 41 people alive from the water, the coast guard "
             "said, and 12 people were killed.",
             "Forty-one survivors were brought ashore at Iloilo after the ferry sank, officials said. Twelve people "
             "died.",
             "Only 41 people survived when the ferry went down off Iloilo. The toll stands at 12 dead."]
    facts = reconcile(read_all(texts), story="s")
    alive = [f for f in facts if any(c.split(":")[0] == "a1" and f.measure != "killed" for c in f.claims)
             and f.measure != "killed"]
    assert len(alive) == 1, [f.label for f in facts]
    assert {c.split(":")[0] for c in alive[0].claims} == {"a0", "a1", "a2"}




def test_passengers_who_survived_are_the_survivors_not_those_aboard() -> None:
    """"Another 26 passengers survived" counts those brought out alive, as "26 survivors" does; "carrying about
    50 passengers" stays the count of those aboard: two rows, not one."""
    survived = read("Another 26 passengers survived, some clinging to trees on the riverbank until daybreak.").claims[0]
    found = read("Twenty-six survivors were found on the riverbank, the Red Cross said.").claims[0]
    aboard = read("The bus was carrying about 50 passengers when it was swept off the causeway.").claims[0]
    assert _key(survived) == _key(found)
    assert _key(aboard) != _key(survived)


def test_people_arrested_and_suspects_detained_are_one_count() -> None:
    """Those held are the suspects: "14 people were arrested" and "at least 14 suspects were detained" key one
    quantity (the row of each outlet's own noun), in the story's one row of arrests."""
    people = read("Police arrested 14 people in raids on a counterfeit medicine ring on Tuesday.").claims[0]
    suspects = read("At least 14 suspects were detained in the raids on Tuesday, Europol said.").claims[0]
    assert (people.measure, suspects.measure) == ("detained", "detained")
    assert _key(people) == _key(suspects)
    texts = ["Police in Portugal, Spain and the Netherlands arrested 14 people in raids on a counterfeit medicine ring "
             "on Tuesday.",
             "At least 14 suspects were detained in the raids on Tuesday, Europol said.",
             "Fourteen people were arrested in three countries, police said.",
             "The number of suspects arrested has risen to 19, up from 14, after further raids on Wednesday."]
    held = [f for f in reconcile(read_all(texts), story="s") if f.measure == "detained"]
    assert len(held) == 1 and {c.split(":")[0] for c in held[0].claims} == {"a0", "a1", "a2", "a3"}
