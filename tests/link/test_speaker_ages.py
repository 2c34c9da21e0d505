"""An age told right after a verb of saying is the speaker's ("said a 34-year-old teacher who lives nearby") and
leaves the table; but the age of the one a statement is about ("police said a 17-year-old boy had been arrested")
is the story's, and two outlets' reports of it make a row. On sentences written for these tests."""

from __future__ import annotations

import pytest

from storyline.link.reconcile import _speaker_age, reconcile
from storyline.model import Claim
from tests.link.made_claims import art, claim, groups


def age(cid: str, text: str, value: float, counted: str) -> Claim:
    return claim(cid, str(int(value)), value, text, measure="age", unit="years", counted=counted, role="other")


@pytest.mark.parametrize(("text", "value", "speaker"), [
    ('"It was terrifying," said a 34-year-old teacher who lives nearby.', 34, True),
    ("The agency said a 17-year-old boy had been arrested in Bristol on Wednesday.", 17, False),
    ("Police said a 19-year-old man was arrested at an address in Leeds.", 19, False),
])
def test_a_speaker_s_age_and_the_age_of_the_one_spoken_of(text: str, value: float, speaker: bool) -> None:
    assert _speaker_age(age("a:c1", text, value, "boy")) is speaker


def test_the_age_of_someone_arrested_told_by_two_outlets_is_a_row() -> None:
    arts = [art("a", age("a:c1", "The National Crime Agency said a 17-year-old boy had been arrested in Bristol.",
                         17, "boy")),
            art("b", age("b:c1", "Two people, a 19-year-old man and a 17-year-old boy, have been arrested.", 17,
                         "boy"))]
    assert {"a:c1", "b:c1"} in groups(reconcile(arts, story="s"))
