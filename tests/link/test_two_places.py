"""One row, two places (link/two_places.py): the same quantity at places that do not nest is two
facts; at nested places, or where a sentence names no place, it stays one."""

from __future__ import annotations

import dataclasses

from storyline.link.reconcile import reconcile
from storyline.link.two_places import apart, by_place, named_place
from storyline.model import Article, Claim

from .made_claims import art, claim, groups


def placed(cid: str, number_text: str, value: float, text: str, place: str, *, measure: str = "count",
           did: str = "marched", role: str = "participants") -> Claim:
    return dataclasses.replace(claim(cid, number_text, value, text, measure=measure, did=did, role=role),
                               location=place)


def outlets(letters: str, number_text: str, value: float, text: str, place: str, **kw: str) -> list[Article]:
    """One article per letter, each its own telling of the sentence."""
    return [art(x, placed(f"{x}:1", number_text, value, text, place, **kw)) for x in letters]


def leeds_march() -> list[Article]:
    """Three outlets that count one march through Leeds (articles a, b and c)."""
    return outlets("abc", "5,000", 5000, "Police said 5,000 people marched through Leeds on Saturday.", "Leeds")


def test_places_in_two_countries_or_far_apart_do_not_nest() -> None:
    assert apart("Leeds", "Glasgow")
    assert apart("Ohio", "Texas")
    assert apart("Lyon", "Germany")


def test_a_place_nests_in_its_country_region_or_a_name_that_holds_it() -> None:
    assert not apart("Leeds", "England")
    assert not apart("Leeds", "United Kingdom")
    assert not apart("Gaza City", "Gaza")
    assert not apart("Brooklyn", "New York")
    assert not apart("Texas", "Dallas")


def test_a_place_the_gazetteer_does_not_know_may_nest() -> None:
    assert not apart("Camp Evergreen Meadow", "Leeds")


def test_the_place_must_be_named_in_the_figures_own_clause() -> None:
    def one(text: str, place: str, **kw: str) -> str | None:
        return named_place(placed("a:1", "2,000", 2000, text, place, **kw))

    assert one("In Glasgow, 2,000 people marched against the cuts.", "Glasgow") == "Glasgow"
    assert one("Rain fell on Cardiff, where 2,000 people sang outside the stadium.", "Cardiff") == "Cardiff"
    assert one("About 2,000 people rallied in Glasgow on Sunday.", "Glasgow") == "Glasgow"
    # a place of another clause, a reference point of a distance, a sea: not where the figure is
    assert one("About 2,000 people were hurt by the storm, which later reached Glasgow.", "Glasgow") is None
    assert one("The convoy drove 2,000 miles north of Glasgow.", "Glasgow", measure="distance") is None
    assert one("Some 2,000 boats crossed the Atlantic last year.", "Atlantic") is None
    assert one("Some 2,000 people marched through the town centre.", "Glasgow") is None


def test_crowds_several_outlets_count_in_two_cities_are_two_facts() -> None:
    leeds = leeds_march()
    glasgow = outlets("de", "1,200", 1200, "In Glasgow, 1,200 people marched to the city chambers.", "Glasgow")
    facts = reconcile([*leeds, *glasgow], story="s")
    assert {"a:1", "b:1", "c:1"} in groups(facts)
    assert {"d:1", "e:1"} in groups(facts)


def test_a_toll_at_a_district_and_its_city_stays_one_fact() -> None:
    city = outlets("abc", "12", 12, "Twelve people were killed in Gaza City overnight.", "Gaza City",
                   measure="killed", did="killed", role="victims")
    strip = outlets("de", "15", 15, "At least 15 people were killed in Gaza, medics said.", "Gaza",
                    measure="killed", did="killed", role="victims")
    facts = reconcile([*city, *strip], story="s")
    assert {"a:1", "b:1", "c:1", "d:1", "e:1"} in groups(facts)


def test_one_figure_placed_in_two_cities_stays_one_fact() -> None:
    leeds = leeds_march()
    glasgow = outlets("de", "5,000", 5000, "About 5,000 people marched in Glasgow, organisers said.", "Glasgow")
    facts = reconcile([*leeds, *glasgow], story="s")
    assert {"a:1", "b:1", "c:1", "d:1", "e:1"} in groups(facts)


def test_a_figure_whose_sentence_names_no_place_stays_in_the_row() -> None:
    leeds = leeds_march()
    unnamed = outlets("de", "1,200", 1200, "Organisers said 1,200 people marched.", "Glasgow")
    facts = reconcile([*leeds, *unnamed], story="s")
    assert {"a:1", "b:1", "c:1", "d:1", "e:1"} in groups(facts)


def test_one_outlets_figure_at_another_city_leaves_the_row() -> None:
    leeds = leeds_march()
    glasgow = outlets("d", "800", 800, "In Glasgow, 800 people marched to the city chambers.", "Glasgow")
    facts = reconcile([*leeds, *glasgow], story="s")
    assert {"a:1", "b:1", "c:1"} in groups(facts)
    assert not any("d:1" in g for g in groups(facts))


@dataclasses.dataclass(frozen=True)
class _Told:
    claim: Claim
    outlet: str


def test_a_place_of_the_area_named_with_its_kind_word_stays_in_the_row() -> None:
    # "Córdoba province" is the area's "Córdoba" with its kind word: one part of a toll, not a place far away
    told = [_Told(placed(f"{x}:1", "Nine", 9, "Nine of the deaths were recorded in Córdoba province.",
                         "Córdoba province", measure="killed"), x) for x in "abc"]
    told += [_Told(placed(f"{x}:1", "Fourteen", 14, "Fourteen of the deaths were in Córdoba.", "Córdoba",
                          measure="killed"), x) for x in "de"]
    rows = by_place(told, main="Andalusia", area=frozenset({"andalusia", "spain", "córdoba"}))
    assert [len(row) for row in rows] == [5]
