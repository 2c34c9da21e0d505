"""Amounts with units (issue 18, third pass): classes the Recognizers specs showed missing, on
sentences written here."""

from __future__ import annotations

import pytest

from storyline.extract.quantities import find_quantities


def read(sentence: str) -> list[tuple[float | None, str | None]]:
    """(value, unit) of each amount: the currency, "%" or the unit of measure."""
    return [(q.value, "%" if q.percent else q.currency or q.unit) for q in find_quantities(sentence)]


@pytest.mark.parametrize(("sentence", "expected"), [
    ("The ticket cost 4 dollars 75 cents.", [(4.75, "USD")]),
    ("A pint cost three pounds twenty.", [(3.2, "GBP")]),
    ("She paid $2 and 40 cents for the stamp.", [(2.4, "USD")]),
    ("The fee rose to 12 euros and 30 cents.", [(12.3, "EUR")]),
    ("The ferry is 9 USD 50.", [(9.5, "USD")]),
])
def test_whole_units_and_cents_are_one_amount(sentence: str, expected: list[tuple[float, str]]) -> None:
    got = read(sentence)
    assert [u for _, u in got] == [u for _, u in expected]
    assert [v for v, _ in got] == pytest.approx([v for v, _ in expected])


@pytest.mark.parametrize(("sentence", "expected"), [
    ("The fine was 5 pounds 20 years ago.", [(5, "GBP"), (20, "year")]),  # a number with its own noun
    ("He paid $15 and 50 people came.", [(15, "USD"), (50, None)]),
    ("They paid $15 and 50.", [(15, "USD"), (50, None)]),  # a sign before: only "cents" joins them
])
def test_a_number_after_money_is_not_its_cents(sentence: str, expected: list[tuple[float, str | None]]) -> None:
    assert read(sentence) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    ("The loan was ₦250,000.", [(250_000, "NGN")]),
    ("Tickets sell for ₱1,500 each.", [(1_500, "PHP")]),
    ("The reward is 50,000 ₭.", [(50_000, "LAK")]),
    ("The mug cost 30元.", [(30, "CNY")]),
    ("The fund held ₿1,200.", [(1_200, "BTC")]),
    ("He wired aud$ 40 and Mex$ 25 million.", [(40, "AUD"), (25e6, "MXN")]),
    ("He sent 300 cad and 200 rmb.", [(300, "CAD"), (200, "CNY")]),
    ("He sent rmb 500 to his sister.", [(500, "CNY")]),
    ("Prices: 40 rmb 15 usd", [(40, "CNY"), (15, "USD")]),  # a code after one amount, not before the next
    ("Try 10 times before you stop.", [(10, None)]),  # "try" is a word, not the lira's code
    ("Voters backed 49 Sen. Ames bills.", [(49, None)]),  # a senator, not sen (hundredths of a yen)
    ("The bill reached 3 satoshis.", [(3, "satoshi")]),
    # the currencies of African and South Asian news, and the taka's code
    ("The ministry pays Tk 2 lakh, or 200,000 taka, to each family.", [(200_000, "BDT"), (200_000, "BDT")]),
    ("Damage reached 1.5 billion shillings and 50 million kwacha.", [(1.5e9, "shilling"), (50e6, "kwacha")]),
    ("He paid 300 cedis and 40 dinars.", [(300, "GHS"), (40, "dinar")]),
    ("Talk to Tk Maxx staff: 40 of them.", [(40, None)]),  # "Tk" before a name is no taka
    # and of Latin American, Central Asian and other news
    ("Police seized 240,000 reais in cash and tickets sold at 15 soles each.", [(240_000, "BRL"), (15, "PEN")]),
    ("The fine was 2 million kroner, the grant 3 million pula.", [(2e6, "krone"), (3e6, "BWP")]),
])
def test_currency_signs_and_codes(sentence: str, expected: list[tuple[float, str | None]]) -> None:
    assert read(sentence) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    ("The farmer received Rs 3,45,000 in aid.", [(345_000, "INR")]),
    ("The hospital owes 12,50,000.50 rupees.", [(1_250_000.5, "INR")]),
    ("Stocks of 1,234,567 tonnes and 3,456 tonnes.", [(1_234_567, "t"), (3_456, "t")]),
])
def test_lakh_grouping(sentence: str, expected: list[tuple[float, str]]) -> None:
    assert read(sentence) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Add ¾ cup of flour.", [(0.75, "cup")]),
    ("The trial lasted 3½ weeks.", [(3.5, "week")]),
    ("Only ⅓ of the seats were filled.", [(1 / 3, None)]),
])
def test_vulgar_fractions(sentence: str, expected: list[tuple[float, str | None]]) -> None:
    got = read(sentence)
    assert [u for _, u in got] == [u for _, u in expected]
    assert [v for v, _ in got] == pytest.approx([v for v, _ in expected])


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Temperatures reached 41 degrees in Seville.", [(41, "°")]),
    ("The thermostat was set to 68°.", [(68, "°")]),
    ("Water boiled at 100° Celsius.", [(100, "°C")]),
    ("Keep the oven at 180 deg. for 40 minutes.", [(180, "°"), (40, "minute")]),
    ("The ramp is tilted 30 degrees.", [(30, "deg")]),  # an angle
    ("The pilot made a 90° turn.", [(90, "deg")]),
])
def test_degrees_of_heat_and_of_angle(sentence: str, expected: list[tuple[float, str]]) -> None:
    assert read(sentence) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Maximum load: 250 (kg).", [(250, "kg")]),
    ("Pressure 8 [bar] and weight 12 [kg]", [(8, None), (12, "kg")]),
    ("A 40t truck blocked the road.", [(40, "t")]),
    ("Part 5521 L-330 was replaced.", [(5521, None)]),  # a part code, not litres
    ("The blade is 6 \" long.", [(6, "in")]),
    ("Samples held 12.5 microgrammes per litre.", [(12.5, "µg")]),
    ("They walked that one mile together.", [(1, "mi")]),
    ("The wheel made a half turn.", [(0.5, "turn")]),
    ("A 34 yo woman was admitted.", [(34, "year")]),
])
def test_units_written_in_other_ways(sentence: str, expected: list[tuple[float, str | None]]) -> None:
    assert read(sentence) == expected


def test_code_before_a_hyphen_is_no_amount() -> None:
    assert read("The unit xk9-221m failed.") == []


def bounds(sentence: str) -> list[tuple[str, float | None, float | None]]:
    return [(q.qualifier, q.low, q.high) for q in find_quantities(sentence)]


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Turnout was more than 40 and under 55 percent.", [("range", 40, 55)]),
    ("The crowd was above 2,000 but below 3,000.", [("range", 2_000, 3_000)]),
    ("Keep it at most 8 and at least 3 hours a day.", [("range", 3, 8)]),
    ("Marks greater than 60 and less than or equal to 75 pass.", [("range", 60, 75)]),
    # not one range: a second verb between them, or the bounds the wrong way round
    ("Police arrested more than 20 and injured fewer than 50.", [("more_than", 20, None), ("almost", None, 50)]),
    ("More than 70 and less than 30 cannot both hold.", [("more_than", 70, None), ("almost", None, 30)]),
])
def test_two_bounds_make_one_range(sentence: str, expected: list[tuple[str, float | None, float | None]]) -> None:
    assert bounds(sentence) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Only values >40 count.", [("more_than", 40, None)]),
    ("Only values >= 40 count.", [("at_least", 40, None)]),
    ("Readings ≤ 12 are safe.", [("up_to", None, 12)]),
    ("Readings < = -5 froze.", [("up_to", None, -5)]),
    ("The limit was bigger or equal than 18.", [("at_least", 18, None)]),
    ("Pay was smaller or equal than 900 dollars.", [("up_to", None, 900)]),
    ("The deal was worth about five hundred or more.", [("at_least", 500, None)]),
    ("Bids from 5k-20k were taken.", [("range", 5_000, 20_000)]),
    ("The index fell to negative three.", [("exact", -3, -3)]),
])
def test_comparisons_written_as_signs_or_words(sentence: str,
                                               expected: list[tuple[str, float | None, float | None]]) -> None:
    assert bounds(sentence) == expected


def test_a_model_length_is_still_metres() -> None:
    assert read("A 9m-long boat capsized.") == [(9, "m")]


def values(sentence: str) -> list[float | None]:
    return [q.value for q in find_quantities(sentence)]


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Some 4,000 people, two thirds of them women, marched.", [4_000, 2 / 3]),
    ("Turnout fell by three fifths.", [0.6]),
    ("The levy was cut by one - fourth.", [0.25]),
    ("Prices rose by one fifth.", [0.2]),
    ("The window was open three - fourths the way.", [0.75]),
    ("The fund grew to five and a half million.", [5.5e6]),
    ("The estate was worth a million and a half.", [1.5e6]),
    ("The grant came to 2 billion and a quarter million.", [2_000_250_000]),
    ("Attendance reached 4 million and a quarter.", [4_250_000]),
    ("The plank was one hundred and three quarters inches.", [100.75]),
    ("The river rose two and a third feet.", [2 + 1 / 3]),
    ("Inflation was four point seven percent.", [4.7]),
    ("Sales hit one point two million units.", [1.2e6]),
    ("The estate was valued at one billion and a half million.", [1_000_500_000]),
    ("The reading was two hundred point zero five.", [200.05]),
    ("The debt reached $1.3tn and exports 40 bln.", [1.3e12, 4e10]),
    ("They baked 4 dozens of rolls.", [48]),
    ("A quarter million people signed.", [250_000]),
])
def test_fractions_decimals_and_scales_in_words(sentence: str, expected: list[float]) -> None:
    assert values(sentence) == pytest.approx(expected)


@pytest.mark.parametrize(("sentence", "expected"), [
    ("She won a third straight title.", []),  # an ordinal before a noun, not a share
    ("Profits rose in the past three quarters.", [3]),  # quarters of a year
    ("Sales fell in the first two quarters of the year.", [2]),
    ("In three quarters of cases the test failed.", [0.75]),
    ("At one point five people were hurt.", []),  # not 1.5
    ("He shot two guards and wounded a third.", [2]),  # a third person
    ("The visitors led for three quarters, then faded.", [3]),  # periods of a game
    ("He starred for 2 1/2 quarters.", [2.5]),
])
def test_fraction_words_that_are_not_fractions(sentence: str, expected: list[float]) -> None:
    assert values(sentence) == pytest.approx(expected)


@pytest.mark.parametrize(("sentence", "expected"), [
    ("One in five adults smokes.", [(0.2, "share")]),
    ("Nearly two in five homes lost power.", [(0.4, "share")]),
    ("As many as 1 in 500 users were exposed.", [(0.002, "share")]),
    ("Three out of four doctors agreed.", [(0.75, "share")]),
    ("He was one in 2010.", []),  # a year, not a share
    ("She ran 1 in 10 minutes.", [(1, None), (10, "minute")]),
])
def test_one_in_five_is_a_share(sentence: str, expected: list[tuple[float, str | None]]) -> None:
    got = [(q.value if q.value is not None else q.high, q.unit) for q in find_quantities(sentence)]
    assert [u for _, u in got] == [u for _, u in expected]
    assert [v for v, _ in got] == pytest.approx([v for v, _ in expected])


def test_a_fraction_keeps_its_percent_and_its_range() -> None:
    [pct] = find_quantities("Output rose four point seven percent.")
    assert (pct.value, pct.percent) == (4.7, True)
    [span] = find_quantities("The drive takes two and a half to three hours.")
    assert (span.low, span.high, span.unit) == (2.5, 3, "hour")
