"""A count of people told in a patient's condition: a count of the hurt, as another outlet tells it.

"Two runners were in critical condition", "four people listed in critical condition", "six remain in a serious
condition": a hospital's condition report counts people hurt, badly. One outlet writes "two were seriously
injured" or "four of the injured remain in critical condition" and the claim reader reads a count of the
injured; another writes the bare condition and the reader reads a plain count of people. The facts code keys
the two apart (a count is not a toll), so the table shows the badly hurt twice: once as "people seriously
injured", once as "runners counted" or "people counted", one source each.

This module reads such a count as what it is, a count of injured people, before the facts code keys it: the
severity words by the figure then key it with the other outlets' badly hurt (``reconcile._severity``), apart from
the toll, whether they wrote "four of the injured remain in critical condition" or "four people listed in critical
condition" (``reconcile._key`` keys the badly and the lightly hurt by their severity, not by the words "of whom").
A bare figure ("and six were still in a critical condition") counts people. It takes only a count of persons (not
things: "two boilers in poor condition"), whose figure is followed, within its clause and before any other figure,
by a grave condition a hospital gives ("in critical condition", "in a serious condition", "in intensive care",
"three of them to intensive care", "in the paediatric intensive care unit"; not "in stable condition", which would
key with the whole toll, its severity untold; ``reconcile._severity`` reads such a count as badly hurt however far
its condition is told from the figure): "34 people were hurt and eight remain in
serious condition" leaves the 34 alone. It reads the grammar of a condition report, never a story's words.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Sequence

from storyline.extract import claim_words as W
from storyline.link.reread import reread
from storyline.model import Article, Claim

_CONDITION = W.HOSPITAL_CONDITION  # "were in critical condition", "still in a critical condition"
# another figure between: the condition is of that figure's people ("34 hurt and eight remain in serious condition")
_FIGURE = re.compile(r"\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens?|several|some|"
                     r"most|many|half|all|none|both)\b", re.IGNORECASE)


def in_condition(claim: Claim) -> bool:
    """Whether a count of persons, or of injured, is told as their condition in hospital ("six remain in a
    critical condition", "two in critical condition")."""
    bare = claim.counted is None and claim.unit is None  # "six remain in a critical condition": its people
    if claim.measure != "count" or (claim.role == "objects" and not bare) \
            or (claim.unit or "people") not in W.PEOPLE_UNITS:
        return False
    return condition_told(claim)


def condition_told(claim: Claim) -> bool:
    """Whether the words after a figure, before any other figure, give a grave condition a hospital gives ("remain in
    the paediatric intensive care unit", "were in critical condition")."""
    at = claim.figure_at()
    told = _CONDITION.search(claim.text[at + len(claim.number_text):]) if at >= 0 else None
    return told is not None and not _FIGURE.search(told.group(1))


def as_injured(articles: Sequence[Article]) -> list[Article]:
    """The articles with each count of persons told in a patient's condition read as a part of the injured."""
    return reread(articles, lambda c, _: _injured(c) if in_condition(c) else c)


def _injured(claim: Claim) -> Claim:
    """The claim as a count of those of the injured in that condition."""
    if claim.counted is None and claim.unit is None:  # a bare figure: people, hurt
        return dataclasses.replace(claim, measure="injured", counted="people", unit="people", role="victims")
    return dataclasses.replace(claim, measure="injured")
