from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from storyline.dates import find_dates, parse_iso_date


@pytest.mark.parametrize(("text", "expected"), [
    ("Sputnik International, 1920, 06.01.2022", date(2022, 1, 6)),
    ("(Article updated at 7, 20 of 7 January 2022)", date(2022, 1, 7)),
    ("Posted January 7, 2022 at 9:15", date(2022, 1, 7)),
    ("Опубликовано 7 января 2022", date(2022, 1, 7)),
    ("Julkaistu 7. tammikuuta 2022", date(2022, 1, 7)),
    ("2022-01-07T08:00:00Z", date(2022, 1, 7)),
    ("le 7 janvier 2022", date(2022, 1, 7)),
])
def test_written_dates(text: str, expected: date) -> None:
    assert find_dates(text)[0][0] == expected


@pytest.mark.parametrize("text", ["05/10/2018", "on 31.02.2022", "in 2019", "at 23.00 pm", "Article 4"])
def test_ambiguous_or_impossible_dates_are_not_read(text: str) -> None:
    assert find_dates(text) == []


@given(st.dates(min_value=date(1950, 1, 1), max_value=date(2099, 12, 31)),
       st.sampled_from(["{d.day:02d}.{d.month:02d}.{d.year}", "{d:%Y-%m-%d}", "{d.day} {d:%B} {d.year}",
                        "{d:%B} {d.day}, {d.year}"]))
def test_every_format_round_trips(d: date, fmt: str) -> None:
    written = fmt.format(d=d)
    assert find_dates(f"Updated: {written}, local time")[0][0] == d


def test_iso_parsing() -> None:
    assert parse_iso_date("2024-09-17T10:00:00+02:00") == date(2024, 9, 17)
    assert parse_iso_date("last Tuesday") is None
    assert parse_iso_date("2024-02-30") is None


def test_relative_days_and_weeks_against_the_article_date() -> None:
    from storyline.dates import resolve_date, week_span

    wednesday = date(2022, 1, 5)
    assert resolve_date("had a call earlier in the day", wednesday) == ("2022-01-05", "earlier in the day")
    assert resolve_date("two days ago", wednesday) == ("2022-01-03", "two days ago")
    assert resolve_date("a week ago", wednesday) == ("2021-12-29", "a week ago")
    assert resolve_date("last week", wednesday) == ("2021-W52", "last week")
    assert week_span("2022-W01") == "2022-01-03/2022-01-09" and week_span("2022-01-05") == "2022-01-05"


@pytest.mark.parametrize(("text", "expected"), [
    ("The deal closed on 05-Aug-2016.", date(2016, 8, 5)),
    ("filed 23/Sep/2020 in Lyon", date(2020, 9, 23)),
    ("born on the 4th of July of 1976", date(1976, 7, 4)),
    ("signed July 4th of 1976", date(1976, 7, 4)),
    ("the ballot of 1/1/2016", date(2016, 1, 1)),
    ("dated 25/12/2021", date(2021, 12, 25)),
    ("dated 12/25/2021", date(2021, 12, 25)),
])
def test_more_written_shapes_and_slash_dates_whose_order_cannot_matter(text: str, expected: date) -> None:
    assert find_dates(text)[0][0] == expected


def test_iso_clock_parsing() -> None:
    from datetime import time

    from storyline.dates import parse_iso_clock

    assert parse_iso_clock("2024-04-09T16:35:00") == time(16, 35)
    assert parse_iso_clock("2024-04-09 07:05:09Z") == time(7, 5, 9)
    assert parse_iso_clock("2024-04-09") is None
    assert parse_iso_clock("2024-04-09T25:00:00") is None


def test_days_of_older_years() -> None:
    assert find_dates("The treaty was signed on 12 March 1651 and ratified on June 3, 1652.") == [
        (date(1651, 3, 12), "12 March 1651"), (date(1652, 6, 3), "June 3, 1652")]


def test_every_date_pattern_names_its_year() -> None:
    """_found skips the patterns in a text without a year (_HAS_YEAR): each pattern must hold one."""
    from storyline import dates

    for pattern in dates.PATTERNS:
        assert dates._YEAR in pattern.pattern


@given(st.lists(st.sampled_from(["7", "12", "31", "15", "199", "20", "1", "0", "2", "5", "/", "-", ".", " ", ", ",
                                 "of ", "May", "jan", "June", "th", "st", "Oct.", "ıanuary", "décembre", "ſept"]),
                max_size=12).map("".join))
def test_a_text_without_a_year_has_no_date(text: str) -> None:
    from storyline import dates

    if dates._HAS_YEAR.search(text) is None:
        assert not any(p.search(dates.fold(text)) for p in dates.PATTERNS)
        assert find_dates(text) == []


def test_dates_found_with_and_without_a_year_in_the_text() -> None:
    assert find_dates("from 12 Oct. to the 15th") == []
    assert find_dates("Sept. 12, 2015 and 3 May 1999") == [(date(2015, 9, 12), "Sept. 12, 2015"),
                                                           (date(1999, 5, 3), "3 May 1999")]


@given(st.lists(st.sampled_from(["May", "jan.", "June", "of", "the", "5", "21st", "1999", " ", ",", "-", "/", "19",
                                 "sept", "ıanuary", "3rd", "Dec", "2020", "four"]), max_size=10).map("".join))
def test_day_and_month_need_a_digit(text: str) -> None:
    """month_and_day and resolve_date search _DAY_MONTH only in a text with a digit (_DIGIT)."""
    from storyline import dates

    if dates._DIGIT.search(text) is None:
        assert dates._DAY_MONTH.search(dates.fold(text)) is None
        assert dates.month_and_day(text) is None


def test_day_and_month_read_with_and_without_digits() -> None:
    from storyline.dates import month_and_day, resolve_date

    assert month_and_day("on the 6th of January") == (1, 6, 7)
    assert month_and_day("in January") is None
    assert resolve_date("late on Jan. 6", date(2022, 1, 7)) == ("2022-01-06", "Jan. 6")


MONTH_TEXTS = [
    "Signed on 3 March 2011, the deal closed Sept. 12 of 2012 and again on 7 января 2020.",
    "Le 14 juillet 1789, puis le 5 Août 1792; am 3. März 2001; el 9 de octubre de 2014.",
    "JANUARY 5, 2019 and DEC 25 2020 and 1 MAY 2021; ſeptember 9 2009, oKTOBER 3 1990.",
    "Between Feb 2 and June 30, the 4th of July, 15 marraskuuta 2018, 2 декабря 2019 г.",
    "Mar 3rd, 2010; mayo 2 de 2015; the 31st of December; no month here at all, 12 / 13.",
]


@pytest.mark.parametrize("text", MONTH_TEXTS)
def test_month_lookahead_finds_what_the_plain_pattern_finds(text: str) -> None:
    import re

    from storyline import dates

    gated = [p for p in (*dates.PATTERNS, dates._DAY_MONTH) if dates._MONTH_STARTS in p.pattern]
    assert len(gated) == 3
    for pattern in gated:
        plain = re.compile(pattern.pattern.replace(dates._MONTH_STARTS, ""), pattern.flags)
        for t in (text, text.lower(), text.upper(), dates.fold(text)):
            assert [(m.span(), m.groupdict()) for m in pattern.finditer(t)] == \
                [(m.span(), m.groupdict()) for m in plain.finditer(t)]


def test_month_lookahead_holds_the_first_two_letters_of_every_month() -> None:
    import re

    from storyline import dates

    starts = re.compile(dates._MONTH_STARTS, re.IGNORECASE)
    for name in dates.MONTHS:
        assert starts.match(name) and starts.match(name.upper()) and starts.match(name.title()), name


_RESOLVE_WORDS = ["Monday", "SUNDAYS", "this", "last", "next", "week", "WEEKEND", "weeKend", "over", "the", "at",
                  "yesterday", "YESTERDAY", "night", "nıght", "today", "TODAY", "tonight", "now", "NOW", "morning",
                  "afternoon", "evening", "earlier", "in", "on", "day", "two", "a", "3", "days", "weeks", "ago",
                  "AGO", "since", "2019", "1999", "1870", "fridaƴ", "ſunday", " ", "  ", ",", "."]


@given(st.lists(st.sampled_from(_RESOLVE_WORDS), max_size=9).map(" ".join))
def test_resolve_date_looks_only_where_the_words_each_pattern_needs_are(text: str) -> None:
    """resolve_date searches each pattern only in a text that holds (in lower case, after fold) the words
    it needs: every match must hold one of them."""
    from storyline import dates

    folded = dates.fold(text)
    low = folded.lower()
    for pattern, words in ((dates._WEEKDAY, ("day",)), (dates._WEEKEND, ("weekend",)),
                           (dates._YESTERDAY, ("yesterday", "night")), (dates._TODAY, dates._TODAY_WORDS),
                           (dates._AGO, ("ago",)), (dates._WEEK, ("week",))):
        if pattern.search(folded):
            assert any(w in low for w in words), (pattern.pattern, text)
    if dates._IN_YEAR.search(folded):
        assert dates._HAS_YEAR.search(folded)


def test_resolve_date_reads_each_kind_of_day() -> None:
    from storyline.dates import resolve_date

    friday = date(2022, 1, 7)
    assert resolve_date("on Thursday", friday) == ("2022-01-06", "Thursday")
    assert resolve_date("over the WEEKEND", friday) == ("2022-01-01/2022-01-02", "over the WEEKEND")
    assert resolve_date("late last night", friday) == ("2022-01-06", "last night")
    assert resolve_date("earlier in the day", friday) == ("2022-01-07", "earlier in the day")
    assert resolve_date("two weeks ago", friday) == ("2021-12-24", "two weeks ago")
    assert resolve_date("next week", friday) == ("2022-W02", "next week")
    assert resolve_date("since 2019", friday) == ("2019", "since 2019")
    assert resolve_date("nothing at all", friday) is None
