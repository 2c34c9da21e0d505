"""A count told as its running total ("bringing the number of arrests since Saturday to 135", "In all, 29 officers
have been hurt"): one quantity that grows, beside the counts of each night or day.

A story told over several nights or days (riots, a siege, a strike, an epidemic) gives two kinds of figures for
one measure of one group: the night's or the day's own ("46 people were arrested overnight") and the tally since
it began ("bringing the total since Saturday to 64"; a day later "135 since Saturday night"). The facts code keys
both alike (the measure and the group), and when one article gives two of the figures that cannot be one count
(``reconcile._told_apart``) it splits the group by value: each night's count is then a row, right, but so is
each day's tally, and the tally that grew from 64 to 135 reads as two facts instead of one evolving total.

``so_far`` reads the cue of a running total right at the figure, in the figure's own clause (so "46 ... overnight,
bringing the total to 64" marks 64, not 46):

- before it: "a total of", "totalling", "in all,", "altogether,", "overall,", "bringing / raising / pushing /
  taking the (total, number, toll, tally, count, figure ...) to" ("pushing the number of arrests since Saturday
  to"), "bringing to";
- after it, before the clause ends (a comma, a semicolon, a colon or another figure): "since" a day, a name, a
  year or the start ("since Saturday", "since the unrest began"), "so far", "thus far", "to date", "in all",
  "in total", "altogether", "over the past three nights".

``one_period`` reads the cue of one night's or one day's own count in the figure's clause: "overnight", "on the
second night", "on Sunday night", "last night", "in the past 24 hours", "in a single day"; not the night of the
event ("in Monday night's derailment") nor a toll's standing ("the toll rose overnight to 31").

Only where a story gives both, tallies and the own counts of two periods or more (two values) of one measure of one
group, does the facts code tell them apart (``reconcile._told_apart``): the tallies make one row of the running
total, judged over the days its reports were told (a tally that grew is evolving), and the rest is split as before
(counts of things by value, each night's count a row and a part of the total; a toll stays one row). A story that
only ever gives its total ("raising the death toll to 31" beside "31 killed") keeps one row. It reads only the words
around a figure, never a story's nouns.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable, Mapping, Sequence

from storyline.dates import WEEKDAYS
from storyline.link.long_durations import between
from storyline.model import Claim, Fact

_VERB = r"(?:bring|brings|bringing|brought|raise|raises|raising|raised|push|pushes|pushing|pushed|take|takes|" \
        r"taking|took|lift|lifts|lifting|lifted)"
# the cue ends right before the figure, with no other figure between
_BEFORE = re.compile(r"(?:\ba\s+total\s+of|\btotal(?:l?ing|l?ed)?(?:\s+of)?|\b(?:in\s+all|altogether|overall),?|"
                     r"\b" + _VERB + r"\s+(?:the|its|their)\s+(?:[^\W\d]+\s+){0,3}(?:total|number|toll|tally|count|"
                     r"figure)(?:\s+[^\W\d]+){0,5}\s+to|"
                     r"\b(?:bringing|brought|raising|pushing)\s+to)\s+(?:(?:about|around|some|nearly|almost|at\s+least|more\s+than|"
                     r"over|roughly)\s+)?$", re.IGNORECASE)
_SINCE = r"since\s+(?:the\s+[a-z]+\s+(?:began|started|erupted|broke\s+out)|the\s+(?:start|beginning|outbreak)|" \
         r"it\s+(?:began|started)|[A-Z][a-z]+|last\s+[a-z]+|\d{4}|then)"
# the cue stands after the figure, in its clause
_AFTER = re.compile(r"^[^,;:\d]*?\b(?:" + _SINCE + r"|so\s+far|thus\s+far|to\s+date|in\s+all|in\s+total|altogether|"
                    r"over\s+the\s+(?:past|last)\s+(?:\w+\s+)?(?:days|nights|weeks))\b")


_DAYS = "(?:" + "|".join(WEEKDAYS) + ")"
_ORDINAL = r"(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th))"
# one night's or one day's own count, in the figure's clause
_PERIOD = re.compile(r"\b(?:overnight|(?:on|during|in)\s+the\s+" + _ORDINAL + r"\s+(?:night|day)|"
                     r"(?:on\s+|late\s+|early\s+)?" + _DAYS + r"\s+night(?!\s*['’]s)|last\s+night|that\s+night|"
                     r"in\s+the\s+(?:past|last|previous)\s+24\s+hours|in\s+a\s+single\s+(?:night|day))\b",
                     re.IGNORECASE)
# a toll's standing, not a night's own count: "the toll rose overnight to 31", "the death toll stood at 26"
_STANDING = re.compile(r"\b(?:toll|rose|risen|rises|climbed|climbs|stood|stands|reached|reaches|now)\b", re.IGNORECASE)


_CLAUSE_STOPS = re.compile(r"[,;:]|\d")  # a clause's edges, or another figure


def _clause(claim: Claim) -> str:
    """The figure's clause: the sentence from the last comma, semicolon, colon or figure before it to the first
    after it."""
    at = claim.figure_at()
    return "" if at < 0 else between(claim.text, at, at + len(claim.number_text), _CLAUSE_STOPS)


# an earlier figure restated beside the new one: "up from 27 dead on Monday night" dates the old toll, it is no
# night's own count
_RESTATED = re.compile(r"\b(?:up|down|rising|risen|rose)\s+from\s+(?:about\s+|some\s+|around\s+)?$", re.IGNORECASE)


def one_period(claim: Claim) -> bool:
    """Whether the claim's figure is told as one night's or one day's own count (the module's docstring)."""
    sides, clause = claim.around_figure(), _clause(claim)
    return sides is not None and not _RESTATED.search(sides[0]) and bool(_PERIOD.search(clause)) and \
        not _STANDING.search(clause)


def nights_apart(claims: Sequence[Claim]) -> bool:
    """Whether the claims give at least two periods' own counts, of two values: a story counted night by night,
    not one toll dated to a night."""
    return len({c.value for c in claims if one_period(c)}) >= 2


# a sentence's parts that each tell a standing figure of their own day: "1,350 firefighters were deployed on
# Wednesday; about 900 remained on Thursday", "... on Monday, while on Tuesday 40 were still missing"
_PART_STOPS = re.compile(r";|\bwhile\b|\bwhereas\b|\bbut\b", re.IGNORECASE)
_DAY = re.compile(r"\b(?:" + "|".join(WEEKDAYS) + r")\b", re.IGNORECASE)


def day_named(claim: Claim) -> str | None:
    """The one weekday the figure's part of its sentence names ("about 900 firefighters remained on Thursday"),
    if it names exactly one."""
    at = claim.figure_at()
    if at < 0:
        return None
    days = {d.lower() for d in _DAY.findall(between(claim.text, at, at + len(claim.number_text), _PART_STOPS))}
    return days.pop() if len(days) == 1 else None


def so_far(claim: Claim) -> bool:
    """Whether the claim's figure is told as the running total of its count (the module's docstring)."""
    sides = claim.around_figure()
    return sides is not None and bool(_BEFORE.search(sides[0][-80:]) or _AFTER.match(sides[1]))


def label_periods(shown: Sequence[Fact], claims: Mapping[str, Claim]) -> list[Fact]:
    """The rows, with those of a measure the story gives both as a running total and as one night's or day's
    count named so: "(running total)" for a row every report of which is a tally, "(one night)" or "(one day)"
    for a row every report of which is a period's own count, each with a sentence of explanation."""
    def every(fact: Fact, test: Callable[[Claim], bool]) -> bool:
        mine = [claims[c] for c in fact.claims if c in claims]
        return bool(mine) and all(map(test, mine))

    tallies = {f.measure for f in shown if every(f, so_far)}
    nights = {f.measure for f in shown if every(f, one_period)}
    out = []
    for fact in shown:
        if fact.measure in tallies & nights and every(fact, so_far):
            fact = dataclasses.replace(fact, label=f"{fact.label} (running total)", explanation=(
                f"{fact.explanation} A running total since the start, given beside each night's or day's own count."))
        elif fact.measure in tallies & nights and every(fact, one_period):
            night = any("night" in _clause(claims[c]).lower() for c in fact.claims if c in claims)
            fact = dataclasses.replace(fact, label=f"{fact.label} ({'one night' if night else 'one day'})",
                                       explanation=f"{fact.explanation} One {'night' if night else 'day'}'s own "
                                                   "count, a part of the running total.")
        out.append(fact)
    return out
