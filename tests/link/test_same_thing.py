"""One thing in outlets' words: "houses" and "homes", "stores" and "shops" destroyed or closed, "floors" and
"storeys", "planes" and "aircraft", "games" and "matches", "lorries" and "trucks", "blazes" and "fires" are one count
(reconcile._SAME_THING); things of other kinds stay apart. Workers named by the rescue they do are the force sent
(reconcile._responders). Deaths before the story's event are not its toll (reconcile._earlier_toll)."""

from __future__ import annotations

from storyline.link.reconcile import _key, reconcile
from tests.link.made_claims import claim, groups, things, told


def test_houses_and_homes_stores_and_shops_are_one_key() -> None:
    houses = things("a:1", "120", 120, "The quake destroyed 120 houses.", "houses", did="destroyed")
    homes = things("b:1", "120", 120, "Some 120 homes were destroyed.", "homes", did="destroyed")
    assert _key(houses) == _key(homes)
    stores = things("a:2", "40", 40, "The chain will close 40 stores.", "stores", did="close")
    shops = things("b:2", "40", 40, "Forty shops are to close.", "shops", did="close")
    assert _key(stores) == _key(shops)
    cars = things("a:3", "40", 40, "Forty cars were burned.", "cars", did="burned")
    assert _key(cars) != _key(shops) and _key(cars) != _key(homes)


def test_floors_and_storeys_planes_and_aircraft_games_and_matches_are_one_key() -> None:
    pairs = [("nine floors", "The tower has nine floors.", "nine storeys", "The nine storeys collapsed."),
             ("four planes", "Four planes were sent.", "four aircraft", "Four aircraft were sent."),
             ("12 matches", "He lost 12 matches.", "12 games", "He lost 12 games."),
             ("three bungalows", "Three bungalows fell.", "three homes", "Three homes fell."),
             ("14 properties", "14 properties were cleared.", "14 homes", "14 homes were cleared."),
             ("900 lorries", "900 lorries were queued.", "900 trucks", "900 trucks were queued."),
             ("three blazes", "Three blazes burn.", "three fires", "Three fires burn."),
             ("20 automobiles", "20 automobiles burned.", "20 cars", "20 cars burned.")]
    for k, (noun_a, text_a, noun_b, text_b) in enumerate(pairs):
        count, a = noun_a.split(" ", 1)
        _, b = noun_b.split(" ", 1)
        one = things(f"a:{k}", count, 9, text_a, a)
        two = things(f"b:{k}", count, 9, text_b, b)
        assert _key(one) == _key(two), (noun_a, noun_b)
    planes = things("a:9", "four", 4, "Four planes were sent.", "planes")
    boats = things("b:9", "four", 4, "Four boats were sent.", "boats")
    assert _key(planes) != _key(boats)


def test_one_count_in_two_outlets_words_is_one_row() -> None:
    one = told("a", things("a:1", "40", 40, "Forty shops were looted on the high street.", "shops", did="looted"))
    two = told("b", things("b:1", "40", 40, "Looters emptied 40 stores overnight.", "stores", did="looted"))
    three = told("c", things("c:1", "12", 12, "Twelve cars were torched.", "cars", did="torched"))
    found = groups(reconcile([one, two, three], story="s"))
    assert {"a:1", "b:1"} in found and not any("c:1" in g and len(g) > 1 for g in found)


def test_workers_named_by_the_rescue_they_do_are_the_force_sent() -> None:
    sent = claim("a:1", "Some 300", 300, "Some 300 rescue workers were searching the river.", measure="deployed",
                 counted="rescue workers", role="other", qualifier="approx")
    involved = claim("b:1", "About 500", 500, "About 500 rescue workers are now involved in the operation.",
                     counted="rescue workers", did="involved", role="other", qualifier="approx")
    assert _key(involved)[0] == "deployed" and _key(involved) == _key(sent)
    workers = claim("c:1", "500", 500, "About 500 factory workers are now involved in the dispute.",
                    counted="factory workers", did="involved", role="other")
    assert _key(workers)[0] == "count"


def test_deaths_before_the_event_are_not_its_toll() -> None:
    toll = claim("a:1", "Five", 5, "Five climbers were killed in the avalanche on Monday.", measure="killed",
                 counted="climbers")
    before = claim("b:1", "Two", 2, "Two climbers had already died on the mountain this season.", measure="killed",
                   counted="climbers")
    earlier = claim("c:1", "Two", 2, "Two other climbers had died on the peak earlier in the season.",
                    measure="killed", counted="climbers")
    assert _key(before) != _key(toll) and _key(earlier) == _key(before)
    assert _key(claim("d:1", "Six", 6, "Six climbers have died, police said.", measure="killed",
                      counted="climbers")) == _key(toll)
