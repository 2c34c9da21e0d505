"""One quake's depth told in kilometres and in miles (link/quake_depths.py); on sentences written for these
tests."""

from __future__ import annotations

from storyline.link.quake_depths import in_two_units, same_depth
from storyline.link.reconcile import _base, reconcile
from storyline.model import Claim
from tests.link.made_claims import art, claim, groups, report


def depth(cid: str, number_text: str, value: float, text: str, unit: str, *, qualifier: str = "exact") -> Claim:
    return claim(cid, number_text, value, text, measure="depth", unit=unit, counted=None, role="objects",
                 qualifier=qualifier)


def test_kilometres_and_miles_of_one_depth_are_one_row_that_agrees() -> None:
    a = depth("a:c1", "28", 28, "The tremor began 28 kilometres below the plateau, the observatory said.", "kilometres")
    b = depth("b:c1", "about 28", 28, "Seismologists put its focus about 28 km underground.", "km", qualifier="about")
    c = depth("c:c1", "17", 17, "The shock originated 17 miles beneath the surface.", "miles")
    facts = reconcile([art("a", a), art("b", b), art("c", c)], story="s")
    assert groups(facts) == [{"a:c1", "b:c1", "c:c1"}]
    assert facts[0].assessment == "consistent"


def test_a_tie_between_units_keeps_both() -> None:
    reports = [report(depth("a:c1", "50", 50, "It struck 50 kilometres down.", "kilometres")),
               report(depth("b:c1", "31", 31, "It struck 31 miles down.", "miles"))]
    assert same_depth(reports, _base) == reports


def test_a_conversion_in_the_same_sentence_is_not_a_second_report() -> None:
    text = "The quake hit at a depth of 12 kilometres (7.5 miles), the agency said."
    km, mi = depth("a:c1", "12", 12, text, "kilometres"), depth("a:c2", "7.5", 7.5, text, "miles")
    other = depth("b:c1", "12", 12, "Its focus lay 12 km deep.", "km")
    kept = same_depth([report(km), report(mi), report(other)], _base)
    assert [r.claim.id for r in kept] == ["a:c1", "b:c1"]


def test_a_distance_misread_as_depth_in_the_same_sentence_does_not_hide_the_depth() -> None:
    text = "It struck 140 kilometres from the port at a depth of 20 kilometres."
    far, deep = depth("a:c1", "140", 140, text, "kilometres"), depth("a:c2", "20", 20, text, "kilometres")
    other = depth("b:c1", "about 12", 12, "The quake was about 12 miles deep.", "miles", qualifier="about")
    kept = same_depth([report(far), report(deep), report(other)], _base)
    assert [r.claim.id for r in kept] == ["a:c2", "b:c1"]


def test_a_depth_far_from_the_agreed_one_stays_out() -> None:
    near = [report(depth(f"{x}:c1", "1.5", 1.5, f"The swarm's largest jolt was 1.5 miles deep ({x}).", "miles"))
            for x in "abc"]
    misread = report(depth("d:c1", "15", 15, "The jolt was 15 miles deep.", "miles"))
    assert same_depth([*near, misread], _base) == near


def test_two_units_are_compared_only_for_depths() -> None:
    km = depth("a:c1", "30", 30, "It was 30 km deep.", "km")
    assert in_two_units(km, depth("b:c1", "19", 19, "It was 19 miles deep.", "miles"))
    assert not in_two_units(km, depth("b:c1", "31", 31, "It was 31 km deep.", "km"))
    assert not in_two_units(km, claim("b:c1", "19", 19, "It ran 19 miles.", measure="distance", unit="miles"))


def test_a_depth_without_a_unit_stays_beside_the_same_figure() -> None:
    sized = [report(depth(f"{x}:c1", "8", 8, f"The focus was 8 kilometres deep ({x}).", "kilometres")) for x in "ab"]
    bare = report(depth("c:c1", "8", 8, "It struck at a depth of 8.", ""))
    stray = report(depth("d:c1", "300", 300, "It struck at a depth of 300.", ""))
    assert same_depth([*sized, bare, stray], _base) == [*sized, bare]
