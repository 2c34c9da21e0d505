"""A count whose noun stands before it: "the attackers, about 150 of them, came", "the gunmen, said to number more
than 100".

The claim reader looks for the noun a figure counts after it ("150 attackers") or in its phrase ("dozens of
attackers"). Writers also name the group first and give its size after it: in an apposition closed by "of them"
("The attackers, about 150 of them, came from the forest") or with the verb "to number" ("the gunmen, said by
survivors to number more than 100", "the crowd numbered 5,000"). The figure then counts nothing named and its row is
a bare number the table leaves out, however many sources give it. ``noun_before`` finds the plural noun such a
figure counts, so the claims stage types it as it types "150 attackers".

It reads the grammar around the figure, never a story's words. An apposition is the whole group, not a part of a
count told before ("of them" after a figure that follows another figure is a part: claims.py's ``_PARTITIVE``).
"""

from __future__ import annotations

import re

_ABOUT = (r"(?:(?:about|around|some|nearly|almost|roughly|approximately|over|more\s+than|at\s+least|up\s+to|"
          r"an\s+estimated|as\s+many\s+as)\s+)?")
# "The attackers, about 150 of them, ...": a plural noun, a comma, the figure, then "of them"
_APPOSED = re.compile(rf"\b(?P<noun>[A-Za-z][a-z]+(?:s|men)),\s+{_ABOUT}$")
_OF_THEM = re.compile(r"^\s+of\s+them\b(?!\s+(?:were|was|are|is|had|have)\b)", re.IGNORECASE)
_REACH = 120  # how far before the figure its noun and verb are looked for
# a figure told before in the sentence: "of them" then reads a part of it
_FIGURE = re.compile(r"\d|\b(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens?|scores|hundreds|"
                     r"thousands)\b", re.IGNORECASE)
# "the gunmen, said by survivors to number more than 100", "the crowd numbered 5,000"
_NUMBERED = re.compile(rf"\b(?P<noun>[A-Za-z][a-z]+(?:s|men))\b(?:,\s+[a-z][^.;:,]{{0,50}}?)?\s+"
                       rf"(?:to\s+number|numbered|numbering)\s+{_ABOUT}$")


def noun_before(before: str, after: str) -> int | None:
    """The offset in ``before`` (the sentence up to the figure) of the plural noun a figure counts when the
    sentence names it first (the module), or None."""
    near = max(0, len(before) - _REACH)  # the words just before the figure: bounded however long the sentence
    m = _APPOSED.search(before, near)
    if m and _OF_THEM.match(after) and not _FIGURE.search(before[:m.start()]):
        return m.start("noun")  # (not "386 homes were damaged in two regions, 41 of them": a part of the 386)
    m = _NUMBERED.search(before, near)
    return m.start("noun") if m else None


def numbered(before: str) -> bool:
    """Whether the verb "to number" gives the figure ("the gunmen numbered about 20"): a count, whatever
    other measure the words around it suggest."""
    return _NUMBERED.search(before, max(0, len(before) - _REACH)) is not None
