"""A whole told first, then its part after a comma: "Of the 17 dead, six were travelling in the minibus" makes the
six a part of the dead, not the toll; a whole of another measure is no such thing ("Of the 462 people evacuated,
11 were injured": all the injured). On sentences written for these tests with the real parse."""

from __future__ import annotations

import pytest

from storyline.extract import nlp
from tests.extract.read_claims import figures


@pytest.fixture(scope="module", autouse=True)
def _parser() -> None:
    nlp.setup()


def _part(subject: str | None) -> bool:
    return (subject or "").endswith("(of whom)")


def test_a_part_of_the_dead_told_after_them() -> None:
    said = figures("Of the 17 dead, six were travelling in the tourist minibus, police said.")
    assert said["six"].measure == "killed" and _part(said["six"].subject)
    assert not _part(said["17"].subject)


def test_a_whole_of_another_measure_makes_no_part() -> None:
    said = figures("Of the 462 people evacuated from the warehouse, 11 were injured.")
    assert said["11"].measure == "injured" and not _part(said["11"].subject)


def test_a_whole_in_the_middle_of_a_sentence_makes_no_part() -> None:
    said = figures("The toll rose to 17 dead, six more than on Monday, police said.")
    assert not _part(said["six"].subject) or said["six"].measure != "killed"
