"""Counts told as a modifier, kept when several outlets give them.

A number joined by a hyphen to the noun of a part, before the noun of a whole, is how many parts the
whole has: "a 40-member board" (members), "a five-game winning streak" (games), "the three-book
series" (books). The claim reader takes the figure for a modifier of one thing ("a four-by-four car", "a
three-story building", "a 12-gauge shotgun"), and those the table rightly leaves out (a building's storeys
several sources tell are kept in told_sizes.py); but a part that is a
person, a contest, a result or a work is counted, and when outlets of different sources give the same count
of the same part in their own words, that count is what the story tells: independent writers do not agree by
chance on a figure they mention in passing.

The size of a whole does not change with the day a sentence tells it ("In May, the 40-member board
voted"), so an agreed count keeps its place even where its sentence dates an earlier act.
Each test reads only the figure, the words joined to it and the article's source, never a story's words.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Mapping, Sequence
from typing import TypeVar

from storyline.link.kept_figures import independent
from storyline.model import Article, Claim

K = TypeVar("K")  # what agreeing reports are grouped by: a part or a noun, with its value

# Nouns of parts a whole is counted in. A person of a body ("a 12-member jury", "a five-man crew"), a contest
# of a run ("a seven-game streak", "a 12-fight unbeaten run"), a result ("a six-win improvement"), a work of a
# series ("a three-book series", "a two-part film"). An occasion ("a three-time champion") is a career's, most
# often the background of a person the story names; a dimension ("a three-story building", "a four-step scale",
# "a 12-gauge shotgun", "a 64-bit chip") names a kind of thing, not a count of parts: neither is here.
PEOPLE_PARTS = frozenset({"member", "man", "woman", "person", "player"})
PARTS = PEOPLE_PARTS | frozenset({
    "game", "match", "fight", "bout", "race", "start", "round",
    "win", "victory", "loss", "defeat",
    "book", "film", "novel", "album", "episode", "part", "volume", "installment", "instalment"})
# the hyphen (a spaced one too: "seven - game"), the part, then a word of the whole ("losing streak", "series")
_PART_AFTER = re.compile(r"^\s*-\s*(?P<part>[a-z]+)\s+(?P<whole>[A-Za-z][\w'’-]*)")
# words that follow a part without naming a whole: "a seven-game and ...", "the 12-game in ..."
_NOT_A_WHOLE = frozenset({"and", "or", "but", "in", "of", "on", "at", "to", "for", "with", "by", "from", "as",
                          "the", "a", "an", "is", "was", "are", "were"})


def part(claim: Claim) -> str | None:
    """The part a count told as a modifier counts ("a 40-member board" -> "member", "a five-game winning
    streak" -> "game"); None for a dimension ("a three-story building"), a figure that stands alone or a
    figure with decimals."""
    at = claim.figure_at()
    value = claim.value if claim.value is not None else claim.high
    if at < 0 or value is None or value <= 1 or value != int(value):
        return None
    joined = _PART_AFTER.match(claim.text[at + len(claim.number_text):])
    if joined is None or joined.group("whole").lower() in _NOT_A_WHOLE:
        return None
    word = joined.group("part")
    return word if word in PARTS else None


def as_count(claim: Claim, word: str) -> Claim:
    """The claim as the count of its parts: "a 40-member board" counts 40 members (people), "a five-game
    streak" five games."""
    if word in PEOPLE_PARTS:  # "a five-man crew" and "a five-member crew" count one body's members
        return dataclasses.replace(claim, measure="count", counted="members", unit="people")
    return dataclasses.replace(claim, measure="count", counted=_plural(word), unit=_plural(word))


_IRREGULAR = {"man": "men", "woman": "women", "person": "people", "match": "matches", "victory": "victories"}


def _plural(word: str) -> str:
    return _IRREGULAR.get(word, word + "s")


def agreed_parts(articles: Sequence[Article], *, copies: Mapping[str, str] | None = None) -> frozenset[str]:
    """The ids of counts told as a modifier whose part and value an article of another source gives too, in
    other words ("a five-game winning streak" and "their current five-game run"), or, for the members of a
    body, as a plain count ("a 40-member board" and "its 40 members"): one outlet's modifier, copies of one
    text or one quote reprinted agree with nobody."""
    copies = copies or {}
    told: dict[tuple[str, float], list[tuple[str, Claim, bool]]] = {}  # source, claim, told as a modifier
    for article in articles:
        for claim in article.claims:
            word = part(claim)
            value = claim.value if claim.value is not None else claim.high
            if value is None:
                continue
            if word is None and claim.measure == "count" and claim.qualifier == "exact":
                # "its 40 members", told plainly; a plain count of games or books is most often another
                # figure ("won 40 games", "six games into the season"), a body's members are its size
                word = _singular(claim.counted)
                word = word if word in PEOPLE_PARTS else None
                modifier = False
            else:
                modifier = True
            if word:
                word = "member" if word in PEOPLE_PARTS else word  # "a five-man crew", "a five-member crew": one count
                told.setdefault((word, value), []).append((copies.get(article.id, article.id), claim, modifier))
    return frozenset(c.id for claims in agreed_modifiers(told).values() for c in claims)


def agreed_modifiers(told: Mapping[K, Sequence[tuple[str, Claim, bool]]]) -> dict[K, list[Claim]]:
    """For each (noun, value) of ``told`` (its reports as (source, claim, told as a modifier)), the claims told as
    a modifier, when two reports of it agree: one of them a modifier, the other of another source in other
    words (``independent``: copies of one text or one quote reprinted agree with nobody)."""
    return {key: [c for _, c, modifier in reports if modifier] for key, reports in told.items()
            if any((modifier or other_modifier) and independent(source, claim, other_source, other)
                   for i, (source, claim, modifier) in enumerate(reports)
                   for other_source, other, other_modifier in reports[i + 1:])}


def _singular(counted: str | None) -> str | None:
    """The one word a plain count counts, in the singular ("members" -> "member", "men" -> "man"); None for
    a phrase ("council members" names the body too) or for nothing."""
    words = (counted or "").lower().split()
    if len(words) != 1:
        return None
    word = words[0]
    singulars = {plural: single for single, plural in _IRREGULAR.items()}
    return singulars.get(word) or (word[:-2] if word.endswith("ches") else word[:-1] if word.endswith("s") else word)
