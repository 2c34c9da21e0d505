"""Figures of a kind the facts table leaves out, kept when the story is about them.

The claim filters of ``reconcile`` drop whole kinds of figure as the setting: a duration longer
than a month is most often a history's ("over three decades", "for 35 years"). But when several
outlets, each in its own words, give the same long duration, that length is what the story tells
("after a seven-month review", "41 years after the killings", "a saga of nearly two years"):
independent writers do not agree by chance on a figure they mention in passing. A sentence copied
from one wire text or one quote ("'It's been with us for 20 years,' he said" in two articles) is one
writer, not two. A product's specification ("8GB of RAM", "a 2.3GHz chip") and an area ("a 170,000-square-foot
building", "the nine-acre site") are figures of the thing, not counts of the noun after them, and one per value:
several outlets giving one makes it a fact. Each test here reads only the figures and their sentences, never a
story's words.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence

from storyline.link.copies import containment, shingles
from storyline.model import Article, Claim

AGREE_RATIO = 1.1  # two sizes of one length within this ratio are one length ("23 months", "nearly two years"),
# and seven years and eight years are two
EARLY = 0.5  # the share of an article where it tells its own event
SAME_WORDING = 0.7  # sentences sharing this share of their words are one sentence copied, not two writers agreeing
# a rank or a part, not an amount: "the 14th month", "the second half of the year"
_NOT_AN_AMOUNT = re.compile(r"\d(?:st|nd|rd|th)\b|\b(?:first|second|third|fourth|fifth|last)\b|"
                            r"^\s*(?:half|quarter)\s*$", re.IGNORECASE)
# a span of time counted back or on from the writer's day, not the length of anything the story tells:
# "in the past two years", "over the next 24 months", "the last five decades", "forty years prior", "its first
# 100 days"
_WINDOW_BEFORE = re.compile(r"\b(?:past|next|last|previous|coming|first)\s+(?:(?:few|several|\w+ly)\s+)?$",
                            re.IGNORECASE)
_WINDOW_AFTER = re.compile(r"^\s*-?\s*[a-z]+\s+(?:ago|prior|hence)\b", re.IGNORECASE)
# ... or an age the claim reader took for a length: "who were 61 and 48 years old"
_AGE_AFTER = re.compile(r"^(?:\s*(?:and|or|,)\s*\d+)?\s*-?\s*years?\s*-?\s*old\b", re.IGNORECASE)
def same_wording(a: str, b: str) -> bool:
    """Whether two sentences are one text copied (a wire story, a quote), as against two ways of telling:
    most of their words are shared (the copies' measure, on single words)."""
    return containment(shingles(a, size=1), shingles(b, size=1)) >= SAME_WORDING


def independent(source: str, claim: Claim, other_source: str, other: Claim) -> bool:
    """Whether two reports of a figure are two writers': another source (copies of one wire text count as
    one) in other words (one quote reprinted is one writer)."""
    return other_source != source and not same_wording(claim.text, other.text)


def window(claim: Claim) -> bool:
    """Whether a duration counts back or on from the writer's day ("the past two years", "the next 24 months",
    "six months ago", "forty years prior") or is an age read as a length ("61 and 48 years old"): no length of
    the story's own."""
    at = claim.figure_at()
    if at < 0:
        return False
    before, after = claim.text[:at], claim.text[at + len(claim.number_text):]
    return bool(_WINDOW_BEFORE.search(before) or _WINDOW_AFTER.match(after) or _AGE_AFTER.match(after))


def agreed(articles: Sequence[Article], *, kept_out: Callable[[Claim], bool], size: Callable[[Claim], float | None],
           copies: Mapping[str, str] | None = None, ratio: float = AGREE_RATIO) -> frozenset[str]:
    """The ids of claims ``kept_out`` would leave out whose size an article of another source gives too,
    within ``ratio`` and in other words, both in the first half of their articles, where news tells its
    own event (history comes later): "a seven-month review" in one article and "after an intensive
    seven-month investigation" in another; then the same size told later in any article. A figure
    repeated in one article, in copies of one text or in one quote reprinted agrees with nobody; a rank
    or a part ("the 14th month", "the second half of the year") is no amount to agree on."""
    copies = copies or {}
    sized: list[tuple[float, str, Claim, bool]] = []  # size, source, claim, told in the first half of its article
    for article in articles:
        for claim in article.claims:
            if kept_out(claim) and not _NOT_AN_AMOUNT.search(claim.number_text) and not window(claim) and \
                    (value := size(claim)) is not None and value > 0:
                early = claim.start <= EARLY * len(article.text)
                sized.append((value, copies.get(article.id, article.id), claim, early))
    sized.sort(key=lambda s: s[0])
    kept: set[str] = set()
    for i, (value, source, claim, early) in enumerate(sized):
        for other_value, other_source, other, other_early in sized[i + 1:]:
            if other_value > value * ratio:
                break
            if early and other_early and independent(source, claim, other_source, other):
                kept.update((claim.id, other.id))
    sizes = [value for value, _, claim, _ in sized if claim.id in kept]
    kept.update(claim.id for value, _, claim, _ in sized
                if any(v <= value * ratio and value <= v * ratio for v in sizes))
    return frozenset(kept)


# The units a product's specification is told in: memory and storage, clock speed, pixels. A figure in one
# of them is a measure of the thing, not a count the noun after it qualifies ("4GB of RAM", "a 2.3GHz chip",
# "a 12-megapixel camera", "220 ppi"), and different values are different specifications (4GB standard,
# 8GB at most), never one figure told loosely.
SPEC_UNITS = {"kb": "KB", "mb": "MB", "gb": "GB", "tb": "TB", "kilobyte": "KB", "megabyte": "MB", "gigabyte": "GB",
              "terabyte": "TB", "mhz": "MHz", "ghz": "GHz", "megahertz": "MHz", "gigahertz": "GHz",
              "megapixel": "megapixel", "mp": "megapixel", "mpx": "megapixel", "ppi": "ppi", "mah": "mAh"}
_UNIT_AFTER = re.compile(r"^\s*-?\s*([A-Za-z]+)\b")


def spec_unit(claim: Claim) -> str | None:
    """The specification unit a figure is told in ("8GB of RAM" -> "GB", "a 2.3GHz chip" -> "GHz"), read from
    the first word of what it counts, from its unit or from the word right after it; None for any other figure."""
    if claim.measure not in ("count", "other") or (claim.value is None and claim.high is None):
        return None
    at = claim.figure_at()
    glued = _UNIT_AFTER.match(claim.text[at + len(claim.number_text):]) if at >= 0 else None  # "a 512MHz chip"
    words = (claim.counted or "").split()[:1] + (claim.unit or "").split()[:1] + ([glued.group(1)] if glued else [])
    for text in words:
        word = text.lower()
        word = word[:-1] if word.endswith("s") and word[:-1] in SPEC_UNITS else word
        if word in SPEC_UNITS:
            return SPEC_UNITS[word]
    return None


def spec_key(claim: Claim, unit: str) -> tuple[str, ...]:
    """The quantity a specification reports: its unit and its value ("up to 8GB" and "8GB" are one)."""
    value = claim.high if claim.high is not None else claim.value
    return ("count", unit, f"{value:g}")


# An area: "a 170,000-square-foot building", "40,000 square feet", "the 9-acre complex", "12 hectares"
_AREA_AFTER = re.compile(r"^\s*-?\s*(?:(?P<square>square)\s*-?\s*(?P<side>feet|foot|ft|yards?|metres?|meters?|m|"
                         r"kilomet(?:re|er)s?|km|miles?|mi)|(?P<land>acres?|hectares?))\b", re.IGNORECASE)
# a name, then the area in an apposition that says what the named place is: "Qeshm, a 1,500-square-kilometre
# island": the place's size, the setting of the story, not a figure of it
_NAMED_PLACE_BEFORE = re.compile(r"\b[A-Z][\w'’.-]*,\s+(?:an?|the)\s+$")
_AREA_UNITS = {"feet": "square feet", "foot": "square feet", "ft": "square feet", "yard": "square yards",
               "metre": "square metres", "meter": "square metres", "m": "square metres",
               "kilometre": "square kilometres", "kilometer": "square kilometres", "km": "square kilometres",
               "mile": "square miles", "mi": "square miles", "acre": "acres", "hectare": "hectares"}


def area_unit(claim: Claim) -> str | None:
    """The unit of an area a figure gives ("a 170,000-square-foot building" -> "square feet", "the nine acre
    site" -> "acres"): a measure of a place or a building, like a specification, not a count of the noun after it. The
    size of a named place told in apposition ("Qeshm, a 1,500-square-kilometre island") is its setting: None."""
    if claim.measure not in ("count", "other") or (claim.value is None and claim.high is None):
        return None
    at = claim.figure_at()
    area = _AREA_AFTER.match(claim.text[at + len(claim.number_text):]) if at >= 0 else None
    if area is None or _NAMED_PLACE_BEFORE.search(claim.text[:at]):
        return None
    word = (area.group("side") or area.group("land")).lower()
    return _AREA_UNITS.get(word) or _AREA_UNITS.get(word.rstrip("s"))


# a word of a fire's or a flood's harm near an area: "burned about 4,200 hectares", "17,500 hectares burned",
# "the burned area stood at", "the flames have eaten through 11,800 hectares", "10,000 acres were flooded"
_HARM_NEAR = re.compile(r"\b(?:burn(?:s|ed|t|ing)?|scorch\w*|charred|blaze|fires?|flames?|flood(?:s|ed|ing)?|"
                        r"inundat\w*|submerg\w*|destroy\w*|razed|ravag\w*|consum\w*|eaten|engulf\w*|"
                        r"swept|devastat\w*)\b", re.IGNORECASE)
_AS_MODIFIER = re.compile(r"^\s*-\s*|^\s+[a-z]+\s*-\s*[a-z]")  # "a 1,500-hectare farm", "a 9-acre site"


def harmed_area(claim: Claim) -> bool:
    """Whether an area is the extent a fire or a flood has harmed, told as an amount, not a place's size: a word of
    burning, flooding or destruction beside it in its sentence ("burned about 4,200 hectares", "17,500 hectares
    burned"), and the area not a modifier of a noun ("a 1,500-hectare farm"). Its figures are one quantity that
    grows over the days, not one specification per value."""
    sides = claim.around_figure()
    if sides is None or _AS_MODIFIER.match(sides[1]):
        return False
    return bool(_HARM_NEAR.search(sides[0][-60:] + claim.number_text + sides[1][:40]))
