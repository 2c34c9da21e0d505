"""A figure told in a unit of measure is a quantity, not a modifier of a singular noun (sentences written for
these tests)."""

from __future__ import annotations

from storyline.link import reconcile as rec
from storyline.link.unit_counts import group_size, in_unit
from storyline.model import Claim
from tests.link.test_corroborated import figure


def counted(number_text: str, value: float, text: str, *, noun: str, unit: str) -> Claim:
    return figure("a:c1", number_text, value, text, counted=noun, unit=unit)


def test_power_torque_and_energy_told_in_their_units_are_quantities() -> None:
    power = counted("410", 410, "The twin motors give the coupe 410 horsepower.", noun="hp", unit="hp")
    assert rec._modifier(power) and in_unit(power)  # the singular-noun test alone would drop it
    assert in_unit(counted("380", 380, "It delivers 380 lb-ft of torque.", noun="lb-ft of torque", unit="lb-ft"))
    assert in_unit(counted("95", 95, "The pack stores 95 kWh.", noun="kwh", unit="kwh"))


def test_a_unit_joined_to_a_noun_and_a_singular_noun_stay_modifiers() -> None:
    assert not in_unit(counted("64", 64, "It runs on a 64-bit chip.", noun="bit", unit="bit"))
    assert not in_unit(counted("250", 250, "A 250 - horsepower motor drives the rear wheels.", noun="hp", unit="hp"))
    jury = counted("nine", 9, "A nine-woman jury heard the case.", noun="woman", unit="woman")
    assert rec._modifier(jury) and not in_unit(jury)
    # a time unit is a duration's business, not this rule's
    assert not in_unit(counted("six", 6, "It took six hour.", noun="hour", unit="hour"))


def test_a_count_of_a_groups_members_is_its_size() -> None:
    crowd = counted("31,000", 31000, "The striker saluted the 31,000 crowd after the final whistle.", noun="crowd",
                    unit="crowd")
    assert rec._modifier(crowd) and group_size(crowd)
    assert group_size(counted("400", 400, "Part of the 400 person congregation stayed to pray.",
                              noun="person congregation", unit="congregation"))
    # a singular noun that is no group keeps the modifier reading
    assert not group_size(counted("three", 3, "He drove a three-wheel cart.", noun="wheel cart", unit="cart"))
