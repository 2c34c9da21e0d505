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
