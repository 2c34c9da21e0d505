"""A bare figure that tells the size of a crowd or a body of people: "a crowd of 6,500", "a workforce of 14,700",
"more than 12,000 were in attendance".

News gives the size of a gathering or a body of people by its collective noun, not by a noun of persons after the
figure: "in front of a sellout crowd of 6,500", "out of a workforce of 14,700", "an audience of about 2,000",
"the more than 12,000 in attendance". The claim reader looks for the counted noun after the figure, finds none,
and the claim counts nothing named: its row is a bare number the table's gate leaves out
(``reconcile._tabulated``) however many sources give it. The members of a crowd, an audience, a congregation or
a workforce are people, so ``counts_people`` tells the claims stage to count the figure in people, as it does
"3,000 marched" (a crowd's verb after the figure). A town's population ("a city of 500,000") is not one of
these: how many live somewhere is left to the claims stage's own rule for inhabitants.

It reads the grammar of a collective noun beside a figure, never a story's words.
"""

from __future__ import annotations

import re

# "a (sellout) crowd of", "an audience of about", "a workforce of some", "a turnout of nearly"
_COLLECTIVE_OF = re.compile(
    r"\b(?:crowds?|audiences?|attendance|congregations?|turnout|gatherings?|throngs?|workforces?|staff)"
    r"\s+of\s+(?:(?:about|around|some|nearly|almost|roughly|approximately|over|more\s+than|at\s+least|up\s+to|"
    r"an\s+estimated|just\s+(?:over|under))\s+)?$", re.IGNORECASE)
# "12,000 in attendance", "12,000 were in attendance"
_IN_ATTENDANCE = re.compile(r"\s*(?:(?:were|was|are)\s+)?in\s+attendance\b", re.IGNORECASE)


def counts_people(before: str, after: str) -> bool:
    """Whether a figure with no noun of its own tells how many people a crowd or a body of people holds: a
    collective noun and "of" just before it (``before``: its sentence up to the figure), or "in attendance"
    just after it (``after``)."""
    return bool(_COLLECTIVE_OF.search(before) or _IN_ATTENDANCE.match(after))
