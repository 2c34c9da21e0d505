"""Figures inside a phrase that ranks something as the Nth of its kind over a span.

News sets an event or a feat against its history with an ordinal and a span: "the attack was the third on a
merchant ship in six weeks", "his second 200-yard game of the season", "her second one-year contract extension
in less than a year", "the fourth such fire this summer". Two outlets often print the same such phrase (the
same wire paragraph retold, or a statistic of the season), so its figures reach two sources and are shown,
yet they count the earlier events or measure the window (six weeks, a year), not the story: a reader leaves
them out.

``ranked_span(claim)`` holds when the figure stands between an ordinal ("second", "third", "10th"; "first" is
left out, as it often opens the event's own account: "the first 48 hours") and the span word that closes the
same phrase (season, year, history, row, career, weeks, months, days, decades), with no clause mark between
them. Figures after the phrase ("..., and came one week after he managed 10 yards") and the ordinal itself (a
rank, ``extract/ordinals.py``) are left alone, as is a phrase whose noun is not a span ("the third 90-day
extension of the licence"). Reads only the sentence's grammar words, never a story's nouns.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from storyline.extract.ordinals import RANK
from storyline.model import Claim

_ORDINAL = (r"(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth"
            r"|\d+(?:nd|rd|th)|\d*[2-9]1st)")
_SPAN = r"(?:seasons?|years?|history|row|careers?|weeks?|months?|days?|decades?|summer|winter|spring|autumn)"
_WORD = r"(?!(?:and|but|or|then|while|when|after|before|as|to|that|which|who)\b)[\w'’$%-]+"
# an ordinal not of a figure ("the second of three days"), a few words of what it ranks, "in/of/this/since",
# a few words more, then the span's noun; no clause mark, no conjunction between them
_RANKED = re.compile(r"(?<![-\w])" + _ORDINAL + r"\b(?!\s+of\b)(?:\s+" + _WORD + r"){0,6}?"
                     r"\s+(?:in|of|this|since|within|over)(?:\s+" + _WORD + r"){0,4}?\s+" + _SPAN + r"\b",
                     re.IGNORECASE)


def ranked_span(claim: Claim) -> bool:
    """Whether the figure stands inside a phrase ranking something as the Nth of its kind over a span
    ("the third attack in six weeks", "his second 200-yard game of the season")."""
    if claim.measure == RANK:
        return False
    at = claim.figure_at()
    if at < 0:
        return False
    end = at + len(claim.number_text)
    return any(m.start() < at and end <= m.end() and not _ordinal_is_figure(m.group(0), claim)
               for m in _RANKED.finditer(claim.text))


def only_ranked(claims: tuple[str, ...], by_id: Mapping[str, Claim]) -> bool:
    """Whether every report of a row stands inside such a ranking phrase: no outlet tells the figure plainly."""
    return bool(claims) and all(c in by_id and ranked_span(by_id[c]) for c in claims)


def _ordinal_is_figure(phrase: str, claim: Claim) -> bool:
    """Whether the phrase's ordinal is the figure's own word ("a second day"): then it ranks nothing."""
    return phrase.split()[0].lower() == claim.number_text.split()[0].lower()
