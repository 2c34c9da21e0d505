"""A count of a group's members is the group's size, not a modifier of a singular noun (sentences written for
these tests)."""

from __future__ import annotations

from storyline.link import reconcile as rec
from storyline.link.unit_counts import group_size
from storyline.model import Claim
from tests.link.test_corroborated import figure


def counted(number_text: str, value: float, text: str, *, noun: str, unit: str) -> Claim:
    return figure("a:c1", number_text, value, text, counted=noun, unit=unit)


def test_a_count_of_a_groups_members_is_its_size() -> None:
    crowd = counted("31,000", 31000, "The striker saluted the 31,000 crowd after the final whistle.", noun="crowd",
                    unit="crowd")
    assert rec._modifier(crowd) and group_size(crowd)  # the singular-noun test alone would drop it
    assert group_size(counted("400", 400, "Part of the 400 person congregation stayed to pray.",
                              noun="person congregation", unit="congregation"))


def test_a_singular_noun_that_is_no_group_stays_a_modifier() -> None:
    cart = counted("three", 3, "He drove a three-wheel cart.", noun="wheel cart", unit="cart")
    assert rec._modifier(cart) and not group_size(cart)
    jury = counted("nine", 9, "A nine-woman jury heard the case.", noun="woman", unit="woman")
    assert rec._modifier(jury) and not group_size(jury)
