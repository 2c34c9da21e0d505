"""Figures a reader would not tabulate although the claims read them as counts.

Each test reads the grammar around one figure, never the story's words:

- a count that only points back at a set the story has already named ("both officers", "the two
  nations", "these three firms"): a definite determiner or "both" before the number makes it a
  reference, not a report of how many; a fact is left out when every report of it is such a
  reference (an outlet that gives the number plainly, "two officers fired", keeps it);
- one of several sizes joined into one modifier ("the 11- and 13-inch models", '15" screens'):
  the number is a size that names a model, not a count of models.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from storyline.extract.quantities import ORDINALS
from storyline.model import Claim

# a definite determiner just before the number: "the two nations", "these three firms", "those 12 men"
_DEFINITE_BEFORE = re.compile(r"\b(?:the|these|those)\s+$", re.IGNORECASE)
# a partitive or a span that makes the definite number a figure of its own: "half of the 288
# candidates", "out of the 40 seats", "all the 300 passengers" (the whole a part is measured against)
_PARTITIVE_BEFORE = re.compile(r"\b(?:of|all|from|among)\s+(?:the|these|those)\s+$", re.IGNORECASE)
# a relative clause after the noun names the set there and then ("the ten actors who played him",
# "the three firms that bid"): the number is told, not pointed back at
_RELATIVE_AFTER = re.compile(r"^\s*(?:[\w-]+\s+){1,3}?(?:who|whom|whose|that|which)\b", re.IGNORECASE)
_BOTH = "both"


def anaphoric(claim: Claim) -> bool:
    """Whether a count points back at people or things already named ("both drivers", "the two
    nations", "these three firms") instead of reporting how many there are; an ordinal ("the third
    victim"), a partitive's whole ("two of the three victims") and a set a relative clause names
    ("the ten actors who played him") are no such reference."""
    if claim.measure != "count" or claim.qualifier != "exact":
        return False
    at = claim.figure_at()
    if at < 0:
        return False
    word = claim.number_text.strip().lower()
    if word == _BOTH:
        return True
    if word in ORDINALS or not (word.isdigit() or word.isalpha()):
        return False
    before, after = claim.text[:at], claim.text[at + len(claim.number_text):]
    return bool(_DEFINITE_BEFORE.search(before)) and not _PARTITIVE_BEFORE.search(before) and \
        not _RELATIVE_AFTER.match(after)


def only_references(claims: Iterable[str], references: frozenset[str]) -> bool:
    """Whether every report of a fact only points back at a set already named: no outlet says how many."""
    return all(c in references for c in claims)


# after the number: a hyphen and a conjunction before the next size ("11- and 13-inch", "13-, 15-"),
# or an inch mark before a noun ('15" models')
_JOINED_SIZE_AFTER = re.compile(r"^\s*-\s*(?:and|or|,)\s+\S|^\s*[\"”″]\s*[a-z]", re.IGNORECASE)


def joined_size(claim: Claim) -> bool:
    """Whether a count is a size joined to another in one modifier ("the 11- and 13-inch models",
    "both 13- or 15-inch options") or given in inches ('the 15" models'): a size that names which
    model is meant, not how many there are. "Two and three bedrooms" counts and stays."""
    if claim.measure != "count":
        return False
    at = claim.figure_at()
    return at >= 0 and bool(_JOINED_SIZE_AFTER.match(claim.text[at + len(claim.number_text):]))

