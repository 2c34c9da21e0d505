"""TIMEX3 types and values for temporal expressions, read against the article's date.

:func:`normalize` takes the words of one expression (as the parser marked them: "last
year", "the fourth quarter", "Wednesday afternoon", "the past decade", "daily") and returns
its TimeML type (DATE, TIME, DURATION, SET) and value:

* calendar dates and parts of them: "2004-12-15", "2004-12", "2004", "2004-W51",
  "2004-Q3", "2004-H1", "2004-SU", decades "199", centuries "19";
* times of day: "2004-12-15T15:00", parts of day "2004-12-15TAF";
* durations: "P2Y", "PT48H", "P10Y" (a decade, in years), unknown counts "PXM";
* sets: "P1D" (daily), "XXXX-WXX-7" (every Sunday);
* references: PRESENT_REF ("now", "currently"), PAST_REF ("recently", "recent years"),
  FUTURE_REF ("the future").

What the article's date alone cannot fix is told by the tense (``future``): "on Monday" is
the Monday before the article's date, or the one after when the sentence says it will
happen; "the fourth quarter" in a March report is last year's; "Jan. 1" in a December
article about a law that takes effect is next year's. :data:`EXTRA` finds the few
expressions the parser does not mark as dates ("now", "currently", "daily", "every month").
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from datetime import date, datetime, time, timedelta
from functools import lru_cache

from storyline.dates import ASCII_FOLD, MONTHS, WEEKDAYS, day_month, find_dates, month_and_day

_NUMBERS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
            "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "fifteen": 15, "twenty": 20,
            "thirty": 30, "forty": 40, "fifty": 50, "hundred": 100}
_VAGUE = ("several", "few", "a few", "many", "some", "couple of", "a couple of", "the coming", "coming")
_UNITS = {"second": "TS", "minute": "TM", "hour": "TH", "day": "D", "week": "W", "month": "M", "year": "Y",
          "decade": "DE", "century": "CE", "quarter": "Q"}
_ORDINALS = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4}
_SEASONS = {"spring": "SP", "summer": "SU", "autumn": "FA", "fall": "FA", "winter": "WI"}
_SEASON_MONTH = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}
_PARTS = (("morning", "MO"), ("afternoon", "AF"), ("evening", "EV"), ("night", "NI"), ("tonight", "NI"),
          ("daytime", "DT"), ("breakfast(?:-?time)?", "MO"), ("(?:lunch|noon)(?:-?time)?", "MI"),  # meals
          ("(?:dinner|supper)(?:-?time)?", "EV"), (r"(?:(?<=today\s)|(?<=tomorrow\s)|(?<=yesterday\s))pm", "AF"),
          (r"(?:(?<=today\s)|(?<=tomorrow\s)|(?<=yesterday\s))am", "MO"))

_NUM = (r"(?P<n>\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?|"
        + "|".join(sorted(map(re.escape, _NUMBERS), key=len, reverse=True)) + r")")
_UNIT = r"(?P<u>second|minute|hour|day|night|week|month|year|decade|centur(?:y|ie))(?P<pl>s)?"
_MONTH_WORD = "|".join(sorted(map(re.escape, MONTHS), key=len, reverse=True))
_WEEKDAY_WORD = "|".join(WEEKDAYS)

_SET = re.compile(rf"^(?:(?:early|late)\s+)?(?:every|each)\s+(?P<other>other\s+)?"
                  rf"(?P<u>{_WEEKDAY_WORD}|second|minute|hour|day|week|month|"
                  r"quarter|year|"
                  r"morning|night|evening|weekend|summer|winter|spring|autumn)\b|"
                  r"^(?P<adv>hourly|daily|nightly|weekly|monthly|quarterly|annually|yearly|annual|everyday|"
                  r"bi-?weekly|fortnightly|bi-?monthly|semi-?annually|biannually|half-yearly)$|"
                  r"^(?:once|twice|one|two|three)\s+(?:a|per)\s+(?P<once>day|week|month|year)$|"
                  r"^per\s+(?P<per>hour|day|week|month|year)$", re.IGNORECASE)
_PRESENT = re.compile(r"^(?:now|right now|currently|at present|presently|nowadays|these days|at the moment|"
                      r"the present|the moment|today's|present day|at present|at this time|at the present time|"
                      r"the present time|at the minute|to date|till date|as yet)$", re.IGNORECASE)
_PAST = re.compile(r"^(?:recently|lately|previously|formerly|earlier|the past|in the past|once|"
                   r"recent (?:years|months|weeks|days|decades|times)|years ago|months ago|weeks ago|"
                   r"decades ago|some time ago|a while ago|long ago)$", re.IGNORECASE)
_FUTURE = re.compile(r"^(?:the future|in the future|the coming (?:years|months|weeks|decades)|soon|"
                     r"the years ahead|the months ahead)$", re.IGNORECASE)
_DURATION = re.compile(rf"^(?:(?:the\s+)?(?:past|last|next|coming|previous|following|first|final|recent)\s+)?"
                       rf"(?:(?P<vague>{'|'.join(_VAGUE)})\s+|{_NUM}[\s-]+|(?P<half>half\s+an?\s+))?"
                       rf"(?:(?:and\s+a\s+half|full|long)\s+)?{_UNIT}(?:\s+and\s+a\s+half)?(?:[\s-]+(?:long|old))?$",
                       re.IGNORECASE)
_AGO = re.compile(r"^(?:about\s+|some\s+|nearly\s+|almost\s+|more\s+than\s+)?"
                  rf"(?:{_NUM}|(?P<vague>several|a few|few|many))"
                  rf"\s+{_UNIT}\s+(?P<dir>ago|earlier|later|before|after|from now|hence)$", re.IGNORECASE)
_RELATIVE = re.compile(r"^(?:(?P<edge>earlier|later|early|late|mid|the end of|the beginning of|the start of|"
                       r"the middle of|the rest of|the remainder of|the first part of|end of|start of|beginning of|"
                       r"middle of)[\s-]+)?(?:(?:the\s+)?(?P<which>this|last|next|past|previous|coming|current|same|"
                       r"following)\s+|the\s+|(?<=of )(?=year|month|week))(?P<u>week|month|year|"
                       r"quarter|weekend|spring|summer|autumn|fall|winter|decade|century)(?:'s)?$", re.IGNORECASE)
_QUARTER = re.compile(r"(?P<ord>first|second|third|fourth|1st|2nd|3rd|4th|last|final|latest)\s+(?P<u>quarter|half)"
                      r"(?:\s+of\s+(?:(?P<y>(?:19|20)\d\d)|(?P<which>this|last|next|the)\s+(?:fiscal\s+)?year))?",
                      re.IGNORECASE)
_SEASON = re.compile(r"(?:(?P<which>this|last|next|past|coming)\s+)?(?P<s>spring|summer|autumn|fall|winter)"
                     r"(?:\s+(?:of\s+)?(?P<y>(?:19|20)\d\d))?", re.IGNORECASE)
_DECADE = re.compile(r"(?:(?P<c>19|20)|')(?P<d>\d)0'?s\b", re.IGNORECASE)
_CENTURY = re.compile(r"(?P<n>\d{1,2})(?:st|nd|rd|th)\s+century|(?P<w>nineteenth|twentieth|twenty-first)\s+century",
                      re.IGNORECASE)
_YEAR = re.compile(r"(?<![\d,.])(?:fiscal\s+|FY\s*)?(?P<y>(?:1[6-9]|2[01])\d\d)(?![\d,])")
_MONTH_YEAR = re.compile(rf"\b(?P<m>{_MONTH_WORD})\.?,?(?:\s+(?:of\s+)?|[-/])(?P<y>(?:19|20)\d\d)\b|"
                         rf"\b(?P<y2>(?:19|20)\d\d)\s+(?P<m2>{_MONTH_WORD})\b|"
                         r"^(?P<y3>(?:19|20)\d\d)[-/](?P<m3>0?[1-9]|1[0-2])$|"
                         r"^(?P<m4>0?[1-9]|1[0-2])[-/](?P<y4>(?:19|20)\d\d)$", re.IGNORECASE)
_YEAR_1920 = re.compile(r"(?:19|20)\d\d")  # what every form of _MONTH_YEAR holds: without it, no search
_MONTH = re.compile(rf"\b(?P<m>{_MONTH_WORD})\b\.?", re.IGNORECASE)
_CLOCK = re.compile(r"\b(?P<h>\d{1,2})(?:[:.](?P<min>\d\d))?(?::(?P<sec>\d\d))?\s*(?P<ap>a\.?m\.?|p\.?m\.?)(?!\w)|"
                    r"\b(?P<h24>[01]?\d|2[0-3])[:.](?P<min24>[0-5]\d)(?::(?P<sec24>[0-5]\d))?\b"
                    r"(?!\s*(?:a\.?m|p\.?m|%))|"
                    r"\b(?P<word>noon|midday|midnight)\b", re.IGNORECASE)
_DAY_WORD = re.compile(r"\b(?P<w>today|tonight|tomorrow|yesterday|last\s+night|this\s+(?:morning|afternoon|evening)|"
                       r"(?:earlier|later)\s+(?:in|on)\s+the\s+day)\b", re.IGNORECASE)
_WEEKDAY = re.compile(rf"\b(?P<which>last|next|this|coming|past|previous|following)?\s*(?P<wd>{_WEEKDAY_WORD})s?\b",
                      re.IGNORECASE)
_MONTH_MAY = re.compile(r"\b(?:in|early|late|mid|of|since|until|by|last|next|past|previous|coming|following)"
                        r"[\s-]+may\b|^may$")
_WEEKEND = re.compile(r"\b(?P<which>this|last|next|past|the|coming)\s+weekend\b", re.IGNORECASE)
_WEEK_OF = re.compile(rf"\b(?:(?P<w1>this|next|last|previous|following|coming)\s+week(?:'s)?(?:\s+on)?\s+"
                      rf"(?P<wd1>{_WEEKDAY_WORD})|(?P<wd2>{_WEEKDAY_WORD})(?:\s+(?:morning|afternoon|evening|night))?,?"
                      r"\s+(?:of\s+)?(?:the\s+)?(?P<w2>this|next|last|previous|following|coming)\s+week)\b",
                      re.IGNORECASE)
_LENGTH_PART = re.compile(rf"{_NUM}\s+{_UNIT}", re.IGNORECASE)
_NUM_BARE = _NUM.removeprefix("(?P<n>").removesuffix(")")
_COMPOUND = re.compile(rf"(?P<n>(?:{_NUM_BARE}))\s+and\s+(?:a\s+)?(?P<f>half|quarter)\s+{_UNIT}|"
                       rf"(?P<n2>(?:{_NUM_BARE}))\s+(?P<u2>second|minute|hour|day|week|month|year)s?\s+and\s+(?:a\s+)?"
                       r"(?P<f2>half|quarter)|"
                       rf"(?P<parts>(?:{_NUM_BARE})\s+(?:second|minute|hour|day|week|month|year)s?"
                       rf"(?:(?:\s*,\s*|\s+and\s+|\s+)(?:{_NUM_BARE})\s+(?:second|minute|hour|day|week|month|year)s?)+)",
                       re.IGNORECASE)


def compound_length(text: str) -> str | None:
    """The value of a length told in parts ("1 hour and 30 minutes" PT1H30M), else None."""
    low = re.sub(r"^(?:about|around|nearly|almost|some|roughly|at least|more than|less than|up to)\s+", "",
                 " ".join(text.lower().split()))
    m = _COMPOUND.fullmatch(re.sub(r"\s+(?:ago|from\s+now)$", "", low))  # "2 weeks and 2 days ago": the day it reaches
    return _compound(m) if m and m.group("parts") else None


def _compound(m: re.Match[str]) -> str | None:
    """"one and a half hours" PT1.5H, "one year and a quarter" P1.25Y, "1 hour and 30 minutes" PT1H30M."""
    def number(n: str) -> float:
        return float(n.replace(",", "")) if n[0].isdigit() else float(_NUMBERS[n.lower()])

    if m.group("parts"):
        amounts: dict[str, float] = {}
        for part in _LENGTH_PART.finditer(m.group("parts")):
            code = _UNITS[_unit(part)]
            if code in amounts or code in ("DE", "CE"):
                return None
            amounts[code] = number(part.group("n"))
        dates = "".join(f"{amounts[c]:g}{c}" for c in ("Y", "M", "W", "D") if c in amounts)
        times = "".join(f"{amounts[c]:g}{c[1]}" for c in ("TH", "TM", "TS") if c in amounts)
        return f"P{dates}{'T' + times if times else ''}"
    n = number(m.group("n") or m.group("n2")) + (0.5 if (m.group("f") or m.group("f2")).lower() == "half" else 0.25)
    unit = _UNITS[(m.group("u") or m.group("u2")).lower().removesuffix("s")]
    return f"P{'T' if unit.startswith('T') else ''}{n:g}{unit[-1]}"

_WEEK_NUMBER = re.compile(r"(?:the\s+)?week\s+(?P<n>[1-9]|[1-4]\d|5[0-3])(?:\s+of\s+(?:(?P<y>(?:19|20)\d\d)|"
                          r"(?P<which>this|last|next)\s+year))?", re.IGNORECASE)
_MONTH_CAPITAL = "(?-i:January|February|March|April|May|June|July|August|September|October|November|December)"
_RACE_TIME = re.compile(r"(?P<h>\d):(?P<m>[0-5]\d):(?P<s>[0-5]\d)")
_CLOCK_WORDS = (r"\d{1,2}(?:[:.][0-5]\d)?\s*(?:a\.?m\.?|p\.?m\.?)(?!\w)|"
                r"(?:[01]?\d|2[0-3])[:.][0-5]\d(?:\s*(?:GMT|UTC|BST|CET|CEST|EST|EDT|PST|local\s+time))?\b")
DAY_REF = rf"(?:today|tomorrow|yesterday|tonight|(?:(?:last|next|this|previous|following)\s+)?(?:{_WEEKDAY_WORD}))"
# Expressions the parser seldom marks as dates: found in the text itself (see EXTRA).
EXTRA = re.compile(rf"\b{DAY_REF}\s+(?:at\s+)?(?:{_CLOCK_WORDS})|\b(?:{_CLOCK_WORDS})\s+(?:on\s+)?{DAY_REF}\b|"
                   r"\b(?:now|currently|presently|nowadays|recently|lately|the future|daily|weekly|monthly|"
                   r"annually|yearly|hourly|nightly|noon|midnight|everyday|fortnightly|bi-?weekly|bi-?monthly|"
                   r"semi-?annually|biannually|half-yearly|(?:once|twice)\s+(?:a|per)\s+(?:day|week|month|year)|"
                   r"(?:every|each)\s+quarter|at\s+the\s+moment|at\s+present|at\s+this\s+time|to\s+date|"
                   rf"(?:this|last|next|previous|following|coming)\s+(?:{_WEEKDAY_WORD}|{_MONTH_CAPITAL})\b(?!\s+\d)|"
                   r"(?<![\d:])\d:[0-5]\d:[0-5]\d(?![\d:]|\s*[ap]\.?m)|"
                   r"(?<![\d:.,])(?:[01]?\d|2[0-3])[:.][0-5]\d\s*(?-i:GMT|UTC|BST|CET|CEST|EST|EDT|PST|PDT|CST|CDT|ET|PT)|"
                   r"(?<![\d:.,$£€])(?:1[0-2]|0?[1-9])(?::[0-5]\d)?\s*(?:a\.m\.|p\.m\.|am|pm)(?!\w)|annual|"
                   r"(?:every|each)\s+(?:other\s+)?"
                   rf"(?:{_WEEKDAY_WORD}|day|week|month|year|morning|night|evening|weekend))\b|"
                   r"\b(?:a|per)\s+(?:day|week|month|year)\b(?!\s+(?:after|before|later|earlier|ago|or))|"
                   r"\b(?:(?:later|earlier|early|late)\s+)?in\s+the\s+(?:morning|afternoon|evening|daytime)\b|"
                   r"\b(?:the\s+)?end\s+of\s+(?:this\s+(?:week|month|year)|today|day)\b|"  # not "at the end of the day"
                   r"\b(?:today|tomorrow|yesterday)\s+(?:am|pm)\b",
                   re.IGNORECASE)


_HOUR_WORDS = {w: i for i, w in enumerate(("one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
                                            "ten", "eleven", "twelve"), start=1)}
_MINUTE_WORDS = {"five": 5, "ten": 10, "fifteen": 15, "twenty": 20, "twenty five": 25, "thirty": 30, "forty": 40,
                 "forty five": 45, "fifty": 50, "fifty five": 55}
_H = r"(?:1[0-2]|0?[1-9])"
_HW = "|".join(_HOUR_WORDS)
_MW = r"(?:five|ten|fifteen|twenty(?:[\s-]five)?|thirty|forty(?:[\s-]five)?|fifty(?:[\s-]five)?)"
_PART_AFTER = (r"(?:\s+(?:in\s+the\s+(?:morning|afternoon|evening)|at\s+night|tonight|"
               r"(?:today|tomorrow|yesterday|this)\s+(?:morning|afternoon|evening|night)))")
_AT = "".join(rf"(?<=\b{w}\s)" + "|" for w in ("at", "by", "around", "about", "circa", "than", "before", "after",
                                                "until", "till")).rstrip("|")
_DAY_OR_PART = (r"(?:today|tonight|tomorrow|yesterday|last\s+night|this\s+(?:morning|afternoon|evening)|"
                rf"(?:in\s+)?the\s+(?:morning|afternoon|evening)|{DAY_REF})")
# Clock times told as people talk ("half past 3", "quarter to 8", "ten past 9 in the evening", "at 7p",
# "11ish", "3 p . m .", "six pm", "tonight around 7", "at 5 in the morning"): each form needs a sign
# that it is a clock (past/to, a/p, o'clock, a part of the day), so that "at 5" alone, ages and
# scores are not read.
CLOCK_TALK = re.compile(
    r"\b(?=[\dqhaftosenylipmw])"  # every form begins a word, with one of these: a quick no at most places
    rf"(?<!from\s)\b(?:(?:(?:a\s+)?quarter|half|(?:{_MW}|\d{{1,2}})\s+min(?:ute)?s?)\s+(?:past|to)|{_MW}\s+past)\s+"
    rf"(?:{_H}|{_HW})\b(?:\s*o'?clock)?{_PART_AFTER}?|"
    rf"(?<![\w.$£€:-])(?:{_H}(?::[0-5]\d)?\s*(?:ish\b|[ap]\s\.\s?m\b\s?\.?)|"
    rf"(?:{_AT}){_H}(?::[0-5]\d)?[ap](?!\w|\.\w))|"
    rf"\b(?:{_HW})(?:[\s-]{_MW}|\s+o'?clock)?\s*(?:a\.?m\.?|p\.?m\.?)(?!\w)|"
    rf"(?:{_AT})(?:{_H}|{_HW})(?:[\s-]{_MW}|:[0-5]\d)?(?:\s*o'?clock)?{_PART_AFTER}|"
    rf"\b{_DAY_OR_PART}\s*,?\s*(?:at|around|about|by|circa|before|after|later\s+than)\s+"
    rf"(?:{_H}(?::[0-5]\d)?(?:\s*o'?clock|[ap](?!\w|\.\w)|{_PART_AFTER}|(?=\s*(?:[.!?,;](?!\s?\d)|$)))|"
    rf"(?:{_HW})(?:[\s-]{_MW})?(?:\s*o'?clock|{_PART_AFTER}|(?=\s*(?:[.!?]|$))))|"
    rf"\b(?:{_HW})-(?:{_MW})(?=\s+{_DAY_OR_PART}|{_PART_AFTER})",
    re.IGNORECASE)
_TALK_VALUE = re.compile(
    rf"(?P<q>(?:a\s+)?quarter|half|{_MW}|\d{{1,2}})(?:\s+min(?:ute)?s?)?\s+(?P<dir>past|to)\s+(?P<h1>{_H}|{_HW})\b|"
    rf"(?<![\w:])(?P<h2>{_H}|{_HW})(?:[\s-](?P<mw>{_MW})|:(?P<mm>[0-5]\d))?\s*"
    r"(?:(?P<ap>[ap])(?:\s?\.\s?m\b\s?\.?|m\b|(?!\w|\.\w))|ish\b|o'?clock\b|(?=\s|$|,))",
    re.IGNORECASE)

# what CLOCK_TALK finds after "at" or "circa", read alone: "9a", "7:30p", "5 in the morning", "10, tonight"
_SHORT_CLOCK = re.compile(rf"{_H}(?::[0-5]\d)?[ap]|(?:{_H}|{_HW})(?:[\s-]{_MW}|:[0-5]\d)?(?:\s*o'?clock)?"
                          r"(?:\s+in\s+the\s+(?:morning|afternoon|evening)|\s+at\s+night|,?\s+tonight)")


def _hour(word: str) -> int:
    return int(word) if word.isdigit() else _HOUR_WORDS[word.lower()]


def _minutes(word: str) -> int:
    return int(word) if word.isdigit() else _MINUTE_WORDS[" ".join(word.lower().replace("-", " ").split())]


def _talk_clock(low: str) -> str | None:
    """The "HH:MM" of a clock time told as people talk (see :data:`CLOCK_TALK`); a part of the day
    in the words sets the half of the day ("at 7 in the evening" is 19:00)."""
    m = _TALK_VALUE.search(_DAY_WORDS_OUT.sub(lambda w: " " * len(w.group(0)), low)
                           if not _PAST_TO.search(low) else low)
    if m is None:
        return None
    if m.group("h1"):
        hour = _hour(m.group("h1"))
        q = m.group("q").lower()
        mins = 15 if q.endswith("quarter") else 30 if q == "half" else _minutes(q)
        if m.group("dir").lower() == "to":
            hour, mins = (hour - 1) % 12 or 12, 60 - mins
        ap = None
    else:
        hour = _hour(m.group("h2"))
        mins = _minutes(m.group("mw")) if m.group("mw") else int(m.group("mm") or 0)
        ap = (m.group("ap") or "").lower() or None
    hour = hour % 12 + (12 if ap == "p" else 0) if ap else _day_half(hour, low)
    return f"{hour:02d}:{mins:02d}"


def _day_half(hour: int, low: str) -> int:
    """The hour on the 24-hour clock that a part of the day in the words makes of a bare hour."""
    if hour >= 12 and not _MORNING.search(low):
        return hour
    if _LATER_PART.search(low) or (_NIGHT.search(low) and 6 <= hour < 12):
        return hour + 12
    if _MORNING.search(low) and hour == 12:
        return 0
    return hour


_DATE_WRITTEN = re.compile(r"\b\d{1,2}\.\d{1,2}\.(?:19|20)\d\d\b|\b(?:19|20)\d\d[-/.]\d{1,2}[-/.]\d{1,2}\b")


def joins_clock(first: str, second: str) -> bool:
    """Whether two expressions next to each other tell one time: a day and its clock time
    ("tomorrow" "before 5pm", "each Monday" "at 4pm", "9am" "on Tuesday")."""
    return (_clock_alone(second) and _day_like(first)) or (_clock_alone(first) and _day_like(second))


def _clock_alone(text: str) -> bool:
    return clock_only(text) and normalize(text, date(2000, 1, 3))[0] == "TIME"  # not a race time, "2:07:35"


def _day_like(text: str) -> bool:
    value = normalize(text, date(2000, 1, 3))[1]
    return bool(value) and bool(re.fullmatch(r"\d{4}-\d\d-\d\d(?:T[A-Z]{2})?|XXXX-WXX-\d(?:T[A-Z]{2})?", value or ""))


def clock_only(text: str) -> bool:
    """Whether an expression tells a clock time and no day ("about 1:30 a.m.", "06:00 BST"), so that
    the day is the one the story has reached, not always the article's."""
    if not (_CLOCK.search(text) or CLOCK_TALK.search(text)) or _DAY_WORD.search(text) or _WEEKDAY.search(text) \
            or find_dates(text):
        return False
    return _month(text, text.lower()) is None and not re.search(r"\b\d{1,2}(?:st|nd|rd|th)\b", text)


_FOLD = {**ASCII_FOLD, 0x2019: "'"}  # and the curly apostrophe
# The patterns normalize and the readings it calls use, compiled once (a call of re.sub(str, ...)
# looks the pattern up in re's cache each time).
_LEAD_PREP = re.compile(r"^(?:on|in|at|by|since|until|till|through|during|from|for|over|of|within)\s+")
_LEAD_ROUGH = re.compile(r"^(?:about|around|nearly|almost|some|roughly|at least|more than|less than|up to|"
                         r"before|after)\s+")
_END_OF_DAY = re.compile(r"(?:the\s+)?end\s+of\s+day")
_LEAD_MERE = re.compile(r"^(?:a\s+mere|mere|just|only|barely|a\s+full|an\s+extra|another)\s+(?=\S+\s)")
_LEAD_ANOTHER = re.compile(r"^(?:another|an\s+extra|one\s+more)\s+(?=(?:second|minute|hour|day|week|month|year)$)")
_LEAD_BARE_UNIT = re.compile(r"^(?=(?:day|week|month|year|hour|minute)\s+(?:ago|earlier|later|before|after)$)")
_TRAIL_POSSESSIVE = re.compile(r"(?<=s)'(?:\s+\w+)?$")
_FISCAL_WORD = re.compile(r"\b(?:fiscal|financial|calendar)\s+(?=year|quarter)")
_LEAD_THE = re.compile(r"^the\s+")
_LEAD_TOLD = re.compile(r"^(?:more\s+than|less\s+than|about|around|nearly|almost|some|at\s+least|just|only)\s+",
                        re.IGNORECASE)
_WEEKDAYS_SET = re.compile(rf"(?:on\s+)?(?P<wd>{_WEEKDAY_WORD})s(?P<rest>\s+.+)?")
_WEEKDAY_PARTS_SET = re.compile(rf"(?:on\s+)?(?P<wd>{_WEEKDAY_WORD})s?\s+(?P<p>morning|afternoon|evening|night)s")
_WHOLE_UNIT = re.compile(r"(?:all|(?:the\s+)?(?:whole|entire|full))\s+(?P<u>day|week|month|year|night)")
_PART_CENTURY = re.compile(r"(?:a\s+)?(?P<f>quarter|half)[\s-](?:of\s+a\s+)?century|(?P<h>half\s+a)\s+century")
_STRETCH = re.compile(r"the\s+(?:past|last|next|coming|first|final)\s|"
                      r"the\s+(?:previous|following)\s+(?!(?:day|week|month|year|decade)$)")
_AND_A_HALF = re.compile(r"\band\s+a\s+half$")
_WHOLE_LENGTH = re.compile(r"P(T?)(\d+)([A-Z])$")
_PART_WORDS = tuple((re.compile(rf"\b{word}\b"), code) for word, code in _PARTS)
_ANY_PART = re.compile("|".join(rf"\b{word}\b" for word, _ in _PARTS))  # one of _PART_WORDS finds something
_DAY_WORDS_OUT = re.compile(r"\b(?:today|tonight|tomorrow|yesterday)\b")
_PAST_TO = re.compile(r"\b(?:past|to)\b")
_MORNING = re.compile(r"\bmorning\b")
_LATER_PART = re.compile(r"\b(?:afternoon|evening)\b")
_NIGHT = re.compile(r"\b(?:tonight|night)\b")
_WHICH_MONTH = re.compile(rf"\b(this|last|next|past|previous|coming|following)\s+(?:{_MONTH_WORD})\b")


# Pure, and called again with the same words: a length read alone (anchor None), a date checked
# against a fixed day, "today" or "2012" in article after article of the same day.
@lru_cache(maxsize=4096)
def normalize(text: str, anchor: date | None, *, future: bool | None = None,
              clock: time | None = None) -> tuple[str, str | None]:
    """The TIMEX3 (type, value) of one temporal expression; the value is None when the
    expression cannot be resolved (a relative date without the article's date, "two days
    later" with no reference). ``clock`` is the reference's time of day, when it tells one (a
    message stamped 18:55, not a news dateline): "in half an hour" is then 19:25."""
    words = respell(" ".join(text.translate(_FOLD).split())).strip(" ,.;:?!")
    if clock is not None and anchor is not None and (moment := _from_clock(words, anchor, clock)):
        return "TIME", moment
    if (f := _FISCAL.search(words)) and (read := _fiscal(words, f, anchor, future)):
        return read
    if words[-1:].isdigit() and (stamp := _STAMP.fullmatch(words)) and (day := _valid(
            int(stamp.group("y")), MONTHS[stamp.group("mo").lower().rstrip(".")], int(stamp.group("d")))):
        return "TIME", f"{day}T{int(stamp.group('h')):02d}:{stamp.group('mi')}" + (
            f":{stamp.group('s')}" if stamp.group("s") and stamp.group("s") != "00" else "")
    if _YEAR_WORDS_RE.search(words) or "thousand" in words.lower():
        words = digits_for_words(words)
    # "April of 87": 1987; "May of 12": 2012 (the pivot of strptime's %y)
    if words[-2:].isdigit() and (m := _TWO_DIGIT_YEAR.search(words)):
        words = f"{words[:m.start('y')]}{19 if int(m.group('y')) >= 69 else 20}{words[m.start('y'):]}"
    low = _LEAD_PREP.sub("", words.lower())
    low = _LEAD_ROUGH.sub("", low)
    if _END_OF_DAY.fullmatch(low):  # not "at the end of the day", an idiom
        return "DATE", anchor.isoformat() if anchor else None  # "by end of day": the day, mod END in TimeML
    # "a mere 24 hours", "five years' probation", "this fiscal year": words that leave the value as it is
    low = _LEAD_MERE.sub("", low)
    low = _LEAD_ANOTHER.sub("a ", low)
    low = _LEAD_BARE_UNIT.sub("a ", low)
    low = _TRAIL_POSSESSIVE.sub("", low)
    low = _FISCAL_WORD.sub("", low)
    if low.startswith("the "):
        low = _THE_LENGTH.sub("", low)
    low = _SHORT_UNIT.sub(lambda u: f"{u.group(1)} {_SHORT_UNITS[u.group(2).strip().lower()]}", low)  # "3h", "1 hr"
    bare = _LEAD_THE.sub("", low)
    told = _LEAD_TOLD.sub("", words)
    counted = _COUNTED_HINT.search(told)  # "before", "after", "from", "since": a length counted from a day
    if counted and (m := _WEEKDAY_AROUND.fullmatch(told)) and (day := _weekday_near(m, anchor, future)):
        return "DATE", day  # "Monday two weeks from now", "3 weeks after Christmas on Friday"
    if counted and (m := _OFFSET.fullmatch(told)) and (shifted := _offset(m, anchor, future)):
        return "DATE", shifted
    if found := _more_forms(bare, low, anchor):
        return found
    if m := _SET.match(bare):
        value = _set_value(m)
        rest = bare[m.end():]
        if value.startswith("XXXX") and (at_clock := _date_or_time(rest, rest.strip(), date(2000, 1, 1), None)[1]):
            value += at_clock[at_clock.index("T"):] if "T" in at_clock else ""  # "each Monday at 4pm"
        return "SET", value
    if m := _WEEKDAYS_SET.fullmatch(low):  # "on Fridays": every Friday
        value = f"XXXX-WXX-{WEEKDAYS[m.group('wd')] + 1}"
        if m.group("rest"):  # "Tuesdays at 9am"
            at_clock = _date_or_time(m.group("rest"), m.group("rest").strip(), date(2000, 1, 1), None)[1] or ""
            if "T" not in at_clock:
                return _date_or_time(words, low, anchor, future)
            value += at_clock[at_clock.index("T"):]
        return "SET", value
    if m := _WEEKDAY_PARTS_SET.fullmatch(low):
        part = dict(_PARTS)[m.group("p")]  # "on Friday mornings": every Friday morning
        return "SET", f"XXXX-WXX-{WEEKDAYS[m.group('wd')] + 1}T{part}"
    if m := _WEEK_NUMBER.fullmatch(bare):
        return "DATE", _week_number(m, anchor)
    if m := _WHOLE_UNIT.fullmatch(low):
        return "DURATION", {"day": "P1D", "night": "P1D", "week": "P1W", "month": "P1M", "year": "P1Y"}[m.group("u")]
    if bare == "day" and low.startswith("the") and anchor:
        return "DATE", anchor.isoformat()  # "blocked for the day"
    if m := _RACE_TIME.fullmatch(bare):  # "won in 2:04:11": a race time is a length of time
        return "DURATION", f"PT{int(m.group('h'))}H{int(m.group('m'))}M{int(m.group('s'))}S"
    if _PRESENT.match(low) or _PRESENT.match(bare) or _PRESENT.match(words.lower()):
        return "DATE", "PRESENT_REF"
    if _FUTURE.match(low):
        return "DATE", "FUTURE_REF"
    if _PAST.match(low) or _PAST.match(bare):
        return "DATE", "PAST_REF"
    if m := _AGO.match(bare):
        if m.group("dir").lower() not in ("ago", "from now", "hence"):
            # "four days earlier", "several weeks later": counted from a time the story names, not the
            # article's date; TimeML keeps the length ("four days", P4D)
            return "DURATION", _duration(m)
        return "DATE", _ago(m, anchor)
    if m := _PART_CENTURY.fullmatch(bare):
        return "DURATION", "P25Y" if m.group("f") == "quarter" else "P50Y"  # "nearly a quarter-century"
    if (m := _COMPOUND.fullmatch(_LEAD_A_COUNT.sub("", low))) and (parts := _compound(m)):
        return "DURATION", parts
    stretch = _STRETCH.match(low)
    if (stretch or not _RELATIVE.match(low)) and (m := _DURATION.match(low)) \
            and (m.group("u").lower() != "night" or m.group("n")):  # "the past week": a week long; "last night" is not
        value = _duration(m)
        if _AND_A_HALF.search(low) and (n := _WHOLE_LENGTH.match(value)):
            value = f"P{n.group(1)}{int(n.group(2)) + 0.5}{n.group(3)}"  # "one hour and a half"
        return "DURATION", value
    return _date_or_time(words, low, anchor, future)


_CLOCK_SHIFT = re.compile(r"(?:(?:about|around|some|roughly|approximately|just)\s+)?in\s+(?P<a>.+?)"
                          r"(?:'s\s+time|\s+time)?|(?P<b>.+?)\s+(?P<dir>from\s+now|later|hence|ago|earlier)",
                          re.IGNORECASE)
_CLOCK_LENGTH = re.compile(r"PT(?=\d)(?:(?P<H>\d+(?:\.\d+)?)H)?(?:(?P<M>\d+(?:\.\d+)?)M)?(?:(?P<S>\d+)S)?")


def _from_clock(words: str, anchor: date, clock: time) -> str | None:
    """"in 30 minutes", "2 hours from now", "20 min later", "an hour ago": a length under a day counted
    from the reference's clock time, as the minute it reaches (None for other words). Longer lengths
    keep TimeML's reading ("in two weeks" P2W)."""
    m = _CLOCK_SHIFT.fullmatch(words)
    if m is None:
        return None
    kind, length = normalize(m.group("a") or m.group("b"), None)
    n = _CLOCK_LENGTH.fullmatch(length or "")
    if kind != "DURATION" or n is None:
        return None
    seconds = sum(float(n.group(u) or 0) * f for u, f in (("H", 3600), ("M", 60), ("S", 1)))
    sign = -1 if (m.group("dir") or "").lower() in ("ago", "earlier") else 1
    at = datetime.combine(anchor, clock) + timedelta(seconds=sign * seconds)
    return at.strftime("%Y-%m-%dT%H:%M:%S" if at.second else "%Y-%m-%dT%H:%M")


_FISCAL = re.compile(r"\b(?:(?P<k>fiscal|financial|school|academic|calendar)"
                     r"(?=\s+(?:year|quarter|half|(?:19|20)\d\d)\b)|"
                     r"(?P<a>fy|sy|cy)\s*'?(?=\d\d(?:\d\d)?\b))", re.IGNORECASE)
_FISCAL_PREFIX = {"fiscal": "FY", "financial": "FY", "fy": "FY", "school": "SY", "academic": "SY", "sy": "SY"}


def _fiscal(words: str, f: re.Match[str], anchor: date | None, future: bool | None) -> tuple[str, str | None] | None:
    """A fiscal or school year, or a quarter of one, with the prefix TIMEX2 and Recognizers give it: "fiscal
    2008", "FY08" FY2008; "this school year" SY2019; "the first fiscal 2008 quarter" FY2008-Q1; a calendar year
    ("CY18") is the year. None when the rest of the words is not a year, a quarter or a half."""
    kind = (f.group("k") or f.group("a")).lower()
    rest = f"{words[:f.start()]} {words[f.end():]}"
    if f.group("a"):
        rest = re.sub(r"^(\s*)'?(\d\d)\b", lambda y: f"{y.group(1)}{19 if int(y.group(2)) >= 69 else 20}{y.group(2)}",
                      words[f.end():])
        rest = f"{words[:f.start()]} {rest}"
    rest = re.sub(r"\b(?P<o>\w+)\s+(?P<y>(?:19|20)\d\d)\s+(?P<u>quarter|half)\b", r"\g<o> \g<u> of \g<y>", rest)
    kind_of, value = normalize(" ".join(rest.split()), anchor, future=future)
    if value is None or not re.fullmatch(r"\d{4}(?:-(?:Q[1-4]|H[12]))?", value):
        return None
    return kind_of, _FISCAL_PREFIX.get(kind, "") + value


_MONTH_SHORT = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sept?|oct|nov|dec)"
# "Wed Oct 26 15:50:06 2016": the C library's and the Unix date command's stamp, found in pages and feeds
_STAMP = re.compile(rf"(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*,?\s+)?(?P<mo>{_MONTH_SHORT})\.?\s+(?P<d>[0-3]?\d)\s+"
                    r"(?P<h>[01]?\d|2[0-3]):(?P<mi>[0-5]\d)(?::(?P<s>[0-5]\d))?(?:\s+(?-i:[A-Z]{3,4}))?\s+(?P<y>(?:19|20)\d\d)",
                    re.IGNORECASE)


_SHIFT_BEFORE = re.compile(r"\bin\s+$", re.IGNORECASE)
_SHIFT_AFTER = re.compile(r"\s+(?:from\s+now|hence|ago|earlier|later)\b"
                          r"(?!\s+(?:this|that|today|tonight|tomorrow|in|on)\b)", re.IGNORECASE)


def clock_shift_spans(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The spans of ``text`` with each length under a day that counts from the reference's clock
    time taken with the words that say so: "in" before it, "from now", "later", "ago" after it ("in"
    "half an hour", "3 minutes" "from now"); a span those words hold ("now") goes. Only for a
    reference that tells its clock time (see :func:`normalize`)."""
    out = []
    for start, end in spans:
        if text[start:end].endswith("later") and re.match(r"\s+(?:this|that|today|tonight|tomorrow)\b", text[end:]):
            end -= 5  # "30 minutes later this week": "later this week" is the week
            end = len(text[:end].rstrip())
        if _CLOCK_LENGTH.fullmatch(normalize(text[start:end], None)[1] or ""):
            if b := _SHIFT_BEFORE.search(text, max(0, start - 4), start):
                start = b.start()
            elif a := _SHIFT_AFTER.match(text, end):
                end = a.end()
        out.append((start, end))
    return [s for s in out if not any(o != s and o[0] <= s[0] and s[1] <= o[1] for o in out)]


_SET_CODES = {"hourly": "PT1H", "hour": "PT1H", "second": "PT1S", "minute": "PT1M", "daily": "P1D", "day": "P1D",
              "nightly": "P1D", "night": "P1D", "morning": "P1D", "evening": "P1D", "weekly": "P1W", "week": "P1W",
              "weekend": "P1W", "monthly": "P1M", "month": "P1M", "quarterly": "P3M", "annually": "P1Y",
              "yearly": "P1Y", "year": "P1Y", "annual": "P1Y", "everyday": "P1D", "quarter": "P3M",
              "biweekly": "P2W", "bi-weekly": "P2W", "fortnightly": "P2W", "bimonthly": "P2M", "bi-monthly": "P2M",
              "semiannually": "P6M", "semi-annually": "P6M", "biannually": "P6M", "half-yearly": "P6M",
              "summer": "P1Y", "winter": "P1Y", "spring": "P1Y", "autumn": "P1Y"}


_OFFSET = re.compile(r"(?P<len>.+?\b(?:days?|weeks?|fortnights?|months?|years?))\s+(?P<dir>before|after|from|since)\s+"
                     r"(?P<rest>.+)", re.IGNORECASE)


def _offset(m: re.Match[str], anchor: date | None, future: bool | None) -> str | None:
    """"two days after today", "2 weeks before May 13 1999", "three months after Easter": a length
    counted from a day the words name, as the day it reaches (None when the words name no day)."""
    kind, length = normalize(m.group("len"), None)
    rest = m.group("rest")
    to = parse_day(normalize(rest, anchor, future=future)[1] or "")
    n = re.fullmatch(r"P(\d+)([DWMY])", length or "")
    if kind != "DURATION" or not n or to is None:
        return None
    count = int(n.group(1)) * (-1 if m.group("dir").lower() == "before" else 1)
    unit = n.group(2)
    if unit in "DW":
        return (to + timedelta(days=count * (7 if unit == "W" else 1))).isoformat()
    months = to.year * 12 + to.month - 1 + count * (12 if unit == "Y" else 1)
    year, month = months // 12, months % 12 + 1
    day = min(to.day, 28 if month == 2 else 30 if month in (4, 6, 9, 11) else 31)
    return date(year, month, day).isoformat()


def offset_day(text: str, anchor: date | None) -> str | None:
    """The day a length counted from a named day reaches ("two days after today"), else None."""
    told = re.sub(r"^(?:more\s+than|less\s+than|about|around|nearly|almost|some|at\s+least|just|only)\s+", "",
                  " ".join(text.split()), flags=re.IGNORECASE)
    if (around := _WEEKDAY_AROUND.fullmatch(told)) and (day := _weekday_near(around, anchor, None)):
        return day  # "Sunday 3 weeks" "after" "January 15th"
    m = _OFFSET.fullmatch(told)
    return _offset(m, anchor, None) if m else None


def parse_day(value: str) -> date | None:
    """The day of a TIMEX3 value that names one ("2019-10-16", "2019-10-16T09:00")."""
    m = re.match(r"(\d{4})-(\d\d)-(\d\d)(?:T|$)", value)
    return date(int(m.group(1)), int(m.group(2)), int(m.group(3))) if m else None


def _set_value(m: re.Match[str]) -> str:
    unit = (m.group("u") or m.group("per") or m.group("adv") or m.group("once") or "").lower()
    if unit in WEEKDAYS:
        return f"XXXX-WXX-{WEEKDAYS[unit] + 1}"
    value = _SET_CODES.get(unit, "P1D")
    return value.replace("1", "2", 1) if m.group("other") and value.count("1") == 1 else value  # "every other day"


_SHORT_UNITS = {"h": "hours", "hr": "hours", "hrs": "hours", "min": "minutes", "mins": "minutes", "sec": "seconds",
                "secs": "seconds", "yr": "years", "yrs": "years", "years": "years", "hours": "hours",
                "minutes": "minutes", "seconds": "seconds", "days": "days", "weeks": "weeks", "months": "months"}
_SHORT_UNIT = re.compile(r"(?<![\w.])(\d+(?:\.\d+)?)(\s*(?:hrs?|mins?|secs?|yrs?)|(?:h|years|hours|minutes|seconds|"
                         r"days|weeks|months))\b", re.IGNORECASE)
# "3h", "1 hr", "10 mins", "3.5years": lengths written short, found in the text (see events._times)
SHORT_LENGTH = re.compile(r"(?<![\w.:$\u00a3\u20ac-])(?<!:\s)\d+(?:\.\d+)?(?:\s*(?-i:hrs?|mins?|secs?|yrs)\b|"
                          r"(?:h|years|hours|minutes|seconds)\b)", re.IGNORECASE)  # not "203 HR", "14: 58 hrs"


def _count(m: re.Match[str]) -> str:
    if m.groupdict().get("vague"):
        return "X"
    if m.groupdict().get("half"):
        return "0.5"
    n = m.group("n")
    if n is None:
        return "X" if m.group("pl") else "1"  # "years": some; "the past decade": one
    value = float(n.replace(",", "")) if n[0].isdigit() else float(_NUMBERS[n.lower()])
    return str(int(value)) if value == int(value) else str(value)


def _unit(m: re.Match[str]) -> str:
    u = m.group("u").lower()
    return "century" if u.startswith("centur") else "day" if u == "night" else u


def _duration(m: re.Match[str]) -> str:
    count, unit = _count(m), _UNITS[_unit(m)]
    if count == "0.5" and unit == "TH":
        return "PT30M"
    if unit in ("DE", "CE") and count != "X":  # "a decade" is P10Y, "two centuries" P200Y
        years = float(count) * (10 if unit == "DE" else 100)
        return f"P{int(years) if years == int(years) else years}Y"
    if unit.startswith("T"):
        return f"PT{count}{unit[1]}"
    return f"P{count}{unit}"


def _ago(m: re.Match[str], anchor: date | None) -> str | None:
    count, unit = _count(m), _unit(m)
    direction = m.group("dir").lower()
    if count == "X":
        return "PAST_REF" if direction == "ago" else "FUTURE_REF"
    if anchor is None:
        return None
    try:
        return _shifted(anchor, unit, int(float(count)) * (1 if direction != "ago" else -1))
    except (OverflowError, ValueError):
        return None  # "900000000 days ago": before the calendar's first day


def _shifted(anchor: date, unit: str, n: int) -> str | None:
    """The day, week, month, quarter, year, decade or century n of them from the anchor's,
    at that granularity ("2019-10-11", "2019-W41", "2019-07", "2019-Q3", "2017", "201", "20")."""
    if unit == "day":
        return (anchor + timedelta(days=n)).isoformat()
    if unit == "week":
        return _week(anchor + timedelta(weeks=n))
    if unit == "month":
        months = anchor.year * 12 + anchor.month - 1 + n
        return f"{months // 12:04d}-{months % 12 + 1:02d}"
    if unit == "quarter":
        quarters = anchor.year * 4 + (anchor.month - 1) // 3 + n
        return f"{quarters // 4:04d}-Q{quarters % 4 + 1}"
    if unit == "year":
        return f"{anchor.year + n:04d}"
    if unit == "decade":
        return f"{anchor.year // 10 + n:03d}"
    if unit == "century":
        return f"{anchor.year // 100 + n:02d}"
    return None


def _year_named(m: re.Match[str], anchor: date | None) -> int | None:
    """The year a match names ("of 2019"), or the article's, last or next year."""
    if m.group("y"):
        return int(m.group("y"))
    if anchor is None:
        return None
    return anchor.year + {"last": -1, "next": 1}.get((m.group("which") or "").lower(), 0)


def _week_number(m: re.Match[str], anchor: date | None) -> str | None:
    """"week 10", "week 27 of last year": an ISO week of a named or the article's year."""
    year = _year_named(m, anchor)
    if year is None:
        return None
    return f"{year:04d}-W{int(m.group('n')):02d}"


def _week(d: date) -> str:
    year, week, _ = d.isocalendar()
    return f"{year}-W{week:02d}"


def _date_or_time(words: str, low: str, anchor: date | None, future: bool | None) -> tuple[str, str | None]:
    day = _day(words, low, anchor, future)
    clock = _CLOCK.search(_DATE_WRITTEN.sub(lambda d: " " * len(d.group(0)), words))  # not "23.04" of a date
    talk = _talk_clock(low) if not clock and (CLOCK_TALK.search(words) or _SHORT_CLOCK.fullmatch(low)) else None
    if clock or talk:
        if talk:
            hhmm = talk
        elif clock is None:
            return "DATE", day
        elif clock.group("word"):
            hhmm = "24:00" if clock.group("word").lower() == "midnight" else "12:00"
        elif clock.group("ap"):
            hour = int(clock.group("h")) % 12 + (12 if clock.group("ap").lower().startswith("p") else 0)
            hhmm = f"{hour:02d}:{clock.group('min') or '00'}"
            hhmm += f":{clock.group('sec')}" if clock.group("sec") else ""
        else:  # "7:30 in the evening": the part of the day tells the half
            hhmm = f"{_day_half(int(clock.group('h24')), low):02d}:{clock.group('min24')}"
            hhmm += f":{clock.group('sec24')}" if clock.group("sec24") else ""
        base = day if day and len(day) == 10 else (anchor.isoformat() if anchor and day is None else None)
        return "TIME", f"{base}T{hhmm}" if base else None
    part = next((code for word, code in _PART_WORDS if word.search(low)), None) if _ANY_PART.search(low) else None
    if part and day and len(day) == 10:
        return "TIME", f"{day}T{part}"
    if part and day is None:
        # "in the afternoon", "late evening": of the article's day, as a clock time alone is
        return "TIME", f"{anchor.isoformat()}T{part}" if anchor else None
    return "DATE", day


def _day(words: str, low: str, anchor: date | None, future: bool | None) -> str | None:
    """The calendar value of an expression without a clock time (a day, week, month, ...)."""
    absolute = find_dates(words)
    if absolute:
        return absolute[0][0].isoformat()
    if (odd := _odd_date(words, anchor, future)) is not None:
        return odd
    if m := HOLIDAY_ANY.search(words) if _holiday_told(words) else HOLIDAY.search(words):
        return _holiday(m, anchor, future)
    if m := _QUARTER.search(low):
        return _quarter(m, anchor, future)
    if m := _CENTURY.search(low):
        n = int(m.group("n")) if m.group("n") else {"nineteenth": 19, "twentieth": 20, "twenty-first": 21}[
            m.group("w").lower()]
        return f"{n - 1:02d}"
    if m := _DECADE.search(low):
        century = m.group("c") or ("19" if anchor is None or int(m.group("d")) > anchor.year % 100 // 10 else "20")
        return f"{century}{m.group('d')}"
    if _YEAR_1920.search(words) and (m := _MONTH_YEAR.search(words)):
        if m.group("y3") or m.group("y4"):  # "2015-12", "12-2015"
            return f"{m.group('y3') or m.group('y4')}-{int(m.group('m3') or m.group('m4')):02d}"
        month_word = (m.group("m") or m.group("m2")).lower().rstrip(".")
        return f"{m.group('y') or m.group('y2')}-{MONTHS[month_word]:02d}"
    if m := _SEASON.search(low):
        return _season(m, anchor, future)
    if m := _RELATIVE.match(low):
        return _relative(m, anchor, future)
    if m := _WEEKEND.search(low):
        return _weekend(m, anchor, future)
    if m := _YEAR.search(words):
        return m.group("y")
    if anchor is None:
        return _unknown_year(words, low)
    if found := month_and_day(words):
        try:
            return _nearest_year(anchor, found[0], found[1], future).isoformat()
        except ValueError:
            return None
    if m := _WEEK_OF.search(low):  # "next week Wednesday", "Tuesday of last week": that week's day
        which = (m.group("w1") or m.group("w2")).lower()
        shift = {"next": 1, "following": 1, "coming": 1, "last": -1, "previous": -1}.get(which, 0)
        monday = anchor - timedelta(days=anchor.weekday()) + timedelta(weeks=shift)
        return (monday + timedelta(days=WEEKDAYS[(m.group("wd1") or m.group("wd2")).lower()])).isoformat()
    if m := _DAY_WORD.search(low):
        w = " ".join(m.group("w").split())
        shift = {"tomorrow": 1, "yesterday": -1, "last night": -1}.get(w, 0)
        return (anchor + timedelta(days=shift)).isoformat()
    if m := _WEEKDAY.search(low):
        return _weekday(m, anchor, future).isoformat()
    if month := _month(words, low):
        which = _WHICH_MONTH.search(low)
        w = which.group(1) if which else ""
        if w == "this":
            return f"{anchor.year}-{month:02d}"
        if w in ("last", "past", "previous"):  # "last May": the May before this month
            return f"{anchor.year - (1 if month >= anchor.month else 0)}-{month:02d}"
        if w in ("next", "coming", "following"):
            return f"{anchor.year + (1 if month <= anchor.month else 0)}-{month:02d}"
        return f"{_nearest_year(anchor, month, 1, future, month_only=True).year}-{month:02d}"
    return None


_ORDINAL_WORDS = {w: i for i, w in enumerate((
    "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "eleventh",
    "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth", "nineteenth",
    "twentieth"), start=1)}
for _i, _w in enumerate(("first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth"),
                        start=1):
    _ORDINAL_WORDS[f"twenty-{_w}"] = 20 + _i
    _ORDINAL_WORDS[f"twenty {_w}"] = 20 + _i
_ORDINAL_WORDS.update({"thirtieth": 30, "thirty-first": 31, "thirty first": 31})
_ORD_WORD = "|".join(sorted(map(re.escape, _ORDINAL_WORDS), key=len, reverse=True))
_ORD = rf"(?:(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)|{_ORD_WORD})"
_MONTH_NAME = (r"(?:january|february|march|april|june|july|august|september|october|november|december|jan|feb|mar|"
               r"apr|jun|jul|aug|sept|sep|oct|nov|dec|(?-i:May))")
_FULL_MONTH = r"(?:january|february|march|april|june|july|august|september|october|november|december|(?-i:May))"
_Y4 = r"(?:1[6-9]|20)\d\d"
# Dates in shapes the parser and dates.py leave alone: "Sep-23-2020", "2020/Sep/23", "23-2020-September",
# "Dec31, 1994", "report-20170302.html", "the fourth of July 1995", "28 June in 2020", "Tuesday the
# eleventh", "the 15th day of next month", "the 9th month of next year", "the first week of 2015".
_ODD_SHAPES = (
    rf"(?P<mn1>{_MONTH_NAME})[-/.](?P<d1>\d{{1,2}})[-/.](?P<y1>{_Y4})",
    rf"(?P<mn2>{_MONTH_NAME})[-/](?P<y2>{_Y4})[-/](?P<d2>\d{{1,2}})",
    rf"(?P<y3>{_Y4})[-/.](?P<mn3>{_MONTH_NAME})[-/.](?P<d3>\d{{1,2}})",
    rf"(?P<d4>\d{{1,2}})[-/](?P<y4>{_Y4})[-/](?P<mn4>{_MONTH_NAME})",
    rf"(?P<mn5>{_MONTH_NAME})(?P<d5>\d{{1,2}})\s*,\s*(?P<y5>{_Y4})",
    r"(?:(?<=[-/_.])|^)(?P<y6>(?:19|20)\d\d)(?P<m6>0[1-9]|1[0-2])(?P<d6>0[1-9]|[12]\d|3[01])(?=[-/_.]|$)",
    rf"(?:the\s+)?(?P<d7>{_ORD_WORD})\s+(?:day\s+)?of\s+(?P<mn7>{_FULL_MONTH})(?:,?\s+(?:of\s+)?(?P<y7>{_Y4}))?",
    rf"(?P<mn8>{_FULL_MONTH})\s+(?:the\s+)?(?P<d8>{_ORD_WORD})(?!\s+[a-z])(?:,?\s+(?P<y8>{_Y4}))?",
    rf"(?P<d9>\d{{1,2}})(?:st|nd|rd|th)?\s+(?P<mn9>{_MONTH_NAME})\s+in\s+(?P<y9>{_Y4})",
    rf"(?P<wd>{_WEEKDAY_WORD}),?\s+the\s+(?P<d10>{_ORD})(?![\w-]|\s+(?!(?:at|{_HW})\b)[a-z])",
    rf"(?:the\s+)?(?P<d11>{_ORD})\s+(?:day\s+of\s+(?:the\s+)?|(?=(?:this|next|last)\s+month))"
    r"(?:(?P<which11>this|next|last|previous|following)\s+)?month",
    rf"(?:the\s+)?(?P<m12>{_ORD})\s+month\s+of\s+(?:(?P<which12>this|next|last|previous|following)\s+year|"
    rf"(?:the\s+year\s+)?(?P<y12>{_Y4}))",
    rf"(?:the\s+)?(?P<w13>first|last)\s+week\s+of\s+(?:the\s+year\s+)?(?P<y13>{_Y4})",
    rf"(?P<mn14>{_MONTH_NAME})[-/](?P<y14>{_Y4})",
    rf"(?P<y15>{_Y4})[-/.](?P<d15>\d{{1,2}})[-/.](?P<mn15>{_MONTH_NAME})",
)
# the lookahead holds every letter a shape can begin with: a quick no at most places (2.5 times faster)
ODD_DATE = re.compile(r"\b(?=[\dadefjlmnostw])(?:" + "|".join(_ODD_SHAPES) + r")\b", re.IGNORECASE)


def _ordinal(word: str) -> int:
    w = " ".join(word.lower().replace("-", " ").split())
    return int(re.sub(r"\D", "", w)) if w[:1].isdigit() else _ORDINAL_WORDS[w]


def _odd_date(words: str, anchor: date | None, future: bool | None) -> str | None:
    """The value of a date in one of the shapes of :data:`ODD_DATE`, or None."""
    m = ODD_DATE.search(words)
    if m is None:
        return None
    g = {k: v for k, v in m.groupdict().items() if v}
    if "m12" in g:  # "the 9th month of next year"
        year = int(g["y12"]) if "y12" in g else anchor.year + _SHIFT.get(g["which12"].lower(), 0) if anchor else None
        month = _ordinal(g["m12"])
        return f"{year:04d}-{month:02d}" if year is not None and 1 <= month <= 12 else None
    if "w13" in g:  # "the first week of 2015", "the last week of 2019"
        year = int(g["y13"])
        return _week(date(year, 1, 4)) if g["w13"].lower() == "first" else _week(date(year, 12, 28))
    if "d11" in g:  # "the 15th day of next month", "the 21st this month"
        if anchor is None:
            return None
        months = anchor.year * 12 + anchor.month - 1 + _SHIFT.get((g.get("which11") or "").lower(), 0)
        return _valid(months // 12, months % 12 + 1, _ordinal(g["d11"]))
    if "wd" in g:  # "Tuesday the eleventh": the month near the article's where that day is that weekday
        if anchor is None:
            return None
        day, weekday = _ordinal(g["d10"]), WEEKDAYS[g["wd"].lower()]
        near = []
        for k in (-1, 0, 1):
            months = anchor.year * 12 + anchor.month - 1 + k
            found = _valid(months // 12, months % 12 + 1, day)
            if found and date.fromisoformat(found).weekday() == weekday:
                near.append(date.fromisoformat(found))
        return min(near, key=lambda d: abs((d - anchor).days)).isoformat() if near else None
    if "mn14" in g:  # "Dec-2018"
        return f"{g['y14']}-{MONTHS[g['mn14'].lower()]:02d}"
    n = next(k.lstrip("mn") for k in g if re.fullmatch(r"mn?\d+", k))
    written = g.get(f"y{n}")
    month = MONTHS[g[f"mn{n}"].lower().rstrip(".")] if f"mn{n}" in g else int(g[f"m{n}"])
    day = _ordinal(g[f"d{n}"]) if not g[f"d{n}"].isdigit() else int(g[f"d{n}"])
    if written:
        return _valid(int(written), month, day)
    if anchor is None:
        return f"XXXX-{month:02d}-{day:02d}"
    try:
        return _nearest_year(anchor, month, day, future).isoformat()
    except ValueError:
        return None


_SHIFT = {"last": -1, "previous": -1, "next": 1, "following": 1}


def _valid(year: int, month: int, day: int) -> str | None:
    try:
        return date(year, month, day).isoformat()
    except ValueError:
        return None


# Words written short or loosely, put as the rules read them: "tmrw", "tonite", "mid night", "noonish",
# "9.am.", "1140 a.m.", "seven p . m .", "eod", "EOY", "workweek", "½ hour", "this upcoming Friday", "tues",
# "Dec. 31 , 1994".
_RESPELL = (
    (re.compile(r"\b(?:tmrw|tmrow|tomorow)\b", re.IGNORECASE), "tomorrow"),
    (re.compile(r"\btonite\b", re.IGNORECASE), "tonight"),
    (re.compile(r"\bmid\s+night\b", re.IGNORECASE), "midnight"),
    (re.compile(r"\b(noon|midnight)ish\b", re.IGNORECASE), r"\1"),
    (re.compile(r"\b(1[0-2]|0?[1-9])\.\s?([ap])\.?\s?m\b\.?", re.IGNORECASE), r"\1 \2m"),
    (re.compile(r"(?<![\d:.,])(1[0-2]|0?[1-9])([0-5]\d)\s*([ap])\.?m\b\.?", re.IGNORECASE), r"\1:\2 \3m"),
    (re.compile(r"\b([ap])\s\.\s?m\s?\.?(?=\s|$)", re.IGNORECASE), r"\1m"),
    (re.compile(r"\b(?:the\s+)?eod\b", re.IGNORECASE), "end of day"),
    (re.compile(r"\b(?:the\s+)?eoy\b", re.IGNORECASE), "the end of the year"),
    (re.compile(r"\bwork(?:ing)?\s?week\b", re.IGNORECASE), "week"),
    (re.compile(r"½\s*(?:an?\s+)?"), "half an "),
    (re.compile(r"\b(?:this\s+)?upcoming\b", re.IGNORECASE), "coming"),
    (re.compile(r"\b(?:(mon)|(tue)s?|(wed)s?|(thu)r?s?|(fri))\b(?!\.\w)\.?", re.IGNORECASE),
     lambda m: {"mon": "monday", "tue": "tuesday", "wed": "wednesday", "thu": "thursday", "fri": "friday"}[
         next(g for g in m.groups() if g).lower()]),
    (re.compile(r"\s+,"), ","),
    (re.compile(r"\b(1[0-2]|0?[1-9])\s*o'?clock\b", re.IGNORECASE), r"\1:00"),
    (re.compile(r"\b(?:(?P<n>an?|one|two|three|four|\d{1,2})\s+)?fortnight(?P<pl>s)?\b(?:'s?(?:\s+time)?)?",
                re.IGNORECASE),  # "a fortnight ago", "in a fortnight's time", "the past fortnight": two weeks each
     lambda m: f"{2 * (_NUMBERS.get((m.group('n') or 'a').lower()) or int(m.group('n')))} weeks"),
)
_RESPELL_HINT = re.compile(r"tmr|tomorow|tonite|mid\s|ish\b|\d[.\s]*[ap]|\d\d[ap]|\s\.\s|eo[dy]|work|½|upcoming|"
                           r"\b(?:mon|tues?|weds?|thur?s?|fri)\b|\s,|clock|fortnight", re.IGNORECASE)


def respell(words: str) -> str:
    """``words`` with the short and loose forms of :data:`_RESPELL` written out."""
    if not _RESPELL_HINT.search(words):
        return words
    for pattern, repl in _RESPELL:
        words = pattern.sub(repl, words)
    return words


_COUNTED_HINT = re.compile(r"\b(?:before|after|from|since)\b", re.IGNORECASE)
_TWO_DIGIT_YEAR = re.compile(rf"\b{_MONTH_NAME}\.?\s+of\s+'?(?P<y>\d\d)$", re.IGNORECASE)
_WEEKDAY_AROUND = re.compile(rf"(?P<wd>{_WEEKDAY_WORD}),?\s+(?P<off>.+)|"
                             rf"(?P<off2>.+?),?\s+on\s+(?P<wd2>{_WEEKDAY_WORD})", re.IGNORECASE)


def _reached(off: str, anchor: date | None, future: bool | None) -> date | None:
    """The day a length counted from a day reaches ("two weeks from now", "3 weeks after Christmas")."""
    m = _OFFSET.fullmatch(off)
    if m is None or anchor is None:
        return None
    if m.group("rest").lower() in ("now", "today"):
        return parse_day(_offset(_OFFSET.fullmatch(f"{m.group('len')} {m.group('dir')} today"), anchor,  # type: ignore[arg-type]
                                 future) or "")
    return parse_day(_offset(m, anchor, future) or "")


def _weekday_near(m: re.Match[str], anchor: date | None, future: bool | None) -> str | None:
    """"Monday two weeks from now", "Thursday, two years from now", "3 weeks after Christmas on Friday":
    that weekday in the week (Sunday to Saturday, as calendars print it) of the day the length reaches."""
    day = _reached(m.group("off") or m.group("off2"), anchor, future)
    if day is None:
        return None
    sunday = day - timedelta(days=(day.weekday() + 1) % 7)
    return (sunday + timedelta(days=(WEEKDAYS[(m.group("wd") or m.group("wd2")).lower()] + 1) % 7)).isoformat()


_COUNT_WORD = rf"(?:\d{{1,3}}|{'|'.join(w for w in _NUMBERS if w not in ('a', 'an'))})"
_THE_LENGTH = re.compile(rf"^the\s+(?=(?:\d[\d,.]*|{_COUNT_WORD})\s+"
                         r"(?:second|minute|hour|day|week|month|year|decade)s?$)")
_PART_SET = {"morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI"}
_WEEK_ORD = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4, "fifth": 5,
             "5th": 5}
_MORE = re.compile(
    rf"(?:every|each)\s+(?P<en>{_COUNT_WORD})\s+(?P<eu>second|minute|hour|day|week|weekend|month|year)s?|"
    r"(?:every|each)\s+(?P<eo>other\s+)?(?P<ew>weekend|weekday)|(?:all\s+|on\s+)?(?P<ws>weekend|weekday)s|"
    r"(?:every|each)\s+(?P<ep>morning|afternoon|evening|night)|(?:the\s+)?(?P<ps>morning|afternoon|evening)s|"
    rf"(?P<ed>{_ORD})\s+(?:day\s+)?of\s+(?:every|each)\s+month|"
    r"(?P<semi>semi-?annual|bi-?annual)|"
    rf"(?P<wen>{_COUNT_WORD})\s+weekends|"
    rf"(?P<wo>{'|'.join(_WEEK_ORD)}|last)\s+week\s+of\s+(?:(?P<wm>{_MONTH_NAME})\.?(?:,?\s+(?P<wmy>{_Y4}))?|"
    rf"(?P<wmw>this|last|next|previous|the)\s+month|(?:the\s+year\s+)?(?P<wy>{_Y4})|(?P<wyw>this|last|next)\s+year)|"
    r"week\s+(?P<wa>after\s+next|before\s+last)|"
    r"day\s+(?P<da>after\s+tomorrow|before\s+yesterday)|"
    r"(?:day\s+(?P<db>before|after)|(?P<dn>next|following|previous)\s+day)|"
    r"(?P<el>earlier|later)\s+(?:in\s+the|this)\s+(?P<elu>week|month|year)|"
    r"(?P<ytd>year)\s+to\s+date|"
    r"end\s+of\s+(?:the\s+)?(?P<eod>day)|(?P<wk>weekend)|(?P<short>\d{1,3}[dwy])|"
    r"weekend\s+of\s+(?P<hw>.+?)|(?P<hw2>.+?)\s+weekend(?:\s+(?P<hwy>(?:19|20)\d\d))?",
    re.IGNORECASE)
_LEAD_A_COUNT = re.compile(rf"^an?\s+(?={_COUNT_WORD}\s)")


def _more_forms(bare: str, low: str, anchor: date | None) -> tuple[str, str | None] | None:
    """The value of the forms of :data:`_MORE` (sets counted in twos and threes, weekends, parts of the
    day as sets, weeks of a month or year, "the week after next", "the day before", "earlier in the
    week"), or None."""
    m = _MORE.fullmatch(bare)
    if m is None:
        if bare.endswith(("ago", "now")) and anchor \
                and (parts := re.fullmatch(r"(?P<len>.+?)\s+(?P<dir>ago|from\s+now)", bare)) \
                and (length := compound_length(parts.group("len"))):
            return "DATE", _counted(anchor, length, -1 if parts.group("dir") == "ago" else 1)  # "2 weeks, 2 days ago"
        return None
    g = {k: v.lower() for k, v in m.groupdict().items() if v}
    if "short" in g:  # "for 10D", "lasted 2W"
        return "DURATION", f"P{int(g['short'][:-1])}{g['short'][-1].upper()}"
    if "hw2" in g:
        g["hw"] = g["hw2"]
    if "hw" in g:  # "the weekend of Thanksgiving 2023", "Labor Day 2021 weekend": the weekend next to the day
        day = parse_day(normalize(g["hw"] + (" " + g["hwy"] if "hwy" in g else ""), anchor)[1] or "")
        if day is None:
            return None
        day -= timedelta(days=1 if day.weekday() == 0 else 0)  # a Monday holiday: the weekend before it
        year, week, _ = day.isocalendar()
        return "DATE", f"{year}-W{week:02d}-WE"
    if "eu" in g:  # "every three weeks" P3W
        n, unit = _NUMBERS.get(g["en"]) or int(g["en"]), g["eu"]
        code = {"second": "TS", "minute": "TM", "hour": "TH", "weekend": "WE"}.get(unit, unit[0].upper())
        return "SET", f"P{'T' if code.startswith('T') else ''}{n}{code[-1] if code.startswith('T') else code}"
    if "ew" in g or "ws" in g:  # "every weekend", "weekends" P1WE; "every other weekend" P2WE
        return "SET", f"P{2 if 'eo' in g else 1}{'WE' if (g.get('ew') or g.get('ws')) == 'weekend' else 'WD'}"
    if "ep" in g or "ps" in g:  # "every night", "mornings": each day's part
        return "SET", f"XXXX-XX-XXT{_PART_SET[g.get('ep') or g['ps']]}"
    if "ed" in g:  # "the 19th of every month"
        return "SET", f"XXXX-XX-{_ordinal(g['ed']):02d}"
    if "semi" in g:
        return "SET", "P6M"
    if "wen" in g:  # "three weekends"
        return "DURATION", f"P{_NUMBERS.get(g['wen']) or int(g['wen'])}WE"
    if "ytd" in g or "el" in g:  # "the year to date", "later in the year", "earlier in the week"
        return ("DATE", _shifted(anchor, g.get("elu", "year"), 0)) if anchor else None
    if "eod" in g:  # "end of the day": the day (mod END in TimeML); "(at) the end of the day", the idiom, is not
        return ("DATE", anchor.isoformat() if anchor else None) if not low.startswith("the") else None
    if "wo" in g:
        return "DATE", _week_in(g, anchor)
    if "wk" in g and low == "weekend":  # "weekend" alone: this one
        return "DATE", _weekend(re.match(r"(?P<which>this)", "this"), anchor, True)  # type: ignore[arg-type]
    if anchor is None or "wk" in g:
        return None
    if "wa" in g:  # "the week after next", "the week before last"
        return "DATE", _week(anchor + timedelta(weeks=2 if g["wa"].startswith("after") else -2))
    shift = 2 if g.get("da", "").startswith("after") else -2 if "da" in g else \
        1 if g.get("db") == "after" or g.get("dn") in ("next", "following") else -1
    return "DATE", (anchor + timedelta(days=shift)).isoformat()  # "the day before", "the next day"


_FROM_DAY = re.compile(r"(?:the\s+)?(?:day\s+(?:before|after)|(?:next|following|previous)\s+day)", re.IGNORECASE)


def day_counted(text: str) -> bool:
    """Whether an expression is a day counted from the day the story is at ("the next day", "the day
    before"), so that it is read from the day named just before, not always the article's."""
    return bool(_FROM_DAY.fullmatch(" ".join(text.split())))


def _counted(anchor: date, length: str, sign: int) -> str | None:
    """The day a length in parts ("P2W2D", "P1Y2M") counted from the anchor reaches."""
    parts = dict((u, float(n)) for n, u in re.findall(r"(\d+(?:\.\d+)?)([YMWD])", length.split("T")[0]))
    if "T" in length or any(n != int(n) for n in parts.values()):
        return None
    months = anchor.year * 12 + anchor.month - 1 + sign * int(parts.get("Y", 0) * 12 + parts.get("M", 0))
    year, month = months // 12, months % 12 + 1
    day = date(year, month, min(anchor.day, 28 if month == 2 else 30 if month in (4, 6, 9, 11) else 31))
    return (day + timedelta(days=sign * int(parts.get("W", 0) * 7 + parts.get("D", 0)))).isoformat()


def _week_in(g: dict[str, str], anchor: date | None) -> str | None:
    """"the first week of Jan 2015" 2015-01-W01, "the last week of this month" 2021-10-W05 (weeks of a
    month counted from Monday, as Recognizers does), "the 3rd week of 2018" 2018-W03 (ISO weeks)."""
    n = _WEEK_ORD.get(g["wo"], -1)
    year: int | None
    if "wy" in g or "wyw" in g:
        if "wy" in g:
            year = int(g["wy"])
        elif anchor:
            year = anchor.year + {"last": -1, "next": 1}.get(g["wyw"], 0)
        else:
            return None
        return _week(date(year, 12, 28)) if n < 0 else f"{year:04d}-W{n:02d}"
    if "wm" in g:
        month = MONTHS[g["wm"].rstrip(".")]
        year = int(g["wmy"]) if "wmy" in g else anchor.year if anchor else None
    elif anchor:
        months = anchor.year * 12 + anchor.month - 1 + _SHIFT.get(g["wmw"], 0)
        year, month = months // 12, months % 12 + 1
    else:
        return None
    if year is None:
        return None
    first = date(year, month, 1)
    last = date(year + month // 12, month % 12 + 1, 1) - timedelta(days=1)
    weeks = (last.day - 1 + first.weekday()) // 7 + 1
    return f"{year:04d}-{month:02d}-W{weeks if n < 0 else n:02d}"


_UNITS_W = {w: i for i, w in enumerate(("one", "two", "three", "four", "five", "six", "seven", "eight", "nine"),
                                       start=1)}
_TEENS_W = {w: i for i, w in enumerate(("ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
                                        "seventeen", "eighteen", "nineteen"), start=10)}
_TENS_W = {w: i * 10 for i, w in enumerate(("twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty",
                                            "ninety"), start=2)}
_U = "|".join(_UNITS_W)
_TEEN = "|".join(_TEENS_W)
_TEN = "|".join(_TENS_W)
_TWO_DIGITS = rf"(?:(?:{_TEN})(?:[\s-](?:{_U}))?|{_TEEN}|o(?:h)?[\s-](?:{_U}))"
_YEAR_WORDS = (rf"(?:(?:{_TEEN}|twenty)\s+(?:hundred(?:\s+and)?\s+)?{_TWO_DIGITS}|(?:{_TEEN})\s+hundred|"
               rf"two\s+thousand(?:\s+and)?\s+(?:{_TWO_DIGITS}|{_U}))")
_YEAR_WORDS_RE = re.compile(_YEAR_WORDS, re.IGNORECASE)
_DAY_WORDS = rf"(?:(?:twenty|thirty)(?:[\s-](?:{_U}))?|{_TEEN}|{_U})"
# A year in words ("nineteen ninety six", "two thousand and fifteen", "seventeen hundred thirty three") after
# a month or a word that takes a year ("in", "since"), so that counts ("two thousand and five people") are left.
_CENTURY_YEAR = rf"(?:(?:{_TEEN}|twenty)\s+(?:hundred(?:\s+and)?\s+)?{_TWO_DIGITS}|(?:{_TEEN})\s+hundred)"
_THOUSAND_YEAR = rf"two\s+thousand(?:\s+and)?\s+(?:{_TWO_DIGITS}|{_U})"
YEAR_IN_WORDS = re.compile(
    rf"\b(?:(?:(?:{_DAY_WORDS}|\d{{1,2}})(?:st|nd|rd|th)?\s+)?{_MONTH_NAME}\.?\s+(?:of\s+)?|"
    r"(?<=\bin\s)|(?<=\bsince\s)|(?<=\buntil\s)|(?<=\byear\s)|(?<=\bbefore\s)|(?<=\bafter\s))"
    rf"(?:{_CENTURY_YEAR}\b(?!\s+(?:and\s+)?(?:{_U}|{_TEEN}|{_TEN}|hundred|thousand|million|[a-z]+s\b))|"
    rf"{_THOUSAND_YEAR}\b(?=\s*(?:[.,;:!?)]|$)|\s+(?:and|to|when|the|before|after|until|till)\b))",
    re.IGNORECASE)


# Every year in words holds one of these words: a text without them is not searched (a quick look
# for the letters, then for the words; the whole pattern tried at every place costs 20 times more).
_YEAR_WORD_HINTS = ("ten", "eleven", "twelve", "teen", "twenty", "thousand")
_YEAR_WORD_HINT = re.compile(rf"\b(?:{_TEEN}|twenty|thousand)\b", re.IGNORECASE)


def year_in_words(text: str) -> list[re.Match[str]]:
    """Every year in words of :data:`YEAR_IN_WORDS` in ``text``."""
    folded = text.casefold()
    if not any(h in folded for h in _YEAR_WORD_HINTS) or not _YEAR_WORD_HINT.search(text):
        return []
    return list(YEAR_IN_WORDS.finditer(text))


def _number_words(words: str) -> int:
    """The value of a number of two digits or fewer in words ("ninety six", "oh five", "fifteen")."""
    parts = [w for w in re.split(r"[\s-]+", words.lower()) if w not in ("o", "oh", "and")]
    return sum(_UNITS_W.get(w) or _TEENS_W.get(w) or _TENS_W.get(w, 0) for w in parts)


def _year_words(m: re.Match[str]) -> str:
    words = m.group(0).lower()
    if words.startswith("two thousand"):
        return str(2000 + _number_words(re.sub(r"^two\s+thousand(?:\s+and)?", "", words)))
    head, _, rest = re.sub(r"\s+and\s+", " ", words).partition(" ")
    rest = re.sub(r"^hundred\s*", "", rest)
    return str((_TEENS_W.get(head) or _TENS_W[head]) * 100 + (_number_words(rest) if rest else 0))


def digits_for_words(words: str) -> str:
    """An expression with its year and its day of the month written in words put in digits
    ("twenty five January nineteen eighty six" → "25 January 1986")."""
    out = re.sub(_YEAR_WORDS, _year_words, words, flags=re.IGNORECASE)
    out = re.sub(rf"(\b{_MONTH_NAME}\s+)two\s+thousand\b", r"\g<1>2000", out,  # "October two thousand"
                 flags=re.IGNORECASE)
    out = re.sub(rf"(\b{_MONTH_NAME}\s+)({_DAY_WORDS})(?=\s+\d{{4}}\b)",  # "January twenty five 1986"
                 lambda d: d.group(1) + str(_number_words(d.group(2))), out, flags=re.IGNORECASE)
    return re.sub(rf"\b{_DAY_WORDS}(?=\s+{_MONTH_NAME}\b)", lambda d: str(_number_words(d.group(0))), out,
                  flags=re.IGNORECASE)


_FIXED_HOLIDAYS = {"christmas eve": (12, 24), "christmas day": (12, 25), "christmas": (12, 25),
                   "boxing day": (12, 26), "new year's eve": (12, 31), "new year's day": (1, 1),
                   "valentine's day": (2, 14), "halloween": (10, 31), "st. patrick's day": (3, 17),
                   "st patrick's day": (3, 17), "saint patrick's day": (3, 17), "independence day": (7, 4),
                   "bastille day": (7, 14), "guy fawkes night": (11, 5), "veterans day": (11, 11),
                   "armistice day": (11, 11), "remembrance day": (11, 11), "australia day": (1, 26),
                   "canada day": (7, 1), "anzac day": (4, 25), "may day": (5, 1), "earth day": (4, 22)}
_MOVABLE_HOLIDAYS = ("easter sunday", "easter monday", "easter", "good friday", "thanksgiving day", "thanksgiving",
                     "black friday", "memorial day", "labor day", "martin luther king day", "mother's day",
                     "father's day")
HOLIDAY = re.compile(r"\b(?P<h>" + "|".join(  # capitalised, as names are: "christmas" in lower case is not read
    r"\s+".join(w[0].upper() + re.escape(w[1:]).replace("'", "['’]") for w in h.split())
    for h in sorted((*_FIXED_HOLIDAYS, *_MOVABLE_HOLIDAYS), key=len, reverse=True))
    + r")(?:,?\s+(?P<y>(?:19|20)\d\d))?\b")

_HOLIDAY_ALIASES = {"saint patrick": "saint patrick's day", "st patrick": "saint patrick's day",
                    "st. patrick": "saint patrick's day", "new year day": "new year's day",
                    "new years day": "new year's day", "xmas": "christmas",
                    "fourth of july": "independence day", "mothers day": "mother's day",
                    "fathers day": "father's day", "valentines day": "valentine's day", "labour day": "labor day",
                    "thanksgiving": "thanksgiving day"}
# Holiday names in any case where a year or "next"/"last" tells they name the day ("easter 2018",
# "black friday 2010", "the next new year day", "previous easter"); alone, only capitalised (HOLIDAY).
HOLIDAY_ANY = re.compile(
    r"\b(?:(?P<which>next|last|previous|this|coming|following)\s+)?(?P<h>" + "|".join(
        re.escape(h).replace("'", "['’]?").replace(r"\ ", r"\s+")
        for h in sorted((*_FIXED_HOLIDAYS, *_MOVABLE_HOLIDAYS, *_HOLIDAY_ALIASES), key=len, reverse=True))
    + r")(?:,?\s+(?:of\s+)?(?P<y>(?:19|20)\d\d)|\s+of\s+(?P<which2>this|last|next)\s+year)?\b", re.IGNORECASE)


# The longest word of each name of HOLIDAY_ANY (up to an apostrophe): a text with none of them is not searched.
_HOLIDAY_HINTS = tuple(sorted({max((w.split("'")[0] for w in h.split()), key=len)
                               for h in (*_FIXED_HOLIDAYS, *_MOVABLE_HOLIDAYS, *_HOLIDAY_ALIASES)}))


def holidays_any(text: str) -> list[re.Match[str]]:
    """Every holiday's name of :data:`HOLIDAY_ANY` in ``text``, in any case."""
    folded = text.casefold()
    return list(HOLIDAY_ANY.finditer(text)) if any(h in folded for h in _HOLIDAY_HINTS) else []


def _holiday_told(text: str) -> bool:
    """Whether a holiday's name in any case is told as a day: with its year or "next", "last"."""
    return any(m.group("which") or m.group("y") or m.group("which2") for m in holidays_any(text))


def _holiday_name(written: str) -> str:
    name = " ".join(written.lower().replace("’", "'").split())
    if name not in _FIXED_HOLIDAYS and name not in _MOVABLE_HOLIDAYS:
        name = name.replace("s day", "'s day") if name.replace("s day", "'s day") in _FIXED_HOLIDAYS else name
    return _HOLIDAY_ALIASES.get(name, name)


def _nth_weekday(year: int, month: int, weekday: int, n: int) -> date:
    """The n-th given weekday of a month (n = -1: the last)."""
    if n > 0:
        first = date(year, month, 1)
        return first + timedelta(days=(weekday - first.weekday()) % 7 + 7 * (n - 1))
    last = date(year + month // 12, month % 12 + 1, 1) - timedelta(days=1)
    return last - timedelta(days=(last.weekday() - weekday) % 7)


def _easter(year: int) -> date:
    """Western Easter Sunday (the anonymous Gregorian computus)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = b // 4, b % 4
    g = (8 * b + 13) // 25
    h = (19 * a + b - d - g + 15) % 30
    i, k = c // 4, c % 4
    leap = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 19 * leap) // 433
    month = (h + leap - 7 * m + 90) // 25
    return date(year, month, (h + leap - 7 * m + 33 * month + 19) % 32)


def _holiday_date(name: str, year: int) -> date:
    if name in _FIXED_HOLIDAYS:
        return date(year, *_FIXED_HOLIDAYS[name])
    if name.startswith("easter") or name == "good friday":
        shift = {"easter monday": 1, "good friday": -2}.get(name, 0)
        return _easter(year) + timedelta(days=shift)
    if name.startswith("thanksgiving") or name == "black friday":
        return _nth_weekday(year, 11, 3, 4) + timedelta(days=1 if name == "black friday" else 0)
    month, weekday, n = {"memorial day": (5, 0, -1), "labor day": (9, 0, 1), "martin luther king day": (1, 0, 3),
                         "mother's day": (5, 6, 2), "father's day": (6, 6, 3)}[name]
    return _nth_weekday(year, month, weekday, n)


def _holiday(m: re.Match[str], anchor: date | None, future: bool | None) -> str | None:
    """"Christmas Eve 2009", "on Easter Sunday", "over Thanksgiving": the holiday of the year named, else
    the one the tense points to (the last one for what happened, the next for what will)."""
    name = _holiday_name(m.group("h"))
    if m.group("y"):
        return _holiday_date(name, int(m.group("y"))).isoformat()
    if anchor is None:
        return None
    days = [_holiday_date(name, anchor.year + k) for k in (-1, 0, 1)]
    which = (m.groupdict().get("which") or m.groupdict().get("which2") or "").lower()
    if which == "this":
        return days[1].isoformat()
    if m.groupdict().get("which2"):  # "Independence Day of last year"
        return days[1 + _SHIFT.get(which, 0)].isoformat()
    if which in ("next", "coming", "following"):
        return next(d for d in days if d > anchor).isoformat()
    if which in ("last", "previous"):
        return [d for d in days if d < anchor][-1].isoformat()
    if future:
        return next(d for d in days if d >= anchor).isoformat()
    if future is None:
        return min(days, key=lambda d: abs((d - anchor).days)).isoformat()
    return [d for d in days if d <= anchor + timedelta(days=1)][-1].isoformat()


def _month(words: str, low: str) -> int | None:
    """The month an expression names alone ("in January"), not "may" the verb."""
    m = _MONTH.search(words)
    if m is None or (m.group("m").lower() == "may" and not _MONTH_MAY.search(low)):
        return None
    return MONTHS[m.group("m").lower().rstrip(".")]


def _unknown_year(words: str, low: str) -> str | None:
    """Without the article's date: a day or month with an unknown year ("XXXX-01-06"), a weekday
    of an unknown week ("XXXX-WXX-1")."""
    if found := day_month(words):
        return found[0]
    if m := _WEEKDAY.search(low):
        return f"XXXX-WXX-{WEEKDAYS[m.group('wd').lower()] + 1}"
    if month := _month(words, low):
        return f"XXXX-{month:02d}"
    return None


def _nearest_year(anchor: date, month: int, day: int, future: bool | None, *, month_only: bool = False) -> date:
    """The date with this month and day nearest the anchor: on or before it for what has
    happened, on or after it for what will."""
    same = date(anchor.year, month, day if not month_only else 1)
    if month_only:
        if future:
            return same if month >= anchor.month else date(anchor.year + 1, month, 1)
        return same if month <= anchor.month else date(anchor.year - 1, month, 1)
    if future:
        return same if same >= anchor else date(anchor.year + 1, month, day)
    if future is None:  # tense unknown ("takes effect on Jan. 1"): the nearest such day
        candidates = [date(anchor.year + k, month, day) for k in (-1, 0, 1) if (month, day) != (2, 29) or k == 0]
        return min(candidates, key=lambda d: abs((d - anchor).days))
    return same if same <= anchor + timedelta(days=1) else date(anchor.year - 1, month, day)


def _weekday(m: re.Match[str], anchor: date, future: bool | None) -> date:
    target = WEEKDAYS[m.group("wd").lower()]
    which = (m.group("which") or "").lower()
    which = {"previous": "last", "following": "next"}.get(which, which)
    back = (anchor.weekday() - target) % 7
    if which in ("next", "coming") or (future and which not in ("last", "past")):
        ahead = (target - anchor.weekday()) % 7
        return anchor + timedelta(days=ahead or (7 if which in ("next", "coming") else 0))
    if which in ("last", "past") and back == 0:
        back = 7
    return anchor - timedelta(days=back)


def _quarter(m: re.Match[str], anchor: date | None, future: bool | None) -> str | None:
    unit = "Q" if m.group("u").lower() == "quarter" else "H"
    size = 3 if unit == "Q" else 6
    ordinal = m.group("ord").lower()
    year = _year_named(m, anchor)
    if year is None:
        return None
    current = (anchor.month - 1) // size + 1 if anchor else 1
    if ordinal in ("last", "final", "latest"):
        if m.group("which") or m.group("y"):
            number = 12 // size
        elif anchor is None:
            return None
        else:  # "the latest quarter", "last quarter": the one before the article's
            number = current - 1 or 12 // size
            year -= 1 if current == 1 else 0
    else:
        number = _ORDINALS[ordinal]
        if anchor and not (m.group("y") or m.group("which")) and not future and number > current:
            year -= 1  # "the fourth quarter" in a March report: last year's
    return f"{year:04d}-{unit}{number}"


def _season(m: re.Match[str], anchor: date | None, future: bool | None) -> str | None:
    code = _SEASONS[m.group("s").lower()]
    if m.group("y"):
        return f"{m.group('y')}-{code}"
    if anchor is None:
        return None
    which = (m.group("which") or "").lower()
    start = _SEASON_MONTH[code]
    if which == "this":
        return f"{anchor.year}-{code}"
    if which in ("next", "coming") or (future and which not in ("last", "past")):
        return f"{anchor.year + (1 if start <= anchor.month else 0)}-{code}"
    if which in ("last", "past"):  # the season before the one under way: "last summer" in July is last year's
        return f"{anchor.year - (1 if start + 3 > anchor.month else 0)}-{code}"
    return f"{anchor.year - (1 if start > anchor.month else 0)}-{code}"


def _relative(m: re.Match[str], anchor: date | None, future: bool | None) -> str | None:
    if anchor is None:
        return None
    which, unit = (m.group("which") or "").lower(), m.group("u").lower()
    shift = {"last": -1, "past": -1, "previous": -1, "next": 1, "coming": 1, "following": 1}.get(which, 0)
    if unit == "weekend":
        return _weekend(re.match(r"(?P<which>\w*)", which), anchor, future)  # type: ignore[arg-type]
    if unit not in _SEASONS:
        return _shifted(anchor, unit, shift)
    code = _SEASONS[unit]
    year = anchor.year + shift
    if shift == -1 and _SEASON_MONTH[code] + 3 <= anchor.month:
        year += 1  # "last summer" in December: this year's; in July, the one of the year before
    return f"{year:04d}-{code}"


def _weekend(m: re.Match[str], anchor: date | None, future: bool | None) -> str | None:
    if anchor is None:
        return None
    which = (m.group("which") or "").lower()
    saturday_ahead = (5 - anchor.weekday()) % 7
    if which in ("this", "the", "") and anchor.weekday() >= 5:  # said on a Saturday or Sunday: the one under way
        day = anchor - timedelta(days=anchor.weekday() - 5)
    # a Friday's untensed "the weekend" is the coming one
    elif which in ("next", "coming") or (which == "this" and (future or anchor.weekday() == 4)) or (
            which in ("the", "") and (future or (future is None and anchor.weekday() == 4))):
        day = anchor + timedelta(days=saturday_ahead)
        if which == "next" and saturday_ahead < 2:
            day += timedelta(days=7)
    else:  # "over the weekend", "last weekend": the one just gone
        day = anchor - timedelta(days=(anchor.weekday() - 5) % 7 or (7 if anchor.weekday() == 5 else 0))
        if anchor.weekday() == 6:
            day = anchor - timedelta(days=1)
    year, week, _ = day.isocalendar()
    return f"{year}-W{week:02d}-WE"


_WD_SHORT = r"(?:mon|tues?|weds?|thu|thurs?|fri)"
_HOLIDAY_NAMES = "|".join(re.escape(h).replace("'", "['’]?").replace(r"\ ", r"\s+")
                           for h in sorted((*_FIXED_HOLIDAYS, *_MOVABLE_HOLIDAYS, *_HOLIDAY_ALIASES), key=len,
                                           reverse=True))
_WD_WORDS = frozenset(WEEKDAYS)
_HOUR_SET = frozenset(_HOUR_WORDS)
_WD_SHORT_SET = frozenset({"mon", "tue", "tues", "wed", "weds", "thu", "thur", "thurs", "fri"})
_FULL_MONTH_SET = frozenset(_FULL_MONTH.removeprefix("(?:").replace("(?-i:May))", "may").split("|"))
# Forms the parser seldom marks, found in the text itself (see :func:`more_spans`), each with the words a
# text must hold for it to be searched (each set: at least one of its words): clock times written loosely
# ("9.am.", "2.30pm", "seven p . m .", "9 oclock", "noonish", "one in the morning", "Thursdays at 17.30"),
# "tmrw", "tonite", a month written short with its year ("sep 2019"), weeks of a month or year, "the week
# after next", "the day before" (at the end of a clause), "end of tomorrow", "the eod", sets and lengths of
# weekends and parts of the day, lengths written short after "for" ("for 10D"), "½ hour", a holiday's
# weekend, meals, "one and a half years".
_MORE_FORMS: tuple[tuple[tuple[frozenset[str], ...], str], ...] = (
    ((frozenset({"am", "pm", "m", "clock", "oclock", "noonish", "tonite", "tmrw"}),),
     r"(?=[\dotfsen])(?:1[0-2]|0?[1-9])\.(?:[0-5]\d\s*)?[ap]\.?m\b\.?|"
     rf"(?:{_HW})\s+[ap]\s\.\s?m\b(?:\s?\.)?|"
     r"(?:1[0-2]|0?[1-9])\s*o'?clock\b|noonish\b|tonite\b|tmrw\b"),
    ((frozenset({"morning", "afternoon", "evening"}), _HOUR_SET),
     rf"(?:{_HW})\s+in\s+the\s+(?:morning|afternoon|evening)\b"),
    ((frozenset(f"{w}s" for w in WEEKDAYS), frozenset({"at"})),
     rf"(?:{_WEEKDAY_WORD})s\s+at\s+(?:[01]?\d|2[0-3])[:.][0-5]\d\b"),
    ((frozenset({"mornings", "afternoons", "evenings", "nights"}),),
     rf"(?:{_WEEKDAY_WORD})s?\s+(?:morning|afternoon|evening|night)s\b|(?:in\s+the\s+)?(?:morning|afternoon|evening)s\b"),
    ((frozenset({"jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec"}),),
     rf"(?:jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\s+{_Y4}\b"),
    ((frozenset({"week"}), frozenset({"of", "next", "last"})),
     rf"(?:the\s+)?(?:{'|'.join(_WEEK_ORD)}|last)\s+week\s+of\s+(?:{_MONTH_NAME}\.?(?:,?\s+{_Y4})?|"
     rf"(?:this|last|next|previous|the)\s+month|(?:the\s+year\s+)?{_Y4}|(?:this|last|next)\s+year)\b|"
     r"the\s+week\s+(?:after\s+next|before\s+last)\b"),
    ((frozenset({"week"}), _WD_WORDS | _WD_SHORT_SET),
     rf"(?:{_WEEKDAY_WORD})\s+of\s+(?:the\s+)?(?:following|next|previous|last|this|coming)\s+week\b|"
     rf"(?:this|next|last|previous|following)\s+week(?:'s)?\s+(?:on\s+)?(?:{_WEEKDAY_WORD}|{_WD_SHORT})\b"),
    ((frozenset({"day"}), frozenset({"before", "after"})),
     r"the\s+day\s+(?:after\s+tomorrow|before\s+yesterday|before|after)(?=\s*(?:[.,;:!?]|$))"),
    ((frozenset({"end"}),),
     r"end\s+of\s+(?:tomorrow|yesterday)\b|(?<!\bthe\s)(?<!\bat\s)end\s+of\s+the\s+day\b"),
    ((frozenset({"eod", "eoy"}),), r"(?<=\bthe\s)eo[dy](?=\s*(?:[.,;:!?]|$))"),
    ((frozenset({"till"}), frozenset({"date"})), r"till\s+date\b"),
    ((frozenset({"every", "each"}),),
     r"(?=[\detfsn])(?:every|each)\s+(?:other\s+|(?:\d{1,3}|two|three|four|five|six)\s+)?(?:weekend|weekday)s?\b|"
     r"(?:every|each)\s+(?:\d{1,3}|two|three|four|five|six)\s+(?:day|week|month|year)s?\b|"
     rf"(?:{_ORD})\s+(?:day\s+)?of\s+(?:every|each)\s+month\b"),
    ((frozenset({"weekend", "weekends"}),),
     rf"(?:all\s+)?weekends\b|{_COUNT_WORD}\s+weekends\b|"
     rf"(?:weekend\s+of\s+)?(?:{_HOLIDAY_NAMES})(?:\s+{_Y4})?(?:\s+weekend)(?:\s+{_Y4})?\b|"
     rf"weekend\s+of\s+(?:{_HOLIDAY_NAMES})(?:\s+{_Y4})?\b"),
    ((frozenset({"semiannual", "biannual", "semi", "bi"}),), r"(?:semi|bi)-?annual\b"),
    ((frozenset({"for", "lasted"}), frozenset({"d", "w", "y"})),
     r"(?:(?<=\bfor\s)|(?<=\blasted\s))\d{1,3}(?-i:[DWY])\b"),
    ((frozenset({"upcoming"}),), rf"(?:this\s+)?upcoming\s+(?:{_WEEKDAY_WORD})\b"),
    ((_WD_SHORT_SET, frozenset({"the"})), rf"(?:{_WD_SHORT}),?\s+the\s+{_ORD}(?![\w-])"),
    ((frozenset({"of"}), _FULL_MONTH_SET),
     rf"(?=[\djfmasond])(?:\d{{1,2}}\s+)?{_FULL_MONTH}\s+of\s+'?\d\d(?![\d,]|\.\d|\s+[a-z])"),
    ((frozenset({"and"}), frozenset({"half", "quarter"})),
     rf"{_COUNT_WORD}\s+(?:and\s+a\s+(?:half|quarter)\s+(?:minute|hour|day|week|month|year)s?|"
     r"(?:minute|hour|day|week|month|year)s?\s+and\s+(?:a\s+)?(?:half|quarter))\b"),
    ((frozenset({"breakfast", "lunch", "dinner", "supper", "lunchtime", "dinnertime", "suppertime"}),),
     r"(?:(?<=\bat\s)|(?<=\baround\s)|(?<=\bbefore\s)|(?<=\bafter\s)|(?<=\bby\s))(?:breakfast|lunch|dinner|supper)"
     r"(?:-?time)?\b|(?:lunch|dinner|supper)-?time\b"),
    ((frozenset({"night", "nighttime"}), frozenset({"time", "nighttime"})), r"in\s+the\s+night-?time\b"),
    ((frozenset({"present", "minute"}),), r"at\s+the\s+present\s+time\b|at\s+the\s+minute\b"),
    ((frozenset({"½"}),), r"½\s*(?:an?\s+)?hour\b"),
    ((frozenset({"jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec"}),),
     r"(?:(?:mon|tue|wed|thu|fri|sat|sun),?\s+)?(?:jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\.?\s+[0-3]?\d\s+"
     r"(?:[01]?\d|2[0-3]):[0-5]\d(?::[0-5]\d)?(?:\s+(?-i:[A-Z]{3,4}))?\s+(?:19|20)\d\d\b"),
    ((frozenset({"week", "month", "year"}), frozenset({"this", "next", "last"})),
     r"(?=[eltn])(?:(?:later|earlier)\s+)?(?:this|next|last)\s+(?:week|month|year)\b(?!['’-])"),
    ((frozenset({"fortnight", "fortnights"}),),
     r"(?:(?:an?|one|two|three|four|\d{1,2})\s+)?fortnights?\b(?:['’]s\s+time\b|\s+(?:ago|later|earlier)\b)?"),
    ((frozenset({"later", "earlier", "sooner"}), frozenset({"than"})),
     r"(?:no\s+)?(?:later|earlier|sooner)\s+than\s+(?:19|20)\d\d\b"),
    ((frozenset({"fy", "sy", "cy", "fiscal", "school", "academic", "financial", "calendar"}),),
     r"(?=[fsc])(?:(?:fy|sy|cy)\s*'?\d\d(?:\d\d)?|(?:fiscal|school|academic|financial|calendar)\s+"
     r"(?:year\s+)?(?:19|20)\d\d)\b|(?:this|last|next|current|previous|coming)\s+"
     r"(?:fiscal|school|academic|financial|calendar)\s+year\b"),
)
_MORE_SCANS = tuple((gate[0], gate[1] if len(gate) > 1 else frozenset(),
                     re.compile(rf"(?<!\w)(?:{form})" if form.startswith("½") else rf"\b(?:{form})", re.IGNORECASE))
                    for gate, form in _MORE_FORMS)
# all the forms in one pattern (what :func:`more_spans` finds, searched without the words' check)
MORE_SPANS = re.compile("|".join(scan.pattern for _, _, scan in _MORE_SCANS), re.IGNORECASE)
_WORD = re.compile(r"[^\W\d_]+|\d+|½")


def more_spans(text: str, search: Callable[[int, re.Pattern[str]], Iterable[re.Match[str]]] | None = None,
               ) -> list[re.Match[str]]:
    """Every expression of the forms of :data:`_MORE_FORMS` in ``text``: each form is searched only in a
    text that holds its words (the whole pattern tried at every word costs as much as the rest of the
    times step), by ``search(index of the form, its pattern)`` when given (it must find what
    ``pattern.finditer(text)`` finds: :func:`storyline.extract.time_scan.more_spans` searches around
    anchors), else by ``finditer``."""
    words = set(_WORD.findall(text.casefold()))
    found: list[re.Match[str]] = []
    for i, (first, second, scan) in enumerate(_MORE_SCANS):
        if not words.isdisjoint(first) and (not second or not words.isdisjoint(second)):
            found += search(i, scan) if search is not None else scan.finditer(text)
    return sorted(found, key=lambda m: (m.start(), -m.end()))
