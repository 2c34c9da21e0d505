"""The top of a scraped text: date prefixes, page stamps, bylines, kickers and the title.

Metadata found here is reported with the text that carries it, so a reader can check
it. Stamps further down the page (photo captions carry their own dates) are ignored.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from storyline.clean.lexicon import META_WORDS
from storyline.clean.lines import Line
from storyline.dates import find_dates

# The seeds' scraper convention: " date 2022-01-07 " at the start of the first line.
DATE_PREFIX = re.compile(r"^\s*date\s+(\d{4}-\d{2}-\d{2})\s")

# "Sputnik International, 1920, 06.01.2022": a site name, an image width or id, a date,
# alone on a line or glued to the end of a caption after a dash.
STAMP = re.compile(
    r"(?:^|\s[-–—|]\s)\W{0,2}(?P<name>[^\W\d][\w .&'’-]{1,40}?),\s*\d{1,5},\s*"
    r"(?P<date>\d{1,2}\.\d{1,2}\.\d{4})(?:\s+\d{1,2}:\d{2})?\s*$"
)
# "AGI – (Article updated ...)", "MOSCOW (Reuters) –": an outlet or place leading a stamp.
LEADING_NAME = re.compile(r"^\W{0,2}(?P<name>[A-Z][\w.&'’ ]{0,30}?)\s*[–—-]\s*\(")
WIRE_DATELINE = re.compile(
    r"^[A-ZÀ-Ý][A-ZÀ-Ý .'-]{1,40}(?:,\s*[A-Z][a-z]{2,8}\.? \d{1,2})?\s*\((?P<name>[A-Z][\w .&]{1,25})\)\s*[–—-]")
CLOCK = re.compile(r"\b\d{1,2}[:.]\d{2}\b|\b\d{1,2}\s?(?:a\.m\.|p\.m\.|am|pm)\b|\b\d{1,2}, \d{2} of\b", re.I)
BYLINE = re.compile(r"^(?:by|от|von|par|por|di|kirjoittanut)\s+[A-ZÀ-ÝА-Я][\w'’.-]+(?:\s+[A-ZÀ-ÝА-Я][\w'’.-]+){0,3}$")

_DIGIT = re.compile(r"\d")
HEADER_LINES = 6  # non-blank lines at the top where stamps and titles are looked for


@dataclass(slots=True)
class HeaderFacts:
    """What the top of a text says about the article, with the text that says it."""

    published: str | None = None
    published_text: str | None = None
    outlet: str | None = None
    outlet_text: str | None = None
    title: str | None = None
    title_line: int | None = None  # line number of the title, when it is a whole line
    date_prefix: bool = False  # the date came from the " date YYYY-MM-DD " prefix


def is_stamp(line: Line) -> re.Match[str] | None:
    return STAMP.search(line.text)


def is_byline_or_timestamp(line: Line) -> bool:
    """A short line that only says who wrote the piece or when it was published/updated."""
    if line.words > 15 or not _DIGIT.search(line.text):
        return BYLINE.match(line.text.strip()) is not None if line.words <= 15 else False
    if BYLINE.match(line.text.strip()):
        return True
    has_time = bool(find_dates(line.text)) or bool(CLOCK.search(line.text))
    if has_time and META_WORDS.search(line.text):
        return True
    # a line that is only a date (and maybe a clock time)
    rest = line.text
    for _, written in find_dates(line.text):
        rest = rest.replace(written, " ")
    rest = CLOCK.sub(" ", rest)
    return bool(find_dates(line.text)) and not re.search(r"[^\W\d_]{3,}", rest)


def is_headline(line: Line) -> bool:
    """Shaped like a headline: several words, not ending as a sentence does."""
    text = line.text.strip()
    if not (4 <= line.words <= 35) or line.label == "bad":
        return False
    if text[:1].islower() or text.startswith(("-", "•", "*")):
        return False
    return not line.terminal or text.endswith(("?", "!", "”", '"'))


def read_stamp(line: Line, facts: HeaderFacts) -> None:
    """Take the outlet and date a header stamp states, if it states them."""
    m = STAMP.search(line.text)
    if m:
        if facts.outlet is None and not line.text[: m.start()].strip(" -–—|•"):
            facts.outlet, facts.outlet_text = m.group("name").strip(), line.text.strip()
        if facts.published is None:
            dates = find_dates(m.group("date"))
            if dates:
                facts.published, facts.published_text = dates[0][0].isoformat(), line.text.strip()
        return
    lead = LEADING_NAME.match(line.text) or WIRE_DATELINE.match(line.text)
    if lead and facts.outlet is None and len(lead.group("name").split()) <= 4:
        facts.outlet, facts.outlet_text = lead.group("name").strip(), line.text.strip()
    if facts.published is None:
        dates = find_dates(line.text)
        if dates:
            facts.published, facts.published_text = dates[0][0].isoformat(), line.text.strip()
