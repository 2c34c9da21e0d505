"""Seeds and standings in a ranking, read as ranks: "the top-seeded team", "the No. 5 seed",
"ninth-seeded", "seeded third", "will climb to 17th in the rankings", "number 24 in the world".

Outlets of a tournament, a league, a poll or a chart tell where a player, a team or a party stands:
its seed in the draw and its place in a ranking or the standings. A reader puts that place in the
facts table ("Creighton's tournament seed: 1", "Salvetti's ranking after the title: 24"), and several
outlets tell it, each in its own words (a seed as "top-seeded", "the No. 1 seed" or "the tournament's
top seed"; a ranking as "24th in the rankings" or "number 24 in the world"). The claim reader passed
them over: a seed's ordinal is fused with "-seeded" and "No. 5" names rather than counts; a place in
a ranking is an ordinal that qualifies no noun.

They are read only where the words of a draw or of a ranking stand beside the figure: "seed", "seeded"
and "seeding" for a seed; "in the rankings", "in the standings", "in the world", "in the polls",
"world No.", "ranked", "in club history" for a standing. These words tell the same thing in any sport, chart or poll; no
event's names are needed. A count of seeds ("planted five seeds"), a plural group ("the top seeds",
"the top four seeds") and an ordinal that ranks a noun ("the fifth player in the world to ...", read
by ``ordinals.py`` or left out) stay out.

The measure is ``rank`` (``ordinals.RANK``); a seed counts "seeds", a standing "rankings", so that one
place told by several outlets in any of these words keys one fact (``ordinals.rank_key``), and another
place (another team's seed) another.
"""

from __future__ import annotations

import re

from storyline.extract.ordinals import LAST_RANK, Rank, value_of
from storyline.extract.quantities import Quantity
from storyline.extract.reading import ArticleReader, Sentence

SEEDS = "seeds"
RANKINGS = "rankings"

_CARDINALS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
              "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16}
_ORDINAL = r"(?:\d{1,3}\s?(?:st|nd|rd|th)|[a-z]+(?:th|st|nd|rd))"  # checked by ordinals.value_of
_NUMBERED = r"(?:No\s?\.|no\s?\.|number|Number|#)\s?\d{1,3}"  # "No. 5", "number 24", "#3"
_PLACE = rf"(?P<n>{_NUMBERED}|{_ORDINAL}|top)"
_HYPHEN = r"\s?[-–]\s?"

# "top-seeded", "ninth-seeded", "No. 5-seeded", "fifth seeded": a seed told as an adjective
_SEEDED = re.compile(rf"(?<![\w-]){_PLACE}(?:{_HYPHEN}|\s)seeded\b", re.IGNORECASE)
# "the No. 5 seed", "the fifth seed", "the tournament's top seed", "a No. 1 seed", "the five seed": one seed
_SEED = re.compile(rf"\b(?P<det>the|an?|its|their|his|her|[\w.]+['’]s)\s+(?:[\w.-]+\s+)??"
                   rf"(?P<n>{_NUMBERED}|{_ORDINAL}|top|{'|'.join(_CARDINALS)}|\d{{1,2}})"
                   rf"(?:{_HYPHEN}|\s)seed\b(?!\s?[-–]?\s?(?:s\b|ed\b|ing\b|bank|money|fund|capital|round|stage))",
                   re.IGNORECASE)
# "seeded fifth", "seeded No. 3", "was seeded 12th": a seed told after the verb
_SEEDED_AS = re.compile(rf"\bseeded\s+(?P<n>{_NUMBERED}|{_ORDINAL})\b", re.IGNORECASE)
# "to 24th in Monday's ATP rankings", "17th in the world rankings", "number 24 in the world", "third in the
# polls", "fifth in the standings": a place in a ranking
_STANDING = re.compile(rf"(?<![\w-])(?P<n>{_NUMBERED}|{_ORDINAL})\s+(?:place\s+|spot\s+)?in\s+"
                       r"(?:the\s+|[\w.]+['’]s\s+)?(?:[\w.-]+\s+){0,2}?(?P<what>rankings?|standings|world|polls?|table|charts?|league|history)\b",
                       re.IGNORECASE)
# "world No. 3", "the world number 24": a place in a ranking of the world
_WORLD = re.compile(rf"\bworld\s+(?P<n>{_NUMBERED})\b", re.IGNORECASE)
# "ranked 17th", "is ranked No. 4", "ranked fifth in the world": a place in a ranking after the verb
_RANKED = re.compile(rf"\branked\s+(?:as\s+high\s+as\s+)?(?P<n>{_NUMBERED}|{_ORDINAL})(?!\s?[-–])\b",
                     re.IGNORECASE)
# "the first in club history to ...", "the third in the league to ...": a record book's aside, not a standing
_ASIDE = re.compile(r"^\s+in\s+(?:the\s+)?(?:(?!rankings?\b|standings\b|polls?\b|table\b|charts?\b)[\w.'’-]+\s+){0,3}?"
                    r"(?:to|who|that|with)\b", re.IGNORECASE)


def standings(reader: ArticleReader, sent: Sentence) -> list[Rank]:
    """The seeds and places in a ranking a sentence tells, each once (offsets in the sentence)."""
    text = reader.text[sent.start:sent.end]
    low = text.lower()
    found: list[Rank] = []
    patterns: list[tuple[re.Pattern[str], str]] = []
    if "seed" in low:
        patterns += [(_SEEDED, SEEDS), (_SEED, SEEDS), (_SEEDED_AS, SEEDS)]
    if any(w in low for w in ("rank", "standings", "world", "poll", "table", "chart", "league", "history")):
        patterns += [(_STANDING, RANKINGS), (_WORLD, RANKINGS), (_RANKED, RANKINGS)]
    for pattern, counted in patterns:
        for m in pattern.finditer(text):
            start, end = m.span("n")
            value = _value(m.group("n"))
            if value is None or not 1 <= value <= LAST_RANK or any(r.quantity.start < end and start < r.quantity.end
                                                                   for r in found):
                continue
            if pattern is _STANDING and _ASIDE.match(text[end:]):
                continue
            if pattern is _SEED and m.group("det").lower() in ("a", "an") and not re.match(_NUMBERED, m.group("n")):
                continue  # "a five seed mix", "a second seed was sown": a count of seeds, another seed
            found.append(Rank(Quantity(start=start, end=end, text=text[start:end], value=float(value),
                                       low=float(value), high=float(value), qualifier="exact", ordinal=True),
                              counted))
    return found


def _value(words: str) -> int | None:
    """The place a seed or a standing names: "top" (1), "No. 5", "number 24", "#3", "ninth", "17th", "five"."""
    low = re.sub(r"\s", "", words.lower())
    if low == "top":
        return 1
    if m := re.fullmatch(r"(?:no\.|number|#)(\d{1,3})", low):
        return int(m.group(1))
    if low.isdigit():
        return int(low)
    if low in _CARDINALS:
        return _CARDINALS[low]
    if low == "first":
        return 1
    return value_of(low)
