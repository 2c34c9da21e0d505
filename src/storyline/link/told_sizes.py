"""Sizes told as a modifier, and counts of a noun that takes no plural, kept when several sources tell them.

Three ways of telling a size leave it out of the table, rightly when one writer tells it in passing:

- a number joined to the noun of a level, a step or a unit of power before the noun of a whole: "a six-storey
  building", "the 13-play drive", "a 275 horsepower motor" (the claim reader gives it no measure:
  ``SKIP_MEASURES``);
- a screen's resolution, width by height: "a 1440 x 900 display" (no measure either);
- a count of an initialism that writers do not pluralise: "24 KO", "121 RBI" (``_modifier`` reads a singular
  noun after a figure above one as a modifier).

When outlets of different sources give the same value of the same noun, in their own words (as a modifier, or
one of them as a plain count: "its six storeys", "24 KOs"), the figure is what the story tells: independent
writers do not agree by chance on a figure they mention in passing. It becomes a row counting that noun
("storeys", "plays", "horsepower", "KOs"); a resolution becomes one of its width in pixels, told apart by value
like any resolution (``extract/screen_figures.py``). A figure one outlet alone tells ("a 10-storey hotel
nearby", "a 10-year-old boy", "a two-day visit"), copies of one wire text and one sentence reprinted agree with
nobody and stay out.

This is ``kept_more.agreed_parts`` for wholes that are not bodies, streaks or series: a building counted in
its levels, a drive in its plays, an engine in its power. A dimension that names a kind of thing ("a 12-gauge
shotgun", "a .38-caliber revolver", "a 64-bit chip", "a four-door car", "a two-time champion") stays out
however many outlets tell it: kept, it made more wrong rows than right on the development sets and one more
wrong row on the validation set. Each test reads only the figure, the words joined to it and the article's
source, never a story's words.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Mapping, Sequence

from storyline.extract import claim_words as W
from storyline.extract import screen_figures
from storyline.link.kept_more import agreed_modifiers
from storyline.model import Article, Claim

# The levels a building is counted in, the plays of a drive: the noun as told -> the row's noun. Joined by a
# hyphen ("a six-storey building", "a 13 - play drive"): "two story lines" is no building's height
LEVELS = {"storey": "storeys", "story": "storeys", "floor": "storeys", "level": "storeys", "play": "plays"}
# The power of an engine or a plant, a unit told with or without a hyphen ("a 275 horsepower electric motor")
POWER = {"horsepower": "horsepower", "hp": "horsepower", "kilowatt": "kilowatts", "kw": "kilowatts",
         "megawatt": "megawatts", "mw": "megawatts"}
# the hyphen (a spaced one too, or none), the noun, then a word of the whole ("building", "drive", "motor")
_NOUN_AFTER = re.compile(r"^\s*(?P<hyphen>-?)\s*(?P<noun>[A-Za-z]+)\s+(?P<whole>[A-Za-z][\w'’-]*)")
_NOT_A_WHOLE = frozenset({"and", "or", "but", "in", "of", "on", "at", "to", "for", "with", "by", "from", "as",
                          "the", "a", "an", "is", "was", "are", "were"})
# an initialism of two to five capitals right after the figure, ending its phrase ("24 KO)", "121 RBI and a
# .308 average", "47 KO's"): before another noun it qualifies that noun ("3 USB ports")
_INITIALISM_AFTER = re.compile(r"^\s+(?P<initialism>[A-Z]{2,5})(?:['’]?s)?(?![\w-]|\s+(?!(?:and|or|but|in|on|at|"
                               r"of|for|with|to|as|this|last|that|while|after|before)\b)[a-z0-9])")


# a screen's resolution, its width first: "a 1440 x 900 display", "480-by-360 pixels", "2880x1800"; both
# sides in the hundreds (a "4x4" is a kind of car)
_PIXELS = "pixels"
_BY_HEIGHT = re.compile(r"^\s*-?\s*(?:x|by|×)\s*-?\s*[1-9](?:\d{2,3}|,\s?\d{3})\b", re.IGNORECASE)


def size_noun(claim: Claim) -> str | None:
    """The noun a figure told as a modifier counts, as a row names it ("a six-storey building" -> "storeys",
    "a 13-play drive" -> "plays", "24 KO" -> "kos"); None for any other figure, a figure with decimals or one."""
    at = claim.figure_at()
    value = claim.value if claim.value is not None else claim.high
    if at < 0 or value is None or value <= 1 or value != int(value) or claim.measure not in ("other", "count"):
        return None
    if claim.text[:at].rstrip().endswith("."):  # a decimal fraction split from its point: "a .919 OPS", "a. 919"
        return None
    after = claim.text[at + len(claim.number_text):]
    if claim.measure == "other" and value >= 100 and _BY_HEIGHT.match(after):
        return _PIXELS  # the width of a resolution, the figure a reader compares screens by
    joined = _NOUN_AFTER.match(after)
    if joined and claim.measure == "other" and joined.group("whole").lower() not in _NOT_A_WHOLE:
        noun = joined.group("noun").lower()
        return POWER.get(noun) or (LEVELS.get(noun) if joined.group("hyphen") else None)
    initialism = _INITIALISM_AFTER.match(after)
    if initialism and (claim.counted or "").lower() == initialism.group("initialism").lower():
        return initialism.group("initialism").lower() + "s"
    return None


def _plain(claim: Claim) -> str | None:
    """The noun a plain count counts, as a row names it, when it is one word ("its six storeys" -> "storeys",
    "24 KOs" -> "kos"): the other way to tell a size."""
    words = (claim.counted or "").lower().split()
    if claim.measure != "count" or claim.qualifier != "exact" or len(words) != 1:
        return None
    word = W.singular(words[0])
    return LEVELS.get(word) or POWER.get(word) or word + "s"


def agreed_sizes(articles: Sequence[Article], *, copies: Mapping[str, str] | None = None) -> dict[str, Claim]:
    """The claims told as a modifier whose noun and value an article of another source gives too, in other
    words, as a modifier or as a plain count ("a six-storey building", "the building's six storeys"), each as
    the count of its noun, by claim id."""
    copies = copies or {}
    told: dict[tuple[str, float], list[tuple[str, Claim, bool]]] = {}  # source, claim, told as a modifier
    for article in articles:
        for claim in article.claims:
            value = claim.value if claim.value is not None else claim.high
            noun = size_noun(claim)
            modifier = noun is not None
            noun = noun or _plain(claim)
            if noun and value is not None:
                told.setdefault((noun, value), []).append((copies.get(article.id, article.id), claim, modifier))
    return {c.id: _as_count(c, noun) for (noun, _), claims in agreed_modifiers(told).items() for c in claims}


def _as_count(claim: Claim, noun: str) -> Claim:
    """The claim as the count of its noun; a resolution as a measure of its own, told apart by value (a
    1440-pixel and a 2880-pixel screen are two products, not one figure told loosely)."""
    if noun == _PIXELS:
        return dataclasses.replace(claim, measure=screen_figures.RESOLUTION, unit=_PIXELS, counted=None,
                                   role="objects", subject=None, subject_group="not_people", counted_as=None)
    return dataclasses.replace(claim, measure="count", counted=noun, unit=noun)
