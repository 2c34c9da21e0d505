"""A bare count that sets or extends a record told of the noun the record is for: "extended his record for
comebacks to seven", "set a club record for receptions by a rookie with 43".

A record names what it counts once, in "record for <noun>", and gives the figure later, after "to" or "with"
("raised the league record for saves in a season to 41", "broke the record for most wins with 12"); the claim
reader looks for the noun beside the figure, finds none, and the count's row counts nothing named, so the
table's gate leaves it out (``reconcile._tabulated``). ``record_noun`` reads that shape: a "record for" (or
"record of") a plural noun (after "the most" or a modifier or two), then, maybe, a phrase of a preposition and
no figure (whose record, in what: "by a tight end", "in a season"), then "to", "with" or "at" just before the
figure. The noun is the head of that phrase with its modifiers ("fourth-quarter comebacks"). ``gapped_counts``
takes it, as it takes a noun left out after a coordination, only when reports of two sources or more name it.

It reads the grammar of a record's sentence, never a story's words.
"""

from __future__ import annotations

import re

from storyline.model import Claim

_RECORD = re.compile(
    r"\brecords?\s+(?:for|of)\s+(?:the\s+)?(?:most\s+)?"
    r"(?!(?:this|that|these|those|his|her|its|their|our|an?)\b)"  # a noun phrase, not "this season"
    r"(?P<phrase>(?:[a-z]*[a-rt-z]\s*-\s*|[a-z]*[a-rt-z]\s+){0,2}[a-z]+s)\b"  # "fourth - quarter comebacks"
    r"(?P<rest>(?:\s+(?:by|in|for|of|on|during|over|since|among|as)\b[^.;:!?\d]{0,60}?)?)"  # "by a tight end"
    r"\s+(?:to|with|at)\s+"  # then "to"/"with"/"at" the figure
    r"(?:(?:about|nearly|almost|just|some|more\s+than|over)\s+)?$", re.IGNORECASE)
_WORD = re.compile(r"[a-z]+", re.IGNORECASE)
REST_WORDS = 8  # words at most between the record's noun and its figure ("by a tight end")
_NOT_NOUNS = frozenset({"its", "his", "this", "was", "has", "is", "as", "us", "years", "times"})


def record_noun(claim: Claim) -> str | None:
    """The noun a bare count's record is for, from "record for <noun> ... to|with <figure>"; None else."""
    if claim.measure != "count" or claim.counted:
        return None
    at = claim.figure_at()
    if at < 0:
        return None
    m = _RECORD.search(claim.text[:at])
    if m is None or len(_WORD.findall(m.group("rest"))) > REST_WORDS:
        return None
    phrase = re.sub(r"\s*-\s*", "-", m.group("phrase").strip()).lower()
    head = phrase.split()[-1].split("-")[-1]
    return None if head in _NOT_NOUNS else phrase
