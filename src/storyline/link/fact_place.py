"""Whether a fact has a place at all: a figure of something that happened at a place (a toll,
damage, arrests, a crowd) has one; a standing someone holds (a team's or a fighter's win-loss
record) has none.

Grouping (``reconcile``) gives every fact a place: its sentence's, or by default the article's
main place; ``fact_labels`` moves it to the story's place. A reader sets a figure at a place only
when the figure is of an event there: "Okafor (31-4)" is not a record *in* the town of the fight.
A fact loses its place when

- its measure is not one of an event's (tolls, injuries, arrests, damage, a quake's measures,
  charges and sentences keep theirs; so do ages, which readers set at the event's place as often
  as nowhere),
- no sentence of its figures names its place as a place ("a crowd of 5,000 in Leeds"; not "the
  Leeds Rhinos", "gave Leeds the lead"), and
- most of its figures are standings: a win-loss record in brackets after a name ("Ruiz (14-2)"),
  before "record" ("a 43-39 record") or after a copula or a move ("are 7-7", "fell to 5-10").

Measured and not kept (round 8): figures after a verb of having or a possessive ("the phone has
64GB", "her 12th title") and figures modifying a person ("an 11-year veteran") help the sport and
product stories studied but set fewer places right on held-out stories, whose readers place them.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from storyline.extract import claim_words as W
from storyline.extract import screen_figures
from storyline.model import Claim, Fact

# measures of something that happens at a place: they keep the place the story or the sentence gives
# (and an age: readers set a victim's or a suspect's age at the event's place as often as nowhere)
KEEP_MEASURES = W.VICTIM_MEASURES | {"detained", "arrested", "damage", "deployed", "magnitude", "depth", "charged",
                                     "sentence", "age"}

# "Ruiz (14-2)": a win-loss record in brackets after a name
_RECORD_OPEN = re.compile(r"\(\s*$")
_RECORD_REST = re.compile(r"^\s*-\s*\d")
_RECORD = re.compile(r"\d+\s*-\s*\d+(?:\s*-\s*\d+)?")
# "a 43-39 record", "the team is 7-7", "she improves to 22-1", "they fell to 5-10": a standing, not a
# game's score ("a 31-24 win", "tied at 2-2")
_RECORD_AFTER = re.compile(r"^\s*(?:overall\s+|career\s+|season\s+)?records?\b", re.IGNORECASE)
_RECORD_BEFORE = re.compile(r"\b(?:is|are|was|were|went|"
                            r"(?:improv|mov|dropp|fall|fell|slipp|climb|rose|rise)\w*\s+to)\s+$", re.IGNORECASE)


def held(claim: Claim) -> bool:
    """Whether a figure is a standing its sentence gives someone: a win-loss record (the module)."""
    at = claim.figure_at()
    if at < 0:
        return False
    before, after = claim.text[:at], claim.text[at + len(claim.number_text):]
    pair = _RECORD.fullmatch(claim.number_text) is not None
    if _RECORD_OPEN.search(before) and (_RECORD_REST.match(after) or pair):
        return True
    return pair and bool(_RECORD_AFTER.match(after) or _RECORD_BEFORE.search(before))


# "Denver Broncos", "Leeds United", "Boston Globe": a place's name opening a longer name (a team, a
# paper, a company) names that, not where the figure is; a weekday or a month after it does not
_OPENS_A_NAME = re.compile(r"\s+(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|"
                          r"March|April|May|June|July|August|September|October|November|December)\b)[A-Z][a-z]")


# "in Leeds", "at the Leeds depot", "across northern Kenya", "Leeds-based": a place the sentence
# sets something at, not a team or a town acting ("Leeds won 2-0", "gave Leeds the lead")
_AT = re.compile(r"\b(?:in|at|on|near|outside|inside|across|throughout|around|from|into|to|toward|towards|of|"
                 r"off|over|along|within)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}$", re.IGNORECASE)


def named_in_sentence(claim: Claim) -> bool:
    """Whether the figure's own sentence names the place it is set at, as a place (not as the
    first word of a team's or a company's name)."""
    if not claim.location:
        return False
    found = re.finditer(r"(?<![\w-])" + re.escape(claim.location) + r"(?![\w-])", claim.text)
    return any(not _OPENS_A_NAME.match(claim.text, m.end()) and (m.start() == 0 or _AT.search(claim.text, 0, m.start()))
               for m in found)


def placeless(fact: Fact, claims: Sequence[Claim]) -> bool:
    """Whether a fact is a measure of someone or something rather than of an event at a place
    (the module's docstring): it then has no place."""
    if fact.measure in KEEP_MEASURES or fact.scope or not claims:
        return False
    if any(named_in_sentence(c) for c in claims):
        return False
    # a picture's resolution, a frame rate: a measure of a device or a service, set nowhere (extract/screen_figures)
    return fact.measure in screen_figures.MEASURES or sum(held(c) for c in claims) * 2 >= len(claims)
