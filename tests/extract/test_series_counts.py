"""Ordinals that count a series so far are counts (extract/series_counts.py)."""

from __future__ import annotations

import pytest

from tests.extract.parsed_claims import by_number, parsed


@pytest.mark.parametrize(("text", "number_text", "value", "counted"), [
    ("The county reported its third case of measles on Friday.", "third", 3, "cases of measles"),
    ("On Monday a fourth case of cholera was confirmed in the port town.", "fourth", 4, "cases of cholera"),
    ("Auditors said a second instance of fraud had been found at the depot.", "second", 2, "instances of fraud"),
    ("The senator now faces a second allegation of misconduct.", "second", 2, "allegations of misconduct"),
    ("She is the second patient to receive the artificial heart, surgeons said.", "second", 2, "patients"),
    ("The 61-year-old is the fifth Leeds resident to catch the virus.", "fifth", 5, "Leeds residents"),
])
def test_an_ordinal_that_counts_a_series_is_a_count(text: str, number_text: str, value: int, counted: str) -> None:
    c = by_number(text)[number_text]
    assert (c.measure, c.value, c.counted) == ("count", value, counted)


@pytest.mark.parametrize(("text", "number_text"), [
    ("The talks went into a third round of voting on Friday.", "third"),
    ("She scored twice in the second half of the final.", "second"),
    ("Clashes broke out on the third day of protests.", "third"),
    ("He is the second son of the late duke.", "second"),
    ("Lena Marsh was named the 14th conductor of the city orchestra.", "14th"),
    ("It was the club's eleventh away defeat of the season.", "eleventh"),
    ("The firm is the second largest of the region's employers.", "second"),
    ("They live on the third floor of the tower.", "third"),
])
def test_an_ordinal_that_places_names_or_runs_counts_no_series(text: str, number_text: str) -> None:
    assert not [c for c in parsed(text).claims if c.number_text == number_text and c.measure == "count"]


def test_a_series_told_by_its_ordinal_meets_its_total_told_in_figures() -> None:
    from storyline.link.reconcile import reconcile

    one = parsed("The health office reported a third case of measles in the valley on Sunday.", aid="a")
    two = parsed("Three cases of measles have now been confirmed in the valley, officials said.", aid="b")
    facts = reconcile([one, two], story="s")
    third = next(c.id for c in one.claims if c.number_text == "third")
    three = next(c.id for c in two.claims if c.number_text == "Three")
    assert any({third, three} <= set(f.claims) for f in facts)
