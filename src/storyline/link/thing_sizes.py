"""The size of the thing a story is about, told as a compound before its noun, kept where a filter read it as
something else.

Two filters of the facts table read a length joined to its noun ("a 1,100-foot bridge", "the 15-metre boat")
as no figure of the story:

- ``naming_size`` takes "the 13-inch MacBook", "the seven-yard line" for a name: the size says which
  model or which mark is meant, not how big a thing is. Models are named by their screens' inches and marks
  of a field by their "line"; a bridge, a boat or a road is not named by its length ("the 1,100-foot truss
  bridge", "the 15-metre boat"), and a name is exact: nobody calls a model "the roughly 13-inch". A size
  in another unit, or hedged ("the roughly 335-metre bridge"), is a measurement told of the thing
  (``measured``);
- ``_other_year`` takes a figure whose sentence names another year for that year's. But a year told after
  the size, past the verb the thing is the subject of ("The 1,100-foot bridge opened in 1962", "the 40-metre
  hull was laid down in 1998"), dates what the thing did or had done to it; its length does not change with
  the year (``dated_after``). A count, a sum or a toll in such a sentence still goes with the year.

Each test reads the sentence's grammar only, never a story's words.

Measured (round 20, tables rebuilt from stored articles): invented2 and invented3 one right multi-article row
more each (a boat's length, a bridge's length given in feet by one source and in metres by another); train,
dev, aeb_dev, invented_dev and val (aggregate only) unchanged, row for row on the development sets.
"""

from __future__ import annotations

import re

from storyline.model import Claim

_YEAR = re.compile(r"\b(?:1[89]\d{2}|20\d{2})\b")
_SIZES = frozenset({"distance"})  # a thing's extent: the same whatever year the sentence tells
# the size joined to its unit by a hyphen: "1,100-foot", "335 - metre", "2-km"
_JOINED = re.compile(r"^\s*-\s*(?!(?:and|or|to)\b)[a-z]+\b", re.IGNORECASE)
# a hedge right before the size (or opening the figure's own words): a measurement, never a name
_HEDGE = re.compile(r"\b(?:roughly|about|around|approximately|nearly|almost|some|over|more\s+than|less\s+than|"
                    r"just\s+(?:over|under))\s+$", re.IGNORECASE)
_HEDGED = re.compile(r"^(?:roughly|about|around|approximately|nearly|almost|some|over|more\s+than|less\s+than)\s",
                     re.IGNORECASE)
# a past verb of the sentence between the size and the year: "opened in", "was built in", "collapsed in"
_PAST_VERB = re.compile(r"\b(?:was|were|[a-z]{3,}ed)\b")


def hedged(claim: Claim) -> bool:
    """Whether a size joined to its noun is hedged ("the roughly 335-metre bridge", "an about 2-km stretch"):
    a measurement of the thing, not the size that names a model or a mark."""
    if claim.measure not in _SIZES:
        return False
    around = claim.around_figure()
    if around is None or not _JOINED.match(around[1]):
        return False
    return bool(_HEDGED.match(claim.number_text) or _HEDGE.search(around[0]))


# a compound that names a model by its screen ("the 13-inch MacBook") or a mark of a field ("the seven-yard line")
_NAMING = re.compile(r"^\s*-\s*(?:inch(?:es)?\b|in\b|[a-z]+\s+line\b)", re.IGNORECASE)


def measured(claim: Claim) -> bool:
    """Whether a size joined to its noun is told of a thing rather than naming it: hedged, or given in
    a unit and of a noun no model or mark is named by ("the 1,100-foot bridge", "the 15-metre boat",
    against "the 13-inch MacBook", "the seven-yard line")."""
    if hedged(claim):
        return True
    around = claim.around_figure()
    return claim.measure in _SIZES and around is not None and bool(_JOINED.match(around[1])) \
        and not _NAMING.match(around[1])


def dated_after(claim: Claim) -> bool:
    """Whether every year of the sentence stands after a size joined to its noun, past a verb of that
    noun's clause: "The 1,100-foot bridge opened in 1962" (the year dates the opening, not the length);
    not "the 2015 12-inch model", nor a year before the size."""
    if claim.measure not in _SIZES:
        return False
    around = claim.around_figure()
    if around is None or not _JOINED.match(around[1]):
        return False
    at = claim.figure_at()
    end = at + len(claim.number_text)
    years = list(_YEAR.finditer(claim.text))
    return bool(years) and all(m.start() >= end and _PAST_VERB.search(claim.text, end, m.start()) for m in years)
