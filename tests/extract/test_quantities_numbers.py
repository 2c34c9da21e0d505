"""The number model (issue 18, fifth pass): compounds, fractions, powers and signs, on sentences written here."""

from __future__ import annotations

import pytest

from storyline.extract.quantities import find_quantities, parse_number


def read(sentence: str) -> list[tuple[object, str | None]]:
    """(value, unit) of each amount; a range gives (low, high) as its value."""
    out: list[tuple[object, str | None]] = []
    for q in find_quantities(sentence):
        unit = "%" if q.percent else q.currency or q.unit
        value = q.value if q.value is not None else (q.low, q.high)
        out.append((round(value, 9) if isinstance(value, float) else value, unit))
    return out


@pytest.mark.parametrize(("sentence", "expected"), [
    ("The village raised 7 thousand 4 hundred and 15 pounds for the roof.", [(7415, "GBP")]),
    ("Officials counted 2 hundred and one ballots twice.", [(201, None)]),
    ("The fund lent 3 crore and fifty thousand rupees.", [(30_050_000, "INR")]),
    ("Workers packed five hundred and three dozen eggs.", [(536, None)]),
    ("The stadium holds a hundred thousand fans.", [(100_000, None)]),
    ("Hundred thousand dollars went missing from the vault.", [(100_000, "USD")]),
    ("The camp held 9000 people and 6 hundred and 40 more arrived.", [(9000, None), (640, None)]),
])
def test_digits_and_scale_words_make_one_number(sentence: str, expected: list[tuple[float, str | None]]) -> None:
    assert read(sentence) == expected


def test_scale_of_the_low_end_does_not_swallow_a_larger_high_end() -> None:
    assert read("The hall seats between 2 hundred and 350 guests.") == [((200, 350), None)]
    assert read("Profits were between 4 million and 5 last year.") == [((4e6, 5e6), None)]


@pytest.mark.parametrize(("sentence", "value"), [
    ("The chip switches in a billionth of a second.", 1e-9),
    ("Each grain weighs a thousandth.", 0.001),
    ("The error is a millionth.", 1e-6),
])
def test_large_ordinals_are_fractions(sentence: str, value: float) -> None:
    [q] = find_quantities(sentence)
    assert q.value == pytest.approx(value)


def test_small_ordinals_after_a_stay_people() -> None:
    assert read("The attack left a dozen dead and wounded a fifth.") == [(12, None)]


@pytest.mark.parametrize(("sentence", "value"), [
    ("The chance of that is 1 over 4.", 0.25),
    ("He wrote the odds as two over nine.", 2 / 9),
    ("The slope came out at minus three over 8.", -0.375),
])
def test_over_as_a_fraction(sentence: str, value: float) -> None:
    [q] = find_quantities(sentence)
    assert q.value == pytest.approx(value)


@pytest.mark.parametrize("sentence", [
    "She plans to save $5000 over 4 years.",
    "Prices rose in 2014 over 5.",
    "He finished three over par.",
])
def test_over_before_a_noun_or_after_a_year_is_no_fraction(sentence: str) -> None:
    assert all(q.value is None or q.value >= 1 for q in find_quantities(sentence))


@pytest.mark.parametrize(("text", "value"), [
    ("2.5e4", 25_000), ("3e-2", 0.03), ("4.1x10^5", 410_000), ("7×10^-3", 0.007), ("3^4", 81),
    ("2^-2", 0.25),
])
def test_scientific_notation(text: str, value: float) -> None:
    assert parse_number(text) == pytest.approx(value)
    [q] = find_quantities(f"The model gives {text} for it.")
    assert q.value == pytest.approx(value)


def test_hex_code_is_no_power() -> None:
    assert find_quantities("ref a12f - 30e4 - b77c") == []


@pytest.mark.parametrize(("sentence", "expected"), [
    ("He served 3-1/2 years of a 6-year term.", [(3.5, "year"), (6, "year")]),
    ("Add 1  3/4 cups of flour.", [(1.75, "cup")]),
])
def test_whole_and_fraction(sentence: str, expected: list[tuple[float, str]]) -> None:
    assert read(sentence) == expected


def test_dozens_abbreviated() -> None:
    assert read("The order was 4 dzs of roses.") == [(48, None)]


def test_signed_power() -> None:
    assert read("The reading fell to -2.5e-3 overnight.") == [(-0.0025, None)]


# ---- classes the ECB+ news sets showed (sentences written here)

@pytest.mark.parametrize("sentence", [
    "The suspect, Carl Ochoa Jr., 52, was held without bail.",
    "Police named the victim as Lena Maria Voss, 33.",
    "Tom Reyes, 27 and from Leeds, was charged on Monday.",
])
def test_age_after_a_name_in_more_shapes(sentence: str) -> None:
    [q] = find_quantities(sentence)
    assert (q.value, q.unit, q.age) in ((52, "year", True), (33, "year", True), (27, "year", True))


def test_number_after_a_place_at_sentence_end_is_no_age() -> None:
    [q] = find_quantities("The toll rose overnight in Paris, 40.")
    assert q.unit is None


@pytest.mark.parametrize("sentence", [
    "The hearing resumes at 10 a. m. on Friday.",
    "Crews left the scene around 4 p. m.",
    "Residents of the 1200 block of Pine Avenue heard shots.",
    "Anyone with information should call 800-555-0142 at once.",
    "Tips can be left with the desk (555-0147).",
    "Call 866-TIPS-NOW with information.",
    "The fight was one-sided from the opening bell.",
    "Hackers used a zero-day flaw in the browser.",
])
def test_not_amounts(sentence: str) -> None:
    assert find_quantities(sentence) == []


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Volunteers rebuilt half-a-dozen homes.", [(6, None)]),
    ("At least a half - dozen boats sank.", [(6, None)]),
    ("He got 20 years and half of the fine back.", [(20, "year"), (0.5, "share")]),
    ("The turbine spins at 3600rpm.", [(3600, "rpm")]),
    ("The cluster reaches 40 teraflops.", [(40, "TFLOPS")]),
])
def test_news_amounts(sentence: str, expected: list[tuple[float, str | None]]) -> None:
    assert read(sentence) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Margins could widen 12% to 14% next year.", [((12, 14), "%")]),
    ("Repairs may take four or five weeks.", [((4, 5), "week")]),
    ("Only 2 or 3 boats left the harbour.", [((2, 3), None)]),
    ("Turnover rose 8% to 450 shops.", [(8, "%"), (450, None)]),
    ("He put it at 7 or 5 at most.", [(7, None), (5, None)]),
])
def test_percent_and_or_ranges(sentence: str, expected: list[tuple[object, str | None]]) -> None:
    assert read(sentence) == expected


def test_spaced_decimal_before_a_comma() -> None:
    assert read("Shares closed at $14. 35, down a little.") == [(14.35, "USD")]


@pytest.mark.parametrize(("sentence", "left"), [
    ("The Hawks beat the Rams, 27-20, on Sunday.", []),
    ("HAWKS EDGE BULLS, 98 - 97, IN OVERTIME", []),
    ("The challenger improved to 31 - 2 (28 KOs).", [28]),
    ("The Owls are 6 - 5 on the road this year.", []),
    ("The Owls fell to 3-9 after the defeat.", []),
    ("It was a 91-73 drubbing of the visitors.", []),
    ("The jury was split 10-2 after a day.", []),
])
def test_scores_and_records(sentence: str, left: list[float]) -> None:
    assert [q.value for q in find_quantities(sentence)] == left


@pytest.mark.parametrize(("sentence", "expected"), [
    ("In Paris, 20-30 people gathered.", [((20, 30), None)]),
    ("Prices fell to 5-10 dollars a share.", [((5, 10), "USD")]),
])
def test_ranges_near_score_words_stay_ranges(sentence: str, expected: list[tuple[object, str | None]]) -> None:
    assert read(sentence) == expected


def test_telephone_number_with_country_code() -> None:
    assert find_quantities("Reach the office on +44-20-7946-0018 today.") == []


@pytest.mark.parametrize(("sentence", "expected"), [
    ("The coach is a 40 mn drive from town.", [(40, "minute")]),
    ("The match lasted 1 h 35 mn in all.", [(35, "minute")]),
    ("It ended after 95 mn of play.", [(95, "minute")]),
    ("The lender wrote off 30 mn euros.", [(30e6, "EUR")]),
    ("Some 3 mn people voted.", [(3e6, None)]),
    ("The bank raised Rs 80 mn last week.", [(80e6, "INR")]),
])
def test_mn_is_minutes_only_near_a_length_of_time(sentence: str, expected: list[tuple[float, str | None]]) -> None:
    assert read(sentence) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    ("The club offered $18MM over five years.", [(18e6, "USD"), (5, "year")]),
    ("Bids came in at $90 - 95MM.", [((90e6, 95e6), "USD")]),
    ("They paid 3mil SEK for it.", [(3e6, "SEK")]),
    ("The fund closed at 25M.", [(25e6, None)]),
    ("The drill bit is 6mm wide.", [(6, "mm")]),
])
def test_suffixed_scales(sentence: str, expected: list[tuple[object, str | None]]) -> None:
    assert read(sentence) == expected


def test_model_name_with_a_scale_letter_stays_out() -> None:
    assert find_quantities("It runs on a 7400M graphics chip.") == []


@pytest.mark.parametrize(("sentence", "expected"), [
    ("See questions 4,7,12,15 of the form.", [(4, None), (7, None), (12, None), (15, None)]),
    ("The hall sold 2,345,678 tickets.", [(2_345_678, None)]),
    ("The bill was Rs 4,56,789.", [(456_789, "INR")]),
])
def test_lists_against_grouped_numbers(sentence: str, expected: list[tuple[float, str | None]]) -> None:
    assert read(sentence) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    ("The estate lost three quarters of a million pounds.", [(750_000, "GBP")]),
    ("The gauge read nought point four.", [(0.4, None)]),
    ("Sales may surpass 500 units.", [(500, None)]),
])
def test_more_word_forms(sentence: str, expected: list[tuple[float, str | None]]) -> None:
    assert read(sentence) == expected


def test_nought_alone_is_no_count() -> None:
    assert find_quantities("All their work came to nought.") == []


@pytest.mark.parametrize(("sentence", "expected"), [
    ("They counted 4 hundred and 5 hundred on two days.", [(400, None), (500, None), (2, "day")]),
    ("The city has 2 million 400 thousand residents.", [(2_400_000, None)]),
])
def test_mixed_scales_fall_as_they_go(sentence: str, expected: list[tuple[float, str | None]]) -> None:
    assert read(sentence) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    ("He ended the year with a.291 average.", [(0.291, None)]),
    ("Tests showed the level was.12 at the time.", [(0.12, None)]),
    ("Storage grew from 8GB to 16GB this year.", [((8, 16), "GB")]),
])
def test_glued_decimals_and_units_on_both_ends(sentence: str, expected: list[tuple[object, str | None]]) -> None:
    assert read(sentence) == expected


@pytest.mark.parametrize("sentence", [
    "He carried a.38 - caliber pistol.",
    "The form is in No.12 of the series.",
    "Users should move from Thunderbird 2.0 to the new release.",
    "Updated: 2014. 03. 09 at noon",
])
def test_calibres_versions_and_dates_are_no_amounts(sentence: str) -> None:
    assert find_quantities(sentence) == []


def test_a_magnitude_in_a_title_case_headline_stays_an_amount() -> None:
    assert read("Quake Of Magnitude 5.8 Hits Coast") == [(5.8, None)]
