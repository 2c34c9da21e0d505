"""Number classes that real news showed wrong (issue 18, second pass), on sentences written here."""

from __future__ import annotations

import pytest

from storyline.extract.quantities import find_quantities


def read(sentence: str) -> list[tuple[float | None, str | None]]:
    """(value, unit) of each amount; a range gives (low, high) as its value."""
    out: list[tuple[float | None, str | None]] = []
    for q in find_quantities(sentence):
        unit = "%" if q.percent else q.currency or q.unit
        out.append((q.value if q.value is not None else (q.low, q.high), unit))  # type: ignore[arg-type]
    return out


@pytest.mark.parametrize(("sentence", "expected"), [
    ("The inquiry took three weeks and the jury sat for six hours.", [(3, "week"), (6, "hour")]),
    ("Rescuers reached the boat 40 minutes later.", [(40, "minute")]),
    ("She signed a four-year deal worth $12 million.", [(4, "year"), (12e6, "USD")]),
    ("He ended a 12 - year career at the club.", [(12, "year")]),
    ("The referee stopped the bout 50 seconds into the round.", [(50, "second")]),
])
def test_durations_carry_their_unit(sentence: str, expected: list[tuple[float, str]]) -> None:
    assert read(sentence) == expected


@pytest.mark.parametrize("sentence", [
    "Coach Marta Lind, 58, said the side was tired.",
    "The driver, identified as Omar Haddad, 41 was taken to hospital.",
])
def test_age_after_a_name(sentence: str) -> None:
    [q] = find_quantities(sentence)
    assert (q.unit, q.age) == ("year", True)


def test_duration_is_not_an_age() -> None:
    [q] = find_quantities("The lease runs for 15 years.")
    assert (q.value, q.unit, q.age) == (15, "year", False)


@pytest.mark.parametrize(("sentence", "expected"), [
    ("The 14 - and 16 - inch laptops ship in May.", [(14, "in"), (16, "in")]),
    ("He ran for 131 rushing yards and caught 9 passes.", [(131, "yd"), (9, None)]),
    ("The chip runs at 3. 2GHz with a 6. 1\" display.", [(3.2, "GHz"), (6.1, "in")]),
    ("The phone has a 12 megapixel camera.", [(12, "megapixel")]),
    ("The summit lies three-tenths of a mile away.", [(0.3, "mi")]),
    ("The search lasted half an hour, then a half-day more.", [(0.5, "hour"), (0.5, "day")]),
    ("The hearing ran two and a half hours.", [(2.5, "hour")]),
])
def test_units_written_apart_or_shared(sentence: str, expected: list[tuple[float, str | None]]) -> None:
    got = read(sentence)
    assert [u for _, u in got] == [u for _, u in expected]
    assert [v for v, _ in got] == pytest.approx([v for v, _ in expected])


@pytest.mark.parametrize("sentence", [
    "It was his 14th title and the club's 103rd season.",  # ordinals
    "The 49ers signed a deal to carry 5G and 4G phones with a 9600M chip.",  # letters against the number
    "The vote closed at 7: 45 PM local time.",  # a clock written with a spaced colon
    "He played in the '94 and ’02 finals.",  # years written short
    "The Hawks (12-3) beat the Owls 104-96 on Sunday.",  # a record and a score
    "He finished with a 61 - 21 record after a 2-7 start.",
    "Rivera (31-2-1) stopped Okafor in the ninth.",  # a boxing record, draws included
    "The teams were tied at 17-17 late on.",
    "The Nokia Lumia 920 features a bigger screen.",  # a name of two words before the number
    "Both ports support USB 3.1 transfers.",  # a version after a name
    "The carrier flew a 777 Freighter to Doha.",  # a model number before a name
    "See https://example.org/report?id=2045&page=30%20 for the data.",  # a web address
])
def test_not_quantities(sentence: str) -> None:
    assert find_quantities(sentence) == []


@pytest.mark.parametrize(("sentence", "expected"), [
    ("He retired in 1998 as the top scorer.", []),  # a year, "as" is no plural noun
    ("The 2012 Olympics drew 10,000 athletes.", [(10000, None)]),
    ("Police held 2000 protesters overnight.", [(2000, None)]),
])
def test_years_before_words(sentence: str, expected: list[tuple[float, str | None]]) -> None:
    assert read(sentence) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    ("He went 8-for-15 and 3-of-4 from the line.", [8, 15, 3, 4]),
    ("The bundle costs $149. 99 after the rebate.", [149.99]),
    ("He posted a (. 615) winning mark.", [0.615]),
    ("Readings fell to minus six percent.", [-6]),
    ("The card offers 0% APR for a year.", [0]),
])
def test_numbers_as_news_writes_them(sentence: str, expected: list[float]) -> None:
    assert [v for v, _ in read(sentence)] == pytest.approx(expected)


@pytest.mark.parametrize(("sentence", "expected"), [
    ("The club paid 2,500 Swiss francs and 300 million Mexican pesos.", [(2500, "CHF"), (300e6, "MXN")]),
    ("The lender wrote off C $ 45 million and HK $ 2.3 billion.", [(45e6, "CAD"), (2.3e9, "HKD")]),
    ("The board declared an 18-cent dividend.", [(18, "cent")]),
    ("Shares ended two pennies higher.", [(2, "pence")]),
    ("Write-downs above 12 MEUR were booked, against 40 USD million a year ago.", [(12e6, "EUR"), (40e6, "USD")]),
    ("The estate sold for half a million dollars.", [(5e5, "USD")]),
])
def test_money_named_in_more_ways(sentence: str, expected: list[tuple[float, str]]) -> None:
    got = read(sentence)
    assert [u for _, u in got] == [u for _, u in expected]
    assert [v for v, _ in got] == pytest.approx([v for v, _ in expected])


@pytest.mark.parametrize(("sentence", "value"), [
    ("The suspect is described as 5 feet 9 inches tall.", 5.75),
    ("The team signed a 6-foot-4 forward.", 6 + 4 / 12),
])
def test_feet_and_inches_are_one_height(sentence: str, value: float) -> None:
    [q] = find_quantities(sentence)
    assert (q.value, q.unit) == (pytest.approx(value), "ft")


@pytest.mark.parametrize(("sentence", "unit"), [
    ("Temperatures climbed to 41C in the south.", "°C"),
    ("Forecasters expect highs near 102F on Friday.", "°F"),
    ("On Monday the mercury reached 46.1C.", "°C"),  # the mercury tells of the weather too
])
def test_temperature_letters_in_weather(sentence: str, unit: str) -> None:
    assert [u for _, u in read(sentence)] == [unit]


@pytest.mark.parametrize("sentence", [
    "The firm sold 600,000 F-Series trucks.",
    "Its 13F report was filed late.",
])
def test_temperature_letters_elsewhere(sentence: str) -> None:
    assert "°F" not in [u for _, u in read(sentence)]


def test_vague_amounts_carry_their_implied_range() -> None:
    [q] = find_quantities("Several hundred families fled the floods.")
    assert (q.qualifier, q.low, q.high, q.implied) == ("vague", None, None, (200, 999))


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Forty or more workers were trapped.", ("at_least", 40, None)),
    ("Clinics saw 12 or fewer patients a day.", ("up_to", None, 12)),
    ("Inflation stayed greater than 3 percent.", ("more_than", 3, None)),
    ("Bids must be less than or equal to 900 dollars.", ("up_to", None, 900)),
    ("Rooms 14 through 19 were sealed off.", ("range", 14, 19)),
])
def test_open_and_closed_ranges(sentence: str, expected: tuple[str, float | None, float | None]) -> None:
    [q] = find_quantities(sentence)
    assert (q.qualifier, q.low, q.high) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Thieves escaped with gems in a 3 mn - euro raid on a Nice boutique.", [(3e6, "EUR")]),
    ("The club agreed a 45mn euro fee for the striker.", [(45e6, "EUR")]),
    ("The lender set aside Rs 120 mn for bad loans.", [(120e6, "INR")]),
    ("She bought a 10 - dollar ticket at the gate.", [(10, "USD")]),
    ("The court fined the bank dollar 14.5 million.", [(14.5e6, "USD")]),
    ("Investors lost pounds 7,200 each.", [(7200, "GBP")]),
    ("The state owes rupees 900 crore to farmers.", [(9e9, "INR")]),
])
def test_money_abbreviated_or_named_first(sentence: str, expected: list[tuple[float, str]]) -> None:
    assert [(q.value, q.currency) for q in find_quantities(sentence)] == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    ("The dollar rose 0.4 percent against the yen.", [(0.4, None)]),  # a market move, not money
    ("The wrestler weighs 240 pounds 6 ounces.", [(240, "lb"), (6, "oz")]),  # weight, not money
    ("Lisbon hosted Euro 2004 and Portugal reached the final.", []),
])
def test_currency_word_before_a_number_only_when_it_names_money(
        sentence: str, expected: list[tuple[float, str | None]]) -> None:
    assert [(q.value, q.currency or q.unit) for q in find_quantities(sentence)] == expected


@pytest.mark.parametrize("sentence", [
    "Neighbours made a 999 call when smoke poured from the flat.",
    "A passer-by dialled 999 and started CPR.",
    "The 911 dispatcher kept her on the line.",
    "Records show three 911 calls from the house that night.",
    "Tourists should ring 112, the European emergency number.",
    "Residents can call 101 to report the damage.",
])
def test_emergency_numbers_are_not_counts(sentence: str) -> None:
    assert [q.value for q in find_quantities(sentence) if q.value in (999, 911, 112, 101)] == []


@pytest.mark.parametrize(("sentence", "value"), [
    ("He rang the helpline 112 times in a month.", 112),
    ("Police detained 101 protesters.", 101),
    ("Nearly 999 homes lost power.", 999),
])
def test_the_same_numbers_as_counts(sentence: str, value: float) -> None:
    assert value in [q.value for q in find_quantities(sentence)]


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Overnight the thermometer dropped to - 18 degrees.", [(-18, "°")]),
    ("Lows of - 7 °C are forecast for the valley.", [(-7, "°C")]),
    ("Forecasters expect 15 - 25 degrees by noon.", [(None, "°")]),  # a range, not a minus
])
def test_minus_written_with_a_space(sentence: str, expected: list[tuple[float | None, str]]) -> None:
    assert [(q.value, q.unit) for q in find_quantities(sentence)] == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    ("The state set aside Rs 2.4 lakh crore for roads.", [(2.4e12, "INR")]),
    ("Farm loans of four lakh crore rupees were waived.", [(4e12, "INR")]),
    ("Banks wrote off Rs 12 thousand crore last year.", [(1.2e11, "INR")]),
    ("The scheme pays Rs 6 lakh to each family.", [(6e5, "INR")]),
    ("Its value fell to 850 crore rupees.", [(8.5e9, "INR")]),
])
def test_two_scales_stacked(sentence: str, expected: list[tuple[float, str]]) -> None:
    assert [(q.value, q.currency) for q in find_quantities(sentence)] == expected


def test_a_range_of_stacked_scales() -> None:
    [q] = find_quantities("Losses were put at 1 to 1.5 lakh crore.")
    assert (q.low, q.high) == (1e12, 1.5e12)
