"""Reports a filter of the facts table would drop, kept when the reason it was written for is absent.

A figure whose sentence names another year than the story's is most often history ("the 1998 floods drove
40,000 from their homes") and the table leaves it out. But a four-digit number is not always a year, and a year does not
always date the figure beside it:

- a side of a screen's or a picture's size ("a 2048 x 1536 screen", "3,840 by 2,160 pixels") is a
  dimension, told in pixels, not a year;
- a year that opens a span running to the writer's day ("the club has won 14 matches in a row since losing
  at home in 2019", "the ferry's 300th crossing since its refit in 2018") dates where the count starts, not the
  count: a tally told up to now, the story's own. Only when the figure is told before that "since"
  (in "its biggest purchase since it paid $30 million for a rival in 2016", the sum is the other year's), and not
  after "the first", "the only" or a superlative ("back in the ring for the first time since 2017"): that
  compares with the other year's occasion, it tallies nothing.

Each test reads the sentence's grammar and figures only, never a story's words.
"""

from __future__ import annotations

import re

from storyline.model import Claim

_YEAR = re.compile(r"\b(?:1[89]\d{2}|20\d{2})\b")
# a side of a size given as two numbers: "2048 x 1536", "3,840 by 2,160", "1280×720"
_SIDE_BEFORE = re.compile(r"\d\s*(?:x|×|by)\s*$", re.IGNORECASE)
_SIDE_AFTER = re.compile(r"^\s*(?:-?\s*pixels?\s+)?(?:x|×|by)\s*\d", re.IGNORECASE)
# "since" and a few words of its own phrase up to the year, no clause between: "since losing at home in May 2019"
_SINCE = re.compile(r"\bsince\s+(?:[\w'’.-]+\s+){0,6}?$", re.IGNORECASE)
# ... but "the first time since 2017", "its biggest deal since 2016": a comparison with that year's occasion
_COMPARED = re.compile(r"\b(?:first|last|only|\w{3,}est)\s+(?:[\w'’-]+\s+){0,2}?$", re.IGNORECASE)


def _dimension(text: str, start: int, end: int) -> bool:
    """Whether the number at text[start:end] is one side of a size told as two numbers ("2048 x 1536")."""
    return bool(_SIDE_BEFORE.search(text[:start]) or _SIDE_AFTER.match(text[end:]))


def _span_start(text: str, start: int, *, figure_end: int) -> bool:
    """Whether the year at ``start`` ends a "since" phrase that opens after the figure: where a running
    tally begins ("won 14 in a row since losing at home in 2019"), not the date of the figure."""
    since = _SINCE.search(text[:start])
    return since is not None and since.start() >= figure_end and not _COMPARED.search(text[:since.start()])


def undated(claim: Claim) -> bool:
    """Whether every year-like number in the claim's sentence is a side of a size or the start of a span
    the figure runs over up to now, so that the sentence dates the figure in no other year:
    "the club has won 14 matches in a row since losing at home in 2019" (14 is the tally up to now), "a
    screen of 2048 x 1536 pixels"; not "the $30 million it paid in 2016", nor "in 2019 the council
    approved 30 new flats"."""
    text = claim.text
    at = claim.figure_at()
    years = list(_YEAR.finditer(text))
    if at < 0 or not years:
        return False
    figure_end = at + len(claim.number_text)
    return all(_dimension(text, m.start(), m.end()) or _span_start(text, m.start(), figure_end=figure_end)
               for m in years)
