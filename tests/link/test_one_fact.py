"""One fact, one row: a figure outlets give under one noun that the claim reader typed two ways
(link/one_fact.py); on sentences written for these tests."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from storyline.link.reconcile import reconcile
from storyline.model import Article, Claim, Fact
from tests.link.made_claims import art, claim, groups, things


def outlets(letters: str, make: Callable[..., Claim], number_text: str, value: float, sentence: str, *args: Any,
            **kw: Any) -> list[Article]:
    """One article per letter, each giving the figure in its own copy of ``sentence`` (the letter added)."""
    return [art(x, make(f"{x}:c1", number_text, value, f"{sentence} ({x}).", *args, **kw)) for x in letters]


def together(facts: tuple[Fact, ...], *ids: str) -> bool:
    return any(set(ids) <= g for g in groups(facts))


def test_a_jail_sentence_and_the_days_to_serve_are_one_length() -> None:
    sentenced = outlets("abc", things, "21", 21, "The judge handed him a 21-day jail sentence", "days",
                        measure="sentence")
    serve = outlets("de", things, "21", 21, "He must serve 21 days behind bars", "days", measure="duration")
    assert groups(reconcile([*sentenced, *serve], story="s")) == [{f"{x}:c1" for x in "abcde"}]


def test_a_length_told_in_weeks_joins_the_sentence_told_in_days() -> None:
    sentenced = outlets("abc", things, "14", 14, "She received a 14-day sentence for contempt", "days",
                        measure="sentence")
    serve = outlets("de", things, "two", 2, "She will spend two weeks in the county jail", "weeks", measure="duration")
    assert groups(reconcile([*sentenced, *serve], story="s")) == [{f"{x}:c1" for x in "abcde"}]


def test_an_article_that_tells_the_length_twice_typed_two_ways_tells_one_thing() -> None:
    a = art("a", things("a:c1", "21", 21, "The judge handed him a 21-day jail sentence.", "days", measure="sentence"),
            things("a:c2", "21", 21, "He will spend the 21 days in the county jail.", "days", measure="duration"))
    b = art("b", things("b:c1", "21", 21, "He got 21 days in jail for the assault.", "days", measure="sentence"))
    c = art("c", things("c:c1", "21", 21, "He must serve 21 days behind bars.", "days", measure="duration"))
    assert groups(reconcile([a, b, c], story="s")) == [{"a:c1", "a:c2", "b:c1", "c:c1"}]


def test_one_noun_read_as_people_and_as_things_is_one_count() -> None:
    people = outlets("abc", claim, "three", 3, "The couple's three children were at school", counted="children",
                     role="other", did="were")
    objects = outlets("de", things, "three", 3, "The couple has three children", "children", did="has")
    assert groups(reconcile([*people, *objects], story="s")) == [{f"{x}:c1" for x in "abcde"}]


# -- what stays apart --------------------------------------------------------------------------------------------

def test_a_sentence_and_another_length_stay_apart() -> None:
    sentenced = outlets("abc", things, "21", 21, "The judge handed him a 21-day jail sentence", "days",
                        measure="sentence")
    served = outlets("de", things, "14", 14, "He had already spent 14 days in custody", "days", measure="duration")
    facts = reconcile([*sentenced, *served], story="s")
    assert not together(facts, "a:c1", "d:c1")


def test_a_sentence_and_a_distance_of_one_figure_stay_apart() -> None:
    sentenced = outlets("abc", things, "21", 21, "The judge handed him a 21-day jail sentence", "days",
                        measure="sentence")
    chased = outlets("de", things, "21", 21, "Police chased the car for 21 km", "km", measure="distance")
    facts = reconcile([*sentenced, *chased], story="s")
    assert not together(facts, "a:c1", "d:c1")


def test_an_article_that_gives_the_two_counts_different_figures_keeps_them_apart() -> None:
    # c counts four children at school and three children of the couple: two quantities
    people = outlets("ab", claim, "three", 3, "Three children were at school", counted="children", role="other",
                     did="were")
    c = art("c", claim("c:c1", "four", 4, "Four children were at school.", counted="children", role="other",
                       did="were"),
            things("c:c2", "three", 3, "The couple has three children.", "children", did="has"))
    d = art("d", things("d:c1", "three", 3, "The couple has three children.", "children", did="has"))
    facts = reconcile([*people, c, d], story="s")
    assert not together(facts, "a:c1", "d:c1")


def test_a_toll_stays_apart_from_a_count_of_the_same_noun() -> None:
    killed = outlets("abc", claim, "three", 3, "Three children were killed in the crash", measure="killed",
                     counted="children")
    objects = outlets("de", things, "three", 3, "The couple has three children", "children", did="has")
    facts = reconcile([*killed, *objects], story="s")
    assert not together(facts, "a:c1", "d:c1")


def test_a_share_stays_apart_from_a_count_of_the_same_noun() -> None:
    share = outlets("abc", things, "30", 30, "Thirty percent of the turbines failed the test", "turbines",
                    measure="percent", unit="percent")
    count = outlets("de", things, "30", 30, "The farm runs 30 turbines off the coast", "turbines", did="runs")
    facts = reconcile([*share, *count], story="s")
    assert not together(facts, "a:c1", "d:c1")


# -- one large figure under two nouns --------------------------------------------------------------------------

def test_seats_and_constituencies_of_one_large_figure_are_one_count() -> None:
    # each noun told by several outlets: no word shared, yet one large exact figure
    seats = outlets("abcd", things, "125", 125, "The new parliament has 125 seats", "seats", did="has")
    districts = outlets("efg", things, "125", 125, "Voters chose deputies in 125 constituencies", "constituencies",
                        did="chose")
    assert groups(reconcile([*seats, *districts], story="s")) == [{f"{x}:c1" for x in "abcdefg"}]


def test_people_and_things_of_one_large_figure_stay_apart() -> None:
    slept = outlets("abcd", claim, "300", 300, "About 300 residents slept outdoors after the quake",
                    counted="residents", did="slept", role="other")
    damaged = outlets("efg", things, "300", 300, "The quake damaged 300 buildings", "buildings", did="damaged")
    facts = reconcile([*slept, *damaged], story="s")
    assert not together(facts, "a:c1", "e:c1")


def test_a_small_figure_under_two_nouns_stays_apart() -> None:
    seats = outlets("abcd", things, "40", 40, "The council has 40 seats", "seats", did="has")
    wards = outlets("efg", things, "40", 40, "Polls closed in 40 wards", "wards", did="closed")
    facts = reconcile([*seats, *wards], story="s")
    assert not together(facts, "a:c1", "e:c1")


def test_two_large_counts_an_article_gives_apart_stay_apart() -> None:
    a = art("a", things("a:c1", "125", 125, "The new parliament has 125 seats.", "seats", did="has"),
            things("a:c2", "140", 140, "Voters chose deputies in 140 constituencies.", "constituencies", did="chose"))
    seats = outlets("bcd", things, "125", 125, "The new parliament has 125 seats", "seats", did="has")
    districts = outlets("efg", things, "125", 125, "Voters chose deputies in 125 constituencies", "constituencies",
                        did="chose")
    facts = reconcile([a, *seats, *districts], story="s")
    assert not together(facts, "b:c1", "e:c1")


def test_a_large_count_told_once_does_not_make_a_row_of_another_told_once() -> None:
    a = art("a", things("a:c1", "125", 125, "The new parliament has 125 seats.", "seats", did="has"))
    b = art("b", things("b:c1", "125", 125, "Voters chose deputies in 125 constituencies.", "constituencies",
                        did="chose"))
    assert not together(reconcile([a, b], story="s"), "a:c1", "b:c1")


# -- a count of things done beside the count of the act ------------------------------------------------------

def test_blocked_shots_and_blocks_are_one_count() -> None:
    blocked = outlets("abc", things, "seven", 7, "The centre blocked seven shots in the final", "shots", did="blocked")
    blocks = outlets("de", things, "seven", 7, "He finished with seven blocks and nine rebounds", "blocks")
    assert groups(reconcile([*blocked, *blocks], story="s")) == [{f"{x}:c1" for x in "abcde"}]


def test_intercepted_passes_and_interceptions_are_one_count() -> None:
    returned = outlets("abc", things, "four", 4, "The safety intercepted four passes in the game", "passes",
                       did="intercepted")
    returns = outlets("de", things, "four", 4, "His four interceptions set a club record", "interceptions", did="set")
    assert groups(reconcile([*returned, *returns], story="s")) == [{f"{x}:c1" for x in "abcde"}]


def test_an_act_of_another_figure_stays_apart() -> None:
    blocked = outlets("abc", things, "seven", 7, "The centre blocked seven shots in the final", "shots", did="blocked")
    blocks = outlets("de", things, "three", 3, "His rival had three blocks", "blocks")
    facts = reconcile([*blocked, *blocks], story="s")
    assert not together(facts, "a:c1", "d:c1")


def test_a_noun_of_another_act_stays_apart() -> None:
    blocked = outlets("abc", things, "seven", 7, "The centre blocked seven shots in the final", "shots", did="blocked")
    steals = outlets("de", things, "seven", 7, "The guard added seven steals", "steals")
    facts = reconcile([*blocked, *steals], story="s")
    assert not together(facts, "a:c1", "d:c1")
