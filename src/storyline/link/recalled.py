"""Figures of an earlier event that a story recalls to measure its own, told without a date the story's
own year can be set against.

News measures an event against the ones before it: "the deadliest attack in the city since 2009, when a
suicide bomber killed 35 people", "the worst since a truck bomb killed 63 at a hotel", "a similar attack on
the market killed 31". Those figures are another event's, and a toll row that takes them in reads "14 to
63 killed, consistent". ``reconcile`` already leaves out a figure whose sentence names another year than
the story's, but only when it knows the story's year (articles without a publication date, whose first
lines name none, give it none) and only by the year: a recall told by its grammar alone slipped in.

Each test reads the grammar of the figure's own sentence, never a story's words:

- ``since_then``: the figure stands in the clause a comparative "since" opens after a superlative or a
  first ("the deadliest since 2009, when ...", "the first such raid since gunmen killed 17 ..."): a
  relative "when"/"which"/"where" after the time it names, or the clause's own verb of harm right before
  the figure. A "since" that gives a reason ("Since the bomb killed 14, security has been tightened"), a
  running total of the story's own ("Since Tuesday, 40 people have died") and a day the story tells its
  own events by ("the calmest since Tuesday, when 40 were arrested") are not recalls.
- ``like_before``: a similar, previous, earlier or prior happening ("a similar attack on the market
  killed 31", "the previous quake left 12 dead") stands before a toll, damage or a magnitude in its clause
  (a charge "in a previous case" is the story's own people's as often as not); an earlier
  report or toll of the story's own ("an earlier report said 12 died") is not another event, nor is a
  previous record the story's event beats ("the previous record of 4,051 yards") or an earlier day or
  round of the story itself ("the previous night, 300 people fled").
- ``opening_year``: the sentence opens on a year ("In 2015, twin blasts killed 22", "Back in March 2011,
  ...") or names a happening by its year before the figure ("the 2011 bombing, which killed 48"): news tells
  its own event by the day, so when the story's year is unknown such a sentence recalls another.
  ``reconcile`` applies it only then, as a dating, which outlets of two sources giving the same figure can
  overrule (an obituary's life, a record told by all).
- ``year_when``: the figure stands in a "when" clause hung on a year other than the story's ("last hit by a
  major quake in 1997, when a 6.8 tremor killed 212 people"), or on any year when the story's is unknown.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Hashable, Sequence

from storyline.dates import MONTHS
from storyline.link.assessed import ACTS_ON_PEOPLE
from storyline.model import Article, Claim

# a superlative or a first that a comparative "since" measures against: "the deadliest since", "the first since"
_SUPERLATIVE = re.compile(r"\b(?:\w+iest|worst|best|most|least|first|biggest|largest|highest|lowest|strongest|"
                          r"greatest|longest|fiercest|hottest|coldest|wettest|latest|only)\b", re.IGNORECASE)
_SINCE = re.compile(r"\bsince\b", re.IGNORECASE)
# what the story tells its own events by: a "since" counting from one of these is the story's own span
_OWN_DAY = re.compile(r"^\s*(?:(?:last|early|late)\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|"
                      r"today|yesterday|tonight|this\s+(?:morning|afternoon|evening|week)|last\s+night|"
                      r"the\s+weekend|the\s+(?:morning|afternoon|evening|night))\b", re.IGNORECASE)
_RELATIVE = re.compile(r"\b(?:when|which|where|in\s+which|during\s+which)\b", re.IGNORECASE)
_BREAK = re.compile(r"[;:()\u2014\u2013]|\s-\s")
# a verb of harm or loss that governs the figure right after it: "since a truck bomb killed 63"
_HARM_VERB = re.compile(r"\b(?:killed|killing|left|claimed|wounded|injured|displaced|destroyed|damaged|took|"
                        r"drowned|buried|flattened|leveled|levelled|sank|downed|hit)\s+(?:\w+\s+)?$", re.IGNORECASE)


def since_then(claim: Claim) -> bool:
    """Whether the figure stands in a clause that a comparative "since" opens on an earlier event: "the
    deadliest attack since 2009, when a suicide bomber killed 35 people", "the worst since a truck bomb
    killed 63", "the first such raid since March, in which 12 died"."""
    at = claim.figure_at()
    if at < 0:
        return False
    since = [*_SINCE.finditer(claim.text, 0, at)][-1:]
    if not since or not _SUPERLATIVE.search(claim.text, 0, since[0].start()):
        return False  # a "since" that gives a reason, or a running total: no earlier event measured against
    stretch = claim.text[since[0].end():at]
    if _BREAK.search(stretch) or _OWN_DAY.match(stretch):
        return False
    relative = [*_RELATIVE.finditer(stretch)][-1:]
    if relative:
        return "," not in stretch[relative[0].end():]  # "since 2009, when a bomber killed 35"; not ", when X, 40 died"
    return "," not in stretch and bool(_HARM_VERB.search(stretch))


# a happening like the story's, told as another: "a similar attack", "the previous quake", "an earlier blast"
_LIKE_BEFORE = re.compile(r"\b(?:a|an|the|another)\s+(?:similar|previous|earlier|prior|"
                          r"last\s+(?:major|big|deadly|large|serious|such|similar))\s+(?P<words>(?:\w+\s+)?\w+)",
                          re.IGNORECASE)
# a sentence that opens on such a happening sets the whole sentence in it: "In the last major attack, in 2016, ..."
_OPENING = re.compile(r"\s*(?:in|during|after)\s+$", re.IGNORECASE)
# the story's own earlier telling, not another event: "an earlier report said 12 died"
_TELLING = frozenset({"report", "reports", "toll", "tolls", "count", "figure", "figures", "estimate", "estimates",
                      "statement", "tally", "version", "announcement", "update", "story", "article", "reading",
                      "forecast", "bulletin", "assessment", "warning", "briefing", "interview", "comment",
                      # a mark the story's event beats or meets: "broke the previous record of 4,051 yards"
                      "record", "records", "mark", "best", "high", "low", "peak", "holder",
                      # the story's own days, by which it tells its own events: "the previous night, 300 fled"
                      "day", "days", "night", "nights", "morning", "evening", "afternoon", "week", "weekend",
                      "hours", "hour", "session", "round", "stage", "game", "match", "quarter", "half"})
_CLAUSE_END = re.compile(r"[,;:.!?]|\s-\s|\b(?:but|while|whereas|and\s+(?:now|today|this))\b", re.IGNORECASE)


# the tolls and damage of a happening, which news measures against a similar one before it; a charge or an arrest
# "in a previous case" is told of the story's own people as often as not
_HARM = frozenset({"killed", "injured", "missing", "abducted", "displaced", "evacuated", "damage", "magnitude"})


def like_before(claim: Claim) -> bool:
    """Whether a similar, previous, earlier or prior happening stands before the figure in its clause ("a
    similar attack on the market killed 31", "the previous quake in the region left 12 dead"): another
    event's figure, recalled. An earlier report or toll ("an earlier report said 12 died") is the story's."""
    at = claim.figure_at()
    if at < 0 or claim.measure not in _HARM:
        return False
    for m in _LIKE_BEFORE.finditer(claim.text, 0, at):
        if _TELLING.intersection(m.group("words").lower().split()):
            continue
        if _OPENING.fullmatch(claim.text[:m.start()]) or not _CLAUSE_END.search(claim.text, m.end(), at):
            return True
    return False


_MONTH_NAMES = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?"
# a sentence that opens on a year: "In 2015,", "Back in March 2011,", "In early 2009 ...", "During 2012,"
_OPENING_YEAR = re.compile(r"\s*(?:in|back\s+in|during|since|by)\s+(?:(?:early|late|mid-?)\s*)?(?:" + _MONTH_NAMES +
                           r"\s+(?:\d{1,2},?\s+)?)?(?:1[89]\d{2}|20\d{2})\b", re.IGNORECASE)


# a happening named by its year: "the 2004 tsunami", "the 2011 bombing of the station", "a 1999 quake"
_YEAR_NAMED = re.compile(r"\b(?:the|a|an)\s+(?:1[89]\d{2}|20\d{2})\s+[a-z]", re.IGNORECASE)


def opening_year(claim: Claim) -> bool:
    """Whether the figure's sentence opens on a year before the figure ("In 2015, twin blasts killed 22",
    "Back in March 2011, a quake ...") or names a happening by its year before it ("the 2011 bombing of the
    station, which killed 48"): news tells its own event by the day, so this recalls another when the
    story's own year is not known."""
    at = claim.figure_at()
    if at < 0:
        return False
    opening = _OPENING_YEAR.match(claim.text)
    return (opening is not None and opening.end() <= at) or bool(_YEAR_NAMED.search(claim.text, 0, at))


# a total over a stretch of the calendar: "this year", "so far this year", "in the past six months", "since January"
_PERIOD = re.compile(r"\b(?:(?<!earlier\s)(?<!later\s)this\s+year|(?:in|over|during)\s+the\s+(?:past|last|previous)\s+"
                     r"(?:\w+\s+){0,2}?(?:weeks|months|years|decades)|in\s+recent\s+(?:weeks|months|years)|"
                     r"since\s+the\s+(?:start|beginning)\s+of\s+(?:the|this)\s+year|"
                     r"since\s+(?P<month>jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b(?!\s+\d))",
                     re.IGNORECASE)
# what parts the figure's clause from a clause beside it: "a camp of 20,000 refugees from a state where rebels have
# fought since June", "apprehending 26 pirates, in the fifth operation since September"
_OTHER_CLAUSE = re.compile(r"[,;:()\u2014\u2013]|\s-\s|\b(?:where|who|whom|whose|while|whereas|because|as)\b",
                           re.IGNORECASE)
_OPENS = re.compile(r"\s*(?:(?:so\s+far|in\s+all|in\s+total|all\s+told)\s+)?", re.IGNORECASE)


def period_total(claim: Claim, months: set[int]) -> bool:
    """Whether the figure is a total over a stretch of the calendar, told in the figure's own clause ("at
    least 60 killed in the past six months", "So far this year 85 have died", "1,500 killed since January"):
    a wider count than one event's toll, which the toll's row must not take in as a second telling of it.
    A stretch in a clause beside the figure's ("a camp of 20,000 refugees from a region where rebels have
    fought since June") bounds that clause, not the figure.
    A "since" a month of the story's own ``months`` (its articles' publication months) counts from the
    story's own start: "since January 2, 164 have died" in a story of January is its toll."""
    at = claim.figure_at()
    if at < 0:
        return False
    for m in _PERIOD.finditer(claim.text):
        month = m.group("month")
        if month is not None and MONTHS[month.lower()[:3]] in months:
            continue
        between = claim.text[min(at + len(claim.number_text), m.end()):max(at, m.start())]
        if m.end() <= at and _OPENS.fullmatch(claim.text[:m.start()]):
            between = between.lstrip(" ,")  # "So far this year, 85 have died": the opening sets the whole sentence
        if not _OTHER_CLAUSE.search(between):
            return True  # the stretch bounds the figure's own clause, not a clause beside it
    return False


PLAINLY = 2  # articles that tell a toll without a calendar stretch, for the stretch's totals to be set apart


def period_totals(articles: Sequence[Article], *, months: set[int], key: Callable[[Claim], Hashable]) -> frozenset[str]:
    """The ids of the totals over a stretch of the calendar (``period_total``) of an act done to people, in
    a story where at least ``PLAINLY`` articles tell that act's figure (the same ``key``) without one: the
    event's toll is told, and the stretch's totals are the setting it is measured in. A story whose
    figures are all such totals (a year's road deaths) keeps them."""
    stretch = {c.id for a in articles for c in a.claims
               if c.measure in ACTS_ON_PEOPLE and period_total(c, months)}
    plainly: dict[Hashable, set[str]] = {}
    for article in articles:
        for claim in article.claims:
            if claim.measure in ACTS_ON_PEOPLE and claim.id not in stretch:
                plainly.setdefault(key(claim), set()).add(article.id)
    return frozenset(c.id for a in articles for c in a.claims
                     if c.id in stretch and len(plainly.get(key(c), ())) >= PLAINLY)


# a "when" clause hung on a year: "last hit by a major quake in 1997, when a 6.8 tremor killed 212 people"
_YEAR_WHEN = re.compile(r"\b(?:in|of|since|back\s+in)\s+(?:" + _MONTH_NAMES + r"\s+(?:\d{1,2},?\s+)?)?"
                        r"(?P<year>1[89]\d{2}|20\d{2})\s*,?\s+when\b", re.IGNORECASE)


def year_when(claim: Claim, year: int | None) -> bool:
    """Whether the figure stands in a "when" clause hung on a year other than the story's ``year`` (or on any
    year, when the story's is unknown): "the region was last hit in 1997, when a 6.8 tremor killed 212
    people". News tells its own event by the day ("on Sunday, when ..."); a year explains another time."""
    at = claim.figure_at()
    if at < 0:
        return False
    for m in _YEAR_WHEN.finditer(claim.text, 0, at):
        if "," not in claim.text[m.end():at] and (year is None or int(m.group("year")) != year):
            return True
    return False


def recalled(claim: Claim, year: int | None) -> bool:
    """Whether the figure is an earlier event's that the sentence recalls by its grammar (``since_then``,
    ``like_before``, ``year_when`` against the story's ``year``). Several outlets recalling one past event
    agree on its figure (the 1997 quake's 212 dead), so agreement does not make it the story's."""
    return since_then(claim) or like_before(claim) or year_when(claim, year)
