"""A part of a set told with a participle before its noun ("nine of the derailed cars", "five of the stolen
paintings") counts that noun, as "two of the skiffs" counts skiffs; on sentences of our own."""

from __future__ import annotations

import pytest

from tests.extract.parsed_claims import by_number


@pytest.mark.parametrize(("text", "figure", "noun"), [
    ("Nine of the derailed cars were carrying hazardous materials, the railroad said.", "Nine", "cars"),
    ("Five of the stolen paintings were recovered on Monday, police said.", "Five", "paintings"),
    ("Officials said 12 of the damaged bridges would be closed for a month.", "12", "bridges"),
    ("Two of the skiffs were sunk, the navy said.", "Two", "skiffs"),
])
def test_a_part_told_with_a_participle_counts_the_noun(text: str, figure: str, noun: str) -> None:
    claim = by_number(text)[figure]
    assert claim.counted == noun
    assert (claim.subject or "").endswith("(of whom)")  # still a part of a set told elsewhere


def test_a_participle_with_no_noun_after_it_is_no_noun() -> None:
    """"Two of the injured were children": who the part is, not "injured" as a noun."""
    assert by_number("Two of the injured were children, doctors said.")["Two"].counted == "children"
