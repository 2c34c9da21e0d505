"""Figures that frame or colour another figure, which no reader would put in the facts table.

Each test reads the grammar around one figure, never the story's words:

- a window a span of time is cut into ("in the first 20 minutes", "over the last two weeks",
  "during the next three days"): it says when something else happened, not how long anything
  took ("for the past three weeks" is how long a state lasted, and stays);
- a full hundred percent told as a degree of a quality ("I was 100 percent ready", "it's not
  100 percent on the coach", "she is 100% sure"): a manner of speaking, not a share of anything;
- "a minute or two", "a thing or two", "one or two": a way of saying a few, not a figure;
- a stature in feet and inches ("the 6-foot-7 centre", "a man 5 feet 10 inches tall"): it describes
  a person, as a witness's description does, not a quantity of the story;
- a figure of a happening the sentence points back at with "that" or "those" ("no one was hurt in
  that fire", "he served nine months in that case", "seven died in those bombings"): an earlier one
  the article recalls, not the story's own, which an article calls "the fire" or "Sunday's fire".
"""

from __future__ import annotations

import re

from storyline.model import Claim

# the end of a sequence just before a span of time: "the first 20", "their last two", "its next 23", "the past six"
_WINDOW_BEFORE = re.compile(r"(?<!\bfor\s)\b(?:the|their|his|her|its|our|your|my|this|that|these|those)\s+"
                            r"(?:first|last|next|final|past|previous|opening|closing|coming)\s+$", re.IGNORECASE)
# a window told by its end: "in the 24 hours to 8am on Sunday", "over the seven days until Friday" (a bulletin's period)
_WINDOW_IN_BEFORE = re.compile(r"\b(?:in|over|during|within)\s+the\s+$", re.IGNORECASE)
_WINDOW_TO_AFTER = re.compile(r"^\S*\s+(?:hours?|days?|weeks?|months?)\s+(?:to|until|till|up\s+to|ending)\b",
                              re.IGNORECASE)
WHOLE = 100.0  # a share that is all of something
# what may stand before a degree: a linking verb, a negation, a pause ("was 100 percent", "not 100%", "doubt, 100%")
_DEGREE_BEFORE = re.compile(r"(?:\b(?:is|was|are|were|be|been|being|am|not|feel|feels|felt|seem|seems|seemed|"
                            r"look|looks|looked)|['’]\s?(?:s|m|re)|[,;:—–])\s*$", re.IGNORECASE)
_SHARE_OF = re.compile(r"^\s*(?:%|percent|per\s+cent)?\s*of\b", re.IGNORECASE)  # "100 percent of the vote"


def time_window(claim: Claim) -> bool:
    """Whether a span of time is a window cut from a sequence ("in the first 20 minutes", "over the last
    two weeks", "during the next three days") or told by its end ("in the 24 hours to 8am on Sunday"): it frames
    when something else happened. "Rescuers searched
    for five days", "she had been in hospital for the past three weeks" (how long a state lasted) and
    "the first two victims" (a count, not a span) stay."""
    if claim.measure != "duration":
        return False
    at = claim.figure_at()
    return at >= 0 and bool(_WINDOW_BEFORE.search(claim.text[:at]) or (
        _WINDOW_IN_BEFORE.search(claim.text[:at]) and _WINDOW_TO_AFTER.match(claim.text[at:])))


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


# "a minute or two", "one day or two", "a thing or two": the idiom of a few, read as its two figures
_ONE_BEFORE_OR = re.compile(r"\b(?:a|an|one)\s+(?:[a-z]+\s+)?or\s+$", re.IGNORECASE)
_OR_TWO_AFTER = re.compile(r"^\s*(?:[a-z]+\s+)?or\s+(?:two|2)\b", re.IGNORECASE)
_ONE = frozenset({"a", "an", "one", "1"})
_TWO = frozenset({"two", "2"})


def rough(claim: Claim) -> bool:
    """Whether the figure is half of the idiom "a minute or two", "one or two", "a thing or two": a few,
    not a count or a span. "Two or three bridges fell" and "one or two" with other figures than these stay
    a range the claim reader reads whole."""
    at = claim.figure_at()
    if at < 0:
        return False
    word = claim.number_text.strip().lower()
    before, after = claim.text[:at], claim.text[at + len(claim.number_text):]
    return (word in _TWO and bool(_ONE_BEFORE_OR.search(before))) or \
        (word in _ONE and bool(_OR_TWO_AFTER.match(after)))


_INCHES = r"(?:\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven)"
# feet and inches told as one stature: "6-foot-7", "six - foot - five", "5 feet 10 inches", "5ft 9in"
_STATURE = re.compile(r"^\s*-?\s*(?:foot|feet|ft)\s*-?\s*" + _INCHES
                      + r"(?:\s*(?:inches|inch|in)\b|\b(?!\s*(?:inches|inch|in)\b))"
                      r"(?!\s+(?:of|deep|long|wide)\b)", re.IGNORECASE)  # "2 feet 6 inches of snow" is a depth
_STATURE_WHOLE = re.compile(r"^\w+\s*-?\s*(?:foot|feet|ft)\s*-?\s*" + _INCHES + r"$", re.IGNORECASE)


def stature(claim: Claim) -> bool:
    """Whether the figure is a stature in feet and inches ("the 6-foot-7 forward", "a man 5 feet 10
    inches tall"): a description of a person. "A 6-foot wall", "a wave 30 feet high" and "2 feet 6 inches
    of snow" stay."""
    at = claim.figure_at()
    if at < 0:
        return False
    return bool(_STATURE_WHOLE.match(claim.number_text.strip())) or \
        bool(_STATURE.match(claim.text[at + len(claim.number_text):]))


# a happening an article may recall beside the story's own
_HAPPENINGS = (r"(?:case|fire|blaze|attack|incident|crash|accident|shooting|quake|earthquake|storm|flood|war|game|"
               r"match|fight|bout|trial|race|election|raid|riot|protest|strike|explosion|blast|disaster|bombing)s?")
_THAT_HAPPENING = re.compile(r"\b(?:in|during|from|after|since|of|at|for)\s+(?:that|those)\s+(?:[a-z]+\s+)?"
                             + _HAPPENINGS + r"\b", re.IGNORECASE)


def that_happening(claim: Claim) -> bool:
    """Whether the figure's sentence points back at a happening with "that" or "those" ("No arrests were
    made in that fire", "he served nine months in that case", "seven died in those bombings"): an earlier
    one the article recalls. "The fire that destroyed the mill" (a relative clause) and "this fire" stay."""
    return bool(_THAT_HAPPENING.search(claim.text))
