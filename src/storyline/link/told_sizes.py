"""Sizes told as a modifier, and counts of a noun that takes no plural, kept when several sources tell them.

Two ways of telling a count leave it out of the table, rightly when one writer tells it in passing:

- a number joined by a hyphen to the noun of a level or a step before the noun of a whole: "a six-storey
  building", "the 13-play drive" (the claim reader gives it no measure: ``SKIP_MEASURES``);
- a count of an initialism that writers do not pluralise: "24 KO", "121 RBI" (``_modifier`` reads a singular
  noun after a figure above one as a modifier).

When outlets of different sources give the same value of the same noun, in their own words, the count is
what the story tells (independent writers do not agree by chance on a figure they mention in passing), and it
becomes a row counting that noun ("storeys", "plays", "KOs"). A figure one outlet alone tells ("a 10-storey
hotel nearby"), copies of one wire text and one sentence reprinted agree with nobody and stay out.

This is ``kept_more.agreed_parts`` for wholes that are not bodies, streaks or series: a building counted in
its levels, a drive in its plays. A dimension that names a kind of thing ("a 12-gauge shotgun", "a 64-bit
chip", "a four-door car") is no count of parts and stays out however many outlets tell it. Each test reads only
the figure, the words joined to it and the article's source, never a story's words.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Mapping, Sequence

from storyline.extract import claim_words as W
from storyline.link.kept_figures import independent
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
    kept: dict[str, Claim] = {}
    for (noun, _), reports in told.items():
        if any((modifier or other_modifier) and independent(source, claim, other_source, other)
               for i, (source, claim, modifier) in enumerate(reports)
               for other_source, other, other_modifier in reports[i + 1:]):
            kept.update((c.id, dataclasses.replace(c, measure="count", counted=noun, unit=noun))
                        for _, c, modifier in reports if modifier)
    return kept
