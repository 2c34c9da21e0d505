"""The anchored scans of time_scan find exactly what the full patterns of timex find: the same
spans and the same groups, on texts with and without matches, at the edges of the windows, in
long texts and in texts put together at random from the patterns' own words."""

from __future__ import annotations

import random
import re
from collections.abc import Callable

import pytest

from storyline.dates import MONTHS, WEEKDAYS
from storyline.extract import time_scan, timex

Scan = Callable[[str], list[re.Match[str]]]
SCANS: list[tuple[str, Scan]] = [("CLOCK_TALK", time_scan.clock_talk), ("ODD_DATE", time_scan.odd_dates),
                                 ("HOLIDAY_ANY", time_scan.holidays_any), ("HOLIDAY", time_scan.holidays),
                                 ("EXTRA", time_scan.extra_times)]

SENTENCES = [
    # clock times told as people talk
    "The ferry left at a quarter past 3 and was back by ten to nine in the evening.",
    "We will meet around 11ish, or at 7p if the train is late; the doors open at 9a.",
    "Trading stopped at 3 p . m . and resumed at six pm, then again at seven o'clock am.",
    "Police said the call came tonight around 7, and the van arrived at 5 in the morning.",
    "The vote is set for Monday at 9. The count ends seven-thirty tomorrow.",
    "They waited from 4 to 6 with twenty five minutes past 10 the last bus.",
    "The score was 3-1 at half time; he is 45 and scored 2 goals to 1.",
    "Shops close at twelve, at night the square is empty, by eleven p.m. everyone left.",
    "At 5 alone is not a time, nor is a 5 a.m.-style label in a name like Am5pm.",
    "half past twelve o'clock tonight; Quarter To Four In The Afternoon; TEN PAST 9",
    # dates in odd shapes
    "The file report-20170302.html was posted on Sep-23-2020 and updated 2020/Sep/23.",
    "Filed 23-2020-September; signed Dec31, 1994; born the fourth of July 1995.",
    "The market opened July the fourth, 2001, and on 28 June in 2020 it closed for good.",
    "Tuesday the eleventh was chosen; the 15th day of next month is the deadline.",
    "It was the 9th month of next year, or the first week of 2015, or Sep/2020 at the latest.",
    "The 3rd this month and the twentieth day of the month were both holidays.",
    "Invoice 20201332 and 1999-13-45 are not dates; may the fourth be with you.",
    # holidays in any case
    "The shop reopens next easter, and prices will rise by black friday 2024.",
    "Families gathered on Christmas Eve; the parade was moved to Thanksgiving, 2019.",
    "The previous new year day was quiet, unlike last Halloween or this may day.",
    "Teams meet again after Mother’s Day and before Labour Day 2031, or st. patrick's day 2020.",
    "Boxing Day sales, Good Friday services and Martin Luther King Day 2021 drew crowds; Xmas did not.",
    # words of time and of how often, clock times next to a day
    "The plant now runs daily, the line bi-weekly, and the audit is semi-annually or half-yearly.",
    "Nowadays the board meets twice a week, once per month and every other Friday, each quarter too.",
    "Monday at 10:30 the desk reopened; 9pm today was the cutoff; the race took 3:07:35 in all.",
    "The flight lands at 14:00 GMT, or 7.45 local time, and later in the morning the talks go on.",
    "At the end of this month, and at this time, to date, at present, at the moment: nothing new.",
    "Next Friday, last May and this March 3 were named; the annual report costs 5 dollars a day later.",
    "The shift ends at noon or midnight, tomorrow pm; 4 a.m. Sunday is when the doors open.",
    # no match at all, and nothing
    "Nothing here tells a time: the council met, the budget passed, the mayor spoke.",
    "Prices rose 5 percent to 120 dollars; about 300 people came by 2 buses.",
    "",
    # letters that match ASCII letters only with re.IGNORECASE
    "The bell rang at fıve pm and at ſix p.m.; the ſecond of May was a Sunday.",
    "Dİcember 5 and Sİx Pm are odd spellings; so is o'cloc\u212a am.",
    # an hour after "at" with and without a part of the day, a day just before "at", "7p" and "7pm"
    "At 5 the doors opened, by 7 they shut and after 9 nobody came; at 10p.m. and 8pm the bus ran.",
    "They meet at nine tonight; last night before ten o'clock, Sunday, around 6 o'clock and at 7p. too.",
    "Yesterday , about 4 in the afternoon; the following Wednesday at 10p; MONDAY AT 9.",
    "He came at 9p sharp, at 7p.x is a label, at 3a; the morning, after eleven, was quiet at 11 at night.",
    "Yesterday at 5. Tomorrow, by 6! Today around 8; Tuesday after 10, the evening before 9.",
    "Yesterday at 5.", "Tomorrow, by 6!", "today around 8;", "Tuesday after 10,", "the evening before 9.",
    "Last night circa 11", "this morning , at nine.", "The plane left at 6 this afternoon.",
]

# long runs of white space, and matches at the very start and end of a text
EDGES = [
    "half   \n\n   past \t\t  3",
    "quarter\u00a0past\u2003nine",
    "at 7p",
    "Monday \n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n at \n\n\n\n\n\n 9" + " " * 300 + "tomorrow",
    "six" + " " * 120 + "pm",
    "The fourth of" + "\n" * 90 + "July" + " " * 90 + "1995",
    "Christmas" + " " * 200 + "Day" + " " * 200 + "2020",
    "x" * 500 + " at 11ish",
    "9 in the morning" + "." * 300,
    "twelve-thirty" + " " * 150 + "tonight",
]


def _seen(matches: list[re.Match[str]] | re.Pattern[str], text: str = "") -> list[tuple[object, ...]]:
    found = matches.finditer(text) if isinstance(matches, re.Pattern) else matches
    return [(m.span(), m.groups(), tuple(sorted(m.groupdict().items(), key=str))) for m in found]


def _check(name: str, scan: Scan, text: str) -> None:
    assert _seen(scan(text)) == _seen(getattr(timex, name), text), text[:200]


@pytest.mark.parametrize(("name", "scan"), SCANS)
@pytest.mark.parametrize("text", SENTENCES + EDGES)
def test_the_scan_finds_what_the_full_pattern_finds(name: str, scan: Scan, text: str) -> None:
    _check(name, scan, text)


def test_the_sentences_do_hold_matches_of_every_pattern() -> None:
    for name, scan in SCANS:
        assert sum(len(scan(s)) for s in SENTENCES) >= 5, name
    assert [m.group(0) for m in time_scan.clock_talk(SENTENCES[0])] == ["a quarter past 3"]
    assert [m.group("h") for m in time_scan.holidays_any(SENTENCES[17])] == ["easter", "black friday"]
    assert time_scan.odd_dates(SENTENCES[29]) == []


@pytest.mark.parametrize(("name", "scan"), SCANS)
def test_long_texts_give_the_same_matches(name: str, scan: Scan) -> None:
    text = "\n\n".join(" ".join(SENTENCES[i:] + SENTENCES[:i]) for i in range(len(SENTENCES)))
    _check(name, scan, text)
    _check(name, scan, " ".join(SENTENCES + EDGES) * 3)


def _kinds() -> list[list[str]]:
    """Kinds of words of the patterns themselves (timex's hours, minutes, parts of the day, months,
    ordinals, holidays) and words around them, each kind drawn as often as the others."""
    months = [m for m in MONTHS if m.isascii() and m.isalpha()]
    return [
        [*timex._HOUR_WORDS, "twenty five", "forty-five", "fifteen"], [*timex._MINUTE_WORDS],
        ["past", "to", "quarter", "a quarter", "half", "minutes", "mins", "min", "o'clock", "oclock", "ish"],
        ["am", "pm", "a.m.", "p.m.", "a", "p", "a . m .", "p .m", "a.m", "P.M."],
        ["at", "by", "around", "about", "circa", "than", "later than", "before", "after", "until", "till", "from"],
        ["in the morning", "in the afternoon", "in the evening", "at night", "tonight", "today", "tomorrow",
         "yesterday", "this morning", "last night", "the evening", "tomorrow night", *WEEKDAYS],
        [*months[:80], "May", "Sept"], [*timex._ORDINAL_WORDS, "1st", "2nd", "23rd", "15th", "31st", "4th"],
        ["the", "of", "day", "day of", "month", "week", "year", "this", "next", "last", "previous", "following",
         "coming", "in", "on", "GMT", "first", "report", "end of", "a", "per", "every", "each", "other", "once",
         "twice", "to date", "at present", "later", "early", "weekend", "UTC", "local time", "daily", "annual",
         "semi-annually", "nowadays", "now"],
        [*timex._FIXED_HOLIDAYS, *timex._MOVABLE_HOLIDAYS, *timex._HOLIDAY_ALIASES],
    ]


_JOINTS = [" "] * 12 + ["  ", ", ", "-", "/", ".", ":", "\n", " \n\n ", "'", "’", "", "; ", "! ", " .", "\t"]


def _numbers(rng: random.Random) -> str:
    return rng.choice([str(rng.randint(0, 13)), f"{rng.randint(1, 12)}:{rng.randint(0, 59):02d}",
                       str(rng.randint(1990, 2030)), f"{rng.randint(1990, 2030)}{rng.randint(1, 12):02d}"
                       f"{rng.randint(1, 28):02d}", str(rng.randint(1, 31)), f"{rng.randint(1, 12)}"])


def _word(rng: random.Random, kinds: list[list[str]]) -> str:
    if rng.random() < 0.25:
        return _numbers(rng)
    word = rng.choice(rng.choice(kinds))
    return rng.choice([word, word, word, word.upper(), word.title()])


@pytest.mark.parametrize("seed", range(8))
def test_texts_put_together_at_random_give_the_same_matches(seed: int) -> None:
    rng = random.Random(seed)
    kinds = _kinds()
    pieces = []
    for _ in range(2000):
        pieces.append(_word(rng, kinds))
        pieces.append(rng.choice(_JOINTS))
    text = "".join(pieces)
    found = 0
    for name, scan in SCANS:
        _check(name, scan, text)
        found += len(scan(text))
    assert found > 100  # the random texts do hold matches to compare
    for size in (40, 90, 200):  # the same text cut at many places: matches at the edges of a text
        for start in range(0, 3000, 37):
            for name, scan in SCANS:
                _check(name, scan, text[start:start + size])


def test_the_anchors_were_checked_against_the_patterns_of_timex() -> None:
    """An anchor set is written for one version of its pattern; a changed pattern is searched in
    full (same output, slower) until its anchors are checked again and its fingerprint updated."""
    for name, checked in (("CLOCK_TALK", time_scan._CLOCK_TALK_FOR), ("ODD_DATE", time_scan._ODD_DATE_FOR),
                          ("HOLIDAY_ANY", time_scan._HOLIDAY_ANY_FOR), ("HOLIDAY", time_scan._HOLIDAY_FOR),
                          ("EXTRA", time_scan._EXTRA_FOR)):
        assert time_scan.fingerprint(getattr(timex, name)) == checked, (
            f"timex.{name} changed: check that every form of it holds an anchor of time_scan, run this file, "
            "then update the fingerprint")


def test_a_changed_pattern_is_searched_in_full(monkeypatch: pytest.MonkeyPatch) -> None:
    text = "They meet at noon on Sunday."
    monkeypatch.setattr(timex, "CLOCK_TALK", re.compile(r"\bnoon\b", re.IGNORECASE))
    assert [m.group(0) for m in time_scan.clock_talk(text)] == ["noon"]


def test_folded_text_keeps_every_place_and_every_letter_the_patterns_match() -> None:
    every = "".join(chr(c) for c in range(0x110000) if not 0xD800 <= c < 0xE000)
    low = time_scan.folded(every)
    assert len(low) == len(every)
    matched = {m.start() for m in re.finditer("[a-z]", every, re.IGNORECASE)}
    as_letters = {i for i, c in enumerate(low) if "a" <= c <= "z"}
    assert matched == as_letters
    assert all(re.fullmatch(low[i], every[i], re.IGNORECASE) for i in matched)


def test_reach_counts_white_space_at_the_longest_run_and_refuses_other_unbounded_repeats() -> None:
    assert time_scan.reach(re.compile(r"ab\s+c"), 1) == 4
    assert time_scan.reach(re.compile(r"ab\s+c"), 5) == 8
    assert time_scan.reach(re.compile(r"a(?=bcd)"), 1) == 4  # a lookahead reads on
    assert time_scan.reach(re.compile(r"(?<=xyz)a\b"), 1) == 2  # "\b" looks at the next character
    assert time_scan.reach(re.compile(r"a[a-z]+"), 1) is None
    assert time_scan.reach(re.compile(r"(a)\1"), 1) is None
    assert time_scan.reach(re.compile(r"a?\s*"), 1) is None  # an empty match


def test_the_word_an_anchor_needs_stops_at_a_quantifier_or_a_branch() -> None:
    assert time_scan._lead(r"may\s+day") == "may"
    assert time_scan._lead("mother['’]?s") == "mother"
    assert time_scan._lead("colou?r") == "colo"
    assert time_scan._lead("march|may") == "ma"
    assert time_scan._lead("month|week") == ""
    assert time_scan._lead(r"\d[ap]") == ""


def test_a_pattern_with_no_bound_is_searched_in_full() -> None:
    pattern = re.compile(r"\bpast\w*\s+\d+")
    anchors = time_scan._anchors(*time_scan._words(("past",)))
    text = "It was " + "x" * 50 + " pasture and pastoralism 3, then past 4. " * 20
    assert _seen(time_scan.windowed(pattern, anchors, text)) == _seen(pattern, text)


MORE_SENTENCES = [
    "Doors open at 9.am. sharp, the talk starts at 2.30pm and the bar shuts at seven p . m . on Fridays.",
    "We met one in the morning, again Thursdays at 17.30, and most Tuesday afternoons since sep 2019.",
    "The first week of Jan 2015 was quiet; the last week of this month and the week after next are not.",
    "It closed the day before. Next week Mon or this week's Tuesday, then Tuesday of the following week.",
    "He left at the end of the day, by end of tomorrow at the latest, and filed it at the eod.",
    "They meet every weekend, each 3 weeks, on the 19th of every month and over three weekends in May.",
    "The plants grew for 10D and the trial lasted 3Y; a semi-annual review and a biannual one followed.",
    "See you this upcoming Friday, or tues, the 4th, and she was born in April of 87 or on 15 March of 79.",
    "It took one and a half years, then two years and a quarter, around lunch and before dinnertime.",
    "They worked in the night-time; at the present time nobody knows; a ½ hour call at the minute.",
    "Sales held up in the Christmas weekend 2019 and over the weekend of Thanksgiving 2023, till date.",
    "Thirty soldiers, of whom four were hurt, and a 4D film for 30 years: nothing of the above, for ever.",
]


def test_more_spans_around_anchors_find_what_timex_finds() -> None:
    texts = MORE_SENTENCES + SENTENCES + EDGES
    texts += [" ".join(MORE_SENTENCES[i:] + MORE_SENTENCES[:i]) for i in range(len(MORE_SENTENCES))]
    rng = random.Random(4)
    words = [w for s in MORE_SENTENCES for w in s.split()]
    texts += [" ".join(rng.choice(words) for _ in range(400)) for _ in range(30)]
    assert any(len(t) < time_scan._MORE_SHORT for t in texts) and any(len(t) >= time_scan._MORE_SHORT for t in texts)
    for text in texts:
        assert _seen(time_scan.more_spans(text)) == _seen(timex.more_spans(text)), text[:200]
        assert _seen(time_scan.more_spans_windowed(text)) == _seen(timex.more_spans(text)), text[:200]
    assert sum(len(time_scan.more_spans(s)) for s in MORE_SENTENCES) >= 30  # the sentences hold the forms


def test_the_more_spans_anchors_were_checked_against_the_forms_of_timex() -> None:
    assert time_scan.fingerprint(timex.MORE_SPANS) == time_scan._MORE_FOR, (
        "timex's more_spans forms changed: check that every form's matches hold a word of the gate set "
        "time_scan anchors on (time_scan._MORE_BY_SECOND), run this file, then update the fingerprint")


def test_the_least_width_is_the_parser_s() -> None:
    from re import _parser as sre_parse  # type: ignore[attr-defined]

    patterns = [getattr(timex, name) for name, _ in SCANS] + [scan for _, _, scan in timex._MORE_SCANS]
    patterns += [re.compile(p) for p in (r"a?", r"(?:ab|c){2,3}", r"\bx\s*y", r"(?=a)b|", r"(?<=the\s)eod",
                                         r"(?P<a>x)?(?(a)y|zz)", r"[ap]\.?m\b\.?", r"(?>ab)+")]
    for pattern in patterns:
        parsed = sre_parse.parse(pattern.pattern, pattern.flags)
        expected = parsed.getwidth()[0]
        assert time_scan.least(parsed) == expected or (time_scan.least(parsed) == 0 and expected > 0
                                                       and "(?(" in pattern.pattern), pattern.pattern[:80]
