"""A shown one-source row whose figure dissents from a shown row of several sources: that row's dissent.

``dissent`` gives a row the odd figure of an outlet that the table's gate left out. The gate shows some
one-source rows too: a count an article states in its first half, a deployment, an arrest
(``reconcile._tabulated``). When such a row passes every test ``dissent`` sets (one source, not the row's;
one key, unit, place and head noun; neither a part nor a sub-event; a plain figure nearer the row's middle
than the judge's odd one out; one row only that fits), it is the same outlet's other count of the row's
quantity ("143 passengers sickened" on the first day, "212 passengers" in two later reports), and the
reader should see it in that row, judged with it, not as a second row of the same quantity.

Two outlets also count one group under two readings the claim reader keeps apart, and the lone figure then
fails ``dissent``'s one key and one head noun although it passes every other test:

- one writer's verb types a count the other tells bare: "Some 130 firefighters were deployed" beside "About
  100 firefighters were searching the debris" and "More than 120 firefighters had worked through the night".
  A deployment and a bare count of one noun (not "people", which any count of a story may name) are one
  force's size;
- one writer names a group by its role, another as people: "police detained three officials of the
  company" beside "four people had now been arrested"; "the four suspects arrested this week" beside "three
  people arrested on Tuesday". For acts other than the toll, people named in general and a group named by
  its role are one count of persons; the dead and the hurt stay apart (lone_tolls.TOLLS: soldiers among the
  dead, officers among the hurt are a part of the toll, not another outlet's toll).

The other tests stand: the figure must be near the row's (``dissent._close``), from an outlet the row does
not hold, at the row's place.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable, Collection, Hashable, Mapping, Sequence

from storyline.extract import claim_words as W
from storyline.link import dissent
from storyline.link.lone_tolls import TOLLS
from storyline.model import Claim, Fact

_NUMBER = r"(?:\d[\d,]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a\s+dozen)"
# a figure told with another of its kind to sum a whole: "nine passengers and two pilots", "two crew and 40 passengers"
_SUM_AFTER = re.compile(rf"\s+[a-z]+(?:\s+[a-z]+)?\s+(?:and|plus)\s+{_NUMBER}\s+[a-z]", re.IGNORECASE)
_SUM_BEFORE = re.compile(rf"\b{_NUMBER}\s+[a-z]+(?:\s+[a-z]+)?\s+(?:and|plus)\s+$", re.IGNORECASE)
_FORCE = frozenset({"count", "deployed"})  # a bare count and a deployment of one noun: one force's size
_ANYONE = frozenset({"people", "person"})  # a head that names persons in general


def join_lone(shown: Sequence[Fact], claims: Mapping[str, Claim], *, copies: Mapping[str, str],
              parts: Collection[str], key: Callable[[Claim], Hashable],
              span: Callable[[Claim], tuple[float, float]], make: Callable[[list[str]], Fact]) -> list[Fact]:
    """``shown`` with each one-source row that dissents from one shown row of two sources or more joined to it
    and that row judged again (``make``); ``parts`` holds the ids of claims read as a part of a total, ``key``
    and ``span`` are ``dissent.join_dissent``'s."""
    def joins(fact: Fact, row: Fact) -> bool:
        mine = [claims[i] for i in fact.claims if i in claims]
        if fact.sources != 1 or not mine or len(mine) != len(fact.claims) or dissent.apart(fact) \
                or any(i in parts for i in fact.claims):
            return False
        return dissent.dissents(mine, fact, row, claims, copies=copies, key=key, span=span) \
            or _one_force(mine, fact, row, claims, copies=copies, key=key, span=span) \
            or _one_group(mine, fact, row, claims, copies=copies, key=key, span=span)
    return dissent.join_shown(shown, joins, make=make)


def _one_force(mine: list[Claim], fact: Fact, row: Fact, claims: Mapping[str, Claim], *, copies: Mapping[str, str],
               key: Callable[[Claim], Hashable], span: Callable[[Claim], tuple[float, float]]) -> bool:
    """Whether a deployment dissents from a bare count of its noun (or the reverse), keyed as one count."""
    if fact.measure == row.measure or {fact.measure, row.measure} != _FORCE:
        return False

    def as_count(claim: Claim) -> Hashable:
        return key(dataclasses.replace(claim, measure="count"))

    def named(heads: set[str], unit: str) -> bool:
        return dissent.one_head(heads, unit) and not heads & _ANYONE

    return dissent.dissents(mine, fact, row, claims, copies=copies, key=as_count, span=span,
                            measures=lambda a, b: {a, b} == _FORCE, heads=named)


def _one_group(mine: list[Claim], fact: Fact, row: Fact, claims: Mapping[str, Claim], *, copies: Mapping[str, str],
               key: Callable[[Claim], Hashable], span: Callable[[Claim], tuple[float, float]]) -> bool:
    """Whether a count of persons named by their role dissents from one of people named in general (or the
    reverse), for an act other than the toll, keyed as one count of people."""
    theirs = [claims[i] for i in row.claims if i in claims]
    if fact.measure in TOLLS or not all(c.unit in W.PEOPLE_UNITS for c in (*mine, *theirs)):
        return False

    def of_people(claim: Claim) -> Hashable:
        return key(dataclasses.replace(claim, counted="people", role=None))

    def general_and_named(heads: set[str], unit: str) -> bool:
        return len(heads) == 2 and len(heads & _ANYONE) == 1 and "" not in heads

    if any(_one_of_a_sum(c) for c in mine):  # "nine passengers and two pilots": a part of the 11 aboard
        return False
    return dissent.dissents(mine, fact, row, claims, copies=copies, key=of_people, span=span,
                            heads=general_and_named)


def _one_of_a_sum(claim: Claim) -> bool:
    """Whether a count of persons is told as one of the groups that sum a whole ("carrying nine passengers and two
    pilots", "two crew and 40 passengers"): a part of the whole's count, not another outlet's figure of it."""
    at = claim.figure_at()
    return at >= 0 and bool(_SUM_AFTER.match(claim.text, at + len(claim.number_text))
                            or _SUM_BEFORE.search(claim.text, max(0, at - 60), at))
