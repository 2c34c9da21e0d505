"""Figures that frame or colour another figure, which no reader would put in the facts table.

Each test reads the grammar around one figure, never the story's words:

- a window a span of time is cut into ("in the first 20 minutes", "over the last two weeks",
  "during the next three days"): it says when something else happened, not how long anything
  took ("for the past three weeks" is how long a state lasted, and stays);
- a full hundred percent told as a degree of a quality ("I was 100 percent ready", "it's not
  100 percent on the coach", "she is 100% sure"): a manner of speaking, not a share of anything.
"""

from __future__ import annotations

import re

from storyline.model import Claim

# the end of a sequence just before a span of time: "the first 20", "their last two", "its next 23", "the past six"
_WINDOW_BEFORE = re.compile(r"(?<!\bfor\s)\b(?:the|their|his|her|its|our|your|my|this|that|these|those)\s+"
                            r"(?:first|last|next|final|past|previous|opening|closing|coming)\s+$", re.IGNORECASE)
WHOLE = 100.0  # a share that is all of something
# what may stand before a degree: a linking verb, a negation, a pause ("was 100 percent", "not 100%", "doubt, 100%")
_DEGREE_BEFORE = re.compile(r"(?:\b(?:is|was|are|were|be|been|being|am|not|feel|feels|felt|seem|seems|seemed|"
                            r"look|looks|looked)|['’]\s?(?:s|m|re)|[,;:—–])\s*$", re.IGNORECASE)
_SHARE_OF = re.compile(r"^\s*(?:%|percent|per\s+cent)?\s*of\b", re.IGNORECASE)  # "100 percent of the vote"


def time_window(claim: Claim) -> bool:
    """Whether a span of time is a window cut from a sequence ("in the first 20 minutes", "over the last
    two weeks", "during the next three days"): it frames when something else happened. "Rescuers searched
    for five days", "she had been in hospital for the past three weeks" (how long a state lasted) and
    "the first two victims" (a count, not a span) stay."""
    if claim.measure != "duration":
        return False
    at = claim.figure_at()
    return at >= 0 and bool(_WINDOW_BEFORE.search(claim.text[:at]))


def degree(claim: Claim) -> bool:
    """Whether a full hundred percent tells how much a quality holds ("I was 100 percent ready", "it's
    not 100% on the coach"), not a share: after a linking verb, a negation or a pause, and no "of"
    after it. "Houses were destroyed 100 percent" and "100 percent of the vote" stay."""
    if claim.measure != "percent" or claim.low != WHOLE or claim.high != WHOLE:
        return False
    at = claim.figure_at()
    if at < 0:
        return False
    return bool(_DEGREE_BEFORE.search(claim.text[:at])) and \
        not _SHARE_OF.match(claim.text[at + len(claim.number_text):])
