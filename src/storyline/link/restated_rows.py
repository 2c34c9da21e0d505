"""A one-source row whose outlet gives the same figure in a shown row's reports: a repeat, not a fact of its own.

A writer tells the story's main figures more than once: in the headline, the lead and a recap further down,
often in other words each time. "Bridge collapse kills 3" above "killing at least three people" under a bridge
over a river; "120,000 evacuated" above "more than 120,000 people had fled to evacuation centres"; "nine
people were arrested in Spain" and, a paragraph on, "the nine suspects were remanded". The facts code keys
each report by its measure, its noun and its place, so a recap told under another noun, with another verb or
at a place inside the story's own ("in the river") can land in a row apart, and a toll, an arrest or a sum one
source alone gives is shown (``reconcile.TOLD_ALONE``). The table then holds one quantity twice: once in the
row several outlets back, once in a row of that one outlet's recap.

This module joins the recap to the row (its reports are then that row's, as its other telling in the same
article already is) when

- the row has one source (copies of one wire text are one), and every one of its reports has a report of the
  same figure in the shown row from the same source: the outlet itself gives the figure for that quantity;
- the shown row has two sources or more and is a total, not a part or a sub-event (``part_of``, ``scope``);
  no other shown row fits, and no row is a part of the recap's;
- both are of one measure, or of two measures of one thing ("displaced" and "evacuated", a sum awarded and
  "damages");
- they count one thing: for a count of things, the nouns share a word ("crew", "crew members"), for a count
  bare nouns say nothing ("six games", "6 blocked shots" in one box score); for a toll, an arrest or a sum,
  the nouns share a word or one of them names no one and no kind of sum in particular ("people", "payment",
  none), so that "two soldiers killed" and "two militants killed", a fine and restitution, stay apart.

A shared figure alone is no evidence (two clubs offer one sum, one article counts three witnesses and three
bullets): the recap must come from the very outlet that gives the shown row's figure, in a measure of the
same thing. Figures of other outlets, or other figures, are left to the rules that read a dissent
(``dissent``, ``lone_tolls``). It reads only measures, nouns, figures and sources, never a story's words.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence

from storyline.link import dissent
from storyline.link.agreed_rows import source_of, stem
from storyline.model import Claim, Fact

# two measures the claim reader gives one thing ("fled to evacuation centres", "evacuated"; "damages", "to pay")
_ONE_THING = (frozenset({"displaced", "evacuated"}), frozenset({"damage", "money"}))
_BARE = "count"
# words that name no one and no kind of sum in particular: a toll of "people" is anyone's, a "payment" any sum's
_NO_NAME = frozenset({"people", "person", "other", "others", "one", "ones", "payment", "amount", "sum", "total"})


def alike(measure: str, other: str) -> bool:
    """Whether two measures are one thing's (the same, or two the claim reader gives one thing)."""
    return measure == other or any({measure, other} <= pair for pair in _ONE_THING)


def _words(fact: Fact) -> set[str]:
    """The words of what a row counts as ``agreed_rows.stem`` compares them, less those that name no one."""
    return {stem(w) for w in (fact.counted or "").lower().split() if w.isalpha()} - {stem(w) for w in _NO_NAME}


def one_thing(fact: Fact, other: Fact) -> bool:
    """Whether two rows of alike measures count one thing (the module's docstring)."""
    mine, theirs = _words(fact), _words(other)
    if mine & theirs:
        return True
    return fact.measure != _BARE and other.measure != _BARE and not (mine and theirs)


def restates(fact: Fact, row: Fact, claims: Mapping[str, Claim], *, copies: Mapping[str, str]) -> bool:
    """Whether a one-source row (``fact``) only repeats, in its outlet's words, a figure that outlet gives in a
    shown row of two sources or more (``row``)."""
    if fact is row or fact.sources != 1 or row.sources < 2:
        return False
    if not alike(fact.measure, row.measure) or not one_thing(fact, row):
        return False
    mine = [claims[i] for i in fact.claims if i in claims]
    if not mine or len(mine) != len(fact.claims) or any(c.value is None for c in mine):
        return False
    theirs = {(source_of(c, copies), c.value) for i in (*row.claims, *row.repeats) if (c := claims.get(i))}
    return all((source_of(c, copies), c.value) in theirs for c in mine)


def join_restated(shown: Sequence[Fact], claims: Mapping[str, Claim], *, copies: Mapping[str, str],
                  make: Callable[[list[str]], Fact]) -> list[Fact]:
    """``shown`` with each one-source row that repeats a figure of one other shown row joined to it, and that row
    judged again (``make`` builds a row of claim ids); ``claims`` holds the claims by id."""
    return dissent.join_shown(shown, lambda fact, row: restates(fact, row, claims, copies=copies), make=make)


def forced_out(fact: Fact, row: Fact) -> bool:
    """Whether a row of people displaced ("forced from their homes", "fled") is the same people as a shown row of
    people evacuated, in one story: both of everyone (no part, no sub-event), one group, and the displaced row's
    figures within the evacuated row's range, or none at all ("thousands fled"). Told two ways by the outlets of
    one fire or flood, they are one quantity; figures apart ("200 evacuated", "160 left homeless") stay two."""
    if fact.measure != "displaced" or row.measure != "evacuated" or dissent.apart(fact) or dissent.apart(row):
        return False
    if not one_thing(fact, row):
        return False
    mine = [v for v in (fact.low, fact.high) if v is not None]
    if not mine:
        return True
    return row.low is not None and row.high is not None and min(mine) <= row.high and row.low <= max(mine)


def join_forced_out(shown: Sequence[Fact], *, make: Callable[[list[str]], Fact]) -> list[Fact]:
    """``shown`` with each displaced row that tells an evacuated row's people (``forced_out``) joined to it."""
    return dissent.join_shown(shown, forced_out, make=make)

