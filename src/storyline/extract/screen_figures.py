"""Figures of technology that are no counts: a picture's resolution, a frame rate, a product's number.

The number reader takes "4K" for 4,000 and "1080p" for a bare 1080, and the claim reader then finds a noun
for them to count ("streaming at 4K, we render at a native 1080p and then upsample": 4,000 of "k", 1,080
"upsample"). A reader of technology news knows both for what they are: the resolution of a picture, told
as written ("4K", four thousand columns; "1080p", 1,080 lines). Each is a measure of its own, read here
(``resolutions``) with its value as written and its unit ("K", "p"), and a claim of it measures
``resolution`` (``as_measure``); a figure in frames per second, which the number reader already reads with
its unit, measures ``frame rate`` in the same way (its unit spelled out, as the table's label shows it).
Neither is a count of the noun after it, of people or of anything else; a claim of either counts nothing,
and the facts table tells them apart by value (``key``), at no place (``link/fact_place.py``).

"4K" is a resolution only in a sentence of pictures (a screen, a stream, a video, a camera, frames, ...)
and not before a race ("a 5K run"), nor after a currency sign ("$4K"); a line count is one of the
heights pictures are made in (480, 720, 1080, 1440, 2160, ...) with "p" or "i" glued to it.

A number that ends a product's name is no figure either: "Destiny 2 is available", "Windows 8, due in
October", "37 million iPhone 11 handsets", "four Thunderbolt 3 ports" (``names_a_product``). It follows the
capitalised name it belongs to: the first word of a sentence, a name written in mixed case ("iPhone",
"iPad"), or a name that stands between a count and the noun it counts. A number after a source's name
still counts ("told Reuters 12 people died"), and so does one after a month ("March 3"), a weekday or a
function word ("In 54 games", "His 14 points").
"""

from __future__ import annotations

import dataclasses
import re

from storyline.extract import claim_words as W
from storyline.extract.quantities import Quantity, in_place_of
from storyline.extract.reading import ArticleReader, Sentence
from storyline.model import Claim

RESOLUTION = "resolution"
FRAME_RATE = "frame rate"
MEASURES = frozenset({RESOLUTION, FRAME_RATE})

# "4K", "8k", "4K-ready": a picture's width in thousands of columns, as written
_K = re.compile(r"(?<![\w$£€¥.,/-])(?P<n>[2-8])\s?[Kk](?!\w)")
_RACE_AFTER = re.compile(r"^\s*-?\s*(?:runs?|races?|walks?|fun\b|road|trail|swims?|steps|followers|subscribers|views|"
                         r"likes|fans|miles|a\s+year|per\b|salary)", re.IGNORECASE)
_PICTURE_WORDS = re.compile(
    r"\b(?:resolutions?|videos?|stream\w*|display\w*|screens?|TVs?|televisions?|monitors?|HDR|fps|frames?|"
    r"cameras?|Blu-?ray|UHD|Ultra\s?HD|HD|pixels?|render\w*|graphics|gaming|games?|consoles?|upscal\w*|output|"
    r"content|footage|films?|movies?|projectors?|Netflix|YouTube|native|Chromecast|GPU)\b", re.IGNORECASE)
# "1080p", "720p", "1080i": the heights pictures are made in, with the letter of their scan glued on
_LINES = re.compile(r"(?<![\w$£€¥.,/-])(?P<n>240|360|480|540|576|720|900|1080|1200|1440|1600|2160|2880|4320)"
                    r"(?P<scan>[pi])(?![a-z])")


def resolutions(sentence: str, found: list[Quantity]) -> list[Quantity]:
    """``found`` (the amounts of ``sentence``) with each resolution read as one: "4K" as 4 "K", "1080p" as
    1080 "p", in place of whatever the number reader made of it; left to right."""
    read: list[Quantity] = []
    for m in _LINES.finditer(sentence):
        value = float(m.group("n"))
        read.append(Quantity(start=m.start(), end=m.end(), text=m.group(0), value=value, low=value, high=value,
                             qualifier="exact", unit="p"))
    if _PICTURE_WORDS.search(sentence):
        for m in _K.finditer(sentence):
            if _RACE_AFTER.match(sentence[m.end():]):
                continue
            value = float(m.group("n"))
            read.append(Quantity(start=m.start(), end=m.end(), text=m.group(0), value=value, low=value, high=value,
                                 qualifier="exact", unit="K"))
    return in_place_of(found, read)


def as_measure(q: Quantity, claim: Claim) -> Claim:
    """A claim of a resolution or a frame rate as a measure of its own ("K" or "p" as read; "frames per
    second"), counting nothing; any other claim as it is."""
    if q.unit in ("K", "p"):
        measure, unit = RESOLUTION, q.unit
    elif q.unit == "fps" and not q.currency:
        measure, unit = FRAME_RATE, "frames per second"
    else:
        return claim
    return dataclasses.replace(claim, measure=measure, unit=unit, counted=None, role="objects", subject=None,
                               subject_group="not_people", counted_as=None)


def key(claim: Claim) -> tuple[str, ...]:
    """The quantity a resolution or a frame rate reports: its measure, unit and value ("4K" and "1080p", or
    30 and 60 frames per second, are different figures, never one told loosely)."""
    value = claim.high if claim.high is not None else claim.value
    return (claim.measure, claim.unit or "", f"{value:g}" if value is not None else "")


_NUMBER = re.compile(r"\d{1,4}(?:\.\d)?")  # "2", "11", "3.0", "2080": not "1,000", not "nine"
_MIXED_CASE = re.compile(r"[a-z]+[A-Z][\w-]*")  # "iPhone", "iPad", "eBay"
_NOT_NAMES = W.MONTH_NAMES | W.MONTH_SHORT | {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
                                              "sunday", "week", "day", "page", "chapter", "number", "no"}


def _name_word(reader: ArticleReader, i: int) -> bool:
    word = reader.words(i)
    low = word.lower().rstrip(".")
    return reader.tokens[i].pos == "PROPN" and word[:1].isupper() and low not in _NOT_NAMES


def names_a_product(reader: ArticleReader, sent: Sentence, num: int | None, number_text: str) -> bool:
    """Whether a number written in digits ends a product's name: it follows a name that opens the sentence
    ("Destiny 2 is out"), a name in mixed case ("iPhone 11"), or a name standing between a count and the noun
    the count counts ("37 million iPhone 11 handsets", "four Thunderbolt 3 ports")."""
    if num is None or num <= sent.tokens.start or not _NUMBER.fullmatch(number_text.strip()):
        return False
    before = num - 1
    if _MIXED_CASE.fullmatch(reader.words(before)):
        return True
    if before == sent.tokens.start:  # the sentence's first word, capitalised whatever it is: the number on it
        word = reader.words(before)
        return word[:1].isupper() and reader.tokens[before].pos in ("PROPN", "NOUN") \
            and reader.tokens[num].head == before and word.lower().rstrip(".") not in _NOT_NAMES
    if not _name_word(reader, before):
        return False
    first = before
    while first > sent.tokens.start and _name_word(reader, first - 1):
        first -= 1
    if first == sent.tokens.start:
        return True
    counted = reader.tokens[num].head
    return reader.tokens[first - 1].pos == "NUM" and counted > num and reader.tokens[first - 1].head == counted
