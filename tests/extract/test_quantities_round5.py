"""Number classes that unseen real news (outlets of all kinds) showed wrong in round 5 (issue 18), on
sentences written here."""

from __future__ import annotations

import pytest

from storyline.extract.quantities import find_quantities


def read(sentence: str) -> list[tuple[object, str | None]]:
    """(value, unit) of each amount; a range gives (low, high) as its value."""
    out: list[tuple[object, str | None]] = []
    for q in find_quantities(sentence):
        unit = "%" if q.percent else q.currency or q.unit
        out.append((q.value if q.value is not None else (q.low, q.high), unit))
    return out


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Bus Crash Kills 7, Injures 19", [(7, None), (19, None)]),
    ("Storm Leaves 40 Dead Across Region", [(40, None)]),
    ("Factory Fire Destroys 12 Homes", [(12, None)]),
    ("Blast Hospitalises 3 Workers", [(3, None)]),
])
def test_headline_verbs_are_no_names(sentence: str, expected: list[tuple[object, str | None]]) -> None:
    assert read(sentence) == expected


@pytest.mark.parametrize("sentence", [
    "Witnesses said she came home about 8 or 9 the next morning.",
    "The shop opens at 7 in the morning and closes at 11 at night.",
    "He phoned her at six this evening.",
])
def test_hours_told_with_the_part_of_the_day_are_clock_times(sentence: str) -> None:
    assert read(sentence) == []


def test_a_count_before_a_part_of_the_day_that_names_a_thing_stays() -> None:
    assert read("Officers detained 14 in the morning raids.") == [(14, None)]


@pytest.mark.parametrize(("sentence", "expected"), [
    ("The premiere was seen by 4. 2m, the broadcaster said.", [(4.2e6, None)]),
    ("Her debut single sold 1.3m.", [(1.3e6, None)]),
    ("The new mast stands 85m.", [(85, "m")]),
    ("She won gold in the 400m.", [(400, "m")]),
])
def test_m_at_the_end_of_a_clause(sentence: str, expected: list[tuple[object, str | None]]) -> None:
    assert read(sentence) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    ("The board expects between three to five bids.", [((3, 5), None)]),
    ("Rents rose by 4 to 6 percent.", [((4, 6), "%")]),
    ("The order was cut by 20 to 95 aircraft.", [(20, None), (95, None)]),
    ("She won by six-and-a-half lengths.", [(6.5, None)]),
])
def test_ranges_and_changes(sentence: str, expected: list[tuple[object, str | None]]) -> None:
    assert read(sentence) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    ("The carrier flies about 250 737 Max jets.", [(250, None)]),
    ("It ordered 12 777-9 jets and 40 A350s.", [(12, None), (40, None)]),
    ("Shares were priced at 61 Hong Kong dollars each.", [(61, "HKD")]),
    ("A crowd of 12 000 people gathered.", [(12000, None)]),
])
def test_model_numbers_and_spaced_thousands(sentence: str, expected: list[tuple[object, str | None]]) -> None:
    assert read(sentence) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    ('Both sides called it a "stage two" agreement.', []),
    ("The deal went ahead in round three of the talks.", []),
    ("He was injured in week 9 against Denver.", []),
    ("They met in the final game three weeks ago.", [(3, "week")]),
    ("Alarm fatigue is common among nurses [3].", []),
    ("It was founded in 1867 by two brothers.", [(2, None)]),
    ("The monastery stands 1650 metres above the valley.", [(1650, "m")]),
])
def test_labels_footnotes_and_old_years(sentence: str, expected: list[tuple[object, str | None]]) -> None:
    assert read(sentence) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    ("The ten-year note yielded 2.417% on Friday.", [(10, "year"), (2.417, "%")]),
    ("The coupe makes 382 horsepower and 398 lb-ft of torque.", [(382, "hp"), (398, "lb-ft")]),
    ("Its diesel gives 140 PS and 320 Nm.", [(140, "hp"), (320, "Nm")]),
    ("The hybrid returns 54 miles per gallon.", [(54, "mpg")]),
])
def test_percent_decimals_and_engine_units(sentence: str, expected: list[tuple[object, str | None]]) -> None:
    assert read(sentence) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Her brother plays in the Big East for the Huskies.", []),
    ("The game ships with the Xbox One version and two controllers.", [(2, None)]),
    ("They reached the Final Four in March.", []),
    ("Storm Kills Three In Texas", [(3, None)]),
    ("Two firefighters were hurt.", [(2, None)]),
])
def test_capitalised_number_words_in_names(sentence: str, expected: list[tuple[object, str | None]]) -> None:
    assert read(sentence) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    ("The Tigers (7-3, 2-4) host the Owls on Friday.", []),
    ("Police found a .38-caliber revolver and two knives.", [(2, None)]),
    ("3. Who pays for the bridge?", []),
    ("Viewers can watch in 4K resolution for $15 a month.", [(15, "USD")]),
    ("The spokesman, 57, said the plant would close.", [(57, "year")]),
    ("It was the worst attack since the July 7, 2005 bombings in London.", []),
])
def test_records_calibres_list_items_resolutions_ages_dates(sentence: str,
                                                            expected: list[tuple[object, str | None]]) -> None:
    assert read(sentence) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    ("For details ring 03-5550-1234 or write to PO Box 2210.", []),
    ("I'm 81 and I still drive.", [(81, "year")]),
    ("Tickets for the Paris 2024 opening ceremony sold out.", []),
    ("The agency spent it in fiscal year 2018 alone.", []),
    ("Analysts expect 14.2 million sales.", [(14.2e6, None)]),
    ("The mill shipped 1950 crates last month.", [(1950, None)]),
])
def test_phones_ages_named_years_and_scaled_decimals(sentence: str,
                                                     expected: list[tuple[object, str | None]]) -> None:
    assert read(sentence) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    ("The brick has a 45W port and the kettle draws 2 kilowatt hours.", [(45, "W"), (2, "kWh")]),
    ("Turnout in the 2018 midterms beat the 2014 elections.", []),
    ("The firm hired 2000 engineers.", [(2000, None)]),
])
def test_watts_and_years_of_events(sentence: str, expected: list[tuple[object, str | None]]) -> None:
    assert read(sentence) == expected


@pytest.mark.parametrize(("sentence", "value"), [
    ("four thirty-sevenths", 4 / 37),
    ("two forty-firsts of the vote", 2 / 41),
    ("seventy and one and two ninths", 71 + 2 / 9),
    ("three hundred and six tenths", 300.6),  # the fraction after "and" is below one: a whole and a part
    ("one hundred forty-ninths", 100 / 49),
    ("five seventy-thirds", 5 / 73),
    ("a thousand billionths", 1e-6),
    ("one one thousand third", 1 / 1003),
])
def test_spelled_fractions_with_compound_ordinals(sentence: str, value: float) -> None:
    [q] = find_quantities(sentence)
    assert q.value == pytest.approx(value)


@pytest.mark.parametrize("sentence", [
    "Born in the twenty-first century, she marks her forty-fifth year on stage.",
    "The town held its one hundred third fair.",
    "The museum welcomed its two millionth visitor.",
])
def test_spelled_compound_ordinals_are_no_counts(sentence: str) -> None:
    assert read(sentence) == []


@pytest.mark.parametrize(("sentence", "expected"), [
    ("The hearing lasted an hour and a half.", [(1.5, "hour")]),
    ("She moved away more than a year and a half ago.", [(1.5, "year")]),
    ("Stir in a cup and a half of stock.", [(1.5, "cup")]),
    ("Recovery takes two-to-four weeks.", [((2, 4), "week")]),
    ("Analysts expect a 3-to-6 percent gain.", [((3, 6), "%")]),
])
def test_and_a_half_of_a_unit_and_hyphenated_ranges(sentence: str,
                                                    expected: list[tuple[object, str | None]]) -> None:
    assert read(sentence) == expected
