"""A bare figure that tells the size of a crowd or a body of people: "a crowd of 6,500", "a workforce of 14,700",
"more than 12,000 were in attendance".

News gives the size of a gathering or a body of people by its collective noun, not by a noun of persons after the
figure: "in front of a sellout crowd of 6,500", "out of a workforce of 14,700", "an audience of about 2,000", "the
more than 12,000 in attendance", "police estimated the crowd at the temple at around 60,000". The claim reader looks
for the counted noun after the figure, finds none, and the claim counts nothing named: its row is a bare number the
table's gate leaves out (``reconcile._tabulated``) however many sources give it. The members of a crowd, an
audience, a congregation or a workforce are people, so ``counts_people`` tells the claims stage to count the figure
in people, as it does "3,000 marched" (a crowd's verb after the figure). A town's population ("a city of 500,000")
is not one of these: how many live somewhere is left to the claims stage's own rule for inhabitants.

It reads the grammar of a collective noun beside a figure, never a story's words.
"""

from __future__ import annotations

import re

# a hedge before the figure: "about", "more than", "an estimated"
_ABOUT = (r"(?:(?:about|around|some|nearly|almost|roughly|approximately|over|more\s+than|at\s+least|up\s+to|"
          r"an\s+estimated|just\s+(?:over|under))\s+)?")
# "a (sellout) crowd of", "an audience of about", "a workforce of some", "a turnout of nearly"
_COLLECTIVE_OF = re.compile(
    r"\b(?:crowds?|audiences?|attendance|congregations?|turnout|gatherings?|throngs?|workforces?|staff)"
    rf"\s+of\s+{_ABOUT}$", re.IGNORECASE)
_CROWD_NOUNS = r"(?:crowds?|audiences?|attendance|congregations?|turnout|gatherings?|throngs?|rally|march)"
# "police estimated the crowd at the temple at 60,000", "organisers put the turnout at", "the crowd was estimated
# at", "a crowd put at": the size a collective noun is given at, a few words of place between
_ESTIMATED_AT = re.compile(
    rf"(?:\b(?:estimated|estimates?|estimating|put|puts|putting|placed|places|placing|pegged|pegs)\s+the\s+"
    rf"(?:size\s+of\s+the\s+)?{_CROWD_NOUNS}|\b(?:the|a)\s+(?:size\s+of\s+the\s+)?{_CROWD_NOUNS}"
    rf"(?:\s+(?:at|in|outside|near|on)\s+(?:the\s+)?[\w'’-]+(?:\s+[\w'’-]+)?)?\s+(?:(?:was|were|is|are|has\s+been|"
    rf"had\s+been)\s+)?(?:(?:officially|variously|independently)\s+)?(?:estimated|put|placed|pegged))"
    rf"(?:\s+(?:at|in|outside|near|on)\s+(?:the\s+)?[\w'’-]+(?:\s+[\w'’-]+)?)?\s+at\s+{_ABOUT}$", re.IGNORECASE)
# "the crowd numbered 5,000", "a crowd said to number about 2,000"
_NUMBERED = re.compile(rf"\b{_CROWD_NOUNS}(?:,?\s+[a-z][^.;:,]{{0,40}}?)?\s+(?:to\s+number|numbered|numbering)"
                       rf"\s+{_ABOUT}$", re.IGNORECASE)
# "12,000 in attendance", "12,000 were in attendance"
_IN_ATTENDANCE = re.compile(r"\s*(?:(?:were|was|are)\s+)?in\s+attendance\b", re.IGNORECASE)


def counts_people(before: str, after: str) -> bool:
    """Whether a figure with no noun of its own tells how many people a crowd or a body of people holds: a
    collective noun and "of" just before it (``before``: its sentence up to the figure), a collective noun
    estimated or put at it ("police estimated the crowd at 60,000", "the turnout was put at"), or "in
    attendance" just after it (``after``)."""
    return bool(_COLLECTIVE_OF.search(before) or _IN_ATTENDANCE.match(after) or _ESTIMATED_AT.search(before[-160:])
                or _NUMBERED.search(before[-120:]))
