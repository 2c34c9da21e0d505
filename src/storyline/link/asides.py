"""Figures several outlets repeat that a careful reader still leaves out of the facts table: asides.

Wire copy and outlets that follow it repeat the same asides, so an aside's figure often comes with two or
three sources behind it and passes every test of agreement. Each test below reads the grammar around one
figure, never a story's words:

- ``speaker_sketch``: the figure stands in the noun phrase that says who a quoted person is ("..., said
  Lena Ortiz, 42, a baker travelling with her three sons", "Tom Reyes, a former nurse who now runs a team of
  12 volunteers, said ..."): it describes the speaker, not the event (as the speaker's age does, which
  ``reconcile`` already leaves out). A relative clause of what the speaker did ("said Reyes, who scored 13
  points") is not a sketch of who they are, and a figure after the sketch has closed ("said Ina, a nurse,
  adding that she had treated 20") is the speaker's report, kept.
- ``rate_period``: the stretch of time over which a rate is spread ("a 6 percent raise over three years",
  "prices rose 12% across two years"): it belongs to the rate, and the claim reader takes its "over" for
  "more than"; the length of the event itself is told with "for", "after" or "lasted".
- ``InheritedTimes``: a sentence that goes on with "It" or "They" doing harm ("killed", "left", "destroyed")
  from the sentence just before, set in another time ("The last big quake struck in 2005. It killed 612
  people ..."), tells that other time's event: the pronoun carries the earlier sentence's frame, and its
  figures are that event's toll, not the story's. A pronoun doing anything else ("It also won grants")
  may stand for a company or a person the story is about, and is left alone.
"""

from __future__ import annotations

import re

from storyline.model import Article, Claim

# a cue of speech, then the speaker's name (one to four capitalised words), an optional age, and a noun
# phrase opened by an indefinite article: "said Lena Ortiz, 42, a baker"
_CUE = r"(?:said|says|told|added|recalled|explained|according to)"
_NAME = r"(?:[A-Z][\w'’.-]*\s+){0,3}[A-Z][\w'’-]*"
_SKETCH_AFTER = re.compile(_CUE + r"\s+" + _NAME + r"\s*,\s*(?:\d{1,3}\s*,\s*)?an?\s")
# the speaker named first, sketched, then the cue: "Tom Reyes, a former nurse who ..., said"
_SKETCH_BEFORE = re.compile(r"(?:^|[.;:]\s+)" + _NAME + r"\s*,\s*(?:\d{1,3}\s*,\s*)?an?\s[^\"“”]*?,\s*" + _CUE + r"\b")
# where a sketch ends: a comma, a stop, a dash or a quotation mark
_SKETCH_END = re.compile(r"[,.;:\"“”—–]|\s-\s")


def speaker_sketch(claim: Claim) -> bool:
    """The figure stands inside the noun phrase that sketches who a quoted person is."""
    at = claim.figure_at()
    if at < 0 or claim.measure == "age":  # the speaker's age is reconcile's own test
        return False
    text = claim.text
    for match in _SKETCH_AFTER.finditer(text):
        end = _SKETCH_END.search(text, match.end())
        if match.end() <= at and (end is None or at < end.start()):
            return True
    for match in _SKETCH_BEFORE.finditer(text):
        if match.start() <= at < match.end() and not re.search(_CUE + r"\b", text[match.start():at]):
            return True
    return False


# a rate before the figure in its clause: "a 6 percent raise", "12%", "7.5 pct"
_RATE = re.compile(r"(?:%|\b(?:percent|per cent|pct)\b)[^,;.]*$", re.IGNORECASE)
_OVER = re.compile(r"^(?:over|across)\b", re.IGNORECASE)
_OVER_BEFORE = re.compile(r"\b(?:over|across)\s+(?:the\s+(?:next|coming|following)\s+)?$", re.IGNORECASE)


def rate_period(claim: Claim) -> bool:
    """A duration that spreads a percentage over time ("a 6 percent raise over three years")."""
    around = claim.around_figure() if claim.measure == "duration" else None
    if around is None:
        return False
    before = around[0]
    opened = bool(_OVER.match(claim.number_text)) or bool(_OVER_BEFORE.search(before))
    return opened and bool(_RATE.search(before))


# a sentence that goes on with a pronoun subject doing harm: "It killed ...", "They left 300 homeless": the
# pronoun stands for an event ("It also won grants" goes on about a company, and tells the story's own figures)
_GOES_ON = re.compile(r"^\s*(?:It|They)\s+(?:also\s+|later\s+|then\s+)?(?:killed|injured|wounded|left|destroyed|"
                      r"damaged|displaced|flattened|level+ed|razed|claimed|forced|affected|cost|toppled|collapsed)\b")


class InheritedTimes:
    """Sentences that continue, by a pronoun subject, a sentence whose figures are another time's.

    ``reconcile`` tells it, article by article in reading order, which sentences it set in another time
    (``set_apart``) and asks whether a claim's sentence goes on from one of them (``inherits``)."""

    def __init__(self) -> None:
        self._apart: dict[str, set[int]] = {}  # article id -> the ends of its sentences set in another time

    def set_apart(self, claim: Claim) -> None:
        self._apart.setdefault(claim.article, set()).add(claim.end)

    def inherits(self, claim: Claim, article: Article) -> bool:
        if not _GOES_ON.match(claim.text):
            return False
        ends = self._apart.get(claim.article, set())
        return any(end <= claim.start and not article.text[end:claim.start].strip() for end in ends)
