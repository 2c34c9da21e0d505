"""Numbers that are part of a name, and quakes rated in degrees.

A figure right after a proper noun and hung on it by the parse names a thing rather than counting
anything: a version ("the Firefox 17 browser"), a model ("the Galaxy 4"), a level or a numbered
route ("Level 2 chargers", "Route 66"). A figure coordinated with such a number names another
version of the same thing ("Firefox 17 and 18"). A figure that is the parse's modifier of a noun
after it still counts that noun ("Apple sold 9 million phones", "Ohio reported 3 deaths"), and a
month's day ("March 3") is a date, read elsewhere.

"A 5.9 degree quake" is a magnitude: a quake has no temperature.
"""
from __future__ import annotations

import re

from storyline.extract import claim_words as W
from storyline.extract import counted_fix
from storyline.extract.reading import ArticleReader, Sentence

_NAME_DEPS = frozenset({"nummod", "appos", "compound"})
_NUMBER_SHAPE = re.compile(r"\d+(?:\s?\.\s?\d+)?")  # "8", "5.01", "6. 7": not "nine", not "20,000"
_LISTING = frozenset({",", "and", "or", "&"})  # the words between the numbers of a list
_DEGREE_AFTER = re.compile(r"\s*-?\s*degrees?\b", re.IGNORECASE)


def _is_name(reader: ArticleReader, sent: Sentence, i: int) -> bool:
    """A proper noun inside the sentence, not a month, written with a capital and not the sentence's first word."""
    tok = reader.tokens[i]
    word = reader.words(i)
    return tok.pos == "PROPN" and i > sent.tokens.start and word[:1].isupper() \
        and word.lower().rstrip(".") not in W.MONTH_NAMES | W.MONTH_SHORT


def _named_head(reader: ArticleReader, sent: Sentence, num: int) -> bool:
    """Whether a number hangs on the proper noun written right before it ("Firefox 17")."""
    tok = reader.tokens[num]
    return tok.dep in _NAME_DEPS and tok.head == num - 1 and _is_name(reader, sent, tok.head)


def part_of_name(reader: ArticleReader, sent: Sentence, num: int | None, number_text: str) -> bool:
    """Whether a figure written in digits is part of a name: the parse hangs it on the proper noun right
    before it, or it is listed right after a number so hung ("Firefox 17 and 18", "Firefox 16, 17 or 18")
    and counts no noun after it (not "Firefox 17 and 18 users": users, counted)."""
    if num is None or not _NUMBER_SHAPE.fullmatch(number_text):
        return False
    return _named(reader, sent, num)


def _named(reader: ArticleReader, sent: Sentence, num: int) -> bool:
    if _named_head(reader, sent, num):
        return True
    tok = reader.tokens[num]
    if tok.dep in ("nummod", "compound") and tok.head > num:
        return False  # it counts the noun after it
    k = num - 1
    while k > sent.tokens.start and reader.words(k).lower() in _LISTING:
        k -= 1
    return k < num - 1 and reader.tokens[k].pos == "NUM" and _NUMBER_SHAPE.fullmatch(reader.words(k)) is not None \
        and _named(reader, sent, k)


def quake_in_degrees(number_text: str, after: str) -> bool:
    """Whether a figure in degrees right before a quake's noun is its magnitude ("a 6.2 degree tremor")."""
    degree = _DEGREE_AFTER.match(after)
    return degree is not None and counted_fix.quake_rating(number_text, after[degree.end():])
