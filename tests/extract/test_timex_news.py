"""Issue 18, times in real news: the error classes a real-news development set showed
(benchmarks/data/timex_ecb_dev.jsonl). Every sentence here is written for this test."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from storyline.extract import nlp
from storyline.extract.events import events_stage
from storyline.extract.timex import clock_only, normalize
from storyline.model import Article
from tests.extract.read_times import read_times

THURSDAY = date(2014, 9, 18)  # a Thursday in September


@pytest.fixture(scope="module")
def _parser() -> None:
    nlp.setup()


def times(text: str, published: str = "2014-09-18") -> list[tuple[str, str, str | None]]:
    return [(t.text, t.type, t.value) for t in read_times(text, published)]


def values(text: str, published: str = "2014-09-18") -> dict[str, str | None]:
    return {words: value for words, _, value in times(text, published)}


@pytest.mark.usefixtures("_parser")
def test_an_age_after_a_name_is_not_a_date() -> None:
    found = values("Firefighter Dana Kowalski, 52, and her son, 19, were treated at the scene on Tuesday.")
    assert found == {"Tuesday": "2014-09-16"}
    assert values("The ferry's captain was 64. He died at the age of 64 in a Lisbon hospital.") == {}
    assert values("The singer died at 83.") == {}


@pytest.mark.usefixtures("_parser")
def test_a_name_that_holds_a_set_word_is_not_a_set() -> None:
    assert "Daily" not in values("The report first appeared in the Kyiv Daily Courier.")
    assert values("The pumps are inspected daily.")["daily"] == "P1D"


@pytest.mark.usefixtures("_parser")
def test_direction_of_a_bare_month_or_weekday_from_the_verb() -> None:
    # ahead: a present that looks forward, a modal, a postponement
    assert values("The inquiry's findings are due to be released in March.")["March"] == "2015-03"
    assert values("The union says it plans to strike in February.")["February"] == "2015-02"
    assert values("The ministry said the bridge would reopen in August.")["August"] == "2015-08"
    assert values("The vote was postponed until Monday.")["Monday"] == "2014-09-22"
    assert values("The hearing has been adjourned until 10:00 GMT Tuesday.")["10:00 GMT Tuesday"] == \
        "2014-09-23T10:00"
    # behind: what a past verb's infinitive tells has happened, or is the nearest
    assert values("The airline agreed to buy 40 jets in November.")["November"] == "2013-11"
    assert values("The mayor was forced to resign on Monday.")["Monday"] == "2014-09-15"
    assert values("He was remanded in custody to appear in court on 2 October.")["2 October"] == "2014-10-02"
    # a past weekday is the most recent one before the article's date
    assert values("Rescuers reached the village on Saturday.")["Saturday"] == "2014-09-13"
    assert values("She would have turned 90 on Sunday.")["Sunday"] == "2014-09-14"


@pytest.mark.usefixtures("_parser")
def test_a_clock_time_alone_is_of_the_day_the_story_has_reached() -> None:
    found = times("Two men were detained early Saturday near the border. "
                  "Officers stopped their van at about 2:45 a.m., a spokesman said.")
    assert ("early Saturday", "DATE", "2014-09-13") in found
    assert ("about 2:45 a.m.", "TIME", "2014-09-13T02:45") in found
    # a clock time told with its time zone, which the parser does not mark
    found = times("The blast was heard late on Sunday. Crews arrived soon after 23:10 BST.")
    assert ("23:10 BST", "TIME", "2014-09-14T23:10") in found
    # with no day named before it, the article's day
    assert ("4:15 p.m.", "TIME", "2014-09-18T16:15") in times("The market closed at 4:15 p.m.")


@pytest.mark.usefixtures("_parser")
def test_generic_today_is_the_present() -> None:
    assert values("Today's teenagers spend hours online.")["Today"] == "PRESENT_REF"
    assert values("The museum shows how the farmers of today work.")["today"] == "PRESENT_REF"
    assert values("The council will vote today.")["today"] == "2014-09-18"
    assert values("In today's statement the ministry denied the claim.")["today"] == "2014-09-18"


@pytest.mark.usefixtures("_parser")
def test_a_length_and_a_day_told_together_are_two_expressions() -> None:
    found = times("The crew worked nearly nine hours Tuesday to free the whale.")
    assert ("nearly nine hours", "DURATION", "PT9H") in found
    assert ("Tuesday", "DATE", "2014-09-16") in found


@pytest.mark.usefixtures("_parser")
def test_between_two_counts_of_one_unit_is_two_durations() -> None:
    found = times("The repairs will take between 6 and 9 weeks.")
    assert [(t, v) for t, _, v in found] == [("6", "P6W"), ("9 weeks", "P9W")]


@pytest.mark.parametrize(("text", "anchor", "expected"), [
    ("a mere day ago", THURSDAY, ("DATE", "2014-09-17")),
    ("the entire year", THURSDAY, ("DURATION", "P1Y")),
    ("the whole month", THURSDAY, ("DURATION", "P1M")),
    ("all week", THURSDAY, ("DURATION", "P1W")),
    ("last summer", date(2014, 7, 20), ("DATE", "2013-SU")),  # this summer is still under way
    ("last summer", date(2014, 11, 2), ("DATE", "2014-SU")),
    ("last winter", date(2014, 3, 1), ("DATE", "2013-WI")),
    ("a decade", THURSDAY, ("DURATION", "P10Y")),
    ("annually", THURSDAY, ("SET", "P1Y")),
    ("every year", THURSDAY, ("SET", "P1Y")),
    ("last May", THURSDAY, ("DATE", "2014-05")),
    ("six years' probation", THURSDAY, ("DURATION", "P6Y")),
    ("a mere 36 hours", THURSDAY, ("DURATION", "PT36H")),
    ("this fiscal year", THURSDAY, ("DATE", "FY2014")),  # TIMEX2 and Recognizers: FY
    ("2:11:09", THURSDAY, ("DURATION", "PT2H11M9S")),
])
def test_values(text: str, anchor: date, expected: tuple[str, str | None]) -> None:
    assert normalize(text, anchor) == expected


def test_clock_only() -> None:
    assert clock_only("about 1:30 a.m.") and clock_only("06:00 BST")
    assert not clock_only("3 p.m. Friday") and not clock_only("noon on June 4") and not clock_only("Tuesday")


@pytest.mark.parametrize(("text", "future", "expected"), [
    ("Christmas Eve 2009", None, ("DATE", "2009-12-24")),
    ("Christmas Day", True, ("DATE", "2014-12-25")),
    ("Christmas Day", False, ("DATE", "2013-12-25")),
    ("Easter Sunday", False, ("DATE", "2014-04-20")),
    ("Good Friday", True, ("DATE", "2015-04-03")),
    ("Thanksgiving", True, ("DATE", "2014-11-27")),
    ("Labor Day", False, ("DATE", "2014-09-01")),
    ("Memorial Day 2011", None, ("DATE", "2011-05-30")),
    ("New Year's Eve", None, ("DATE", "2014-12-31")),  # the nearest, when the tense does not say
])
def test_holidays(text: str, future: bool | None, expected: tuple[str, str | None]) -> None:
    assert normalize(text, THURSDAY, future=future) == expected


@pytest.mark.usefixtures("_parser")
def test_holidays_the_parser_does_not_mark_are_found() -> None:
    assert values("Fireworks lit up the harbour on New Year's Eve.")["New Year's Eve"] == "2013-12-31"
    assert values("Pilgrims will gather in the square on Easter Sunday.")["Easter Sunday"] == "2015-04-05"


@pytest.mark.parametrize(("text", "expected"), [
    ("14.03.2016 09:40", ("TIME", "2016-03-14T09:40")),  # the clock time, not "14.03" of the date
    ("2016-03-14 21:05", ("TIME", "2016-03-14T21:05")),
    ("at this time", ("DATE", "PRESENT_REF")),
    ("the following week", ("DATE", "2014-W39")),
    ("the previous month", ("DATE", "2014-08")),
    ("the past week", ("DURATION", "P1W")),
    ("Sunday afternoons", ("SET", "XXXX-WXX-7TAF")),
])
def test_more_shapes(text: str, expected: tuple[str, str | None]) -> None:
    assert normalize(text, THURSDAY) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("three weeks later", ("DURATION", "P3W")),  # counted from the story's time, not the article's date
    ("several months earlier", ("DURATION", "PXM")),
    ("two days ago", ("DATE", "2014-09-16")),
    ("nearly a quarter-century", ("DURATION", "P25Y")),
    ("half a century", ("DURATION", "P50Y")),
])
def test_lengths_counted_from_the_story(text: str, expected: tuple[str, str | None]) -> None:
    assert normalize(text, THURSDAY) == expected


@pytest.mark.usefixtures("_parser")
def test_counts_and_compounds_are_not_times() -> None:
    found = values("The panel has 3,840 pixels across. The now-defunct agency closed in 1998, only two years later.")
    assert "3,840" not in found and "now" not in found
    assert found.get("1998") == "1998"


@pytest.mark.usefixtures("_parser")
def test_clock_times_written_dates_and_annual_the_parser_leaves_out() -> None:
    found = values("Doors open at 7pm. The lease, signed on 12-Mar-2011, is renewed at the annual meeting.")
    assert found["7pm"] == "2014-09-18T19:00"
    assert found["12-Mar-2011"] == "2011-03-12"
    assert found["annual"] == "P1Y"
    assert "$5" not in found and not any(v and "T05" in v for v in found.values() if v)


@pytest.mark.usefixtures("_parser")
def test_a_model_year_is_not_a_date() -> None:
    assert values("Police said he was driving his 2008 Bentley when the crash happened on Monday.") == {
        "Monday": "2014-09-15"}
    assert "1967" not in values("She restored a 1967 Mustang and sold it in 2012.")
    # a year before an event's name, or after "in", stays a date
    assert values("She sold her 2004 Olympics medal.") == {"2004": "2004"}
    assert values("In 2008 Obama won the election.") == {"2008": "2008"}


@pytest.mark.usefixtures("_parser")
def test_a_game_period_is_not_a_time_but_a_fiscal_one_is() -> None:
    assert values("Johnson scored 14 points in the fourth quarter as the Bulls beat Miami 98-91.") == {}
    assert values("The Giants led early but collapsed in the second half, losing the game in overtime.") == {}
    assert values("The Celtics pulled away in the third quarter Friday and won 101-88.") == {"Friday": "2014-09-12"}
    assert values("Revenue rose 8 percent in the fourth quarter, the company said.") == {
        "the fourth quarter": "2013-Q4"}
    assert values("The company expects sales to recover in the second half.") == {"the second half": "2014-H2"}


@pytest.mark.usefixtures("_parser")
def test_a_length_before_or_after_an_event_is_found_when_the_parser_misses_it() -> None:
    def unmarked(text: str) -> dict[str, str | None]:  # the parser's dates taken away: what is found without them
        article = nlp.parse_stage(Article(id="t", source="t.txt", format="txt", text=text, language="en",
                                          published="2014-09-18"))
        article = replace(article, names=[n for n in article.names if n.label not in ("DATE", "TIME")])
        return {t.text: t.value for t in events_stage(article).times}

    assert unmarked("Johnson left three weeks after the vote, 10 days before the recount.") == {
        "three weeks": "P3W", "10 days": "P10D"}
    assert unmarked("The mayor resigned one year before the scandal broke.") == {"one year": "P1Y"}
    # a sum or a count before "after" is no length
    assert unmarked("The fund lost $2 million after the crash and 40 jobs before Christmas.") == {
        "Christmas": "2013-12-25"}  # told in the past: last Christmas
