"""The quick looks that spare the times step a full search find what the full search finds."""

from __future__ import annotations

from datetime import date

import pytest

from storyline.extract import timex

SENTENCES = [
    "The mill was founded in nineteen ninety six and closed since two thousand and eight.",
    "She was born on the fifth of May, nineteen eighty, in a village by the river.",
    "Seventeen hundred thirty three settlers arrived; fifteen of them stayed until nineteen twelve.",
    "Ten people were hurt, and twenty more were treated at the scene.",
    "Two thousand and five people marched before the council met.",
    "The shop reopens next easter, and prices will rise by black friday 2024.",
    "Families gathered on Christmas Eve; the parade was moved to Thanksgiving, 2019.",
    "The previous new year day was quiet, unlike last Halloween.",
    "Teams meet again after Mother’s Day and before Labour Day 2031.",
    "The report, written in May, was attentive to the fortnight's events.",
    "Nothing here names a year or a feast at all.",
    "",
]


@pytest.mark.parametrize("text", SENTENCES)
def test_year_in_words_finds_what_the_full_search_finds(text: str) -> None:
    full = [(m.start(), m.end()) for m in timex.YEAR_IN_WORDS.finditer(text)]
    assert [(m.start(), m.end()) for m in timex.year_in_words(text)] == full


@pytest.mark.parametrize("text", SENTENCES)
def test_holidays_any_finds_what_the_full_search_finds(text: str) -> None:
    full = [(m.start(), m.end(), m.group("which"), m.group("y")) for m in timex.HOLIDAY_ANY.finditer(text)]
    assert [(m.start(), m.end(), m.group("which"), m.group("y")) for m in timex.holidays_any(text)] == full


def test_the_quick_looks_do_find_years_and_holidays() -> None:
    assert [m.group(0) for m in timex.year_in_words(SENTENCES[0])] == ["nineteen ninety six", "two thousand and eight"]
    assert [m.group("h") for m in timex.holidays_any(SENTENCES[5])] == ["easter", "black friday"]
    assert timex.holidays_any(SENTENCES[10]) == [] and timex.year_in_words(SENTENCES[3]) == []


def test_normalize_remembered_gives_the_same_value_for_each_anchor() -> None:
    timex.normalize.cache_clear()
    first = timex.normalize("last Tuesday", date(2015, 3, 12))
    other = timex.normalize("last Tuesday", date(2019, 7, 1))
    assert first != other  # the anchor is part of what is remembered
    assert timex.normalize("last Tuesday", date(2015, 3, 12)) == first
    assert timex.normalize("three years", None) == ("DURATION", "P3Y")
    assert timex.normalize("three years", None) == ("DURATION", "P3Y")
    assert timex.normalize.cache_info().hits == 2


PART_TEXTS = [
    "dinnertime on saturday", "after lunch-time", "at noon tomorrow", "tomorrow pm", "today am",
    "the breakfast meeting", "late evening", "tonight", "in the daytime", "friday night",
    "yesterday pm", "supper", "the 4th", "next week", "2018", "pm", "nightly", "mornings",
    "a timeless sunday", "amsterdam today", "in the afternoon of may 2",
]


@pytest.mark.parametrize("low", PART_TEXTS)
def test_the_look_for_a_part_of_the_day_finds_what_each_part_finds(low: str) -> None:
    """_date_or_time asks _ANY_PART before trying the parts of the day one by one: it must find
    something exactly where one of them does."""
    each = any(word.search(low) for word, _ in timex._PART_WORDS)
    assert (timex._ANY_PART.search(low) is not None) == each


def test_every_part_of_the_day_is_in_the_look() -> None:
    assert len(timex._PART_WORDS) == len(timex._PARTS)
    for word, code in timex._PART_WORDS:
        assert timex._ANY_PART.pattern.count(word.pattern) == 1, code
    assert timex.normalize("Friday night", date(2024, 3, 6))[1] == "2024-03-01TNI"  # the Friday before
    assert timex.normalize("tomorrow pm", date(2024, 3, 6))[1] == "2024-03-07TAF"


@pytest.mark.parametrize("words", ["May 1999", "1999 May", "2015-12", "12-2015", "june of 2010", "Dec., 2001",
                                   "May", "the 1890s", "March 5", "spring 2019", "fy19", "next month"])
def test_month_and_year_are_looked_for_only_with_a_year(words: str) -> None:
    """_day searches _MONTH_YEAR only where _YEAR_1920 finds something: every form holds that year."""
    if timex._YEAR_1920.search(words) is None:
        assert timex._MONTH_YEAR.search(words) is None
    assert timex.normalize("june of 2010", None)[1] == "2010-06"
