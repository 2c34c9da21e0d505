"""Figures of time that are no length of time, read where durations are read.

- an ordinal with a unit of time that qualifies a noun after it is a label of that thing, not a time
  elapsed: "the 13th-month salary", "a second-year student", "the 14th month bonus" (while "the sixth
  day of the siege" and "its third week" are how long something has gone on);
- a half of a period told by its place in the period is a part of the calendar, not half a year or half
  a match: "in the second half of the year", "the first half of 2020", "after the break in the second half".
"""

from __future__ import annotations

import re

from storyline.extract.quantities import Quantity
from storyline.extract.reading import ArticleReader, Sentence

_MODIFIER_DEPS = frozenset({"compound", "amod", "nmod"})
# the place of a part within a period, just before "half": "the second half", "the latter half", "first-half"
_PART_BEFORE = re.compile(r"\b(?:first|second|latter|last|final|opening|closing|early|later)\s*-?\s*$", re.IGNORECASE)


def position_in_time(reader: ArticleReader, sent: Sentence, q: Quantity) -> bool:
    """Whether a figure of time is a position or a part of a period, not its length: an ordinal with a
    unit of time qualifying the noun after it ("the 14th month bonus"), or the first or second half of a
    period ("in the second half of the year")."""
    s_text = reader.text[sent.start:sent.end]
    if re.match(r"(?:an?\s+)?half\b", q.text, re.IGNORECASE) and _PART_BEFORE.search(s_text[:q.start]):
        return True
    if not q.ordinal:
        return False
    words = reader.tokens_in(sent.start + q.start, sent.start + q.end)
    if not words:
        return False
    unit = words[-1]
    token = reader.tokens[unit]
    return token.dep in _MODIFIER_DEPS and token.head > unit and reader.tokens[token.head].pos in ("NOUN", "PROPN")
