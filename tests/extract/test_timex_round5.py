"""Round 5 of issue 18: the classes of Recognizers date/time misses still left after round 4 (lengths
counted from a reference that tells its clock time, fiscal and school years, weekends near the
reference, odd shapes, forms found by nothing). Sentences of our own."""

from __future__ import annotations

from datetime import date, time

import pytest

from storyline.extract import nlp
from storyline.extract.timex import normalize
from tests.extract.read_times import read_times

TUESDAY = date(2024, 4, 9)


@pytest.fixture(scope="module")
def _parser() -> None:
    nlp.setup()


def times(text: str, published: str) -> dict[str, tuple[str, str | None]]:
    return {t.text: (t.type, t.value) for t in read_times(text, published)}


@pytest.mark.parametrize(("text", "clock", "expected"), [
    ("in 45 minutes", time(9, 20), ("TIME", "2024-04-09T10:05")),
    ("two hours from now", time(23, 30), ("TIME", "2024-04-10T01:30")),  # past midnight: the next day
    ("20 mins later", time(14, 0), ("TIME", "2024-04-09T14:20")),
    ("an hour ago", time(0, 30), ("TIME", "2024-04-08T23:30")),
    ("in an hour and a half", time(7, 0), ("TIME", "2024-04-09T08:30")),
    ("about 90 seconds from now", time(7, 0), ("TIME", "2024-04-09T07:01:30")),
    # a day or more keeps TimeML's length; other words are read as before
    ("in three days", time(9, 20), ("DURATION", "P3D")),
    ("in 2019", time(9, 20), ("DATE", "2019")),
    ("the last 20 minutes", time(9, 20), ("DURATION", "PT20M")),
])
def test_a_length_counted_from_the_reference_clock(text: str, clock: time, expected: tuple[str, str]) -> None:
    assert normalize(text, TUESDAY, clock=clock) == expected


@pytest.mark.parametrize("text", ["in 45 minutes", "20 mins later", "two hours from now"])
def test_without_a_clock_time_a_length_stays_as_it_was(text: str) -> None:
    assert normalize(text, TUESDAY)[1] in ("PT45M", "PT20M", None)


@pytest.mark.usefixtures("_parser")
def test_a_message_stamped_with_its_minute() -> None:
    assert times("The shuttle leaves in 40 minutes, so pack now.", "2024-04-09T16:35:00") == {
        "in 40 minutes": ("TIME", "2024-04-09T17:15"), "now": ("DATE", "PRESENT_REF")}
    assert times("Call me back 15 minutes from now.", "2024-04-09T08:00:00") == {
        "15 minutes from now": ("TIME", "2024-04-09T08:15")}
    assert times("Ping the team again 10 min later?", "2024-04-09T08:00:00") == {
        "10 min later": ("TIME", "2024-04-09T08:10")}
    # a news dateline tells no minute: the story's "40 minutes later" is a length from its own events
    assert times("Firefighters arrived 40 minutes later.", "2024-04-09") == {
        "40 minutes later": ("DURATION", "PT40M")}


@pytest.mark.parametrize(("text", "expected"), [
    ("fiscal 2011", ("DATE", "FY2011")),
    ("the fiscal year 2015", ("DATE", "FY2015")),
    ("FY17", ("DATE", "FY2017")),
    ("FY '98", ("DATE", "FY1998")),
    ("next fiscal year", ("DATE", "FY2025")),
    ("the academic year 2021", ("DATE", "SY2021")),
    ("last school year", ("DATE", "SY2023")),
    ("SY 2030", ("DATE", "SY2030")),
    ("the second fiscal 2022 quarter", ("DATE", "FY2022-Q2")),
    ("the third quarter of fiscal 2020", ("DATE", "FY2020-Q3")),
    ("calendar year 2016", ("DATE", "2016")),  # a calendar year is the year
    ("CY21", ("DATE", "2021")),
])
def test_fiscal_and_school_years(text: str, expected: tuple[str, str]) -> None:
    assert normalize(text, TUESDAY) == expected


@pytest.mark.usefixtures("_parser")
def test_fiscal_years_in_sentences() -> None:
    assert times("Profits in FY23 fell, and the board expects a rebound in fiscal 2025.", "2024-04-09") == {
        "FY23": ("DATE", "FY2023"), "fiscal 2025": ("DATE", "FY2025")}
    assert times("Enrolment for the sy24 term closes soon.", "2024-04-09")["sy24"] == ("DATE", "SY2024")


@pytest.mark.parametrize(("text", "anchor", "future", "expected"), [
    ("this weekend", date(2024, 4, 13), None, "2024-W15-WE"),  # said on a Saturday: the one under way
    ("this weekend", date(2024, 4, 14), False, "2024-W15-WE"),  # on a Sunday, even in the past tense
    ("the weekend", date(2024, 4, 14), None, "2024-W15-WE"),
    ("the weekend", date(2024, 4, 12), None, "2024-W15-WE"),  # a Friday's "the weekend", tense untold: the coming one
    ("the weekend", date(2024, 4, 12), False, "2024-W14-WE"),  # "spent the weekend" in a Friday paper: the last one
    ("the weekend", date(2024, 4, 10), True, "2024-W15-WE"),  # "will rest over the weekend" on a Wednesday
    ("the weekend", date(2024, 4, 10), None, "2024-W14-WE"),
    ("next weekend", date(2024, 4, 13), None, "2024-W16-WE"),
])
def test_the_weekend_nearest_the_reference(text: str, anchor: date, future: bool | None, expected: str) -> None:
    assert normalize(text, anchor, future=future) == ("DATE", expected)


@pytest.mark.parametrize(("text", "expected"), [
    ("another week", ("DURATION", "P1W")),  # "stayed another week"
    ("one more day", ("DURATION", "P1D")),
    ("an extra hour", ("DURATION", "PT1H")),
    ("another three months", ("DURATION", "P3M")),
    ("12 March 1651", ("DATE", "1651-03-12")),  # a day of an older year
    ("the 2nd of May seventeen hundred ninety two", ("DATE", "1792-05-02")),
])
def test_one_more_length_and_older_days(text: str, expected: tuple[str, str]) -> None:
    assert normalize(text, TUESDAY) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("a fortnight ago", ("DATE", "2024-W13")),
    ("the past fortnight", ("DURATION", "P2W")),
    ("three fortnights", ("DURATION", "P6W")),
    ("in a fortnight's time", ("DURATION", "P2W")),
    ("fortnightly", ("SET", "P2W")),  # the set, not "2 weeksly"
    ("no later than 2031", ("DATE", "2031")),
    ("earlier than 1990", ("DATE", "1990")),
])
def test_fortnights_and_bounds_of_a_year(text: str, expected: tuple[str, str]) -> None:
    assert normalize(text, TUESDAY) == expected


@pytest.mark.usefixtures("_parser")
def test_fortnights_and_bounds_found_in_sentences() -> None:
    assert times("Talks collapsed a fortnight ago and resume in a fortnight's time.", "2024-04-09") == {
        "a fortnight ago": ("DATE", "2024-W13"), "a fortnight's time": ("DURATION", "P2W")}
    found = times("Bids from 2019 or later than 2021 were refused.", "2024-04-09")
    assert found["later than 2021"] == ("DATE", "2021")


@pytest.mark.parametrize(("text", "expected"), [
    ("Thu Jan 9 07:03:22 2014", ("TIME", "2014-01-09T07:03:22")),
    ("Sat Aug 3 22:15:00 CEST 2019", ("TIME", "2019-08-03T22:15")),
    ("Mon Feb 30 10:00:00 2015", ("TIME", None)),  # no such day
])
def test_the_stamp_of_the_date_command(text: str, expected: tuple[str, str | None]) -> None:
    assert normalize(text, TUESDAY) == expected


@pytest.mark.usefixtures("_parser")
def test_the_stamp_of_the_date_command_in_a_sentence() -> None:
    assert times("Comment posted Thu Jan 9 07:03:22 2014 by the moderator.", "2024-04-09") == {
        "Thu Jan 9 07:03:22 2014": ("TIME", "2014-01-09T07:03:22")}
    assert times("Build finished: Sat Aug 3 22:15:00 CEST 2019", "2024-04-09") == {
        "Sat Aug 3 22:15:00 CEST 2019": ("TIME", "2019-08-03T22:15")}


@pytest.mark.usefixtures("_parser")
def test_this_or_next_week_the_parser_leaves() -> None:
    assert times("Match - 7pm - next week", "2024-04-09")["next week"] == ("DATE", "2024-W16")
    assert times("Quiz night - 8pm - this week", "2024-04-09")["this week"] == ("DATE", "2024-W15")
