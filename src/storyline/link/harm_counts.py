"""A count of things wrecked, or of people cared for, that one outlet alone gives: a row of the story's harm.

A one-source count of things ("over 1,600 houses were damaged", "nine shops burned out") stays a claim in the
table's gate (``reconcile._tabulated``): a count of objects one outlet alone gives is most often another
product's, deal's or game's figure. But a count of homes, schools, shops or cars destroyed, damaged,
collapsed, flattened or burned is the damage of a story of harm, which one outlet tells as often as not (a
regional office's tally, a second day's survey), and the labellers of ECB+ and of the invented sets tabulate
it, as the table already does damage told as a sum (``reconcile.TOLD_ALONE``). So are people the response
cared for: treated, sheltered, housed, relocated, taken to hospital.

The cue is the verb the claim reader found for what happened to those counted (``Claim.counted_as``, the verb of the
figure's own clause), for things the words of a fire around the figure ("22 burning vehicles", "57 vehicles were set
on fire", "fires in 74 vehicles"), or, for people, "taken / flown / rushed to hospital" just after the figure: never
a word of one story. "Moved" is not a cue: players, companies and polls move too. A vague figure ("dozens of
patients") is no count to tabulate. The rows are shown after the table's joins (two outlets' one figure is one row,
not two one-source rows), and not when a shown row already holds one of their reports, nor, for people treated, when
a shown injured row gives the same figure (the injured, told again as treated). A figure the reader found no noun
for ("two were taken to the island's clinic") counts people when they were taken to hospital: its row is labelled
so, and a row of people the label only says were counted ("runners counted in Lyon") says they were taken to
hospital.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Sequence

from storyline.extract import claim_words as W
from storyline.model import Claim, Fact

# what happened to the things counted: a verb of destruction
_WRECKED = frozenset({"destroyed", "destroying", "damaged", "damaging", "collapsed", "flattened", "razed",
                      "burned", "burnt", "gutted", "torched", "smashed", "wrecked", "levelled", "leveled",
                      "demolished", "rendered", "looted", "ransacked", "toppled", "swept"})
# what happened to the people counted: a verb of relief
_CARED = frozenset({"treated", "treating", "housed", "sheltered", "sheltering", "hospitalised", "hospitalized",
                    "slept", "relocated"})
# "... were taken to hospital", "had been flown or driven to hospitals in the capital", "admitted to the clinic"
_TO_HOSPITAL = re.compile(r"^[^.;:]{0,40}?\b(?:taken|flown|airlifted|driven|transferred|rushed|brought|admitted)\s+"
                          r"to\s+(?:[\w'-]+\s+){0,4}?(?:hospitals?|clinics?|infirmary|medical\s+cent(?:er|re)s?)\b",
                          re.IGNORECASE)
TO_HOSPITAL = "people taken to hospital"  # the label of a row whose claims name no noun ("two were taken to ...")


def harm_told(claim: Claim) -> bool:
    """Whether a count tells things wrecked or people cared for, by the verb of its own clause."""
    if claim.measure != "count" or claim.value is None:
        return False
    if not claim.counted:
        return _hospital_after(claim)
    done = (claim.counted_as or "").lower()
    if claim.role == "objects":
        return done in _WRECKED or _burning(claim)
    return done in _CARED or _hospital_after(claim)


# things set on fire, told around the figure rather than by its verb: "22 burning vehicles", "57 vehicles were set
# on fire", "fires in 74 vehicles", "119 vehicles have been set alight"
_BURNING_BEFORE = re.compile(r"\bfires?\s+in\s+$", re.IGNORECASE)
_BURNING_AFTER = re.compile(r"^\s*(?:burning\s+)?[\w-]+\s+(?:(?:were|was|have\s+been|had\s+been|been)\s+)?"
                            r"(?:set\s+(?:on\s+fire|alight|ablaze)|torched|burned|burnt|burned\s+out)\b|^\s*burning\b",
                            re.IGNORECASE)


def _burning(claim: Claim) -> bool:
    """Whether the things counted are set on fire, as the words around the figure tell (the module's docstring)."""
    sides = claim.around_figure()
    return sides is not None and bool(_BURNING_BEFORE.search(sides[0]) or _BURNING_AFTER.match(sides[1]))


def to_hospital(claim: Claim) -> bool:
    """Whether a count of people tells they were taken to hospital ("Eighteen runners were taken to hospital")."""
    return claim.role != "objects" and _hospital_after(claim)


# "... are in hospital", "remain in the hospital", "treated in hospitals in Bangkok": kept in hospital
_IN_HOSPITAL = re.compile(r"^[^.;:]{0,40}?\b(?:are|were|is|was|remain|remains|remained|being|treated|kept)\s+"
                          r"(?:still\s+)?in\s+(?:[\w'-]+\s+){0,3}?(?:hospitals?|clinics?|infirmary)\b", re.IGNORECASE)


# a stay in hospital told by its participle: "12 patients remained hospitalized", "nine are still hospitalised"
_STILL_HOSPITALISED = re.compile(r"^[^.;:]{0,40}?\b(?:are|were|is|was|remain|remains|remained|still)\s+(?:still\s+)?"
                                 r"hospitali[sz]ed\b", re.IGNORECASE)


def kept_in_hospital(claim: Claim) -> bool:
    """Whether the words after a figure keep those counted in hospital by its participle ("12 patients remained
    hospitalized"): the count of those in hospital, like "nine patients are in hospital", not a toll of the hurt."""
    return claim.said_after(_STILL_HOSPITALISED)


def in_hospital(claim: Claim) -> bool:
    """Whether the words after a count of people take them to hospital or keep them there ("46 were admitted to
    hospital", "22 people had been taken to hospital", "97 are in hospital", a headline's "16 in hospital")."""
    return claim.said_after(_TO_HOSPITAL, _IN_HOSPITAL, W.BARE_IN_HOSPITAL)


def _hospital_after(claim: Claim) -> bool:
    """Whether the words after the figure take those counted to hospital."""
    return claim.said_after(_TO_HOSPITAL)


def told_alone(shown: Sequence[Fact], left_out: Sequence[Fact], harmed: frozenset[str]) -> list[Fact]:
    """The left-out one-source rows of things wrecked or people cared for to show beside ``shown``."""
    held = {c for f in shown for c in f.claims}
    injured = {(f.low, f.high) for f in shown if f.measure == "injured"}
    return [f if f.counted else dataclasses.replace(f, counted="people", role="victims", label=TO_HOSPITAL)
            for f in left_out if f.sources == 1 and any(c in harmed for c in f.claims)
            and not any(c in held for c in f.claims)
            and (f.role == "objects" or (f.low, f.high) not in injured)]


def hospital_labels(facts: Sequence[Fact], hospital: frozenset[str]) -> list[Fact]:
    """Rows of people taken to hospital (``hospital``: their claims) whose label only says they were counted
    ("runners counted in Lyon"), labelled by what befell them ("runners taken to hospital in Lyon")."""
    named = []
    for fact in facts:
        counted = f"{fact.counted} counted"
        if fact.counted and fact.label.startswith(counted) and all(c in hospital for c in fact.claims):
            fact = dataclasses.replace(fact, label=f"{fact.counted} taken to hospital{fact.label[len(counted):]}")
        named.append(fact)
    return named
