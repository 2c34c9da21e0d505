"""Where the dead died is a part of the toll: "six died at the scene", "two more in hospital" are rows of their own
beside the toll, while the toll itself, a toll that rose "after a pensioner died in hospital" and "a fifth person
died later in hospital" (one more, not five) stay the toll's. On sentences written for these tests with the real
parse."""

from __future__ import annotations

import pytest

from storyline.extract import nlp
from storyline.link.reconcile import _died_where, _key, reconcile
from tests.extract.read_claims import figures, read_all


@pytest.fixture(scope="module", autouse=True)
def _parser() -> None:
    nlp.setup()


def test_died_at_the_scene_and_in_hospital() -> None:
    said = figures("Seventeen people died at the scene and two more in hospital, the police commander said.")
    assert _died_where(said["Seventeen"]) == "at the scene"
    assert _died_where(said["two"]) == "in hospital"


def test_pronounced_dead_at_the_scene_and_on_the_way_to_hospital() -> None:
    assert _died_where(figures("Two people were pronounced dead at the scene, officers said.")["Two"]) == "at the scene"
    said = figures("Five died at the scene and another pupil on the way to hospital, a spokeswoman said.")
    assert _died_where(said["Five"]) == "at the scene"


def test_a_toll_is_no_part() -> None:
    assert _died_where(figures("At least seven people were killed in the crash on Tuesday.")["At least seven"]) == ""
    risen = figures("The toll has risen to eight after a pensioner died in hospital, police said.")
    assert _died_where(risen["eight"]) == ""
    assert _died_where(figures("A fifth person died later in hospital, police said.")["fifth"]) == ""


def test_a_hospital_fire_is_no_place_of_death() -> None:
    assert _died_where(figures("Eight babies died in hospital blaze in the capital.")["Eight"]) == ""
    # a place with no verb of its own after the figure is the event's, not where the dead died
    assert _died_where(figures("Fire kills nine in hospital, officials say.")["nine"]) == ""


def test_a_place_after_a_left_out_verb() -> None:
    said = figures("Of the eight victims, six died at the scene and two in hospital.")
    assert _died_where(said["six"]) == "at the scene" and _died_where(said["two"]) == "in hospital"


def test_part_keyed_apart_from_the_toll() -> None:
    toll = figures("Seven people were killed in the pile-up on the motorway on Tuesday.")["Seven"]
    scene = figures("Six people died at the scene near the junction.")["Six"]
    assert _key(toll) != _key(scene)


def test_three_outlets_scene_deaths_make_one_row_apart_from_the_toll() -> None:
    texts = ["Seven people were killed and 51 injured when dozens of vehicles collided in fog on the motorway. "
             "Six people died at the scene and another died later in hospital, police said.",
             "Seven people died in the pile-up on Tuesday. Six of them died at the scene.",
             "The pile-up killed seven people. Of the seven victims, six died at the scene and one in hospital."]
    rows = [f for f in reconcile(read_all(texts), story="s") if f.measure == "killed"]
    sixes = [f for f in rows if f.low == 6 and f.high == 6]
    sevens = [f for f in rows if f.low == 7 and f.high == 7]
    assert len(sixes) == 1 and len(sixes[0].claims) == 3, [(f.label, f.low, f.claims) for f in rows]
    assert sevens and not set(sixes[0].claims) & set(sevens[0].claims)
