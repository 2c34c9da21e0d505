"""A bare count told of the noun the figure before it in its sentence counts: "45,000 people by one estimate, and
180,000 by another".

English leaves out a noun it has just said: "police put the crowd at 45,000 people and organisers at 180,000",
"Kerr scored 21 points and Diaz added 17", "1,200 families were moved to tents, 300 to a school". The claim
reader finds no noun for the second figure, so its row counts nothing named and the table's gate leaves it out
however many sources print it (``reconcile._tabulated``: a bare number counts nothing a reader can tell). This
module gives such a row the noun its reports leave out when

- the row is a count with no noun, told by two sources or more, and its reports print one figure (a row of
  several figures and no noun gathers unrelated remainders: "one of them", "several more");
- a report's sentence has, before its figure, another count of a named noun, with no other figure between
  them and a coordination between them ("and", "while", "but", a comma): the gapped noun;
- reports of two sources or more name one noun that way, and no other noun is named by as many.

It reads the grammar of ellipsis (a noun said once, counted twice), never a story's words.
"""

from __future__ import annotations

import dataclasses
import re
from collections import Counter
from collections.abc import Callable, Mapping, Sequence

from storyline.extract import claim_words as W
from storyline.link.agreed_rows import source_of
from storyline.model import Article, Claim, Fact

GAP_WORDS = 14  # words at most between the named count and the bare one
_LINK = re.compile(r"\b(?:and|while|but|whereas)\b|[,;]", re.IGNORECASE)
_DIGIT = re.compile(r"\d")
_WORD = re.compile(r"[^\W\d_]+")


def gapped_noun(claim: Claim, mates: Sequence[Claim]) -> str | None:
    """The noun a bare count leaves out: that of the count of a named noun just before it in its sentence
    (``mates``: the claims of its sentence), linked to it by a coordination with no figure between."""
    if claim.measure != "count" or claim.counted:
        return None
    at = claim.figure_at()
    if at < 0:
        return None
    before = [(m.figure_at(), m) for m in mates if m.id != claim.id and m.text == claim.text
              and 0 <= m.figure_at() < at]
    if not before:
        return None
    where, named = max(before, key=lambda p: p[0])
    if named.measure != "count" or not named.counted:
        return None
    between = claim.text[where + len(named.number_text):at]
    if _DIGIT.search(between) or not _LINK.search(between) or len(_WORD.findall(between)) > GAP_WORDS:
        return None
    return named.counted


def bare_row_noun(fact: Fact, claims: Mapping[str, Claim], *, mates: Mapping[tuple[str, int], Sequence[Claim]],
                  copies: Mapping[str, str]) -> str | None:
    """The noun a bare count row counts, when reports of two sources or more leave the same noun out (see the
    module's docstring); ``mates`` holds each sentence's claims by (article, start)."""
    if fact.measure != "count" or fact.counted or fact.sources < 2 or \
            len({c.value for i in fact.claims if (c := claims.get(i)) is not None}) != 1:
        return None
    told: dict[str, set[str]] = {}
    nouns: dict[str, str] = {}
    for cid in fact.claims:
        claim = claims.get(cid)
        noun = gapped_noun(claim, mates.get((claim.article, claim.start), ())) if claim else None
        if claim and noun:
            head = W.singular(noun.split()[-1].lower())
            told.setdefault(head, set()).add(source_of(claim, copies))
            nouns.setdefault(head, noun)
    ranked = Counter({head: len(sources) for head, sources in told.items()}).most_common(2)
    if not ranked or ranked[0][1] < 2 or (len(ranked) > 1 and ranked[1][1] == ranked[0][1]):
        return None
    return nouns[ranked[0][0]]


def name_bare_rows(facts: Sequence[Fact], claims: Mapping[str, Claim], *, articles: Sequence[Article],
                   copies: Mapping[str, str], rebuild: Callable[[list[str], str], Fact]) -> list[Fact]:
    """The rows, each bare count row whose reports leave one noun out made to count it, under the label of the
    row ``rebuild`` makes of its claim ids and that noun."""
    mates: dict[tuple[str, int], list[Claim]] = {}
    for article in articles:
        for claim in article.claims:
            mates.setdefault((article.id, claim.start), []).append(claim)
    out = []
    for fact in facts:
        noun = bare_row_noun(fact, claims, mates=mates, copies=copies)
        # the row as it was, counting the noun, under the label a row of that noun gets
        out.append(fact if noun is None else dataclasses.replace(
            fact, counted=noun, label=rebuild(list(fact.claims), noun).label))
    return out
