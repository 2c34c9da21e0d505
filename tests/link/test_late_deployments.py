"""A one-source deployment told late in its article is shown when no shown row holds it (link/late_deployments.py)."""

from __future__ import annotations

import dataclasses

from storyline.link.late_deployments import told_late
from storyline.model import Fact


def _row(fid: str, measure: str, counted: str | None, *claims: str, sources: int = 1) -> Fact:
    return Fact(id=fid, label=f"{counted} {measure}", measure=measure, subject_group="mixed", location=None,
                claims=claims, low=12.0, high=12.0, assessment="single_source", explanation="", counted=counted,
                sources=sources)


TOLL = _row("toll", "killed", "people", "a:c1", "b:c1", sources=2)


def test_a_late_fleet_one_outlet_names_is_shown() -> None:
    boats = _row("boats", "deployed", "rescue boats", "b:c7")
    assert told_late([TOLL], [boats]) == [boats]


def test_other_left_out_measures_stay_out() -> None:
    tanks = _row("tanks", "count", "fuel tanks", "b:c8")
    fee = _row("fee", "money", "fee", "a:c9")
    assert told_late([TOLL], [tanks, fee]) == []


def test_a_deployment_of_two_sources_or_none_named_is_left_to_the_gates() -> None:
    crews = _row("crews", "deployed", "crews", "a:c4", "b:c5", sources=2)
    bare = _row("bare", "deployed", None, "a:c6")
    assert told_late([TOLL], [crews, bare]) == []


def test_a_report_already_in_a_shown_row_is_not_shown_twice() -> None:
    medics = _row("medics", "deployed", "medics", "a:c1")
    assert told_late([TOLL], [medics]) == []


def test_a_second_count_of_a_force_the_table_holds_stays_out() -> None:
    shown = _row("police", "deployed", "riot police", "a:c2", "b:c2", sources=2)
    again = _row("again", "deployed", "police", "c:c3")
    drones = _row("drones", "deployed", "drones", "c:c4")
    assert told_late([TOLL, shown], [again, drones]) == [drones]


def test_two_late_rows_of_one_noun_give_one_row() -> None:
    first = _row("first", "deployed", "divers", "a:c5")
    second = _row("second", "deployed", "navy divers", "c:c5")
    assert told_late([TOLL], [first, second]) == [first]


def test_a_late_force_of_persons_the_size_of_a_shown_one_stays_out() -> None:
    def force(fid: str, counted: str, size: float, *claims: str, role: str = "other", sources: int = 1) -> Fact:
        return dataclasses.replace(_row(fid, "deployed", counted, *claims, sources=sources), low=size, high=size,
                                   role=role)

    shown = force("crews", "firefighters and paramedics", 90, "a:c6", "b:c6", sources=2)
    workers = force("workers", "rescue workers", 100, "c:c6")
    troops = force("troops", "soldiers", 600, "c:c7", role="security_forces")
    trucks = force("trucks", "fire trucks", 95, "c:c8", role="objects")
    assert told_late([TOLL, shown], [workers, troops, trucks]) == [troops, trucks]
