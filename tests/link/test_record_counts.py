"""A bare count that sets or extends a record told of the noun the record is for (link/record_counts.py)."""

from __future__ import annotations

import pytest

from storyline.link.gapped_counts import bare_row_noun
from storyline.link.record_counts import record_noun
from storyline.model import Fact
from tests.link.made_claims import claim


@pytest.mark.parametrize(("text", "number", "noun"), [
    ("The goalkeeper raised the league record for clean sheets in a season to 21.", "21", "clean sheets"),
    ("She broke the national record for most titles by a junior with 12.", "12", "titles"),
    ("He extended his own club record for late - game comebacks to nine on Sunday.", "nine", "late-game comebacks"),
    ("The striker now holds the record of goals for the club at 140.", "140", "goals"),
])
def test_a_record_counts_the_noun_it_is_for(text: str, number: str, noun: str) -> None:
    bare = claim("a:c1", number, 1.0, text, counted=None)
    assert record_noun(bare) == noun


@pytest.mark.parametrize(("text", "number"), [
    ("The record for the course was set in 1998 by a runner with 3 medals.", "3"),  # a figure between
    ("He set a record for saves and then, after a long and tiring season away from the club, retired with 14.",
     "14"),  # too far from the noun
    ("The team's record for this season stands at 9.", "9"),  # no plural noun after "for"
    ("Firefighters brought the blaze under control with 40 engines.", "40"),  # no record
])
def test_other_figures_are_left_bare(text: str, number: str) -> None:
    assert record_noun(claim("a:c1", number, 1.0, text, counted=None)) is None


def test_a_count_that_names_its_noun_is_left_alone() -> None:
    named = claim("a:c1", "21", 21.0, "He raised the record for saves to 21 saves.", counted="saves")
    assert record_noun(named) is None


def test_two_sources_must_agree_before_a_row_takes_the_record_noun() -> None:
    a = claim("a:c1", "nine", 9.0, "He extended his record for comebacks to nine.", counted=None)
    b = claim("b:c1", "nine", 9.0, "The win stretched his league record for comebacks in a season to nine.",
              counted=None)
    row = Fact(id="s:bare", label="amount", measure="count", subject_group="mixed", location=None,
               claims=(a.id, b.id), low=9.0, high=9.0, assessment="consistent", explanation="", counted=None,
               sources=2)
    claims = {a.id: a, b.id: b}
    assert bare_row_noun(row, claims, mates={}, copies={}) == "comebacks"
    assert bare_row_noun(row, claims, mates={}, copies={"b": "a"}) is None  # one source, copied
