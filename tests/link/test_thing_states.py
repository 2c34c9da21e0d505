"""Things only threatened or lacking are not the things a story counts (``reconcile._thing_state``): "17 homes are
now at risk" beside "three homes fell", "short of at least 1,800 doses" beside "760 doses given"; and things cared
for are not those harmed ("more than 2,900 dogs vaccinated" beside "more than 1,000 dogs poisoned"). Sentences
written for these tests."""

from __future__ import annotations

from storyline.link.reconcile import _key, reconcile
from tests.link.made_claims import groups, things, told


def test_homes_at_risk_are_not_the_homes_lost() -> None:
    lost = things("a:1", "Three", 3, "Three homes fell into the sea.", "homes", did="fell")
    risk = things("b:1", "17", 17, "Campaigners say 17 homes are now at risk after the collapse.", "homes")
    council = things("c:1", "nine", 9, "The council said nine more homes were at immediate risk.", "homes")
    assert _key(lost) != _key(risk) and _key(risk) == _key(council)


def test_a_shortfall_is_not_the_doses_given() -> None:
    given = things("a:1", "760", 760, "Clinics have given 760 doses.", "doses", did="given")
    short = things("b:1", "at least 1,800", 1800, "The county is short of at least 1,800 doses.", "doses")
    assert _key(given) != _key(short)


def test_dogs_vaccinated_are_not_dogs_poisoned() -> None:
    vaccinated = things("a:1", "2,900", 2900, "Teams have vaccinated 2,900 dogs.", "dogs", did="vaccinated")
    poisoned = things("b:1", "1,000", 1000, "More than 1,000 dogs have been poisoned.", "dogs", did="poisoned")
    also = things("c:1", "3,000", 3000, "More than 3,000 dogs have been vaccinated.", "dogs", did="vaccinated")
    assert _key(vaccinated) != _key(poisoned) and _key(vaccinated) == _key(also)


def test_threatened_homes_make_their_own_row() -> None:
    articles = [told("a", things("a:1", "Three", 3, "Three homes fell into the sea.", "homes", did="fell")),
                told("b", things("b:1", "three", 3, "The cliff took three homes.", "homes", did="took")),
                told("c", things("c:1", "17", 17, "Residents say 17 homes are now at risk.", "homes"))]
    found = groups(reconcile(articles, story="s"))
    assert {"a:1", "b:1"} in found and not any("c:1" in g and len(g) > 1 for g in found)
