"""Figures the claim reader used to pass over (round 21's class table of labelled figures no claim read,
``benchmarks/results/not_read_round21.md``): a rate or a percentage told after "at" with a decimal point like
a clock's, an amount after a company's name, crowns as money, and an ordinal of nights. Sentences written for
these tests."""

from __future__ import annotations

import pytest

from storyline.extract import nlp
from storyline.extract.quantities import find_quantities
from tests.extract import parsed_claims


@pytest.fixture(scope="module")
def _parser() -> None:
    nlp.setup()


def read(sentence: str) -> list[tuple[str, float | None, str | None]]:
    """(text, value, unit) of each amount: the currency, "%" or the unit of measure."""
    return [(q.text, q.value, "%" if q.percent else q.currency or q.unit) for q in find_quantities(sentence)]


@pytest.mark.parametrize(("sentence", "expected"), [
    ("The lending rate has stood at 8.25 percent since the spring.", [("8.25 percent", 8.25, "%")]),
    ("Three members wanted to hold the benchmark at 6.75%.", [("Three", 3.0, None), ("6.75%", 6.75, "%")]),
    ("The peso weakened to 18.40 per dollar by the close.", [("18.40", 18.4, None)]),
])
def test_a_percentage_or_a_rate_after_at_is_no_clock_time(sentence: str, expected: list[object]) -> None:
    assert read(sentence) == expected


@pytest.mark.parametrize("sentence", [
    "The ferry leaves at 6.45 from the north pier.",
    "The museum is open from 9.30 to 16.45 on Sundays.",
    "The vote begins at 11.15 per the chamber's rules.",
])
def test_a_clock_time_stays_no_amount(sentence: str) -> None:
    assert not any(q.text in ("6.45", "9.30", "16.45", "11.15") for q in find_quantities(sentence))


@pytest.mark.parametrize(("sentence", "expected"), [
    ("The watchdog fined Brennvik AB 17 million euros for the leak.", [("17 million euros", 17e6, "EUR")]),
    ("Regulators ordered Halcyon 3.5 billion dollars in refunds.", [("3.5 billion dollars", 3.5e9, "USD")]),
    ("The court fined the carrier 12 million Danish crowns on Tuesday.", [("12 million Danish crowns", 12e6, "DKK")]),
    ("Shares worth 80 million Norwegian crowns changed hands.", [("80 million Norwegian crowns", 80e6, "NOK")]),
])
def test_an_amount_after_a_name_and_crowns_as_money(sentence: str, expected: list[object]) -> None:
    assert read(sentence) == expected


def test_crowns_without_a_country_are_money_only_with_a_magnitude() -> None:
    assert read("The insurer put aside more than 90 million crowns for claims.") == \
        [("more than 90 million crowns", 90e6, "crowns")]
    assert read("The mare has won three crowns this season.") == [("three", 3.0, None)]


@pytest.mark.parametrize(("sentence", "named"), [
    ("Flights on the Airbus A320 resumed on Monday.", "320"),
    ("Reviewers praised the Pixel 9 camera.", "9"),
    ("Fans queued for the Boeing 787 Dreamliner tour.", "787"),
])
def test_a_model_name_stays_no_amount(sentence: str, named: str) -> None:
    assert not any(q.text.endswith(named) for q in find_quantities(sentence))


@pytest.mark.usefixtures("_parser")
@pytest.mark.parametrize(("text", "figure", "value"), [
    ("Second night of clashes in Dunmore after the shooting of a cyclist", "Second", 2),
    ("Looters hit shops on Elm Avenue, the second night of disorder since the verdict, police said.", "second", 2),
    ("Unrest spreads to fourth night as curfew is ignored", "fourth", 4),
    ("The mayor called in the state police after a third night of rioting in the harbour district.", "third", 3),
    ("Vigils were held for a 5th night outside the embassy.", "5th", 5),
])
def test_an_ordinal_of_nights_is_how_many_nights_it_has_lasted(text: str, figure: str, value: int) -> None:
    claim = parsed_claims.by_number(text)[figure]
    assert (claim.measure, claim.unit, claim.value) == ("duration", "nights", value)


@pytest.mark.usefixtures("_parser")
@pytest.mark.parametrize(("text", "figure"), [
    ("On the fourth day of the trial the jury heard from the widow.", "fourth"),
    ("The second round of talks opened in Geneva.", "second"),
    ("Police carried out a second night-time raid on the camp.", "second"),
])
def test_days_rounds_and_a_single_night_are_no_run_of_nights(text: str, figure: str) -> None:
    claim = parsed_claims.by_number(text).get(figure)
    assert claim is None or claim.unit != "nights"
