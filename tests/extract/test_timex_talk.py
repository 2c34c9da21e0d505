"""Times told as people talk (issue 18, the Recognizers date/time classes): clock shorthand,
relative offsets from a named day, spelled-out years, dates in odd shapes. Sentences of our own."""

from __future__ import annotations

from datetime import date

import pytest

from storyline.extract import nlp
from storyline.extract.timex import CLOCK_TALK, normalize
from tests.extract.read_times import read_times

FRIDAY = date(2021, 4, 9)


@pytest.fixture(scope="module")
def _parser() -> None:
    nlp.setup()


def times(text: str, published: str = "2021-04-09") -> dict[str, tuple[str, str | None]]:
    return {t.text: (t.type, t.value) for t in read_times(text, published)}


@pytest.mark.parametrize(("text", "expected"), [
    ("half past 4", "2021-04-09T04:30"),
    ("a quarter to 11", "2021-04-09T10:45"),
    ("twenty past six in the evening", "2021-04-09T18:20"),
    ("25 minutes past 2", "2021-04-09T02:25"),
    ("8ish", "2021-04-09T08:00"),
    ("4 p . m .", "2021-04-09T16:00"),
    ("seven pm", "2021-04-09T19:00"),
    ("6 in the morning", "2021-04-09T06:00"),
    ("3 in the afternoon", "2021-04-09T15:00"),
    ("tonight around 9", "2021-04-09T21:00"),
    ("yesterday at 10:15 in the evening", "2021-04-08T22:15"),
    ("tomorrow by 11a", "2021-04-10T11:00"),
    ("the evening at 8", "2021-04-09T20:00"),
    ("Thursday by 3 in the afternoon", "2021-04-08T15:00"),
    ("eight-fifteen tomorrow morning", "2021-04-10T08:15"),
])
def test_clock_times_told_as_people_talk(text: str, expected: str) -> None:
    assert normalize(text, FRIDAY) == ("TIME", expected)


@pytest.mark.parametrize(("text", "expected"), [
    ("every Thursday at 6pm", "XXXX-WXX-4T18:00"),
    ("Saturdays at 10am", "XXXX-WXX-6T10:00"),
])
def test_a_set_keeps_its_clock_time(text: str, expected: str) -> None:
    assert normalize(text, FRIDAY) == ("SET", expected)


@pytest.mark.parametrize("sentence", [
    "The club fired its manager on Monday after one season in charge.",
    "The quake struck the province today after two smaller shocks.",
    "Shares closed on Tuesday at 4 percent above the open.",
    "Talks broke off on Friday after 3 rounds.",
    "The vote went ten to four against the motion.",
    "Prices rose from ten to five hundred dollars.",
    "The game kicks off Saturday at 3: 30 p. m. in the capital.",
    "He has lived at 5 Elm Street since the spring.",
])
def test_numbers_that_are_not_clock_times_are_not_read_as_talk(sentence: str) -> None:
    assert [m.group(0) for m in CLOCK_TALK.finditer(sentence)] == []


@pytest.mark.usefixtures("_parser")
def test_clock_talk_in_sentences_is_one_time_with_its_day() -> None:
    assert times("I will call you tomorrow at 9a.")["tomorrow at 9a"] == ("TIME", "2021-04-10T09:00")
    found = times("We can meet tonight around 8.")
    assert found["tonight around 8"] == ("TIME", "2021-04-09T20:00")
    found = times("She will be home at a quarter to 6 in the evening.")
    assert ("TIME", "2021-04-09T17:45") in found.values()
    found = times("The shop will reopen tomorrow before 10am.")
    assert ("TIME", "2021-04-10T10:00") in found.values()
    found = times("The cleaners come each Wednesday at 7pm.")
    assert ("SET", "XXXX-WXX-3T19:00") in found.values()


@pytest.mark.parametrize(("text", "expected"), [
    ("Oct-05-2018", "2018-10-05"),
    ("November-2017-12", "2017-11-12"),
    ("2016/Mar/30", "2016-03-30"),
    ("14-2019-February", "2019-02-14"),
    ("Aug7, 2003", "2003-08-07"),
    ("backup-20150611.tar", "2015-06-11"),
    ("the second of March 2004", "2004-03-02"),
    ("August the third", "2021-08-03"),
    ("9 May in 2012", "2012-05-09"),
    ("Monday the 12th", "2021-04-12"),
    ("the 3rd day of next month", "2021-05-03"),
    ("the twentieth day of the month", "2021-04-20"),
    ("the 2nd month of next year", "2022-02"),
    ("the first week of 2011", "2011-W01"),
    ("the last week of 2020", "2020-W53"),
    ("Feb/2016", "2016-02"),
])
def test_dates_in_odd_shapes(text: str, expected: str) -> None:
    assert normalize(text, FRIDAY) == ("DATE", expected)


@pytest.mark.parametrize("sentence", [
    "On Monday, the first day of the trial, the court heard 12 witnesses.",
    "It may second the motion next week.",
    "He scored 20170302 points in the game.",
])
def test_words_that_are_not_odd_dates(sentence: str) -> None:
    from storyline.extract.timex import ODD_DATE

    assert [m.group(0) for m in ODD_DATE.finditer(sentence)] == []


@pytest.mark.usefixtures("_parser")
def test_odd_dates_are_found_in_sentences() -> None:
    assert ("DATE", "2020-09-23") in times("The files were moved on Sep-23-2020 to a new server.").values()
    assert ("DATE", "2021-05-15") in times("We will pay on the 15th day of next month.").values()
    assert ("DATE", "2018-09-23") in times("See archive-2018-09-23-page-01 for the log.").values()


@pytest.mark.parametrize(("text", "expected"), [
    ("easter 2016", "2016-03-27"),
    ("thanksgiving 2012", "2012-11-22"),
    ("st patrick 2015", "2015-03-17"),
    ("next halloween", "2021-10-31"),
    ("the previous christmas", "2020-12-25"),
    ("last new year day", "2021-01-01"),
    ("next easter", "2022-04-17"),
])
def test_holidays_in_any_case_with_a_year_or_next_or_last(text: str, expected: str) -> None:
    assert normalize(text, FRIDAY) == ("DATE", expected)


def test_a_lower_case_holiday_word_alone_is_no_date() -> None:
    assert normalize("christmas", FRIDAY)[1] is None
    assert normalize("thanksgiving", FRIDAY)[1] is None


@pytest.mark.usefixtures("_parser")
def test_holidays_in_lower_case_are_found_with_their_year() -> None:
    assert ("DATE", "2010-11-26") in times("The store opened on black friday 2010 at dawn.").values()
    assert ("DATE", "2020-12-25") in times("we met the previous christmas in Rome.").values()


@pytest.mark.parametrize(("text", "expected"), [
    ("nineteen eighty four", "1984"),
    ("two thousand and nine", "2009"),
    ("two thousand eleven", "2011"),
    ("nineteen oh two", "1902"),
    ("eighteen hundred", "1800"),
    ("March two thousand and twelve", "2012-03"),
    ("third of June nineteen seventy", "1970-06-03"),
    ("twelve June nineteen ninety nine", "1999-06-12"),
])
def test_years_in_words(text: str, expected: str) -> None:
    assert normalize(text, FRIDAY) == ("DATE", expected)


@pytest.mark.parametrize(("sentence", "found"), [
    ("The firm was founded in nineteen sixty two by two brothers.", ["nineteen sixty two"]),
    ("They moved back in two thousand and three.", ["two thousand and three"]),
    ("In two thousand and five cases the court agreed.", []),
    ("She counted nineteen forty boxes.", []),
    ("Only twenty twenty tickets were sold.", []),
])
def test_years_in_words_are_found_only_where_a_year_is_told(sentence: str, found: list[str]) -> None:
    from storyline.extract.timex import YEAR_IN_WORDS

    assert [m.group(0) for m in YEAR_IN_WORDS.finditer(sentence)] == found


@pytest.mark.parametrize(("text", "expected"), [
    ("end of day", ("DATE", "2021-04-09")),
    ("the end of today", ("DATE", "2021-04-09")),
    ("before the end of this year", ("DATE", "2021")),
    ("in the daytime", ("TIME", "2021-04-09TDT")),
    ("tomorrow pm", ("TIME", "2021-04-10TAF")),
    ("yesterday am", ("TIME", "2021-04-08TMO")),
])
def test_edges_and_parts_of_the_day(text: str, expected: tuple[str, str]) -> None:
    assert normalize(text, FRIDAY) == expected


@pytest.mark.usefixtures("_parser")
def test_parts_of_the_day_and_loose_words_the_parser_takes_in() -> None:
    assert ("TIME", "2021-04-09TEV") in times("The band plays in the evening.").values()
    assert ("DATE", "2021") in times("The plant will close by end of this year.").values()
    found = times("Please book 3 hours next week for the review.")
    assert ("DURATION", "PT3H") in found.values() and ("DATE", "2021-W15") in found.values()
    found = times("The fair is held on 4 July every year.")
    assert ("SET", "P1Y") in found.values()
    # the idiom is no time
    assert all(value is None for _, value in times("At the end of the day, the voters decide.").values())


@pytest.mark.parametrize(("text", "expected"), [
    ("three days after today", "2021-04-12"),
    ("one week from tomorrow", "2021-04-17"),
    ("more than 10 days before yesterday", "2021-03-29"),
    ("6 weeks after March 1 2020", "2020-04-12"),
    ("two years before Christmas Eve 2009", "2007-12-24"),
    ("a month after January 31 2021", "2021-02-28"),
])
def test_a_length_counted_from_a_named_day_is_the_day_it_reaches(text: str, expected: str) -> None:
    assert normalize(text, FRIDAY) == ("DATE", expected)


def test_a_length_counted_from_an_event_keeps_no_day() -> None:
    assert normalize("two days after the vote", FRIDAY) == ("DATE", None)
    assert normalize("four days later", FRIDAY) == ("DURATION", "P4D")


@pytest.mark.usefixtures("_parser")
def test_a_length_and_its_day_in_a_sentence_are_one_time() -> None:
    assert ("DATE", "2021-04-12") in times("The results will be out three days after today.").values()
    found = times("The strike ended two days after the vote.")
    assert ("DURATION", "P2D") in found.values()


@pytest.mark.parametrize(("text", "expected"), [
    ("4h", ("DURATION", "PT4H")),
    ("2 hrs", ("DURATION", "PT2H")),
    ("2.5years", ("DURATION", "P2.5Y")),
    ("90 secs", ("DURATION", "PT90S")),
    ("every other month", ("SET", "P2M")),
    ("late every other week", ("SET", "P2W")),
])
def test_lengths_written_short_and_every_other(text: str, expected: tuple[str, str]) -> None:
    assert normalize(text, FRIDAY) == expected


def test_short_lengths_are_not_stats_or_clock_times() -> None:
    from storyline.extract.timex import SHORT_LENGTH

    found = [m.group(0) for m in SHORT_LENGTH.finditer("He hit 41 HR at 14:30 hrs; the race took 3h, then 1 hr more.")]
    assert found == ["3h", "1 hr"]


@pytest.mark.parametrize(("text", "expected"), [
    ("next week Thursday", ("DATE", "2021-04-15")),
    ("Monday of last week", ("DATE", "2021-03-29")),
    ("Saturday of the following week", ("DATE", "2021-04-17")),
    ("this week's Tuesday", ("DATE", "2021-04-06")),
    ("Friday morning next week", ("TIME", "2021-04-16TMO")),
    ("two and a half days", ("DURATION", "P2.5D")),
    ("one week and a half", ("DURATION", "P1.5W")),
    ("3 hours and 15 minutes", ("DURATION", "PT3H15M")),
    ("four years, six months", ("DURATION", "P4Y6M")),
])
def test_a_day_of_a_named_week_and_lengths_in_parts(text: str, expected: tuple[str, str]) -> None:
    assert normalize(text, FRIDAY) == expected


@pytest.mark.usefixtures("_parser")
def test_a_length_in_parts_in_a_sentence_is_one_length() -> None:
    assert ("DURATION", "PT2H45M") in times("The flight took 2 hours and 45 minutes.").values()
    found = times("Sales rose between 12 and 18 months after the launch.")
    assert ("DURATION", "P12M") in found.values() and ("DURATION", "P18M") in found.values()
