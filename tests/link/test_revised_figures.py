"""One quantity however it is revised: outlets' damage figures in one currency stay one quantity unless an
article tells two damages apart (``reconcile._damages_apart``); a count told "down from" an earlier figure is one
count moving, not two; on sentences written for these tests."""

from __future__ import annotations

from storyline.link.reconcile import reconcile
from storyline.model import Article, Claim
from tests.link.made_claims import art, claim, groups, things


def damage(cid: str, number_text: str, value: float, text: str) -> Claim:
    return things(cid, number_text, value, text, "damage", measure="damage", unit="USD")


def test_a_first_and_a_revised_damage_estimate_are_one_row() -> None:
    arts: list[Article] = [
        art("a", damage("a:c1", "$1.7 million", 1.7e6, "The city's mayor put the damage at $1.7 million.")),
        art("b", damage("b:c1", "$1.5 million", 1.5e6, "Officials estimated the damage at $1.5 million.")),
        art("c", damage("c:c1", "$3.1 million", 3.1e6, "The mayor later put total damage at $3.1 million.")),
    ]
    assert groups(reconcile(arts, story="s")) == [{"a:c1", "b:c1", "c:c1"}]


def test_two_damages_one_article_tells_apart_stay_two_rows() -> None:
    arts: list[Article] = [
        art("a", damage("a:c1", "$1.7 million", 1.7e6, "Damage to homes was put at $1.7 million."),
            damage("a:c2", "$2.6 million", 2.6e6, "Damage to roads and bridges came to $2.6 million.")),
        art("b", damage("b:c1", "$1.7 million", 1.7e6, "Homes suffered $1.7 million in damage.")),
        art("c", damage("c:c1", "$2.6 million", 2.6e6, "Roads suffered $2.6 million in damage.")),
    ]
    rows = groups(reconcile(arts, story="s"))
    assert {"a:c1", "b:c1"} in rows and {"a:c2", "c:c1"} in rows


def test_damages_far_apart_in_size_are_not_one_estimate() -> None:
    arts: list[Article] = [
        art("a", damage("a:c1", "$146.5 million", 146.5e6, "The court ordered it to pay $146.5 million in damages.")),
        art("b", damage("b:c1", "$20 million", 20e6, "Property claims could add a further $20 million in damages.")),
    ]
    rows = groups(reconcile(arts, story="s"))
    assert not any({"a:c1", "b:c1"} <= g for g in rows)


def test_a_count_told_down_from_an_earlier_figure_is_one_quantity_moving() -> None:
    missing = {"measure": "missing"}
    arts = [
        art("a", claim("a:c1", "seven", 7, "Seven people remained unaccounted for, officials said.", **missing)),
        art("b", claim("b:c1", "Two", 2, "Two people remain missing, down from seven on Thursday.", **missing),
            claim("b:c2", "seven", 7, "Two people remain missing, down from seven on Thursday.", **missing)),
        art("c", claim("c:c1", "seven", 7, "Seven people are still missing.", **missing)),
    ]
    facts = reconcile(arts, story="s")
    assert any({"a:c1", "b:c1", "c:c1"} <= g for g in groups(facts))


def test_an_estimate_told_beside_the_one_it_revises_is_one_damage() -> None:
    arts: list[Article] = [
        art("a", damage("a:c1", "$500 million", 5e8, "The governor said damage would run past $500 million.")),
        art("b", damage("b:c1", "$740 million", 7.4e8, "A state estimate puts the damage at $740 million, well above "
                                                       "the $500 million the governor cited."),
            damage("b:c2", "$500 million", 5e8, "A state estimate puts the damage at $740 million, well above "
                                                "the $500 million the governor cited.")),
        art("c", damage("c:c1", "$1.1 billion", 1.1e9, "The council raised its damage estimate to $1.1 billion, from "
                                                      "$740 million."),
            damage("c:c2", "$740 million", 7.4e8, "The council raised its damage estimate to $1.1 billion, from "
                                                  "$740 million.")),
    ]
    found = groups(reconcile(arts, story="s"))
    assert any({"a:c1", "b:c1", "c:c1"} <= g for g in found), found


def test_things_damaged_are_not_the_things_destroyed_however_close_their_numbers() -> None:
    def homes(cid: str, number_text: str, value: float, text: str, did: str) -> Claim:
        return things(cid, number_text, value, text, "homes", did=did)
    arts = [
        art("a", homes("a:c1", "412", 412, "TEMA said 412 homes were destroyed.", "destroyed")),
        art("b", homes("b:c1", "450", 450, "About 450 homes were damaged, officials said.", "damaged")),
        art("c", homes("c:c1", "412", 412, "The storms destroyed 412 homes.", "destroyed")),
        art("d", homes("d:c1", "450", 450, "Some 450 homes were damaged.", "damaged")),
    ]
    found = groups(reconcile(arts, story="s"))
    assert {"a:c1", "c:c1"} in found and {"b:c1", "d:c1"} in found, found
