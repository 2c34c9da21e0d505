"""One figure told exactly by one outlet and rounded by another: "a crowd of 9,412", "about 9,400".

An outlet with the official count prints it ("a crowd of 9,412", "97.6 per cent voted for a strike");
another, writing from a briefing or a summary, rounds it and says so ("a crowd of about 9,400", "nearly 98
per cent"). The facts code keys each report by its value, so the two land in one-source rows apart and the
table's gate leaves both out as figures one source alone gives; ``kindred_rows`` joins only reports of
one value, however each is qualified. This class is one of the "split over gated rows" misses of
multi-article facts, seen on several invented sets (and, with one digit told, on ECB+: below).

``rounded_as`` takes two such reports for one figure when

- one is exact, written in digits, and the other is told as rough ("about", "nearly", "more than", ...);
- the rough figure is told to two digits or more ("about 9,400", "nearly 98"): one digit ("about 50",
  "fewer than 9,000") is a band too wide, where another quantity of the story falls by chance ("around $50
  million" of revenue beside "$53m in stock");
- the exact figure, rounded at the rough one's last digit that is not zero, gives the rough figure: 9,412
  rounds to 9,400 at the hundreds, 97.6 to 98 at the units; 9,460 does not round to "about 9,400", nor 44 to
  "about 47";
- it lies on the side the words point to: under the figure for "nearly", "almost", "fewer than"; over it
  for "more than", "over", "at least"; either side for "about".

Figures that are only close (both exact, or both rough: "around 215 miles" beside "230 miles") stay apart,
as ``split_rows`` found such joins join two things more often than one. It reads only values, qualifiers
and digits, never a story's words.
"""

from __future__ import annotations

from storyline.link.assess import place_of
from storyline.model import Claim

# where each rough qualifier puts the exact figure: under it (-1), over it (+1) or either side (0)
_SIDES = {"about": 0, "almost": -1, "more_than": 1, "at_least": 1}
_DIGITS = 10  # a rough figure is told to two digits or more: at least ten steps of its last digit


def rounded_as(exact: Claim, rough: Claim) -> bool:
    """Whether ``exact``'s figure, rounded at ``rough``'s last digit, is ``rough``'s figure, on the side its
    qualifier points to."""
    if exact.qualifier != "exact" or rough.qualifier not in _SIDES or exact.value is None or rough.value is None \
            or not any(ch.isdigit() for ch in exact.number_text):
        return False
    x, v = exact.value, rough.value
    if x == v or v <= 0 or x <= 0:
        return False
    side = _SIDES[rough.qualifier]
    if (side < 0 and x > v) or (side > 0 and x < v):
        return False
    step = place_of(v)
    return step > 0 and v / step >= _DIGITS and abs(x - v) < step / 2
