"""In a story of unrest, a crowd is one side's count, but a small exact count of a named group (hostages, guards,
nurses, inmates) is a fact of its own, however each outlet tells what happened to them. Counts stay told apart
by day (a crowd is not a running tally)."""

from __future__ import annotations

import dataclasses

from storyline.link.reconcile import _key
from tests.link.made_claims import claim


def _in(c, *, group: str, as_of: str | None = None, qualifier: str | None = None):  # type: ignore[no-untyped-def]
    return dataclasses.replace(c, subject_group=group, as_of=as_of, qualifier=qualifier or c.qualifier)


def test_a_named_group_held_is_one_quantity_whatever_the_verb() -> None:
    freed = _in(claim("a:c1", "14", 14, "The 14 wardens were freed on Sunday.", counted="wardens", did="freed",
                      role="security_forces"), group="security_forces", as_of="2025-03-02")
    walked = _in(claim("b:c1", "14", 14, "The 14 wardens walked out unharmed.", counted="wardens", did="walked",
                       role="security_forces"), group="security_forces", as_of="2025-03-02")
    assert _key(freed, protest=True) == _key(walked, protest=True)


def test_two_named_groups_of_one_side_stay_apart() -> None:
    wardens = _in(claim("a:c1", "14", 14, "The 14 wardens were freed.", counted="wardens", role="security_forces"),
                  group="security_forces")
    police = _in(claim("a:c2", "500", 500, "About 500 police surrounded the jail.", counted="police",
                       role="security_forces"), group="security_forces")
    assert _key(wardens, protest=True) != _key(police, protest=True)


def test_a_crowd_is_still_one_side_told_by_day() -> None:
    workers = _in(claim("a:c1", "tens of thousands", 20000, "Tens of thousands of striking workers marched.",
                        counted="striking workers", qualifier="vague"), group="unspecified", as_of="2025-03-02")
    people = _in(claim("b:c1", "20,000", 20000, "Some 20,000 people joined the rally.", counted="people",
                       did="joined"), group="unspecified", as_of="2025-03-02")
    later = dataclasses.replace(people, as_of="2025-03-03")
    assert _key(workers, protest=True) == _key(people, protest=True)
    assert _key(people, protest=True) != _key(later, protest=True)  # another day's crowd is another fact


def test_marchers_named_by_a_crowd_verb_are_the_crowd() -> None:
    students = _in(claim("a:c1", "300", 300, "About 300 students marched on the ministry.", counted="students",
                         did="marched"), group="unspecified", as_of="2025-03-02")
    people = _in(claim("b:c1", "300", 300, "Some 300 people joined the march.", counted="people", did="joined"),
                 group="unspecified", as_of="2025-03-02")
    assert _key(students, protest=True) == _key(people, protest=True)
