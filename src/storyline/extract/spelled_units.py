"""The unit a figure spells inside its own words: "half an hour", "a year and a half", "a mile and a quarter".

A figure written in words can hold its unit: "half a kilometre" is 0.5 kilometres, "a year and a half" 1.5
years. The quantity parser reads both (``quantities._halves``), but the claims stage took the unit from the
figure's last word, which for "a year and a half", "an hour and a half" or "more than a mile and a half" is
"half": the claim counted nothing named, and its row, a bare number, never reached the table however many
sources gave it ("the inquiry will take a year and a half", "more than a year and a half into the dispute").
``unit_word`` names the unit word wherever the figure puts it: last ("half an hour"), or just before the
fraction that ends it ("a year and a half"). A decade or a century is told in years, as the parser's value is.

It reads the shape of an English figure, never a story's words.
"""

from __future__ import annotations

import re

_WORDS = re.compile(r"[a-z]+")
_FRACTION_TAIL = re.compile(r"\s+and\s+(?:an?|one)\s+(?:half|quarter|third)\s*$", re.IGNORECASE)
_IN_YEARS = frozenset({"decade", "decades", "century", "centuries"})


def unit_word(text: str) -> str:
    """The word of a figure's text that names its unit ("" when it has none): the word before a closing
    "and a half" ("a year and a half": "year"), else its last word ("half an hour": "hour"); a decade or a
    century as "year", the unit its value is counted in."""
    tail = _FRACTION_TAIL.search(text)
    words = _WORDS.findall((text[:tail.start()] if tail else text).lower())
    word = words[-1] if words else ""
    return "year" if word in _IN_YEARS else word
