"""Ratings on a named scale: a tornado's "EF-4", a hurricane's "Category 3", a volcano's "alert level IV", an
avalanche's "danger level 4", a "four-alarm" fire.

The number reader takes the digit of "EF-4" for nothing or for a bare count, "Category 3" for a count of nothing,
"Level IV" for no figure at all. A reader of disaster news tabulates each as a figure of its own: the rating a
weather service gave the tornado, the category a storm made landfall at, the level the authorities raised the
alert to. Each is read here (``ratings``) with its value on the scale and the scale's name as its unit, and a
claim of it measures ``rating`` (``as_measure``): neither a count of anything nor a magnitude. The facts table
keys it by its scale and tells two ratings an article gives apart by value (``link/reconcile.py``).

A category or a level is a rating only in a sentence that tells of storms, alerts or dangers ("a Category 4
hurricane", "the alert level was raised to Level 4"), not a licence's category or a game's level.

An air-quality index is a scale too: "the Air Pollutant Index reached 203", "an AQI of 648", "the PSI hit 321".
Each reading told after the index's name is a rating on the scale "AQI" (``readings``); the index's thresholds
("against a safe limit of 100", "in the unhealthy range above 100") are no reading, and a figure that counts
something ("19 stations") is not one either. The short names (AQI, API, PSI) stand for the index only in a
sentence that tells of the air.
"""

from __future__ import annotations

import dataclasses
import re

from storyline.extract.quantities import Quantity, in_place_of
from storyline.model import Claim

RATING = "rating"
AIR_INDEX = "AQI"  # the scale of an air-quality index's readings

_VALUES = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "i": 1, "ii": 2, "iii": 3,
           "iv": 4, "v": 5}
_FIGURE = r"(?P<n>[0-7]|one|two|three|four|five|six|seven|IV|V|I{1,3})"
# "EF-4", "EF4", "an EF 3": the Enhanced Fujita rating of a tornado
_EF = re.compile(r"(?<![\w-])EF[-\s]?(?P<n>[0-5])(?!\w|\.\d)")
# "Category 4", "category-three": a storm's category, in a sentence of storms
_CATEGORY = re.compile(r"(?<![\w-])category[-\s]" + _FIGURE + r"(?!\w|\.\d)", re.IGNORECASE)
_STORMS = re.compile(r"\b(?:hurricanes?|cyclones?|typhoons?|storms?|winds?|landfall)\b", re.IGNORECASE)
# "alert level 4", "Level IV", "danger rating of 4", "warning level to three": a level of alert, in a sentence of
# alerts or dangers
_LEVEL = re.compile(r"(?<![\w-])(?:level|rating|status)\s+(?:(?:was|is|has\s+been|had\s+been)\s+)?"
                    r"(?:(?:raised|lowered|increased|reduced|cut|set|put|kept|remains|remained|stands|stood|stays|"
                    r"stayed)\s+)?(?:of\s+|to\s+|at\s+)?" + _FIGURE +
                    r"(?!\w|\.\d)", re.IGNORECASE)
_ALERTS = re.compile(r"\b(?:alerts?|danger|warnings?|threat|risk|volcan\w*|avalanches?|eruptions?|emergency)\b",
                     re.IGNORECASE)
# "a size 4 avalanche", "a size-three slide": an avalanche's size on its five-point scale, in a sentence of avalanches
_SIZE = re.compile(r"(?<![\w-])size[-\s]" + _FIGURE + r"(?!\w|\.\d)", re.IGNORECASE)
_AVALANCHES = re.compile(r"\b(?:avalanches?|slides?|snowslides?)\b", re.IGNORECASE)
# "level 3 on the five-level scale", "force 9 on the Beaufort scale": a figure told as a point on a named scale
_ON_SCALE = re.compile(r"(?<![\w-])(?P<w>size|level|category|grade|force)[-\s](?P<n>[0-9]|1[0-2]|one|two|three|"
                       r"four|five|six|seven|IV|V|I{1,3})(?=\s+on\s+(?:the|a|an|its)\s+[^.;]{0,50}?\bscale\b)",
                       re.IGNORECASE)
# "a four-alarm fire": how many alarms the fire service sounded
_ALARM = re.compile(r"(?<![\w-])(?P<n>[2-9]|two|three|four|five|six|seven)-alarm\b", re.IGNORECASE)


# "the Air Pollutant Index (API) reached", "an AQI reading of", "the Pollutant Standards Index": an index of the air
_INDEX = re.compile(r"\b(?:air[-\s](?:pollutant|pollution|quality)[-\s]index|pollutant\s+standards?\s+index|"
                    r"(?P<short>(?-i:AQI|API|PSI)))\b(?:\s*\((?-i:AQI|API|PSI)\))?", re.IGNORECASE)
_AIR = re.compile(r"\b(?:haze|hazy|smog|smoke|pollut\w*|air|dust|unhealthy|hazardous|monitoring)\b", re.IGNORECASE)
_READ_SPAN = 150  # how far after the index's name its readings are told
# the words before a threshold of the index: "a safe limit of", "the unhealthy range above"
_THRESHOLD_BEFORE = re.compile(r"\b(?:limits?|thresholds?|standards?|guidelines?|range|band|mark|levels?|safe)\b"
                               r"[^,.;\d]{0,14}$", re.IGNORECASE)
# what may follow a reading: the sentence's end, a clause's, or a preposition of time or place
_AFTER_READING = re.compile(r"\s*(?:$|[,.;:)\u2013\u2014-]|(?:on|at|in|by|against|and|for|from|to|today|yesterday|"
                            r"this|last|early|late|before|after|earlier|as|when|while|or|but|the|with|until|near|across|around|"
                            r"along|throughout|during|amid|over|within)\b)",
                            re.IGNORECASE)


def readings(sentence: str, found: list[Quantity]) -> list[Quantity]:
    """The readings of an air-quality index ``sentence`` tells after the index's name, each a rating on the
    scale ``AIR_INDEX``: "the API reached 203 ..., up from 156 on Sunday" reads 203 and 156."""
    read: list[Quantity] = []
    for name in _INDEX.finditer(sentence):
        if name.group("short") and not _AIR.search(sentence):
            continue  # "the API" of a software firm
        for q in found:
            if q.start < name.end() or q.start > name.end() + _READ_SPAN or q in read:
                continue
            if q.unit is not None or q.currency or q.percent or q.multiplier or q.ordinal or q.age:
                continue
            if _THRESHOLD_BEFORE.search(sentence[max(0, q.start - 40):q.start]) \
                    or not _AFTER_READING.match(sentence, q.end):
                continue  # "a safe limit of 100", "19 stations"
            read.append(dataclasses.replace(q, unit=AIR_INDEX))
    return read


_COMPACT = 15  # "Category three", "Level IV": a scale's word and its figure written together


def _value(text: str) -> float | None:
    word = text.lower()
    if word.isdigit():
        return float(word)
    found = _VALUES.get(word)
    return float(found) if found is not None else None


def ratings(sentence: str, found: list[Quantity]) -> list[Quantity]:
    """``found`` (the amounts of ``sentence``) with each rating read as one ("EF-4" as 4 on the "EF" scale),
    in place of whatever the number reader made of it; left to right."""
    read: list[Quantity] = []
    # the scale each pattern reads; None: the scale named by its own word ("level 3 on the five-level scale")
    patterns: list[tuple[re.Pattern[str], str | None]] = [(_ON_SCALE, None), (_EF, "EF"), (_ALARM, "alarm")]
    if _STORMS.search(sentence):
        patterns.append((_CATEGORY, "category"))
    if _ALERTS.search(sentence):
        patterns.append((_LEVEL, "level"))
    if _AVALANCHES.search(sentence):
        patterns.append((_SIZE, "size"))
    for pattern, scale in patterns:
        for m in pattern.finditer(sentence):
            value = _value(m.group("n"))
            if value is None or any(r.start < m.end() and m.start() < r.end for r in read):
                continue
            # the scale's word and its figure as written ("Level 4"); the figure alone when words stand between
            # them ("the danger level was raised to 4")
            start = m.start() if m.end("n") - m.start() <= _COMPACT else m.start("n")
            read.append(Quantity(start=start, end=m.end(), text=sentence[start:m.end()], value=value, low=value,
                                 high=value, qualifier="exact", unit=scale or m.group("w").lower()))
    return in_place_of(found, read + [r for r in readings(sentence, found) if r not in read])


# what each scale rates, as a reader names it
SCALES = {"EF": "tornado rating (Enhanced Fujita)", "alarm": "fire alarm level", "category": "storm category",
          "level": "alert level", AIR_INDEX: "air quality index", "size": "avalanche size", "grade": "grade",
          "force": "force (Beaufort)"}


def as_measure(q: Quantity, claim: Claim) -> Claim:
    """A claim of a rating as a measure of its own, its scale the unit, counting nothing; any other claim as it
    is."""
    if q.unit is None or q.unit not in SCALES or q.currency:
        return claim
    return dataclasses.replace(claim, measure=RATING, unit=q.unit, counted=None, role="objects", subject=None,
                               subject_group="not_people", counted_as=None)
