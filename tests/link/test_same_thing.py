"""One thing in outlets' words: "houses" and "homes", "stores" and "shops" destroyed or closed are one count
(reconcile._SAME_THING); things of other kinds stay apart."""

from __future__ import annotations

from storyline.link.reconcile import _key, reconcile
from tests.link.made_claims import groups, things, told


def test_houses_and_homes_stores_and_shops_are_one_key() -> None:
    houses = things("a:1", "120", 120, "The quake destroyed 120 houses.", "houses", did="destroyed")
    homes = things("b:1", "120", 120, "Some 120 homes were destroyed.", "homes", did="destroyed")
    assert _key(houses) == _key(homes)
    stores = things("a:2", "40", 40, "The chain will close 40 stores.", "stores", did="close")
    shops = things("b:2", "40", 40, "Forty shops are to close.", "shops", did="close")
    assert _key(stores) == _key(shops)
    cars = things("a:3", "40", 40, "Forty cars were burned.", "cars", did="burned")
    assert _key(cars) != _key(shops) and _key(cars) != _key(homes)


def test_one_count_in_two_outlets_words_is_one_row() -> None:
    one = told("a", things("a:1", "40", 40, "Forty shops were looted on the high street.", "shops", did="looted"))
    two = told("b", things("b:1", "40", 40, "Looters emptied 40 stores overnight.", "stores", did="looted"))
    three = told("c", things("c:1", "12", 12, "Twelve cars were torched.", "cars", did="torched"))
    found = groups(reconcile([one, two, three], story="s"))
    assert {"a:1", "b:1"} in found and not any("c:1" in g and len(g) > 1 for g in found)
