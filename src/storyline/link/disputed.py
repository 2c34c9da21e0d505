"""Figures that disagree although the judge's time and rounding rules would reconcile them.

Two classes of row the judge read as agreeing, or as a count that moved, where a reader sees outlets disagree:

- ``rough_apart``: two figures each told as a rough size ("about 38,000", "roughly 50,000") clash when their
  told figures are further apart than one rough figure's slack. The judge lets each "about" stretch 15% either
  way, so two rough figures up to 30% apart overlapped and read "consistent"; an outlet that rounds does so
  around its own figure, not halfway towards another outlet's.
- ``against``: a figure whose own sentence sets it against another count ("23 officers had been injured, more
  than the department's count of 17", "about 400 homes, a higher count than the county's own estimate",
  "four, contradicting the company's earlier count") is a dissent from that count, not its update: a row it
  clashes in is conflicting even when it was told on a later day, higher (the judge's evolving rules read only
  days and sizes).

Both read only qualifiers, figures and the words after a figure in its own sentence, never a story's nouns.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from storyline.model import Claim

ROUGH_SLACK = 0.15  # how far a rough figure reaches: the judge's own "about" span

_COUNT = r"(?:count|figure|estimate|tally|toll|total|number|numbers|data)"
# "more than the department's count of 17", "more than the 23 the company gave", "a higher count than the
# county's own estimate", "contradicting the company's earlier count"; not a year ("more than the storm of 1987")
# nor a figure naming a thing ("one hour more than the 15-inch model")
_AGAINST = re.compile(
    rf"\b(?:(?:higher|lower|more|fewer|less|greater|smaller|larger)\s+(?:{_COUNT}\s+)?than\s+"
    rf"(?:(?:the|its|their|an?)\s+(?:[\w'’-]+\s+){{0,3}}?{_COUNT}\b|the\s+(?!(?:1[89]|20)\d\d\b)\d[\d,.]*(?![\d-]))"
    rf"|contradict(?:s|ed|ing)?\b|disput(?:es|ed|ing)\s+(?:the|its|their)\b)", re.IGNORECASE)


def rough_apart(a: Claim, b: Claim) -> bool:
    """Whether two figures both told as rough sizes ("about", "roughly", "some") lie further apart than one
    rough figure's slack of the larger."""
    if a.qualifier != "about" or b.qualifier != "about" or not a.value or not b.value:
        return False
    return abs(a.value - b.value) > ROUGH_SLACK * max(a.value, b.value)


def against(claim: Claim) -> bool:
    """Whether the figure's sentence, after the figure, sets it against another count."""
    at = claim.figure_at()
    if at < 0:
        return False
    return bool(_AGAINST.search(claim.text[at + len(claim.number_text):]))


def disputes(claims: Iterable[Claim]) -> bool:
    """Whether any of the claims is told against another count."""
    return any(against(c) for c in claims)
