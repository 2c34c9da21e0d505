"""TIMEX3 types and values (extract/timex.py), and the times an article's parse yields."""

from __future__ import annotations

from datetime import date

import pytest

from storyline.extract import nlp
from storyline.extract.timex import normalize
from tests.extract.read_times import read_times

WEDNESDAY = date(2019, 10, 16)  # in ISO week 42, the fourth quarter, the autumn


@pytest.mark.parametrize(("text", "future", "expected"), [
    ("last year", None, ("DATE", "2018")),
    ("next month", None, ("DATE", "2019-11")),
    ("earlier this month", None, ("DATE", "2019-10")),
    ("the end of the year", None, ("DATE", "2019")),
    ("last week's", None, ("DATE", "2019-W41")),
    ("two years ago", None, ("DATE", "2017")),
    ("three months ago", None, ("DATE", "2019-07")),
    ("five days ago", None, ("DATE", "2019-10-11")),
    ("the third quarter", None, ("DATE", "2019-Q3")),
    ("the first half of 2018", None, ("DATE", "2018-H1")),
    ("last spring", None, ("DATE", "2019-SP")),
    ("the winter of 1998", None, ("DATE", "1998-WI")),
    ("the 1970s", None, ("DATE", "197")),
    ("the 19th century", None, ("DATE", "18")),
    ("mid-2016", None, ("DATE", "2016")),
    ("June 2015", None, ("DATE", "2015-06")),
    ("Monday", False, ("DATE", "2019-10-14")),
    ("Monday", True, ("DATE", "2019-10-21")),
    ("Friday", True, ("DATE", "2019-10-18")),
    ("Dec. 24", None, ("DATE", "2019-12-24")),
    ("Jan. 3", None, ("DATE", "2020-01-03")),
    ("Jan. 3", False, ("DATE", "2019-01-03")),
    ("November", False, ("DATE", "2018-11")),
    ("November", True, ("DATE", "2019-11")),
    ("this weekend", True, ("DATE", "2019-W42-WE")),
    ("over the weekend", False, ("DATE", "2019-W41-WE")),
    ("Tuesday night", False, ("TIME", "2019-10-15TNI")),
    ("4:30 p.m.", None, ("TIME", "2019-10-16T16:30")),
    ("noon", None, ("TIME", "2019-10-16T12:00")),
    ("yesterday", None, ("DATE", "2019-10-15")),
    ("two years", None, ("DURATION", "P2Y")),
    ("the past decade", None, ("DURATION", "P10Y")),
    ("the next 180 days", None, ("DURATION", "P180D")),
    ("72 hours", None, ("DURATION", "PT72H")),
    ("half an hour", None, ("DURATION", "PT30M")),
    ("several weeks", None, ("DURATION", "PXW")),
    ("1,500 hours", None, ("DURATION", "PT1500H")),
    ("daily", None, ("SET", "P1D")),
    ("every Sunday", None, ("SET", "XXXX-WXX-7")),
    ("now", None, ("DATE", "PRESENT_REF")),
    ("recent years", None, ("DATE", "PAST_REF")),
    ("the future", None, ("DATE", "FUTURE_REF")),
    ("two days later", None, ("DURATION", "P2D")),  # counted from the story's time: the length, as TimeML keeps it
])
def test_values_against_the_article_date(text: str, future: bool | None, expected: tuple[str, str | None]) -> None:
    assert normalize(text, WEDNESDAY, future=future) == expected


def test_a_count_beyond_the_calendar_has_no_value() -> None:
    assert normalize("900000000 days ago", WEDNESDAY) == ("DATE", None)


def test_without_the_article_date_only_what_names_its_year_is_resolved() -> None:
    assert normalize("last year", None) == ("DATE", None)
    assert normalize("March 2004", None) == ("DATE", "2004-03")
    assert normalize("the fourth quarter of 2001", None) == ("DATE", "2001-Q4")
    assert normalize("three weeks", None) == ("DURATION", "P3W")


@pytest.fixture(scope="module")
def _parser() -> None:
    nlp.setup()


def times(text: str, published: str = "2019-10-16") -> dict[str, tuple[str, str | None]]:
    return {t.text: (t.type, t.value) for t in read_times(text, published)}


@pytest.mark.usefixtures("_parser")
def test_the_verbs_tense_decides_which_monday() -> None:
    assert times("The talks will resume on Monday.")["Monday"] == ("DATE", "2019-10-21")
    assert times("The talks resumed on Monday.")["Monday"] == ("DATE", "2019-10-14")
    assert times("The company expects to finish the work by August.")["August"] == ("DATE", "2020-08")
    assert times("The company finished the work in August.")["August"] == ("DATE", "2019-08")
    # a present that looks ahead (2019-10-16 is a Wednesday)
    assert times("A verdict is expected on Friday.")["Friday"] == ("DATE", "2019-10-18")
    assert times("The final hearing is scheduled for Monday.")["Monday"] == ("DATE", "2019-10-21")
    assert times("Offices were broken into and set on fire on Monday.")["Monday"] == ("DATE", "2019-10-14")


@pytest.mark.usefixtures("_parser")
def test_rates_ranges_and_words_the_parser_does_not_mark() -> None:
    found = times("The mill now cuts 400 logs a day. Output grew from 2012 to 2015. Buses run every Sunday.")
    assert found["now"] == ("DATE", "PRESENT_REF")
    assert found["a day"] == ("SET", "P1D")
    assert found["2012"] == ("DATE", "2012") and found["2015"] == ("DATE", "2015")
    assert found["every Sunday"] == ("SET", "XXXX-WXX-7")
    assert times("The strike lasted for a day.")["a day"] == ("DURATION", "P1D")  # a stretch of time, not a rate


@pytest.mark.parametrize(("text", "future", "expected"), [
    # values that were left empty
    ("last May", None, ("DATE", "2019-05")),
    ("last November", None, ("DATE", "2018-11")),
    ("next March", None, ("DATE", "2020-03")),
    ("this April", True, ("DATE", "2019-04")),
    ("three years' probation", None, ("DURATION", "P3Y")),
    ("a mere 48 hours", None, ("DURATION", "PT48H")),
    ("the 60 years", None, ("DURATION", "P60Y")),
    ("this fiscal year", None, ("DATE", "FY2019")),
    ("four nights", None, ("DURATION", "P4D")),
    ("in the evening", None, ("TIME", "2019-10-16TEV")),
    # month and year written together in other shapes
    ("Mar-2017", None, ("DATE", "2017-03")),
    ("2014 June", None, ("DATE", "2014-06")),
    ("2012-7", None, ("DATE", "2012-07")),
    # conventions
    ("a decade", None, ("DURATION", "P10Y")),
    ("two centuries", None, ("DURATION", "P200Y")),
    ("previous Thursday", None, ("DATE", "2019-10-10")),
    ("the following Monday", None, ("DATE", "2019-10-21")),
    ("annual", None, ("SET", "P1Y")),
    ("twice a month", None, ("SET", "P1M")),
    ("every quarter", None, ("SET", "P3M")),
    ("fortnightly", None, ("SET", "P2W")),
    # clock times with seconds, race times
    ("6:15:20 p.m.", None, ("TIME", "2019-10-16T18:15:20")),
    ("2:08:44", None, ("DURATION", "PT2H8M44S")),
])
def test_issue_18_classes(text: str, future: bool | None, expected: tuple[str, str | None]) -> None:
    assert normalize(text, WEDNESDAY, future=future) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("last night", ("TIME", "2019-10-15TNI")),  # a night counted is a duration, "last night" is not
    ("all day", ("DURATION", "P1D")),
    ("the week 3", ("DATE", "2019-W03")),
    ("week 40 of last year", ("DATE", "2018-W40")),
    ("two hours and a half", ("DURATION", "PT2.5H")),
    ("at the moment", ("DATE", "PRESENT_REF")),
    ("to date", ("DATE", "PRESENT_REF")),
    ("end of year", ("DATE", "2019")),
    ("on Saturdays", ("SET", "XXXX-WXX-6")),
    ("2120", ("DATE", "2120")),
])
def test_more_values_that_were_empty_or_wrong(text: str, expected: tuple[str, str | None]) -> None:
    assert normalize(text, WEDNESDAY) == expected


def test_modifiers_the_parser_leaves_out_are_found_with_their_month_or_weekday() -> None:
    from storyline.extract.timex import EXTRA

    found = [m.group(0) for m in EXTRA.finditer("Talks held previous Tuesday resume this October; this may change.")]
    assert found == ["previous Tuesday", "this October"]


@pytest.mark.usefixtures("_parser")
def test_a_day_and_its_clock_time_are_one_time_and_race_times_are_durations() -> None:
    found = times("The count will resume at 15:00 GMT Saturday. The winner finished in 2:07:35 on Sunday.")
    assert found["15:00 GMT Saturday"] == ("TIME", "2019-10-19T15:00")
    assert found["2:07:35"] == ("DURATION", "PT2H7M35S")
    assert times("Talks will resume tomorrow at 9 a.m.")["tomorrow at 9 a.m."] == ("TIME", "2019-10-17T09:00")
