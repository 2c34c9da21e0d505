"""A count of people told in a patient's condition: a count of the hurt, as another outlet tells it.

"Two runners were in critical condition", "four people listed in critical condition", "six remain in a serious
condition": a hospital's condition report counts people hurt, badly. One outlet writes "two were seriously
injured" or "four of the injured remain in critical condition" and the claim reader reads a count of the
injured; another writes the bare condition and the reader reads a plain count of people. The facts code keys
the two apart (a count is not a toll), so the table shows the badly hurt twice: once as "people seriously
injured", once as "runners counted" or "people counted", one source each.

This module reads such a count as what it is, a part of the injured, before the facts code keys it: a
count of the injured, marked as a part of those just named (the reader's "(of whom)", as in "four of the
injured remain in critical condition"), so that the severity words key it with the other outlets' badly hurt
(``reconcile._key``, ``reconcile._severity``) and apart from the toll. A count of injured told the same way
("two in critical condition") is marked alike, so both tellings meet. It takes only a count of persons (not
things: "two degrees"), whose figure is followed, within its clause and before any other figure, by a
condition a hospital gives ("in critical condition", "in a serious condition", "in stable condition"): "34
people were hurt and eight remain in serious condition" leaves the 34 alone. It reads the grammar of a
condition report, never a story's words.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Sequence

from storyline.extract import claim_words as W
from storyline.model import Article, Claim

# the condition after the figure, within its clause: "were in critical condition", "remain in a serious condition",
# "listed in critical condition", "still in a critical condition"
_CONDITION = re.compile(r"^([^.;:,(]{0,40}?)\bin\s+(?:a\s+)?(?:critical|serious|grave|stable|fair|life-threatening)"
                        r"\s+condition\b", re.IGNORECASE)
# another figure between: the condition is of that figure's people ("34 hurt and eight remain in serious condition")
_FIGURE = re.compile(r"\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens?|several|some|"
                     r"most|many|half|all|none|both)\b", re.IGNORECASE)


_READ = frozenset({"count", "injured"})
_OF_WHOM = "(of whom)"  # the mark of a part of those just named (reconcile._key keys it apart from the whole)


def in_condition(claim: Claim) -> bool:
    """Whether a count of persons, or of injured, is told as their condition in hospital ("six remain in a
    critical condition", "two in critical condition")."""
    if claim.measure not in _READ or claim.role == "objects" or (claim.unit or "people") not in W.PEOPLE_UNITS:
        return False
    at = claim.figure_at()
    told = _CONDITION.search(claim.text[at + len(claim.number_text):]) if at >= 0 else None
    return told is not None and not _FIGURE.search(told.group(1))


def as_injured(articles: Sequence[Article]) -> list[Article]:
    """The articles with each count of persons told in a patient's condition read as a part of the injured."""
    out = []
    for article in articles:
        claims = tuple(_injured(c) if in_condition(c) else c for c in article.claims)
        same = all(a is b for a, b in zip(claims, article.claims, strict=True))
        out.append(article if same else dataclasses.replace(article, claims=claims))
    return out


def _injured(claim: Claim) -> Claim:
    """The claim as a count of those of the injured in that condition."""
    subject = claim.subject or "the injured"
    return dataclasses.replace(claim, measure="injured",
                               subject=subject if subject.endswith(_OF_WHOM) else f"{subject} {_OF_WHOM}")
