"""A count of people told in a patient's condition reads as a part of the injured (link/conditions.py)."""

from __future__ import annotations

import dataclasses

from storyline.link.conditions import as_injured, in_condition
from storyline.link.reconcile import _key
from tests.link.made_claims import art, claim, things


def test_a_count_told_in_a_condition_keys_with_the_badly_hurt() -> None:
    bare = claim("a:c1", "Three", 3, "Three climbers were in critical condition on Sunday night.", counted="climbers")
    listed = claim("b:c1", "three", 3, "Doctors said three people remained in a serious condition.")
    hurt = dataclasses.replace(claim("c:c1", "Three", 3, "Three of the injured are in serious condition.",
                                     measure="injured"), subject="the injured (of whom)")
    read = [c for a in as_injured([art("a", bare), art("b", listed), art("c", hurt)]) for c in a.claims]
    assert [c.measure for c in read] == ["injured", "injured", "injured"]
    assert _key(read[0]) == _key(read[1]) == _key(read[2])


def test_things_another_figures_condition_and_plain_counts_stay() -> None:
    assert not in_condition(things("a:c2", "two", 2, "Two boilers were in poor condition.", "boilers"))
    assert not in_condition(claim("a:c3", "40", 40, "About 40 people were hurt and nine remain in critical condition."))
    assert not in_condition(claim("a:c4", "200", 200, "Some 200 people gathered outside the hospital."))
    assert not in_condition(claim("a:c5", "12", 12, "Twelve men were killed in the raid.", measure="killed"))
    plain = claim("a:c6", "30", 30, "About 30 people were treated; the ward was in a stable condition.")
    assert not in_condition(plain)
    assert not in_condition(claim("a:c10", "Three", 3, "Three people were in stable condition on Friday."))


def test_an_article_without_such_a_count_is_left_as_it_is() -> None:
    article = art("a", claim("a:c7", "five", 5, "Five people were rescued from the roof."))
    assert as_injured([article])[0] is article


def test_a_bare_figure_in_a_condition_counts_people_and_a_long_clause_still_reads() -> None:
    bare = dataclasses.replace(things("a:c8", "four", 4, "Thirty people were treated, and four were still in "
                                      "critical condition.", "x"), counted=None, unit=None)
    long = claim("b:c8", "Four", 4, "Four guards who had been standing by the gate when the wall fell were in "
                 "serious condition.", counted="guards")
    read = [c for a in as_injured([art("a", bare), art("b", long)]) for c in a.claims]
    assert [(c.measure, c.counted, c.unit) for c in read] == [("injured", "people", "people"),
                                                              ("injured", "guards", "people")]


def test_the_badly_hurt_key_alike_told_as_a_part_or_not() -> None:
    part = dataclasses.replace(claim("a:c9", "Five", 5, "Five of the injured were seriously hurt.", measure="injured"),
                               subject="the injured (of whom)")
    named = claim("b:c9", "five", 5, "Doctors said five people were seriously injured.", measure="injured")
    toll = dataclasses.replace(claim("c:c9", "Five", 5, "Five of the passengers were injured.", measure="injured"),
                               subject="the passengers (of whom)")
    assert _key(part) == _key(named)
    assert _key(toll) != _key(claim("d:c9", "five", 5, "Five people were injured.", measure="injured"))


def test_intensive_care_is_a_grave_condition_and_keys_with_the_badly_hurt_however_far_from_the_figure() -> None:
    care = claim("a:c20", "Three", 3, "Three children remain in the paediatric intensive care unit, he said.",
                 counted="children")
    sent = dataclasses.replace(claim("b:c20", "three", 3, "Forty-one children were admitted to hospital, three of "
                                     "them to intensive care.", counted="children"), subject="children (of whom)")
    bare = dataclasses.replace(things("c:c20", "Three", 3, "Three are in intensive care.", "x"), counted=None,
                               unit=None)
    hurt = claim("d:c20", "Three", 3, "Three children were seriously injured.", measure="injured", counted="children")
    read = [c for a in as_injured([art("a", care), art("b", sent), art("c", bare)]) for c in a.claims]
    assert [c.measure for c in read] == ["injured", "injured", "injured"]
    assert _key(read[0]) == _key(read[1]) == _key(hurt)  # the badly hurt, not every child admitted
    assert _key(read[2])[-1] == "serious"
    # another figure's care: "40 were kept in hospital and three in intensive care" leaves the 40 alone
    assert not in_condition(claim("a:c21", "40", 40, "About 40 people were kept in hospital and three in intensive "
                                  "care."))
    admitted = claim("a:c22", "41", 41, "Forty-one children were admitted to hospital.", counted="children")
    assert not in_condition(admitted)


def test_a_part_of_a_whole_that_was_not_held_is_the_count_of_those_held() -> None:
    # "recaptured 43 of the escapees" and "43 escapees recaptured" are one count of those held; "of the 300
    # arrested, 43 were women" stays a part of the arrests
    part = dataclasses.replace(claim("a:c30", "43", 43, "Police had recaptured 43 of the escapees.",
                                     measure="detained", counted="escapees"), subject="escapees (of whom)")
    plain = dataclasses.replace(claim("b:c30", "43", 43, "By Monday 43 escapees had been recaptured.",
                                      measure="detained", counted="escapees"), subject="escapees")
    assert _key(part) == _key(plain)
    women = dataclasses.replace(claim("c:c30", "43", 43, "Of the 300 arrested, 43 were women.", measure="detained",
                                      counted="women"), subject="arrested (of whom)")
    of_people = dataclasses.replace(claim("d:c30", "two", 2, "Two of the people detained were released.",
                                          measure="detained"), subject="people (of whom)")
    assert "subset" in _key(women) + _key(of_people)
    assert _key(of_people) != _key(dataclasses.replace(of_people, subject="people"))
