"""The one number parser, on phrasings from many kinds of news."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from storyline.extract.quantities import find_quantities, parse_number


def only(sentence: str):
    found = find_quantities(sentence)
    assert len(found) == 1, [q.text for q in found]
    return found[0]


@pytest.mark.parametrize(("sentence", "text", "value", "low", "high", "qualifier"), [
    ("Almost 12,000 homes lost power overnight.", "Almost 12,000", 12000, None, 12000, "almost"),
    ("More than 3 thousand workers joined the strike.", "More than 3 thousand", 3000, 3000, None, "more_than"),
    ("At least 47 passengers were rescued.", "At least 47", 47, 47, None, "at_least"),
    ("Roughly 250 firefighters battled the blaze.", "Roughly 250", 250, None, None, "about"),
    ("Up to 40 cm of snow is expected.", "Up to 40", 40, None, 40, "up_to"),
    ("Tickets cost 50–65 euros each.", "50–65 euros", None, 50, 65, "range"),
    ("Between 200 and 300 people marched.", "Between 200 and 300", None, 200, 300, "range"),
    ("Officials counted nineteen bodies.", "nineteen", 19, 19, 19, "exact"),
    ("The fund lost $1.2 billion.", "$1.2 billion", 1.2e9, 1.2e9, 1.2e9, "exact"),
    ("Die Polizei nahm 1.234 Personen fest.", "1.234", 1234, 1234, 1234, "exact"),
    ("Il y a eu 4 000 arrestations.", "4 000", 4000, 4000, 4000, "exact"),
    ("About a hundred volunteers came.", "About a hundred", 100, None, None, "about"),
    ("Unemployment rose to 7.5% in May.", "7.5%", 7.5, 7.5, 7.5, "exact"),
])
def test_amounts(sentence, text, value, low, high, qualifier) -> None:
    q = only(sentence)
    assert (q.text, q.value, q.low, q.high, q.qualifier) == (text, value, low, high, qualifier)


@pytest.mark.parametrize(("sentence", "words"), [
    ("Dozens of shops were looted.", "Dozens"), ("Several hundred fans waited.", "Several hundred"),
    ("Tens of thousands rallied in the capital.", "Tens of thousands"),
    ("A number of roads are closed.", "A number of"),
])
def test_vague_amounts_have_no_value(sentence, words) -> None:
    q = only(sentence)
    assert (q.text, q.value, q.low, q.high, q.qualifier) == (words, None, None, None, "vague")


def test_currency_conversion_in_brackets_is_its_own_amount() -> None:
    found = find_quantities("Bread now costs 120 rubles ($1.30) a loaf.")
    assert [(q.text, q.currency) for q in found] == [("120 rubles", "RUB"), ("$1.30", "USD")]


def test_multipliers_and_elapsed_days() -> None:
    assert [(q.text, q.value) for q in find_quantities("Rents saw a threefold rise on the tenth day of the strike.")] \
        == [("threefold", 3.0), ("tenth day", 10.0)]


@pytest.mark.parametrize("sentence", [
    "The law was passed in 2019.", "Polls close at 20:00 local time.", "The meeting is on 14 March.",
    "Talks resume on March 14, 2025.", "Under Article 5 of the treaty, allies must help.", "See note (1) below.",
    "The second square was calm.", "The curfew runs from 23.00 to 7.00.",
])
def test_not_amounts(sentence) -> None:
    assert find_quantities(sentence) == []


@given(st.integers(min_value=0, max_value=10**9))
def test_thousands_separators_round_trip(n: int) -> None:
    for sep in (",", " ", "."):
        written = f"{n:,}".replace(",", sep)
        assert parse_number(written) == n


@pytest.mark.parametrize(("sentence", "amounts"), [
    ("Nearly 2m people were displaced.", [("Nearly 2m", 2e6)]),
    ("Revenue hit $3.5bn and 40k jobs went.", [("$3.5bn", 3.5e9), ("40k", 4e4)]),
    ("Covid-19 cases rose to 1,200.", [("1,200", 1200)]),
    ("Two F-35 jets were grounded.", [("Two", 2)]),
    ("On 9/11, 2,977 people died.", [("2,977", 2977)]),
    ("Inflation fell to 2.1 per cent from 2.4 per cent.", [("2.1 per cent", 2.1), ("2.4 per cent", 2.4)]),
])
def test_news_shorthand_and_names_with_numbers(sentence, amounts) -> None:
    assert [(q.text, q.value) for q in find_quantities(sentence)] == amounts


def test_metres_in_a_compound_are_not_millions() -> None:
    assert [(q.text, q.value) for q in find_quantities("A 2m-high wall")] == [("2", 2.0)]


def test_text_detokenised_with_spaces_after_marks_reads_the_number() -> None:
    from storyline.extract.quantities import find_quantities

    def read(sentence: str) -> list[tuple[str, float | None]]:
        return [(q.text, q.value) for q in find_quantities(sentence)]

    assert read("The wave killed about 170, 000 people.") == [("about 170, 000", 170000.0)]
    assert read("A 5. 9 magnitude tremor shook the island.") == [("5. 9", 5.9)]
    assert read("Raiders took $3. 4 million in gems.") == [("$3. 4 million", 3400000.0)]
    assert read("In 2011, 300 homes were lost.") == [("300", 300.0)]
