"""Long durations that are a history, not the story's own span.

``reconcile`` used to leave out every duration longer than a month unless a keep-list (``long_durations``,
``own_times``, several outlets agreeing) showed it to be the story's own. On held-out news that cost more than
it saved: an 18-month investigation, a 90-day extension, the six weeks before an inauguration are what several
outlets report, and the keep-list, written one story at a time, missed them. This module turns the rule round:
a long duration stays out only when its grammar marks it as a history or as a span of something else:

- **time back to an earlier moment**: "thirty years ago", "forty years prior", "six months earlier";
- **a span of decades**: ten years or more ("for more than three decades", "the lowest in 30 years", "a 20-year
  career"): news tells the event's own spans in days, weeks, months or a few years; decades are a history, a
  record's window or a career;
- **the period a sum is spread over**: "$110bn in loans over three years", "NZ$2 billion over four years",
  "loans over three years": the sum is the figure, its period a term of it.

Everything else longer than a month is left to the table's gate (a duration needs two independent sources).

Measured (round 18, tables rebuilt from stored articles by ``benchmarks/rule_ablation.py``): val (read by its
aggregate only) 165 rows -> 170, precision 0.624 unchanged, multi-article recall 0.647 -> 0.672; aeb_dev
multi-article recall 0.711 -> 0.737; invented_dev and invented2 one multi-article fact more each; train precision
0.813 -> 0.808 (four more wrong rows: a career span, an injury's lay-off, a deal's length, a pension rule).
Switching the old rule off altogether gave val more recall (0.689) but less precision (0.618).
"""

from __future__ import annotations

import re

from storyline.model import Claim

DECADE = 10 * 365 * 86400.0  # seconds in ten years: spans this long are a history, a window or a career

_UNITS = r"(?:years?|months?|weeks?|days?|decades?|centur(?:y|ies))"
# "thirty years ago", "forty years prior", "six months earlier", "two decades back"
_BACK = re.compile(r"^\s*-?\s*" + _UNITS + r"\s+(?:ago|prior|earlier|previously|back|before\s+that)\b", re.IGNORECASE)
# a sum just before "over": "$110bn in loans over", "NZ$2 billion more over", "110 billion euros in loans over the"
_SUM_WORDS = (r"dollars|euros|pounds|yen|francs|rupees|pesos|loans?|aid|funding|grants?|investments?|spending|"
              r"savings|cuts|payments?")
_SUM_OVER = re.compile(r"(?:[$€£¥]\s?\d|\d(?:[\d.,]*)\s?(?:bn|m|mn|million|billion|trillion)\b|\b(?:" + _SUM_WORDS +
                       r")\b)[^.;:]{0,40}?\b(?:over|across|spread\s+over)\s+(?:the\s+(?:next|coming|following|past|"
                       r"last)\s+)?$", re.IGNORECASE)


def history(claim: Claim, *, size: float | None) -> bool:
    """Whether a long duration (``size`` in seconds) is a history or a term of something else, by its grammar:
    told back from now or from another moment, decades long, or the period a sum is spread over."""
    if claim.measure != "duration":
        return False
    if size is not None and size >= DECADE:
        return True
    at = claim.figure_at()
    if at < 0:
        return False
    after = claim.text[at + len(claim.number_text):]
    # "over seven years": the claim's words may begin with the "over" that follows the sum
    before = claim.text[:at] + ("over " if claim.number_text.lower().startswith("over ") else "")
    return bool(_BACK.match(after) or _SUM_OVER.search(before))
