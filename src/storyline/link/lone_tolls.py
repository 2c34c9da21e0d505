"""One outlet's toll beside the toll several outlets report: not a row of its own.

The dead and the hurt a story counts are the toll its outlets report together. When one outlet alone
gives, for the same quantity (the same measure, of the same people, told as the whole and not a part),
a figure the grouping kept apart from the row several sources back, that figure is not a second toll:
it is an earlier count ("first reports said three of the five passengers had died"), a figure the outlet
got wrong ("killing one guard and hurting four others" where five outlets say two were hurt), or a toll
read off the wrong words ("40 rescued, six of them infants" read as six dead). A reader looking for the
toll finds it once, in the row the outlets agree on; the lone figure stays a claim. Parts of the toll
(children among the dead, the seriously injured, a village's dead, "12 of the 50 hurt") are keyed apart
on purpose and stay, as does a lone toll of people the shown rows do not count (gunmen killed beside
civilians, officers hurt beside protesters): it is of another key.

A lone toll told only in words ("several", "dozens", "hundreds") beside a toll of the same measure that
several outlets give in figures goes too, whoever it counts: the reader has the figure, and the word is
a looser telling of it or of those only shot at ("fired at several shoppers, killing one").

A lone count of someone's earlier arrests or charges ("has four prior arrests", "two previous charges")
is their record, not the story's arrests, and goes as well.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable, Collection, Hashable, Mapping, Sequence

from storyline.model import Claim, Fact

# the measures a person's record is told in, and the word right after the figure that sets it before the story
RECORDS = frozenset({"detained", "charged"})
_EARLIER = re.compile(r"^\s+(?:prior|previous|earlier|past|former)\s", re.IGNORECASE)
_OF_WHOM = "(of whom)"  # the mark of a figure told as a part of those just named ("nine of them")

# the tolls a reader looks for first; arrests and the displaced are often several true figures of one story
# (46 arrested one night, 50 over four nights), so a lone one stands on its own
TOLLS = frozenset({"killed", "injured"})


def _as_whole(claim: Claim) -> Claim:
    """The claim as if told of those it counts, not as a part of them ("two of the three victims died")."""
    subject = claim.subject or ""
    return dataclasses.replace(claim, subject=subject.removesuffix(_OF_WHOM).rstrip()) if subject.endswith(_OF_WHOM) \
        else claim


def beside_the_toll(shown: Sequence[Fact], claims: Mapping[str, Claim], *, parts: Collection[str],
                    key: Callable[[Claim], Hashable]) -> list[Fact]:
    """``shown`` less the one-source tolls of a quantity a row of several sources already gives (the module's
    docstring); ``parts`` holds the ids of claims read as a part of a total, ``key`` what makes two claims
    report one quantity. A part linked to no total (``part_of`` unset: "nine of them" after the survivors) is
    set against the toll as if told of the whole."""
    held: set[Hashable] = {key(claims[i]) for f in shown if f.sources >= 2 and f.measure in TOLLS and _whole(f)
                           for i in f.claims if i in claims and i not in parts}

    # the tolls several sources give in figures: a lone "several" or "dozens" beside one tells it less exactly
    figured = {f.measure for f in shown if f.sources >= 2 and f.measure in TOLLS and _figured(f)}

    def lone(fact: Fact) -> bool:
        mine = [claims[i] for i in fact.claims if i in claims]
        if fact.sources == 1 and fact.measure in RECORDS and mine and all(_record(c) for c in mine):
            return True
        if fact.sources != 1 or fact.measure not in TOLLS or not mine:
            return False
        if fact.measure in figured and not _figured(fact):
            return True
        return _whole(fact) and all(key(_as_whole(c)) in held and (c.id not in parts or _as_whole(c) is not c)
                                    for c in mine)

    return [f for f in shown if not lone(f)]


def _whole(fact: Fact) -> bool:
    """A row told as the toll itself, not linked as a part of another nor a sub-event's."""
    return fact.part_of is None and fact.scope is None


def _figured(fact: Fact) -> bool:
    """A row that gives a figure, not only a word for an amount ("several", "dozens", "scores")."""
    return fact.low is not None or fact.high is not None


def _record(claim: Claim) -> bool:
    """A count of someone's earlier arrests or charges: "four prior arrests", "three previous charges"."""
    at = claim.figure_at()
    return at >= 0 and bool(_EARLIER.match(claim.text[at + len(claim.number_text):]))
