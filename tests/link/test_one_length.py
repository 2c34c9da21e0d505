"""One fact, one row: one prison term that outlets give in different units of time (link/one_length.py); on
sentences written for these tests."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from storyline.link.reconcile import reconcile
from storyline.model import Article, Claim
from tests.link.made_claims import art, groups, things


def outlets(letters: str, make: Callable[..., Claim], number_text: str, value: float, sentence: str, *args: Any,
            **kw: Any) -> list[Article]:
    """One article per letter, each giving the figure in its own copy of ``sentence`` (the letter added)."""
    return [art(x, make(f"{x}:c1", number_text, value, f"{sentence} ({x}).", *args, **kw)) for x in letters]


def term(letters: str, number_text: str, value: float, sentence: str, unit: str) -> list[Article]:
    return outlets(letters, things, number_text, value, sentence, unit, measure="sentence")


def test_a_term_in_months_and_the_same_term_in_years_are_one_row_that_agrees() -> None:
    months = term("abc", "180", 180, "The court sentenced the treasurer to 180 months in prison", "months")
    years = term("de", "15", 15, "The former treasurer received a 15-year term", "years")
    facts = reconcile([*months, *years], story="s")
    assert groups(facts) == [{f"{x}:c1" for x in "abcde"}]
    assert facts[0].assessment == "consistent"


def test_weeks_and_days_of_one_term_are_one_row() -> None:
    weeks = term("ab", "six", 6, "The magistrate jailed the driver for six weeks", "weeks")
    days = term("cde", "42", 42, "The driver must spend 42 days in custody", "days")
    assert groups(reconcile([*weeks, *days], story="s")) == [{f"{x}:c1" for x in "abcde"}]


def test_terms_of_other_lengths_stay_two_rows() -> None:
    months = term("abc", "180", 180, "The court sentenced the treasurer to 180 months in prison", "months")
    years = term("de", "12", 12, "Her deputy received a 12-year term", "years")
    assert len(reconcile([*months, *years], story="s")) == 2


def test_a_month_is_no_set_number_of_days() -> None:
    days = term("abc", "90", 90, "The singer was ordered to spend 90 days in jail", "days")
    months = term("de", "three", 3, "The singer will serve three months", "months")
    assert len(reconcile([*days, *months], story="s")) == 2


def test_an_article_that_gives_the_term_in_both_units_tells_one_thing() -> None:
    both = art("a", things("a:c1", "24", 24, "He was jailed for 24 months (a).", "months", measure="sentence"),
               things("a:c2", "two", 2, "The two years will be served in an open prison (a).", "years",
                      measure="sentence"))
    others = [*term("bc", "24", 24, "The fraudster was jailed for 24 months", "months"),
              *term("de", "two", 2, "The fraudster got two years", "years")]
    assert len(reconcile([both, *others], story="s")) == 1


def test_an_article_that_gives_the_two_rows_other_lengths_keeps_them_apart() -> None:
    both = art("a", things("a:c1", "24", 24, "One brother got 24 months (a).", "months", measure="sentence"),
               things("a:c2", "three", 3, "The other got three years (a).", "years", measure="sentence"))
    others = [*term("bc", "24", 24, "A brother was jailed for 24 months", "months"),
              *term("de", "two", 2, "A brother got two years", "years")]
    assert len(reconcile([both, *others], story="s")) >= 2


def test_two_terms_of_one_length_in_one_unit_leave_the_other_units_row_where_it_is() -> None:
    years = term("ab", "four", 4, "The first defendant got four years", "years")
    weeks = term("cd", "208", 208, "A co-defendant was jailed for 208 weeks", "weeks")
    assert len(reconcile([*years, *weeks], story="s")) == 2  # 208 weeks is not four years (1,456 days)


def test_a_sentence_in_days_and_the_same_stay_in_weeks_agree() -> None:
    sentenced = term("abc", "14", 14, "She received a 14-day sentence for contempt", "days")
    serve = outlets("de", things, "two", 2, "She will spend two weeks in the county jail", "weeks", measure="duration")
    facts = reconcile([*sentenced, *serve], story="s")
    assert groups(facts) == [{f"{x}:c1" for x in "abcde"}]
    assert facts[0].assessment == "consistent"
