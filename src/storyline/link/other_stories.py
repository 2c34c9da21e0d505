"""One fact, one row across stories: a figure a later story retells from the story that reports it.

The articles of one pile can form two stories (link/cluster.py): the event and its sequel (a shooting and the
trial a year on; a takeover and the day the deal closed). The sequel's articles retell the event's figures in
passing ("charged with two counts of murder", "the firm, which has 350 employees"), and its own table
(``reconcile`` runs once per story) gives them a row of their own, beside the row the event's story already
holds for the same quantity: one fact, two rows, the second told by fewer sources.

A row is such a retelling (``retold_rows``) when another story of the pile holds a row that

- measures the same quantity: the same measure, the same role of those counted, the same head noun
  ("counts of first-degree murder" and "counts of murder");
- is set in the same place: the same, one inside the other ("Philadelphia", "Northeast Philadelphia"), or
  none given by the retelling row;
- gives its figure: the retelling row tells one figure, which the other row's figures allow;
- rests on more sources than it: the story that reports a fact tells it most often.

The retelling row is left out of the sequel's table; the fact stays in the table of the story that reports it.
The guards keep different quantities apart: a part of a total or a figure of one place (``part_of``,
``scope``) is never taken for a retelling, rows of other measures, roles or nouns never meet, and a row with
as many sources as the other's, or with a range of figures of its own, stays.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Sequence

from storyline.extract import claim_words as W
from storyline.model import Fact, Story


def _words(place: str) -> set[str]:
    return set(re.findall(r"\w+", place.lower()))


def _same_place(small: str | None, big: str | None) -> bool:
    """Whether the retelling row's place is the other row's: none given, the same, or one inside the other."""
    if not small:
        return True
    if not big:
        return False
    a, b = _words(small), _words(big)
    return a <= b or b <= a


def retells(small: Fact, big: Fact) -> bool:
    """Whether ``small`` retells ``big``'s figure: one quantity, one place, one figure, fewer sources."""
    if small.low is None or small.high is None or big.low is None or big.high is None:
        return False
    return (small.measure == big.measure and small.role == big.role
            and bool(W.head_noun(small.counted)) and W.head_noun(small.counted) == W.head_noun(big.counted)
            and small.part_of is None and small.scope is None and big.scope is None
            and small.low == small.high and big.low <= small.low <= big.high
            and small.sources < big.sources and _same_place(small.location, big.location))


def retold_rows(stories: Sequence[Story]) -> list[Story]:
    """The stories, each without the rows that retell a row another story of the pile holds."""
    out = []
    for story in stories:
        others = [f for s in stories if s is not story for f in s.facts]
        kept = [f for f in story.facts if not any(retells(f, g) for g in others)]
        out.append(story if len(kept) == len(story.facts) else dataclasses.replace(
            story, facts=tuple(dataclasses.replace(f, rank=i + 1) for i, f in enumerate(kept))))
    return out
