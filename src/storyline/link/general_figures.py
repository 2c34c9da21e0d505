"""Figures of history or of general knowledge, which news prints to explain its story but which are
not the story's own: a reader leaves them out of the facts table.

Each test reads the grammar around one figure, never the story's words:

- a figure of another era: its sentence sets it in a century, a decade or an age ("in the 14th
  century", "during the 1800s", "over the centuries", "in the Middle Ages") before it or in its
  clause; a building's date ("a chapel, built in the 16th century,") and an era told as an adjective
  ("a 1950s film star", "a medieval town") are no time of the figure;
- a tally over a span of past years: "12 cases and four deaths between 2005 and 2014", "from 1998
  to 2006, 40 ships sank there": a period's record, not an event of the story's;
- a statement of what happens in general, told in the habitual present: a kind or a bare plural
  as its subject with "often", "usually", "typically" ("Patients usually recover within ten
  days", "Those bitten often fall ill after two to five days"), or a count of people given per
  year ("with about 300 climbers rescued every year"): knowledge about a kind of thing, not news.
  A named or definite subject ("The ferry usually carries 200 passengers", "Its batteries
  typically last ten hours") is the story's own thing and stays.
"""

from __future__ import annotations

import re

from storyline.model import Claim

_ORDINAL_WORDS = (r"(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|"
                  r"thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth)")
_PHASE = r"(?:(?:early|late|mid|middle)\s*-?\s*)?"
# an era: a century, a decade or a century in "-s" ("the 1300s", "the 1990s"), an age, "the centuries"
_ERA = (r"(?:the\s+)?" + _PHASE + r"(?:(?:\d{1,2}(?:st|nd|rd|th)|" + _ORDINAL_WORDS + r")\s+century|"
        r"(?:1\d|[1-9])\d0s|(?:middle|dark|bronze|iron|stone)\s+ages?|antiquity|ancient\s+times|medieval\s+times|"
        r"(?:past\s+|last\s+)?(?:several\s+|many\s+)?centuries)\b")
# the era as the time of something: after a preposition ("in the 14th century", "over the centuries")
_IN_ERA = re.compile(r"\b(?:in|during|by|since|throughout|through|over|across|from|until|till|before|of)\s+" + _ERA,
                     re.IGNORECASE)
# ... unless it dates a thing the sentence names: "a chapel built in the 16th century", "ruins dating from the 1200s"
_DATES_A_THING = re.compile(r"\b(?:built|founded|established|erected|constructed|dating|dated|dates|made|written|"
                            r"painted|opened|designed|begun|started|raised|restored)\s+(?:back\s+)?$", re.IGNORECASE)
# the figure's clause ends here: a stop, a semicolon, a dash or a relative word opening another clause
_CLAUSE_END = re.compile(r"[;:()\u2014\u2013]|\s-\s|,\s*(?:which|who|where|when|while|and|but)\b|"
                         r"\b(?:which|who|whom|whose|where|when|while|after|before|until)\b", re.IGNORECASE)
_YEAR = r"(?:1[89]\d{2}|20\d{2})"
# a span of years: "between 2005 and 2014", "from 1998 to 2006", "2005-2014"
_SPAN = re.compile(r"\b(?:between\s+(?P<a>" + _YEAR + r")\s+and\s+(?P<b>" + _YEAR + r")|from\s+(?P<c>" + _YEAR +
                   r")\s+(?:to|until|through|till)\s+(?P<d>" + _YEAR + r")|(?P<e>" + _YEAR + r")\s*[-\u2013]\s*(?P<f>" +
                   _YEAR + r"))\b", re.IGNORECASE)

# how often something happens in general
_HABIT = r"(?:often|usually|typically|generally|normally|commonly|rarely|seldom|tend\s+to|tends\s+to)"
# the opening of a sentence: a conjunction may come first ("But", "And yet,")
_OPENS = r"^\s*(?:(?:[Bb]ut|[Aa]nd|[Yy]et|[Hh]owever|[Ss]till|[Ss]o)\s*,?\s+)?"
# a determiner or a possessive: the noun after it is a thing of the story, not a kind
_DETERMINER = (r"(?:[Tt]he|[Aa]n?|[Tt]his|[Tt]hat|[Tt]hese|[Tt]hose|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir|[Oo]ur|[Yy]our|[Mm]y|"
               r"[Ss]ome|[Aa]ll|[Bb]oth|[Ee]ach|[Ee]very|[Nn]o)\b")
# a bare plural: a lower-case plural noun, after at most one lower-case modifier ("isolated cases", "survival rates")
_BARE_PLURAL = r"(?!" + _DETERMINER + r")[A-Za-z][a-z-]*(?:\s+[a-z][a-z-]*)?(?<!ss)(?<![ui]s)s"
# a kind as a subject: a bare plural or "those"/"people"/"most" opening the sentence, then a habit word, next to it
# or after a short modifier ("cases in the north often", "those infected with it usually")
_KIND_OPENING = re.compile(_OPENS + r"(?:(?:[Tt]hose|[Pp]eople|[Pp]atients|[Mm]ost|[Mm]any|[Aa]nyone)\b[^,;:\d]{0,60}?|"
                           + _BARE_PLURAL + r"(?:\s+(?:also|still))?\s+|" + _BARE_PLURAL +
                           r"\s+(?:with|in|of|from|who|that|featuring|using|infected|affected)\b[^,;:\d]{0,50}?)"
                           r"\b(?i:" + _HABIT + r")\b")
# a kind in the present under a condition: "recovery rates are high if", "symptoms can fade when"
_KIND_PRESENT = re.compile(_OPENS + _BARE_PLURAL + r"\s+(?:are|do|can|may)\s+(?:[a-z]+\s+){0,3}?(?:if|when|unless|once)\b")
# a count given per year, in the present or as a participle: "300 climbers are rescued every year", "with a
# dozen people diagnosed annually"
_PER_YEAR = re.compile(r"^[^.;]{0,60}?\b(?:annually|each\s+year|every\s+year|a\s+year|per\s+year)\b", re.IGNORECASE)
_PAST = re.compile(r"\b(?:was|were|had|did|last|ago|yesterday)\b", re.IGNORECASE)
_COUNTS = frozenset({"count", "killed", "injured", "missing", "detained", "deployed"})


def another_era(claim: Claim) -> bool:
    """Whether the figure's sentence sets it in another era: a century, a decade in "-s", an age or
    "the centuries", told as a time before the figure ("In the 12th century, a fire destroyed 400
    houses") or in its clause after it ("killing 2,000 people in the 1800s"). An era that dates a
    thing ("the chapel, built in the 16th century, lost 20 windows") or ends another clause ("40
    flights were cancelled, which had not happened since the 1990s") stays."""
    at = claim.figure_at()
    if at < 0:
        return False
    end = at + len(claim.number_text)
    for m in _IN_ERA.finditer(claim.text):
        if _DATES_A_THING.search(claim.text[:m.start()]):
            continue
        if m.end() <= at or (m.start() >= end and not _CLAUSE_END.search(claim.text, end, m.start())):
            return True
    return False


def past_span(claim: Claim, year: int | None) -> bool:
    """Whether the figure is a tally over a span of years all before the story's ("30 cases between 2005
    and 2014", "from 1998 to 2006, 40 ships sank there"): before the figure or in its clause after it.
    A span that reaches the story's year ("up from 2015 to 2019") stays."""
    at = claim.figure_at()
    if year is None or at < 0:
        return False
    end = at + len(claim.number_text)
    for m in _SPAN.finditer(claim.text):
        years = [int(y) for y in m.groups() if y]
        if max(years) >= year or min(years) == max(years):
            continue
        if m.end() <= at or (m.start() >= end and not _CLAUSE_END.search(claim.text, end, m.start())):
            return True
    return False


def general_statement(claim: Claim) -> bool:
    """Whether the figure's sentence tells what happens in general: a kind as its subject with a habit
    word ("Travellers often wait up to three hours", "Those infected usually recover within ten days"),
    a kind in the present under a condition ("survival rates are high if it is treated within 12
    hours"), or a count of people per year in the present ("about 300 climbers are rescued every
    year"). "The ferry usually carries 200 passengers", "Its batteries typically last ten hours" and
    "200 people were rescued last year" stay."""
    at = claim.figure_at()
    if at < 0:
        return False
    if _KIND_OPENING.match(claim.text) or _KIND_PRESENT.match(claim.text):
        return True
    end = at + len(claim.number_text)
    return claim.measure in _COUNTS and bool(_PER_YEAR.match(claim.text[end:])) \
        and not _PAST.search(claim.text)


def general(claim: Claim, year: int | None) -> bool:
    """Whether a figure is history or general knowledge, not the story's (see the module's notes)."""
    return another_era(claim) or past_span(claim, year) or general_statement(claim)
