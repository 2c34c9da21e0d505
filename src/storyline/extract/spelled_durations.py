"""Spans of time told with an article instead of a figure: "less than a month", "nearly a quarter-century",
"for a week", "a weeklong manhunt", "a couple of minutes", "a year and a half".

Outlets tell how long something lasted in words as often as in figures: one writes "eight days", the next
"more than a week"; one "three decades", the next "a quarter-century"; one "two minutes", the next "a
couple of minutes". A reader puts them in one row of the facts table. The number reader reads no figure
in "a month", and "a year and a half" it reads without its unit, as a count of nothing.

"a" or "an" before a unit of time is read as one of it only where the words say a span: a qualifier
before it ("less than", "nearly", "more than", "about", "within", "just over"), "for" ("for a week"),
the unit fused as an adjective ("a weeklong search", "a yearlong inquiry"), "a quarter-century" or "a
half-century" (25 and 50 years), or "a couple of" (about two). A bare "a week after the attack", "a
year ago" (which time, not how long) and rates ("twice a day", "$8 a week", "once a month") stay out.

The measure is ``duration`` and the claim counts the unit's plural ("months", "years"), as the claim
reader does for "eight days".
"""

from __future__ import annotations

import dataclasses
import re

from storyline.extract import claim_words as W
from storyline.extract.quantities import Quantity
from storyline.model import Claim

_UNITS = r"(?:minute|hour|day|week|fortnight|month|year|decade|century)"
_QUALIFIERS = {"less than": "up_to", "under": "up_to", "just under": "up_to", "within": "up_to", "in under": "up_to",
               "nearly": "almost", "almost": "almost", "more than": "more_than", "over": "more_than",
               "just over": "more_than", "about": "about", "around": "about", "roughly": "about",
               "some": "about", "for": "exact", "for about": "about", "for nearly": "almost", "for more than":
               "more_than", "for less than": "up_to", "for over": "more_than", "for almost": "almost"}
_QUALIFIER = "|".join(sorted((re.escape(q).replace(r"\ ", r"\s+") for q in _QUALIFIERS), key=len, reverse=True))
# "less than a month", "nearly a quarter-century", "for a week", "a couple of minutes", "a weeklong manhunt"
_SPAN = re.compile(
    rf"(?<![\w$£€.,-])(?:(?P<q>{_QUALIFIER})\s+)?(?P<a>an?|a\s+couple\s+of|one)\s+"
    rf"(?:(?P<part>quarter|half)\s?[-–]?\s?(?P<cent>century)\b|(?P<u>{_UNITS})(?P<s>s)?"
    r"(?P<long>\s?[-–]?\s?long)?\b)", re.IGNORECASE)
_RATE_BEFORE = re.compile(r"(?:\d|\b(?:once|twice|times|thrice|per|each|every))\W*$", re.IGNORECASE)
_OF_AFTER = re.compile(r"^\s+of\b")
_TIME_UNITS = frozenset({*W.TIME_UNITS, "fortnight", "century"})


def spans(s_text: str, *, taken: list[Quantity]) -> list[Quantity]:
    """The spans of time a sentence tells with "a" or "an" (offsets in the sentence), not those ``taken``."""
    if not re.search(r"\b(?:a|an|one)\s", s_text, re.IGNORECASE):
        return []
    found: list[Quantity] = []
    for m in _SPAN.finditer(s_text):
        start, end = m.start(), m.end()
        if any(q.start < end and start < q.end for q in taken) or _RATE_BEFORE.search(s_text[max(0, start - 12):start]):
            continue
        qualifier = _QUALIFIERS.get(re.sub(r"\s+", " ", (m.group("q") or "").lower()), "exact")
        couple = "couple" in m.group("a").lower()
        if m.group("cent"):
            value, unit = (25.0 if m.group("part").lower() == "quarter" else 50.0), "year"
        elif m.group("long") and not m.group("s") and not couple:
            value, unit = 1.0, m.group("u").lower()  # "a weeklong manhunt"
        elif (m.group("s") is not None) != couple or m.group("long"):
            continue  # "a days-long search", "a couple of week" : not one span
        elif m.group("q") or couple or (_OF_AFTER.match(s_text[end:]) and m.group("u").lower() in ("decade",
                                                                                                    "century")):
            value, unit = (2.0 if couple else 1.0), m.group("u").lower()  # "less than a month", "a decade of"
        else:
            continue  # "a week after the attack", "a year ago": which time, not how long
        if couple:
            qualifier = "about"
        low, high = {"up_to": (None, value), "more_than": (value, None), "almost": (None, value)}.get(
            qualifier, (value, value))
        found.append(Quantity(start=start, end=end, text=s_text[start:end], value=value, low=low, high=high,
                              qualifier=qualifier, unit=unit))
    return found


def as_duration(claim: Claim, q: Quantity, *, spelled: bool) -> Claim:
    """A span of time's claim (one ``spelled`` in words, "less than a month", or a figure read with its unit of
    time, "a year and a half"): a duration counting the unit's plural. Any other claim as it is."""
    unit = (q.unit or "").lower()
    if unit not in _TIME_UNITS or (not spelled and (claim.measure not in ("count", "duration") or
                                                     (claim.counted and claim.measure == "count"))):
        return claim
    units = "centuries" if unit == "century" else f"{unit}s"
    return dataclasses.replace(claim, measure="duration", unit=units, counted=units, subject=claim.subject or units,
                               subject_group="not_people", role="objects")
