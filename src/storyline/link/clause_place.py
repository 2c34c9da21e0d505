"""A figure's place from its own clause, before the article's default.

A reader sets a figure at the place its sentence names; when the parser finds no place there,
extraction falls back to the article's main place ("Greece", "Athens"). A town the parser
missed but the figure's own clause names as a place ("In Leeds, 5,000 marched", "clashes broke
out in Leeds, where 5,000 marched", "5,000 marched in Leeds") is where the figure is, not the
article's main place: otherwise crowds at two cities share one row and its place.

A claim takes the place its clause names when

- its location is a default: the article names it (its main place), its sentence does not name it
  as a place (``named_in_sentence``),
- it is no standing ("a 9-4 record in Lyon": someone's, set nowhere, ``fact_place.held``),
- a name after a preposition of place in its sentence is one the gazetteer knows (no month or
  weekday: "in March" is a time; no capitals but a country's: "NFL", "RAM"), and is neither a
  person ("fired at Riva, who fell") nor a speaker's town ("our reporter in Lyon says 40 ..."),
- that name sets the figure's own clause (``two_places.named_place``: no break of the clause
  between, a fronted "In X," or a "where" clause of the place; no figure of the setting).

The nearest such name to the figure wins. A claim whose sentence names its location, or names
no place the gazetteer knows, keeps it."""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Sequence

from storyline.extract import claim_words as W
from storyline.link.fact_place import held, named_in_sentence
from storyline.link.gazetteer import candidates
from storyline.link.reread import reread
from storyline.link.two_places import PLACE_PREPOSITIONS, named_place
from storyline.model import Article, Claim

# a capitalised name of one to three words right after a preposition of place, or after "the city of"
# ("in the northern city of Leeds"); not after a bare "of" ("the Gulf of Aden", "a resident of Leeds")
_NAME = re.compile(rf"\b(?i:{PLACE_PREPOSITIONS})\s+(?:the\s+)?"
                   r"(?:(?:[a-z]+\s+){0,2}(?:city|town|village|port|province|region|district|island|county)\s+of\s+)?"
                   r"(?P<name>[A-Z][\w’'.-]*[\w](?:\s+[A-Z][\w’'.-]*[\w]){0,2})(?P<own>['’]s\b)?")
# "fired at Riva, who was struck": a person the gazetteer holds a namesake town of
_PERSON_AFTER = re.compile(r",?\s+who\b")
# "a reporter in Leeds says 5,000 ...": where a speaker is, not where the figure is
_SAYING = re.compile(r"\b(?:say|says|said|saying|tell|tells|told|report|reports|reported|added|adds)\b", re.IGNORECASE)
# names of times, not places, though a gazetteer holds towns so called ("in March", "in May")
_TIMES = W.MONTH_NAMES | W.WEEKDAY_NAMES


def clause_place(claim: Claim) -> str | None:
    """The place the figure's own clause names when its location is the article's default
    (the module); None when it keeps its location."""
    if not claim.location or named_in_sentence(claim) or held(claim):
        return None  # a standing ("a 9-4 record in Lyon") is someone's, set nowhere (``fact_place``)
    at = claim.figure_at()
    if at < 0:
        return None
    found: list[tuple[int, str]] = []
    for m in _NAME.finditer(claim.text):
        name = m.group("name")
        if m.group("own") or name.lower() in _TIMES or name == claim.location or not _known(name):
            continue
        between = claim.text[m.end():at] if m.end() <= at else claim.text[at:m.start()]
        if _PERSON_AFTER.match(claim.text, m.end()) or (m.end() <= at and _SAYING.search(between)):
            continue
        if named_place(dataclasses.replace(claim, location=name)) == name:
            found.append((abs(m.start("name") - at), name))
    return min(found)[1] if found else None


def _known(name: str) -> bool:
    """Whether the gazetteer holds the name as a place; capitals ("NFL", "RAM") only as a
    country ("US", "UK"): otherwise an organisation's or a product's letters."""
    found = candidates(name)
    letters = re.sub(r"[^A-Za-z]", "", name)
    return bool(found) and (not letters.isupper() or any(p.is_country for p in found))


def placed(articles: Sequence[Article]) -> list[Article]:
    """The articles with each claim set at the place its own clause names (the module)."""
    return reread(articles, lambda c, article: _placed(c) if _named(c.location, article.text) else c)


def _named(place: str | None, text: str) -> bool:
    """Whether the article names the place: a default is the article's own place, named in it."""
    return bool(place) and re.search(r"(?<![\w-])" + re.escape(place or "") + r"(?![\w-])", text) is not None


def _placed(claim: Claim) -> Claim:
    place = clause_place(claim)
    return dataclasses.replace(claim, location=place) if place else claim

