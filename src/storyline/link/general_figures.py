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
  typically last ten hours") is the story's own thing and stays;
- a speed that names the test of acceleration a time is measured over ("0-60 mph in 4.1 seconds"): a
  convention, not a speed of anything the story tells.
"""

from __future__ import annotations

import re

from storyline.extract import claim_words as W
from storyline.model import Article, Claim

_ORDINALS = ("first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "eleventh",
             "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth", "nineteenth",
             "twentieth", "twenty-first")
_PHASE = r"(?:(?:early|late|mid|middle)\s*-?\s*)?"
# an era: a century, a decade or a century in "-s" ("the 1300s", "the 1990s"), an age, "the centuries"
_ERA = (r"(?:the\s+)?" + _PHASE + r"(?:(?:(?P<number>\d{1,2})(?:st|nd|rd|th)|(?P<word>" + "|".join(_ORDINALS) +
        r"))\s+century|(?P<decade>(?:1\d|[1-9])\d0)s|(?:middle|dark|bronze|iron|stone)\s+ages?|antiquity|"
        r"ancient\s+times|medieval\s+times|(?:past\s+|last\s+)?(?:several\s+|many\s+)?centuries)\b")
# the era as the time of something: after a preposition ("in the 14th century", "over the centuries")
_IN_ERA = re.compile(r"\b(?:in|during|by|since|throughout|through|over|across|from|until|till|before|of)\s+" + _ERA,
                     re.IGNORECASE)
# ... unless it dates a thing the sentence names: "a chapel built in the 16th century", "ruins dating from the 1200s"
_DATES_A_THING = re.compile(r"\b(?:built|founded|established|erected|constructed|dating|dated|dates|made|written|"
                            r"painted|opened|designed|begun|started|raised|restored)\s+(?:back\s+)?$", re.IGNORECASE)
CENTURY = 100
DECADE = 10


def _other_eras(text: str, year: int | None) -> list[re.Match[str]]:
    """The eras a text sets something in, other than the story's: "in the 14th century", "over the
    centuries", "during the 1990s" in a story of 2019; not "in the 21st century" then, nor an era that
    dates a thing ("a chapel built in the 16th century")."""
    eras = []
    for m in _IN_ERA.finditer(text):
        if _DATES_A_THING.search(text[:m.start()]):
            continue
        century = int(m.group("number")) if m.group("number") else \
            _ORDINALS.index(m.group("word").lower()) + 1 if m.group("word") else None
        if century is not None:
            first, last = (century - 1) * CENTURY + 1, century * CENTURY
        elif m.group("decade"):
            first = int(m.group("decade"))
            last = first + (CENTURY if first % CENTURY == 0 else DECADE) - 1
        else:
            first = last = -1  # an age, "the centuries": never the story's
        if year is None or not first <= year <= last:
            eras.append(m)
    return eras


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
                           r"(?P<kind>" + _BARE_PLURAL + r")(?:(?:\s+(?:also|still))?\s+|\s+(?:with|in|at|on|near|of|"
                           r"from|who|that|featuring|using|infected|affected)\b[^,;:\d]{0,50}?))\b(?i:" + _HABIT +
                           r")\b")
# a kind in the present under a condition: "recovery rates are high if", "symptoms can fade when"
_KIND_PRESENT = re.compile(_OPENS + r"(?P<kind>" + _BARE_PLURAL + r")\s+(?:are|do|can|may)\s+(?:[a-z]+\s+){0,3}?"
                           r"(?:if|when|unless|once)\b")
# a count given per year, in the present or as a participle: "300 climbers are rescued every year", "with a
# dozen people diagnosed annually"
_PER_YEAR = re.compile(r"^[^.;]{0,60}?\b(?:annually|each\s+year|every\s+year|"
                       r"in\s+an?\s+(?:typical|normal|average|usual|ordinary)\s+year)\b", re.IGNORECASE)
# ... or "a year" beside a habit word: "Ireland typically records between 10 and 20 cases a year"
_HABIT_WORD = re.compile(r"\b(?:typically|usually|normally|generally|routinely|on\s+average)\b", re.IGNORECASE)
# ... and a toll "a year" or "per year": "crashes kill some 2,000 people a year" (not "a year ago", "a year after");
# a thing done so many times a year ("charged up to 300 times a year") may be the story's own
_TOLL_PER_YEAR = re.compile(r"^[^.;]{0,60}?\b(?:per\s+year|a\s+year(?!\s+(?:ago|after|before|earlier|later|on|since|"
                            r"from)\b))\b", re.IGNORECASE)
_TOLLS = frozenset({"killed", "injured"})
_PAST = re.compile(r"\b(?:was|were|had|did|last|ago|yesterday)\b", re.IGNORECASE)
_COUNTS = frozenset({"count", "killed", "injured", "missing", "abducted", "detained", "deployed"})
# a norm of a kind: "the typical lifespan of laptop batteries is", "the average age of first-time buyers is"
_NORM_OF_A_KIND = re.compile(_OPENS + r"(?:[Tt]he|[Aa]n?)\s+(?:typical|usual|normal|average)\s+(?:[a-z-]+\s+){1,2}"
                             r"(?:of|for|among)\s+" + _BARE_PLURAL + r"\s+(?:is|are|was|were|runs?|lasts?)\b")
# ... or the norm told right before the figure: "far below the festival's typical 20 million viewers"
_NORM_BEFORE = re.compile(r"\b(?:typical|usual|normal)\s+$", re.IGNORECASE)


def another_era(claim: Claim, year: int | None) -> bool:
    """Whether the figure's sentence sets it in another era: a century, a decade in "-s", an age or
    "the centuries", told as a time before the figure ("In the 12th century, a fire destroyed 400
    houses") or in its clause after it ("killing 2,000 people in the 1800s"). An era that dates a
    thing ("the chapel, built in the 16th century, lost 20 windows") or ends another clause ("40
    flights were cancelled, which had not happened since the 1990s") stays."""
    at = claim.figure_at()
    if at < 0:
        return False
    end = at + len(claim.number_text)
    for m in _other_eras(claim.text, year):
        if m.end() <= at or (m.start() >= end and not _CLAUSE_END.search(claim.text, end, m.start())):
            return True
    return False


# a time of the story's own: a weekday, a month, "today", "this week", "now"
_MONTH_NAMES = W.MONTH_NAMES - {"may"}  # "may" is a modal as often as a month
_STORY_TIME = re.compile(r"\b(?:" + "|".join(sorted(W.WEEKDAY_NAMES | _MONTH_NAMES)) + r")\b|\b(?:today|tonight|"
                         r"yesterday|tomorrow|now|currently|still|so\s+far|recent(?:ly)?|latest|new|"
                         r"(?:this|last|next)\s+(?:week|month|year|weekend|season|night))\b", re.IGNORECASE)
_SENTENCE_END = re.compile(r"[.!?][\"'’”)]*\s+(?=[\"“]?[A-Z])")


def after_an_era(claim: Claim, article: Article, year: int | None) -> bool:
    """Whether the figure's sentence goes on with the era the sentence before it set ("In the 12th century
    the flood drowned the valley. Some 4,000 people may have died."): it names no time of its own, the
    story's ("on Monday", "this week", "now") or another. A sentence that dates its figure stays."""
    if claim.start <= 0 or _STORY_TIME.search(claim.text) or _IN_ERA.search(claim.text) or \
            re.search(_YEAR, claim.text):
        return False
    before = article.text[max(0, claim.start - 600):claim.start].rstrip()
    ends = list(_SENTENCE_END.finditer(before))
    last = before[ends[-1].end():] if ends else before
    return bool(_other_eras(last, year))


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


def _a_kind(opening: re.Match[str] | None, text: str) -> bool:
    """Whether a sentence's opening names a kind: a capitalised word alone ("Travellers", and not
    "Williams") is a common noun only when the article writes it in lower case too."""
    if opening is None:
        return False
    kind = opening.group("kind")
    if not kind or " " in kind.strip() or kind[:1].islower():
        return True
    return re.search(r"\b" + re.escape(kind.lower()) + r"\b", text) is not None


def general_statement(claim: Claim, *, text: str = "") -> bool:
    """Whether the figure's sentence tells what happens in general: a kind as its subject with a habit
    word ("Travellers often wait up to three hours", "Those infected usually recover within ten days"),
    a kind in the present under a condition ("survival rates are high if it is treated within 12
    hours"), a kind's norm ("The typical lifespan of garden ponds is about 20 years", "well below its
    usual 40,000 visitors"), or a count per year in the present ("about 300 climbers are rescued every year",
    "England records around 500 cases in a typical year", "Ireland typically records between 10 and 20 cases a
    year"). "The ferry usually carries 200 passengers", "Its batteries typically last ten hours" and
    "200 people were rescued last year" stay. ``text`` is the article's: a capitalised word that opens the
    sentence is a kind when the article writes it in lower case too ("Williams often scores 20 points" is
    someone's)."""
    at = claim.figure_at()
    if at < 0:
        return False
    if _a_kind(_KIND_OPENING.match(claim.text), text) or _a_kind(_KIND_PRESENT.match(claim.text), text) or \
            _NORM_OF_A_KIND.match(claim.text) or _NORM_BEFORE.search(claim.text[:at]):
        return True
    end = at + len(claim.number_text)
    yearly = _PER_YEAR.match(claim.text[end:]) or ((claim.measure in _TOLLS or _HABIT_WORD.search(claim.text))
                                                   and _TOLL_PER_YEAR.match(claim.text[end:]))
    return claim.measure in _COUNTS and bool(yearly) and not _PAST.search(claim.text)


# a speed told from a standstill: "0-60 mph", "from zero to 100 km/h", the name of a test of acceleration
_FROM_STANDSTILL = re.compile(r"^(?:0|zero)\s*(?:-|\u2013|to)\s*\d", re.IGNORECASE)


def acceleration_test(claim: Claim) -> bool:
    """Whether a speed names the standard test a time is measured over ("does 0-60 mph in 4.1 seconds",
    "from zero to 100 km/h in six seconds"): a convention every such figure uses, not a speed of the
    story's thing. "A top speed of 150 mph" and "speeds up to 120 mph" stay."""
    return claim.measure == "speed" and bool(_FROM_STANDSTILL.match(claim.number_text.strip()))


def general_knowledge(claim: Claim, article: Article, year: int | None) -> bool:
    """Whether a figure is history or general knowledge, not the story's (see the module's notes); ``year``
    is the story's."""
    return another_era(claim, year) or after_an_era(claim, article, year) or past_span(claim, year) or \
        general_statement(claim, text=article.text) or acceleration_test(claim)
