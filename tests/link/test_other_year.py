"""A year in a count's or a sum's sentence dates it, unless the year belongs to another figure told after it
(sentences written for these tests; the story is of 2024)."""

from __future__ import annotations

from storyline.link import reconcile as rec
from tests.link.test_corroborated import STORY_YEAR, art, figure


def other_year(number_text: str, value: float, text: str, *, counted: str, measure: str = "count") -> bool:
    claim = figure("a:c1", number_text, value, text, counted=counted, measure=measure)
    return rec._other_year(claim, art("a", claim), STORY_YEAR)


def test_a_year_that_dates_a_later_figure_does_not_date_ours() -> None:
    assert not other_year("$64 million", 64e6, "The deal is worth $64 million, more than the $40 million the club "
                          "paid for a striker in 2019.", counted="deal", measure="money")
    assert not other_year("1,200", 1200, "The storm cut power to 1,200 homes, against 300 in the storm of 2021.",
                          counted="homes")


def test_a_year_before_the_figure_or_with_no_figure_between_still_dates_it() -> None:
    assert other_year("1,200", 1200, "In 2019, the storm cut power to 1,200 homes.", counted="homes")
    assert other_year("1,200", 1200, "The storm cut power to 1,200 homes in 2021.", counted="homes")
    assert other_year("$64 million", 64e6, "The club paid $64 million for a striker in 2019.", counted="striker",
                      measure="money")
    # a year of a figure told before ours dates that figure's clause, and ours too when nothing stands between
    assert other_year("300", 300, "The storm of 2021 cut power to 1,200 homes, and 300 were flooded.",
                      counted="homes")
