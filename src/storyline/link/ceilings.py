"""When a figure told as "as many as" disputes a lower figure for the same quantity.

``reconcile`` reads "as many as 230" as the range from nothing to 230, so a row with "212" beside it
looks consistent. A reader does not read it so: an outlet (or a source it quotes) that says "as many
as 230 people were on board", "as many as 150 branches will close", "as much as $8 billion" puts the
figure at its top, the most it believes, and an outlet that counts 212, 120 or $6 billion tells another
figure: the row is a dispute ("212 on the manifest, as many as 230 by the governor's count"). The
estimate stands for a figure its top reaches: "as many as 40" and "about 40", "as many as 10,000" and
"10,000" are one figure.

Only a firm figure (exact, about, almost, or a range) is held to the estimate: a floor ("more than
100") or a vague word ("dozens") names no figure of its own to fall short with. "Up to", "at most" and
"no more than" are left alone: they state a ceiling, of a product's specification ("up to eight hours of
battery life" beside "seven hours" for another model) or of a term ("up to five years"), that a lower
figure may well sit under.
"""

from __future__ import annotations

import re

from storyline.link.assess import Told

SHORT_SHARE = 0.05  # a figure this far under the estimate's top is another figure: 212 against "as many as 230"
_FIRM = frozenset({"exact", "about", "almost", "range"})
# the words that put a figure at its top as an estimate: "as many as 230", "as much as $8 billion"
_ESTIMATE = re.compile(r"\bas\s+(?:many|much|high)\s+as\b", re.IGNORECASE)


def estimate_top(r: Told) -> bool:
    """Whether a report tells its figure as the top of an estimate: "as many as 230", "as much as $8m"."""
    return r.claim.qualifier == "up_to" and r.claim.value is not None and bool(_ESTIMATE.search(r.claim.number_text))


def falls_short(a: Told, b: Told) -> bool:
    """Whether one of two reports in one unit is an estimate's top ("as many as 230") that the other, a
    firm figure, lies under by more than ``SHORT_SHARE`` of it ("212"): two figures, not one."""
    if a.claim.unit != b.claim.unit:
        return False
    for top, other in ((a, b), (b, a)):
        if estimate_top(top) and not estimate_top(other) and other.claim.qualifier in _FIRM \
                and other.high < top.high * (1 - SHORT_SHARE):
            return True
    return False
