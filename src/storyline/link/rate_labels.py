"""Labels of sums told per unit: "price per share", "cost of the strike per day", never a bare "price".

A sum a sentence gives per unit ("C$57.20 per Brightlane share", "0.35 lei per litre", "costing the airline
$15 million a day", "$20 million per season") is a rate, not a total: a row labelled "price", "payment" or
"cost of the strike" reads as the whole deal's price or the strike's whole cost, and a reader takes
the per-share price of a takeover for its value. The claim reader already keeps the unit a sum is told
per in the claim's unit ("CAD per share", "USD per day"); the label says it too, when at least half of the
row's figures are told per one unit and the label does not say so already. The words are English's own
("per"), never a story's.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

from storyline.model import Claim

SUM_MEASURES = frozenset({"money", "price", "damage"})
# a label that already says what the sum is told per: "amount of the deal (per year)", "cost per day",
# "a share", "each share", "annual salary", "monthly rent"
_SAID = re.compile(r"\bper\b|\ba\s+(?:day|week|month|year|season|share|head|person)\b|\beach\b|"
                   r"\b(?:daily|weekly|monthly|yearly|annual|annually|hourly)\b", re.IGNORECASE)


# after a sum: "-per-share", "per Brightlane share", "for each share", ", to every litre"
_PER_AFTER = re.compile(r"^\s*,?\s*(?:-\s*)?(?:per|for\s+each|for\s+every|to\s+every)\s*-?\s*"
                        r"(?:[A-Z][\w'’-]*\s+)?(?P<unit>[a-z]+)\b")


def told_per(claim: Claim) -> str:
    """The unit a sum is told per: the claim's unit's ("CAD per share" → "share"), else the words after
    the figure ("a $25-per-share price", "C$57.20 for each Brightlane share"); "" for a total."""
    unit = claim.unit or ""
    if " per " in unit:
        return unit.split(" per ", 1)[1].strip().lower()
    at = claim.figure_at()
    after = _PER_AFTER.match(claim.text[at + len(claim.number_text):]) if at >= 0 else None
    return after.group("unit").lower() if after else ""


def rate_label(label: str, measure: str, claims: Sequence[Claim]) -> str:
    """``label`` (without its place) with the unit its sum is told per ("price" → "price per share"),
    when at least half of the row's figures are told per one unit; "" when they are not, or the label
    says it already."""
    if measure not in SUM_MEASURES or not claims or _SAID.search(label):
        return ""
    per = Counter(u for c in claims if (u := told_per(c)))
    if not per:
        return ""
    unit, n = per.most_common(1)[0]
    if 2 * n < len(claims) or not re.fullmatch(r"[a-z][a-z -]*", unit):
        return ""
    return f"{label} per {unit}"
