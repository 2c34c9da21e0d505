"""Times told as people talk (issue 18, the Recognizers date/time classes): clock shorthand,
relative offsets from a named day, spelled-out years, dates in odd shapes. Sentences of our own."""

from __future__ import annotations

from datetime import date

import pytest

from storyline.extract import nlp
from storyline.extract.events import events_stage
from storyline.extract.timex import CLOCK_TALK, normalize
from storyline.model import Article

FRIDAY = date(2021, 4, 9)


@pytest.fixture(scope="module")
def _parser() -> None:
    nlp.setup()


def times(text: str, published: str = "2021-04-09") -> dict[str, tuple[str, str | None]]:
    article = Article(id="t", source="t.txt", format="txt", text=text, language="en", published=published)
    return {t.text: (t.type, t.value) for t in events_stage(nlp.parse_stage(article)).times}


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
