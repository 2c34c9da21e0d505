"""Rows one outlet alone gives: which of them a reader would not tabulate on their own.

A figure only one source reports earns a row when it is a quantity of its own. It is not one when
it only restates, under another noun, what several outlets already report for the same measure:
"more than 20,000 civilians fled" beside the "20,000 refugees" four outlets count, "two counts of
first-degree murder" beside the "two counts of murder" three outlets give. The table then holds the
quantity once, in the row its several sources back; the one-outlet figure stays a claim.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Mapping, Sequence

from storyline.extract import claim_words as W
from storyline.extract.quantities import implied_range
from storyline.model import Claim, Fact

# A bare count names its quantity only by its noun ("300 people", "300 nurses"): two bare counts
# with one figure are most often two things, unless their nouns share a word ("300 striking nurses").
_BARE = "count"
_NO_NAME = frozenset({"people", "person", "other"})  # words that name no one in particular


# right after the digits: a plural or possessive "s" ("the 1950s", "in his early 20's", "the 8900's screen")
_DECADE_AFTER = re.compile(r"^(?:['’]s|s)\b")
# just before: the word "age", maybe after a first age ("ages 47 and 48", "between age 17 and 25", "aged 30")
_AGE_BEFORE = re.compile(r"\bage[sd]?\s+(?:\d+\s+(?:and|to|or)\s+)?$", re.IGNORECASE)


def age_or_decade(claim: Claim) -> bool:
    """Whether a figure read as a count or a toll is a decade, an age or a span of ages, or a name's
    possessive: "the 30s and 40s", "when arrested in his early 20's", "between age 17 and 25",
    "ages 47 and 48", "the 8900's screen". It counts nothing; a measured age keeps its own measure."""
    if claim.measure in ("age", "duration") or not claim.number_text[:1].isdigit():
        return False
    at = claim.figure_at()
    if at < 0:
        return False
    return bool(_DECADE_AFTER.match(claim.text[at + len(claim.number_text):]) or _AGE_BEFORE.search(claim.text[:at]))


# a capitalised name inside running text just before a bare number: "the Curve 8900", "six AK 47 rifles",
# "Windows 2000", "the team's Week 15 loss" (the word before it in lower case, so that a headline's
# capitalised words, "Quake Kills 22", are not read as a name)
_NAMED_BEFORE = re.compile(r"(?:^|[\s,(])(?P<before>[a-z][\w'’-]*|[,(])\s+(?P<name>[A-Z][\w-]*)\s+$")
_BARE_NUMBER = re.compile(r"\d+(?:\.\d+)?")
# "told Reuters 20 people died", "according to Police 3": a figure after the name of whoever gives it
_AFTER_SOURCE = frozenset({"told", "tells", "said", "says", "to", "by", "from", "of", "and", "with", "than"})
_CALENDAR = W.MONTH_NAMES | W.MONTH_SHORT | W.WEEKDAY_NAMES
_OWN_MEASURES = frozenset({"duration", "age", "money", "price", "time"})  # "John 12 weeks ago", "Klaw $80"


def name_number(claim: Claim) -> bool:
    """Whether a bare number is part of a name: a model, a version, a numbered week or route ("the Curve
    8900 is missing", "six AK 47 rifles", "in the team's Week 15 loss"). It counts nothing; a date
    ("March 3"), an amount and a duration keep their own reading."""
    if claim.measure in _OWN_MEASURES or not _BARE_NUMBER.fullmatch(claim.number_text):
        return False
    at = claim.figure_at()
    named = _NAMED_BEFORE.search(claim.text[:at]) if at > 0 else None
    if named is None:
        return False
    return named.group("name").lower() not in _CALENDAR and named.group("before").lower() not in _AFTER_SOURCE


def _figure(claim: Claim) -> tuple[float | None, float | None, float | None]:
    return claim.value, claim.low, claim.high


def _usual(fact: Fact, claims: Mapping[str, Claim]) -> tuple[float | None, float | None, float | None] | None:
    """The figure a fact's reports give most often, when one does ("20,000" in three reports of five, the
    others 15,000 and 24,000)."""
    figures = Counter(_figure(claims[c]) for c in fact.claims if c in claims and claims[c].value is not None)
    if not figures:
        return None
    ranked = figures.most_common(2)
    if len(ranked) > 1 and ranked[0][1] == ranked[1][1]:
        return None  # two figures as common: neither is the row's
    return ranked[0][0]


def restates(fact: Fact, other: Fact, claims: Mapping[str, Claim]) -> bool:
    """Whether a one-source row gives, for the same measure and the same role, the figure a
    several-source row's reports give most often: the same quantity told under another noun."""
    if fact.sources != 1 or other.sources < 2 or fact.measure != other.measure:
        return False
    if fact.measure == _BARE and not _shared_word(fact, other):
        return False
    if fact.part_of or fact.scope or fact.role != other.role:
        return False  # a village's toll beside the quake's, soldiers beside civilians: told apart on purpose
    usual = _usual(other, claims)
    mine = {_figure(claims[c]) for c in fact.claims if c in claims}
    return usual is not None and usual[0] is not None and any(m[0] == usual[0] for m in mine)


def _words(fact: Fact) -> set[str]:
    """The words of what a row counts, singular, less those that name no one ("others", "people")."""
    return {w.rstrip("s") for w in (fact.counted or "").lower().split() if w.isalpha()} - _NO_NAME


def _shared_word(fact: Fact, other: Fact) -> bool:
    return bool(_words(fact) & _words(other))


def without_restatements(facts: Sequence[Fact], claims: Mapping[str, Claim]) -> list[Fact]:
    """The facts less the one-source rows that restate a several-source row's figure (the module's docstring)."""
    several = [f for f in facts if f.sources >= 2]
    return [f for f in facts if not any(restates(f, o, claims) for o in several) and not order_of_size(f, claims)]


# "thousands", "tens of thousands", "millions": an order of size, not a number (from here up)
ORDER_OF_SIZE = 2000.0


def order_of_size(fact: Fact, claims: Mapping[str, Claim]) -> bool:
    """Whether a count one source alone gives is only an order of size ("millions of fans", "tens of
    thousands of women wear the look"): the writer's colour, which no other outlet's figure can be set
    against. A toll, an arrest or a flight so told stays (it is the story's harm), as does any figure
    several outlets give ("tens of thousands marched")."""
    if fact.sources != 1 or fact.measure != _BARE:
        return False
    mine = [claims[c] for c in fact.claims if c in claims]
    return bool(mine) and all(c.qualifier == "vague" and (r := implied_range(c.number_text)) is not None
                              and r[0] >= ORDER_OF_SIZE for c in mine)
