"""Absolute calendar dates written in text: the one parser every stage uses.

Relative expressions ("on Thursday") are resolved elsewhere against an article's date;
this module only reads dates that name their day, month and year.
"""

from __future__ import annotations

import functools
import re
from datetime import date, time, timedelta

MONTHS: dict[str, int] = {}
for _num, _names in enumerate(
    (
        "january jan janvier janv enero ene gennaio genn januar jän tammikuu tammikuuta января январь янв janeiro",
        "february feb février févr febrero febbraio febr februar helmikuu helmikuuta февраля февраль фев fevereiro",
        "march mar mars marzo märz maaliskuu maaliskuuta марта март março",
        "april apr avril abril aprile huhtikuu huhtikuuta апреля апрель апр",
        "may mai mayo maggio magg toukokuu toukokuuta мая май maio",
        "june jun juin junio giugno juni kesäkuu kesäkuuta июня июнь junho",
        "july jul juillet julio luglio juli heinäkuu heinäkuuta июля июль julho",
        "august aug août agosto elokuu elokuuta августа август авг",
        "september sep sept septembre septiembre settembre syyskuu syyskuuta сентября сентябрь сен setembro",
        "october oct octobre octubre ottobre okt oktober lokakuu lokakuuta октября октябрь outubro",
        "november nov novembre noviembre marraskuu marraskuuta ноября ноябрь novembro",
        "december dec décembre déc diciembre dic dicembre dez dezember joulukuu joulukuuta декабря декабрь дек "
        "dezembro",
    ),
    start=1,
):
    for _name in _names.split():
        MONTHS.setdefault(_name, _num)

# The four letters that IGNORECASE patterns match as ASCII ones (Turkish dotted and dotless i,
# long s, the Kelvin sign). Readers look the words they match up in ASCII tables ("frıday" would
# find no weekday), so they read the text through ``fold``, which keeps every offset.
ASCII_FOLD = {0x130: "I", 0x131: "i", 0x17F: "s", 0x212A: "K"}


def fold(text: str) -> str:
    """``text`` with those letters as their ASCII ones, one character for one."""
    return text if text.isascii() else text.translate(ASCII_FOLD)


_MONTH_RE = "|".join(sorted(map(re.escape, MONTHS), key=len, reverse=True))


def _starts(names: list[str]) -> str:
    """A lookahead for the first two letters of the names ("(?=[ad…])(?=a[bgopuv]|d[eié]|…)"): put before a month that
    begins a pattern, so that re tries the ~150 names only where one of them can begin. It adds no character to
    a match: spans and groups stay the same."""
    pairs: dict[str, set[str]] = {}
    for name in names:
        assert len(name) >= 2, name
        pairs.setdefault(name[0], set()).add(name[1])
    firsts = "".join(map(re.escape, sorted(pairs)))  # a class first: one test rejects most places
    return f"(?=[{firsts}])(?=" + "|".join(f"{re.escape(a)}[{''.join(sorted(map(re.escape, b)))}]"
                                          for a, b in sorted(pairs.items())) + ")"


_MONTH_STARTS = _starts(list(MONTHS))
_YEAR = r"(?P<y>(?:1[5-9]|20)\d{2})"  # "6 April 1733" as well
PATTERNS = (
    # 2022-01-07, 2022/01/07
    re.compile(rf"\b{_YEAR}[-/.](?P<m>\d{{1,2}})[-/.](?P<d>\d{{1,2}})(?!\d)"),
    # 07.01.2022 (day first: the European and Russian convention for dots)
    re.compile(rf"\b(?P<d>\d{{1,2}})\.(?P<m>\d{{1,2}})\.{_YEAR}\b"),
    # 7 January 2022, 7th of January, 2022, 7. Januar 2022, 7 января 2022, 4th of July of 1995, 05-Aug-2016
    re.compile(rf"\b(?P<d>\d{{1,2}})(?:st|nd|rd|th|\.)?(?:\s+(?:of\s+|de\s+)?|[-/]){_MONTH_STARTS}(?P<mn>{_MONTH_RE})\.?"
               rf"(?:,?\s+(?:de\s+|del\s+|of\s+)?|[-/]){_YEAR}\b", re.IGNORECASE),
    # January 7, 2022 / Jan. 7 2022 / July 4th of 1995
    re.compile(rf"\b{_MONTH_STARTS}(?P<mn>{_MONTH_RE})\.?\s+(?P<d>\d{{1,2}})(?:st|nd|rd|th)?(?:,?\s+|\s+of\s+){_YEAR}\b",
               re.IGNORECASE),
    # 1/1/2016, 25/12/2021, 12/25/2021: slash dates only where the order cannot matter
    re.compile(rf"(?<![\d/])(?P<a>\d{{1,2}})/(?P<b>\d{{1,2}})/{_YEAR}\b"),
)
_HAS_YEAR = re.compile(_YEAR)  # what every one of PATTERNS holds (fold changes no digit)


def find_date_spans(text: str) -> list[tuple[int, int, date]]:
    """Every unambiguous calendar date in ``text`` (as :func:`find_dates`), with where it is written."""
    return [(start, start + len(written), d) for start, d, written in _found(text)]


def find_dates(text: str) -> list[tuple[date, str]]:
    """Every unambiguous calendar date in ``text``, with the text that states it.

    Slash dates such as 05/10/2018 are skipped on purpose: day and month order differs
    by country, and a wrong date is worse than none. Those the order cannot change are
    read (1/1/2016, 25/12/2021, 12/25/2021).
    """
    return [(d, s) for _, d, s in _found(text)]


_ISO_DATE = re.compile(r"\s*(\d{4})-(\d{2})-(\d{2})")
_ISO_CLOCK = re.compile(r"\s*\d{4}-\d{2}-\d{2}[T ](\d{2}):(\d{2})(?::(\d{2}))?")

# A few texts kept: the events step reads the same sentence again and again (its date, the words that
# tell it, the times of a one-sentence text). The list is shared: callers only read it.
@functools.lru_cache(maxsize=8)
def _found(text: str) -> list[tuple[int, date, str]]:
    if not _HAS_YEAR.search(text):
        return []  # every pattern names its year: most expressions and many sentences have none
    text = fold(text)
    found: list[tuple[int, date, str]] = []
    taken: list[range] = []
    for pattern in PATTERNS:
        for m in pattern.finditer(text):
            if any(m.start() in r or m.end() - 1 in r for r in taken):
                continue
            groups = m.groupdict()
            if groups.get("a"):
                a, b = int(m.group("a")), int(m.group("b"))
                if a != b and a <= 12 and b <= 12:
                    continue  # 05/10/2018: day and month order differs by country
                month, day = (a, b) if b > 12 else (b, a)
            else:
                day = int(m.group("d"))
                name = (groups.get("mn") or "").lower().rstrip(".")
                month = int(m.group("m")) if groups.get("m") else MONTHS.get(name, 0)
            try:
                found.append((m.start(), date(int(m.group("y")), month, day), m.group(0)))
            except ValueError:
                continue
            taken.append(range(m.start(), m.end()))
    return sorted(found, key=lambda t: t[0])


def parse_iso_date(value: str) -> date | None:
    """The date of an ISO date or datetime string (``2022-01-07``, ``2022-01-07T08:00Z``)."""
    m = _ISO_DATE.match(value or "")
    if not m:
        return None
    try:
        return date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    except ValueError:
        return None


def parse_iso_clock(value: str) -> time | None:
    """The clock time of an ISO datetime string (``2022-01-07T18:55:00`` 18:55), None for a date
    alone: a stamp that tells the minute it was written fixes "in half an hour"."""
    m = _ISO_CLOCK.match(value or "")
    if not m or int(m.group(1)) > 23 or int(m.group(2)) > 59 or int(m.group(3) or 0) > 59:
        return None
    return time(int(m.group(1)), int(m.group(2)), int(m.group(3) or 0))


WEEKDAYS = {"monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5, "sunday": 6}
_DAY_MONTH = re.compile(rf"\b(?P<d>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?{_MONTH_STARTS}(?P<mn>{_MONTH_RE})\b"
                        rf"(?!\.?,?\s+(?:19|20)\d\d)|\b{_MONTH_STARTS}(?P<mn2>{_MONTH_RE})\.?\s+(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?\b(?!,?\s+(?:19|20)\d\d)",
                        re.IGNORECASE)
_DIGIT = re.compile(r"\d")  # the day of both forms of _DAY_MONTH: a text without a digit needs no search
_WEEKDAY = re.compile(r"\b(?P<last>last\s+|next\s+|this\s+)?(?P<wd>monday|tuesday|wednesday|thursday|friday|saturday"
                      r"|sunday)s?\b", re.IGNORECASE)
_TODAY = re.compile(r"\b(?:today|this\s+(?:morning|afternoon|evening)|tonight|now|"
                    r"(?:earlier|later)\s+(?:in|on)\s+the\s+day)\b", re.IGNORECASE)
_AGO = re.compile(r"\b(?P<n>\d{1,2}|an?|one|two|three|four|five|six|seven|eight|nine|ten)\s+(?P<u>day|week)s?\s+ago\b",
                  re.IGNORECASE)
_WEEK = re.compile(r"\b(?P<which>this|last|next)\s+week\b", re.IGNORECASE)
_COUNTS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
           "nine": 9, "ten": 10}
_YESTERDAY = re.compile(r"\b(?:yesterday|last\s+night)\b", re.IGNORECASE)
_WEEKEND = re.compile(r"\b(?:over|at|during)\s+the\s+weekend\b|\blast\s+weekend\b", re.IGNORECASE)
_IN_YEAR = re.compile(r"\b(?:in|since|by|until|of)\s+(?P<y>(?:19|20)\d{2})\b")
_TODAY_WORDS = ("day", "morning", "afternoon", "evening", "tonight", "now")  # one is in every match of _TODAY


@functools.lru_cache(maxsize=8)  # as _found: explicit_date and then _date_text read the same sentence
def resolve_date(expression: str, anchor: date | None) -> tuple[str, str] | None:
    """The date (or ISO interval) an expression names, read against the article's date.

    Returns (value, the words that name it), or None. "on Thursday" in an article of
    Friday 2022-01-07 is 2022-01-06; a weekday equal to the anchor's is the anchor itself;
    "over the weekend" is the last Saturday–Sunday. Without an anchor only dates that
    name their year are resolved.
    """
    expression = fold(expression)
    absolute = find_dates(expression)
    if absolute:
        return absolute[0][0].isoformat(), absolute[0][1]
    # Each pattern below is searched only where the words it needs are (after fold, lower() keeps each
    # letter IGNORECASE matches: "day" of every weekday, "week" of "this week" ...); most sentences hold few.
    low = expression.lower()
    has_year = _HAS_YEAR.search(expression) is not None  # _IN_YEAR's (19|20)dd holds _YEAR's (1[5-9]|20)dd
    if anchor is None:
        m_year = _IN_YEAR.search(expression) if has_year else None
        return (m_year.group("y"), m_year.group(0)) if m_year else None
    m = _DAY_MONTH.search(expression) if _DIGIT.search(expression) else None
    if m:
        month = MONTHS.get((m.group("mn") or m.group("mn2")).lower().rstrip("."), 0)
        day = int(m.group("d") or m.group("d2"))
        year = anchor.year - (1 if month - anchor.month > 6 else 0)
        try:
            return date(year, month, day).isoformat(), m.group(0)
        except ValueError:
            return None
    m = _WEEKDAY.search(expression) if "day" in low else None
    if m:
        back = (anchor.weekday() - WEEKDAYS[m.group("wd").lower()]) % 7
        if (m.group("last") or "").strip().lower() == "next":
            back = back - 7 if back else -7
        elif (m.group("last") or "").strip().lower() == "last" and back == 0:
            back = 7
        return (anchor - timedelta(days=back)).isoformat(), m.group(0)
    m = _WEEKEND.search(expression) if "weekend" in low else None
    if m:
        back = (anchor.weekday() - 5) % 7 or (7 if anchor.weekday() == 5 else 0)
        saturday = anchor - timedelta(days=back)
        return f"{saturday.isoformat()}/{(saturday + timedelta(days=1)).isoformat()}", m.group(0)
    m = _YESTERDAY.search(expression) if "yesterday" in low or "night" in low else None
    if m:
        return (anchor - timedelta(days=1)).isoformat(), m.group(0)
    m = _TODAY.search(expression) if any(w in low for w in _TODAY_WORDS) else None
    if m:
        return anchor.isoformat(), m.group(0)
    m = _AGO.search(expression) if "ago" in low else None
    if m:
        n = int(m.group("n")) if m.group("n").isdigit() else _COUNTS[m.group("n").lower()]
        return (anchor - timedelta(days=n * (7 if m.group("u").lower() == "week" else 1))).isoformat(), m.group(0)
    m = _WEEK.search(expression) if "week" in low else None
    if m:  # a TIMEX3 week: "2022-W01"
        shift = {"this": 0, "last": -7, "next": 7}[m.group("which").lower()]
        year, week, _ = (anchor + timedelta(days=shift)).isocalendar()
        return f"{year}-W{week:02d}", m.group(0)
    m_year = _IN_YEAR.search(expression) if has_year else None
    return (m_year.group("y"), m_year.group(0)) if m_year else None


def week_span(value: str) -> str:
    """A TIMEX3 week ("2022-W01") as the ISO interval of its days; other values unchanged."""
    m = re.fullmatch(r"(\d{4})-W(\d{2})", value)
    if not m:
        return value
    monday = date.fromisocalendar(int(m.group(1)), int(m.group(2)), 1)
    return f"{monday.isoformat()}/{(monday + timedelta(days=6)).isoformat()}"


def month_and_day(text: str) -> tuple[int, int, int] | None:
    """The first day and month written without a year ("January 6", "6th of January",
    "Jan. 6"): (month, day, offset in ``text``)."""
    text = fold(text)
    m = _DAY_MONTH.search(text) if _DIGIT.search(text) else None
    if not m:
        return None
    month = MONTHS.get((m.group("mn") or m.group("mn2")).lower().rstrip("."), 0)
    return month, int(m.group("d") or m.group("d2")), m.start()


def day_month(text: str) -> tuple[str, int] | None:
    """The first day and month written without a year, as a TIMEX3 date with an unknown year
    ("Late on January 6" → "XXXX-01-06"), with its offset in ``text``."""
    found = month_and_day(text)
    return (f"XXXX-{found[0]:02d}-{found[1]:02d}", found[2]) if found else None
