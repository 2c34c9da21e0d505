"""One fact, one row: a figure outlets give under one noun that the claim reader typed two ways
(link/one_fact.py); on sentences written for these tests."""

from __future__ import annotations

from storyline.link.reconcile import reconcile
from storyline.model import Fact
from tests.link.made_claims import art, claim, groups, things


def together(facts: tuple[Fact, ...], *ids: str) -> bool:
    return any(set(ids) <= g for g in groups(facts))


def test_a_jail_sentence_and_the_days_to_serve_are_one_length() -> None:
    sentenced = [art(x, things(f"{x}:c1", "21", 21, f"The judge handed him a 21-day jail sentence ({x}).", "days",
                               measure="sentence")) for x in "abc"]
    serve = [art(x, things(f"{x}:c1", "21", 21, f"He must serve 21 days behind bars ({x}).", "days",
                           measure="duration")) for x in "de"]
    assert groups(reconcile([*sentenced, *serve], story="s")) == [{f"{x}:c1" for x in "abcde"}]


def test_a_length_told_in_weeks_joins_the_sentence_told_in_days() -> None:
    sentenced = [art(x, things(f"{x}:c1", "14", 14, f"She received a 14-day sentence for contempt ({x}).", "days",
                               measure="sentence")) for x in "abc"]
    serve = [art(x, things(f"{x}:c1", "two", 2, f"She will spend two weeks in the county jail ({x}).", "weeks",
                           measure="duration")) for x in "de"]
    assert groups(reconcile([*sentenced, *serve], story="s")) == [{f"{x}:c1" for x in "abcde"}]


def test_an_article_that_tells_the_length_twice_typed_two_ways_tells_one_thing() -> None:
    a = art("a", things("a:c1", "21", 21, "The judge handed him a 21-day jail sentence.", "days", measure="sentence"),
            things("a:c2", "21", 21, "He will spend the 21 days in the county jail.", "days", measure="duration"))
    b = art("b", things("b:c1", "21", 21, "He got 21 days in jail for the assault.", "days", measure="sentence"))
    c = art("c", things("c:c1", "21", 21, "He must serve 21 days behind bars.", "days", measure="duration"))
    assert groups(reconcile([a, b, c], story="s")) == [{"a:c1", "a:c2", "b:c1", "c:c1"}]


def test_one_noun_read_as_people_and_as_things_is_one_count() -> None:
    people = [art(x, claim(f"{x}:c1", "three", 3, f"The couple's three children were at school ({x}).",
                           counted="children", role="other", did="were")) for x in "abc"]
    objects = [art(x, things(f"{x}:c1", "three", 3, f"The couple has three children ({x}).", "children",
                             did="has")) for x in "de"]
    assert groups(reconcile([*people, *objects], story="s")) == [{f"{x}:c1" for x in "abcde"}]


# -- what stays apart --------------------------------------------------------------------------------------------

def test_a_sentence_and_another_length_stay_apart() -> None:
    sentenced = [art(x, things(f"{x}:c1", "21", 21, f"The judge handed him a 21-day jail sentence ({x}).", "days",
                               measure="sentence")) for x in "abc"]
    served = [art(x, things(f"{x}:c1", "14", 14, f"He had already spent 14 days in custody ({x}).", "days",
                            measure="duration")) for x in "de"]
    facts = reconcile([*sentenced, *served], story="s")
    assert not together(facts, "a:c1", "d:c1")


def test_a_sentence_and_a_distance_of_one_figure_stay_apart() -> None:
    sentenced = [art(x, things(f"{x}:c1", "21", 21, f"The judge handed him a 21-day jail sentence ({x}).", "days",
                               measure="sentence")) for x in "abc"]
    chased = [art(x, things(f"{x}:c1", "21", 21, f"Police chased the car for 21 km ({x}).", "km",
                            measure="distance")) for x in "de"]
    facts = reconcile([*sentenced, *chased], story="s")
    assert not together(facts, "a:c1", "d:c1")


def test_an_article_that_gives_the_two_counts_different_figures_keeps_them_apart() -> None:
    # c counts four children at school and three children of the couple: two quantities
    people = [art(x, claim(f"{x}:c1", "three", 3, f"Three children were at school ({x}).", counted="children",
                           role="other", did="were")) for x in "ab"]
    c = art("c", claim("c:c1", "four", 4, "Four children were at school.", counted="children", role="other",
                       did="were"),
            things("c:c2", "three", 3, "The couple has three children.", "children", did="has"))
    d = art("d", things("d:c1", "three", 3, "The couple has three children.", "children", did="has"))
    facts = reconcile([*people, c, d], story="s")
    assert not together(facts, "a:c1", "d:c1")


def test_a_toll_stays_apart_from_a_count_of_the_same_noun() -> None:
    killed = [art(x, claim(f"{x}:c1", "three", 3, f"Three children were killed in the crash ({x}).",
                           measure="killed", counted="children")) for x in "abc"]
    objects = [art(x, things(f"{x}:c1", "three", 3, f"The couple has three children ({x}).", "children",
                             did="has")) for x in "de"]
    facts = reconcile([*killed, *objects], story="s")
    assert not together(facts, "a:c1", "d:c1")


def test_a_share_stays_apart_from_a_count_of_the_same_noun() -> None:
    share = [art(x, things(f"{x}:c1", "30", 30, f"Thirty percent of the turbines failed the test ({x}).", "turbines",
                           measure="percent", unit="percent")) for x in "abc"]
    count = [art(x, things(f"{x}:c1", "30", 30, f"The farm runs 30 turbines off the coast ({x}).", "turbines",
                           did="runs")) for x in "de"]
    facts = reconcile([*share, *count], story="s")
    assert not together(facts, "a:c1", "d:c1")


# -- one large figure under two nouns --------------------------------------------------------------------------

def test_seats_and_constituencies_of_one_large_figure_are_one_count() -> None:
    # each noun told by several outlets: no word shared, yet one large exact figure
    seats = [art(x, things(f"{x}:c1", "125", 125, f"The new parliament has 125 seats ({x}).", "seats", did="has"))
             for x in "abcd"]
    districts = [art(x, things(f"{x}:c1", "125", 125, f"Voters chose deputies in 125 constituencies ({x}).",
                               "constituencies", did="chose")) for x in "efg"]
    assert groups(reconcile([*seats, *districts], story="s")) == [{f"{x}:c1" for x in "abcdefg"}]


def test_people_and_things_of_one_large_figure_stay_apart() -> None:
    slept = [art(x, claim(f"{x}:c1", "300", 300, f"About 300 residents slept outdoors after the quake ({x}).",
                          counted="residents", did="slept", role="other")) for x in "abcd"]
    damaged = [art(x, things(f"{x}:c1", "300", 300, f"The quake damaged 300 buildings ({x}).", "buildings",
                             did="damaged")) for x in "efg"]
    facts = reconcile([*slept, *damaged], story="s")
    assert not together(facts, "a:c1", "e:c1")


def test_a_small_figure_under_two_nouns_stays_apart() -> None:
    seats = [art(x, things(f"{x}:c1", "40", 40, f"The council has 40 seats ({x}).", "seats", did="has"))
             for x in "abcd"]
    wards = [art(x, things(f"{x}:c1", "40", 40, f"Polls closed in 40 wards ({x}).", "wards", did="closed"))
             for x in "efg"]
    facts = reconcile([*seats, *wards], story="s")
    assert not together(facts, "a:c1", "e:c1")


def test_two_large_counts_an_article_gives_apart_stay_apart() -> None:
    a = art("a", things("a:c1", "125", 125, "The new parliament has 125 seats.", "seats", did="has"),
            things("a:c2", "140", 140, "Voters chose deputies in 140 constituencies.", "constituencies", did="chose"))
    seats = [art(x, things(f"{x}:c1", "125", 125, f"The new parliament has 125 seats ({x}).", "seats", did="has"))
             for x in "bcd"]
    districts = [art(x, things(f"{x}:c1", "125", 125, f"Voters chose deputies in 125 constituencies ({x}).",
                               "constituencies", did="chose")) for x in "efg"]
    facts = reconcile([a, *seats, *districts], story="s")
    assert not together(facts, "b:c1", "e:c1")


def test_a_large_count_told_once_does_not_make_a_row_of_another_told_once() -> None:
    a = art("a", things("a:c1", "125", 125, "The new parliament has 125 seats.", "seats", did="has"))
    b = art("b", things("b:c1", "125", 125, "Voters chose deputies in 125 constituencies.", "constituencies",
                        did="chose"))
    assert not together(reconcile([a, b], story="s"), "a:c1", "b:c1")


# -- a count of things done beside the count of the act ------------------------------------------------------

def test_blocked_shots_and_blocks_are_one_count() -> None:
    blocked = [art(x, things(f"{x}:c1", "seven", 7, f"The centre blocked seven shots in the final ({x}).", "shots",
                             did="blocked")) for x in "abc"]
    blocks = [art(x, things(f"{x}:c1", "seven", 7, f"He finished with seven blocks and nine rebounds ({x}).",
                            "blocks")) for x in "de"]
    assert groups(reconcile([*blocked, *blocks], story="s")) == [{f"{x}:c1" for x in "abcde"}]


def test_intercepted_passes_and_interceptions_are_one_count() -> None:
    returned = [art(x, things(f"{x}:c1", "four", 4, f"The safety intercepted four passes in the game ({x}).",
                              "passes", did="intercepted")) for x in "abc"]
    returns = [art(x, things(f"{x}:c1", "four", 4, f"His four interceptions set a club record ({x}).",
                             "interceptions", did="set")) for x in "de"]
    assert groups(reconcile([*returned, *returns], story="s")) == [{f"{x}:c1" for x in "abcde"}]


def test_an_act_of_another_figure_stays_apart() -> None:
    blocked = [art(x, things(f"{x}:c1", "seven", 7, f"The centre blocked seven shots in the final ({x}).", "shots",
                             did="blocked")) for x in "abc"]
    blocks = [art(x, things(f"{x}:c1", "three", 3, f"His rival had three blocks ({x}).", "blocks")) for x in "de"]
    facts = reconcile([*blocked, *blocks], story="s")
    assert not together(facts, "a:c1", "d:c1")


def test_a_noun_of_another_act_stays_apart() -> None:
    blocked = [art(x, things(f"{x}:c1", "seven", 7, f"The centre blocked seven shots in the final ({x}).", "shots",
                             did="blocked")) for x in "abc"]
    steals = [art(x, things(f"{x}:c1", "seven", 7, f"The guard added seven steals ({x}).", "steals")) for x in "de"]
    facts = reconcile([*blocked, *steals], story="s")
    assert not together(facts, "a:c1", "d:c1")
