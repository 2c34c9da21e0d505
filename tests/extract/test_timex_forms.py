"""Round 4 of issue 18: the classes of Recognizers date/time misses that were left (loose clock forms,
weeks of a month or year, days counted from a day, weekends and parts of the day as sets, lengths
written short, years in odd forms). Sentences of our own."""

from __future__ import annotations

from datetime import date

import pytest

from storyline.extract import nlp
from storyline.extract.timex import MORE_SPANS, more_spans, normalize
from tests.extract.read_times import read_times

WEDNESDAY = date(2023, 3, 15)


@pytest.fixture(scope="module")
def _parser() -> None:
    nlp.setup()


def times(text: str, published: str = "2023-03-15") -> dict[str, tuple[str, str | None]]:
    return {t.text: (t.type, t.value) for t in read_times(text, published)}


@pytest.mark.parametrize(("text", "expected"), [
    # clock times written loosely
    ("1015 p.m.", ("TIME", "2023-03-15T22:15")),
    ("8.pm.", ("TIME", "2023-03-15T20:00")),
    ("eleven a . m .", ("TIME", "2023-03-15T11:00")),
    ("midnightish", ("TIME", "2023-03-15T24:00")),
    ("mid night", ("TIME", "2023-03-15T24:00")),
    ("tonite", ("TIME", "2023-03-15TNI")),
    ("weds the 22nd at 9 pm", ("TIME", "2023-03-22T21:00")),
    ("friday the twenty fourth at five pm", ("TIME", "2023-03-24T17:00")),
    # weeks of a month or a year
    ("the second week of March 2022", ("DATE", "2022-03-W02")),
    ("the last week of Feb 2023", ("DATE", "2023-02-W05")),
    ("the last week of next month", ("DATE", "2023-04-W05")),
    ("the 4th week of 2020", ("DATE", "2020-W04")),
    ("the week after next", ("DATE", "2023-W13")),
    ("the week before last", ("DATE", "2023-W09")),
    ("this working week", ("DATE", "2023-W11")),
    ("later in the month", ("DATE", "2023-03")),
    ("the year to date", ("DATE", "2023")),
    # days counted from a day
    ("the day after", ("DATE", "2023-03-16")),
    ("the previous day", ("DATE", "2023-03-14")),
    ("the day after tomorrow", ("DATE", "2023-03-17")),
    ("four weeks from tmrw", ("DATE", "2023-04-13")),
    ("3 weeks and 1 day ago", ("DATE", "2023-02-21")),
    ("Friday three weeks from now", ("DATE", "2023-04-07")),
    ("Tuesday, one year from today", ("DATE", "2024-03-12")),
    ("this upcoming Monday", ("DATE", "2023-03-20")),
    # sets and lengths
    ("every four weeks", ("SET", "P4W")),
    ("every other weekend", ("SET", "P2WE")),
    ("weekends", ("SET", "P1WE")),
    ("every weekday", ("SET", "P1WD")),
    ("in the evenings", ("SET", "XXXX-XX-XXTEV")),
    ("each night", ("SET", "XXXX-XX-XXTNI")),
    ("the 3rd of every month", ("SET", "XXXX-XX-03")),
    ("semi-annual", ("SET", "P6M")),
    ("two weekends", ("DURATION", "P2WE")),
    ("5W", ("DURATION", "P5W")),
    ("½ hour", ("DURATION", "PT30M")),
    ("a two year and a half", ("DURATION", "P2.5Y")),
    # years in odd forms, holidays
    ("June of 95", ("DATE", "1995-06")),
    ("3 June of 04", ("DATE", "2004-06-03")),
    ("March twenty one nineteen seventy two", ("DATE", "1972-03-21")),
    ("May two thousand", ("DATE", "2000-05")),
    ("Nov. 2 , 1988", ("DATE", "1988-11-02")),
    ("the first of June of 1990", ("DATE", "1990-06-01")),
    ("the christmas of last year", ("DATE", "2022-12-25")),
    ("earth day 2015", ("DATE", "2015-04-22")),
    ("the weekend of easter 2022", ("DATE", "2022-W15-WE")),
    ("memorial day 2022 weekend", ("DATE", "2022-W21-WE")),
    ("weekend", ("DATE", "2023-W11-WE")),  # alone: the coming one
    ("end of the day", ("DATE", "2023-03-15")),
    ("the eod", ("DATE", "2023-03-15")),
    ("till date", ("DATE", "PRESENT_REF")),
    # meals as TimeML's parts of the day; month and year in odd shapes; "the" before a length
    ("after lunch today", ("TIME", "2023-03-15TMI")),
    ("around dinnertime tomorrow", ("TIME", "2023-03-16TEV")),
    ("07-2019", ("DATE", "2019-07")),
    ("2021.14.Jan", ("DATE", "2021-01-14")),
    ("the five year", ("DURATION", "P5Y")),
    ("10 o'clock in the evening", ("TIME", "2023-03-15T22:00")),
])
def test_forms(text: str, expected: tuple[str, str]) -> None:
    assert normalize(text, WEDNESDAY) == expected


def test_forms_that_keep_their_old_reading() -> None:
    assert normalize("the weekend", WEDNESDAY, future=False) == ("DATE", "2023-W10-WE")  # "the" keeps the tense's
    assert normalize("the end of the day", WEDNESDAY)[1] is None  # the idiom
    assert normalize("two months ago", WEDNESDAY) == ("DATE", "2023-01")  # the granularity of the length
    assert normalize("two thousand and seven people", None)[1] != "2000"


@pytest.mark.parametrize(("text", "found"), [
    ("We can leave after 4.15pm today.", "4.15pm"),
    ("Call me at 6.am.", "6.am."),
    ("Dinner is at eight p . m . sharp.", "eight p . m ."),
    ("The bell rang at 7 o'clock.", "7 o'clock"),
    ("She woke at three in the morning.", "three in the morning"),
    ("The gym opens Mondays at 06:30.", "Mondays at 06:30"),
    ("Classes resume in feb 2024.", "feb 2024"),
    ("Sales dipped in the last week of June 2021.", "the last week of June 2021"),
    ("We argued about it the day before.", "the day before"),
    ("The rota changes every three weeks.", "every three weeks"),
    ("The pain lasted 4D in all.", "4D"),
    ("Book the thanksgiving 2022 weekend off.", "thanksgiving 2022 weekend"),
    ("Are you free this upcoming Sunday?", "this upcoming Sunday"),
    ("Meet me Tuesday of the following week.", "Tuesday of the following week"),
    ("Pencil it in for next week Thurs.", "next week Thurs"),
    ("It opened on wed the 9th at noon.", "wed the 9th"),
    ("She left home in 12 March of 79.", "12 March of 79"),
    ("The lease runs two and a half years.", "two and a half years"),
    ("We chatted at lunch and again at dinnertime.", "lunch"),
])
def test_more_spans_finds(text: str, found: str) -> None:
    assert found in [m.group(0) for m in more_spans(text)]


@pytest.mark.parametrize("text", [
    "The EOD team defused the device.",  # explosive ordnance disposal
    "He saw the day before the vote as decisive.",  # counted from an event, left to the parser
    "The film is in 3D and 4K.",
    "Shares rose 2.5 per cent on March 3.",
    "At the end of the day, voters decide.",
    "They may 2019 plans change.",
    "The March of 50 veterans ended.",  # a count after "of", not a year
    "We had lunch with the minister.",
])
def test_more_spans_leaves(text: str) -> None:
    assert not [m.group(0) for m in MORE_SPANS.finditer(text)]


@pytest.mark.usefixtures("_parser")
def test_in_sentences() -> None:
    found = times("Shall we meet before 5.45pm?")
    assert ("TIME", "2023-03-15T17:45") in found.values()
    found = times("The report will cover the last week of this month.")
    assert ("DATE", "2023-03-W05") in found.values()
    found = times("She signed on 3 March. The next day, she resigned.")
    assert found.get("The next day") == ("DATE", "2023-03-04")  # counted from the day named just before
    found = times("For months they tried, and 2 weeks and 3 days ago they found a fix.")
    assert ("DATE", "2023-02-26") in found.values()
    found = times("Next week 9pm suits me better.")
    assert ("DATE", "2023-W12") in found.values() and ("TIME", "2023-03-15T21:00") in found.values()
    found = times("Could we talk on thurs the 16th 6pm?")
    assert ("TIME", "2023-03-16T18:00") in found.values()
    found = times("The league resumes in week 12 of the season.")
    assert not any(v == ("DATE", "2023-W12") and t == "week" for t, v in found.items())  # the week's number stays
    found = times("I'll go back Saturday 2 weeks after March 20th.")
    assert ("DATE", "2023-04-08") in found.values()  # April 3 falls in the week of Sunday 2 to Saturday 8


@pytest.mark.parametrize("text", [
    "Call at 9.30pm, or after lunch on Mondays at 10:00; every two weeks the Christmas weekend of 2020 is off.",
    "The 3rd week of June 2022 and the day after, 12 April of 87, this upcoming Friday at the minute.",
    "Nothing here but a plain sentence about the council.",
])
def test_more_spans_equals_the_whole_pattern(text: str) -> None:
    """The words' check before each form leaves out nothing the whole pattern finds."""
    whole = {(m.start(), m.end()) for m in MORE_SPANS.finditer(text)}
    assert whole <= {(m.start(), m.end()) for m in more_spans(text)}
