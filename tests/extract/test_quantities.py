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


def amounts(sentence: str) -> list[tuple]:
    return [(q.text, q.value, q.low, q.high, q.currency, q.unit) for q in find_quantities(sentence)]


@pytest.mark.parametrize(("sentence", "expected"), [
    # "one" as a count, fractions and halves
    ("One firefighter was hurt and one engine lost.", [("One", 1.0, 1.0, 1.0, None, None),
                                                         ("one", 1.0, 1.0, 1.0, None, None)]),
    ("A third of the ballots were spoiled.", [("A third", 1 / 3, 1 / 3, 1 / 3, None, "share")]),
    ("Two-thirds of the members backed the plan.", [("Two-thirds", 2 / 3, 2 / 3, 2 / 3, None, "share")]),
    ("Half the shops stayed shut.", [("Half", 0.5, 0.5, 0.5, None, "share")]),
    ("Nearly half a million tickets sold.", [("Nearly half a million", 5e5, None, 5e5, None, None)]),
    ("The trial lasted two and a half weeks.", [("two and a half", 2.5, 2.5, 2.5, None, "week")]),
])
def test_one_fractions_and_halves(sentence, expected) -> None:
    assert amounts(sentence) == expected


@pytest.mark.parametrize(("sentence", "text", "value", "currency"), [
    ("The stake was valued at 2.875 billion euros.", "2.875 billion euros", 2.875e9, "EUR"),
    ("The shares closed at $1.1396.", "$1.1396", 1.1396, "USD"),
    ("The insurer paid out $7.3b last year.", "$7.3b", 7.3e9, "USD"),
    ("It sold the mall for HK$12.6m.", "HK$12.6m", 12.6e6, "HKD"),
    ("The grant is worth AUD2.4m.", "AUD2.4m", 2.4e6, "AUD"),
    ("Lunch costs RM14.90 at the stall.", "RM14.90", 14.9, "MYR"),
    ("The club spent £45m on the striker.", "£45m", 45e6, "GBP"),
    ("The loan is C$300 million.", "C$300 million", 3e8, "CAD"),
    ("He bought 40 million Canadian dollars of bonds.", "40 million Canadian dollars", 4e7, "CAD"),
    ("Sales reached twenty-eight thousand six hundred forty-two units.",
     "twenty-eight thousand six hundred forty-two", 28642.0, None),
    ("They counted one hundred and six boats.", "one hundred and six", 106.0, None),
])
def test_scale_decimals_suffixes_and_codes(sentence, text, value, currency) -> None:
    q = only(sentence)
    assert (q.text, q.currency) == (text, currency)
    assert q.value == pytest.approx(value)


def test_a_range_gives_its_scale_back_only_to_a_smaller_written_number() -> None:
    assert amounts("Homes sell for $800,000 to $1.3 million.") == [
        ("$800,000 to $1.3 million", None, 8e5, 1.3e6, "USD", None)]
    assert amounts("The fire destroyed 2 to 3 million trees.") == [("2 to 3 million", None, 2e6, 3e6, None, None)]


def test_a_falling_figure_from_one_value_to_another_is_one_range() -> None:
    q = only("Joblessness eased from 6.2 to 5.9 percent.")
    assert (q.qualifier, q.low, q.high, q.percent) == ("range", 5.9, 6.2, True)


@pytest.mark.parametrize(("sentence", "value", "unit"), [
    ("At night it drops to minus-40 degrees Celsius.", -40.0, "°C"),
    ("The quarterback was sacked for a loss of -7 yards.", -7.0, "yd"),
    ("Lake water was 18C on Sunday.", 18.0, "°C"),
    ("The lorry was doing 95 km/h when it crashed.", 95.0, "km/h"),
    ("The suspect weighed 208 pounds.", 208.0, "lb"),
    ("The bridge spans 1,200 feet.", 1200.0, "ft"),
    ("The girl, now seven years old, was found safe.", 7.0, "year"),
    ("A 44-year-old man was arrested.", 44.0, "year"),
])
def test_negative_numbers_and_units_of_measure(sentence, value, unit) -> None:
    q = only(sentence)
    assert (q.value, q.unit, q.currency) == (value, unit, None)


def test_metres_written_against_the_number_are_not_millions() -> None:
    assert [(q.value, q.unit) for q in find_quantities("The dam is 37m (121ft) high.")] == [(37.0, "m"), (121.0, "ft")]


def test_pounds_of_money_stay_money() -> None:
    assert [(q.value, q.currency) for q in find_quantities("He was fined 500 pounds.")] == [(500.0, "GBP")]
    assert [(q.value, q.currency) for q in find_quantities("The deal is worth 3 million pounds.")] == [(3e6, "GBP")]


def test_a_range_between_amounts_with_units_is_one_range() -> None:
    q = only("The signal sits between 15kHz and 17kHz.")
    assert (q.qualifier, q.low, q.high) == ("range", 15.0, 17.0)


@pytest.mark.parametrize("sentence", [
    "The S&P 500 slipped at the open.", "Traders watched the FTSE 100 closely.",
    "She upgraded to the iPhone 11 in May.",
    "The airline grounded its 787 Dreamliner fleet.", "They won 3-1 in extra time.", "A 2-0 victory sealed the title.",
    "He lives at 221 Baker Street now.", "The office is at 10 Downing Street.",
])
def test_names_scores_and_addresses_are_not_amounts(sentence) -> None:
    assert find_quantities(sentence) == []


@pytest.mark.parametrize("sentence", [
    "No one was hurt.", "One of the guards fled.", "It happened one day in June.", "The only one left was closed.",
])
def test_one_as_a_pronoun_or_article_is_not_a_count(sentence) -> None:
    assert find_quantities(sentence) == []


@pytest.mark.parametrize(("sentence", "value", "currency", "unit"), [
    ("The court froze 35 lakh rupees.", 3.5e6, "INR", None),
    ("The scheme costs Rs 12 crore.", 1.2e8, "INR", None),
    ("A quarter million people fled.", 2.5e5, None, None),
    ("The pipe runs 2 1/2 miles.", 2.5, None, "mi"),
    ("Nearly 3/4 of voters turned out.", 0.75, None, "share"),
    ("Ein Ticket kostet 12 € am Abend.", 12.0, "EUR", None),
])
def test_indian_scales_written_fractions_and_signs_after_the_amount(sentence, value, currency, unit) -> None:
    q = only(sentence)
    assert (q.value, q.currency, q.unit) == (pytest.approx(value), currency, unit)


def test_text_detokenised_with_spaces_after_marks_reads_the_number() -> None:
    from storyline.extract.quantities import find_quantities

    def read(sentence: str) -> list[tuple[str, float | None]]:
        return [(q.text, q.value) for q in find_quantities(sentence)]

    assert read("The wave killed about 170, 000 people.") == [("about 170, 000", 170000.0)]
    assert read("A 5. 9 magnitude tremor shook the island.") == [("5. 9", 5.9)]
    assert read("Raiders took $3. 4 million in gems.") == [("$3. 4 million", 3400000.0)]
    assert read("In 2011, 300 homes were lost.") == [("300", 300.0)]


_GATE_SENTENCES = [
    "Tens of thousands marched while a few hundred stayed home.",
    "The fund paid $USfive hundred to each and 元twelve to the rest.",
    "Roughly a third of the 2,400 voters backed the plan; a dozen abstained.",
    "Temperatures fell to minus ten overnight, nearly ½ a degree below the record.",
    "Between five and six thousand fans came, scores of them from abroad.",
    "He was sentenced to nought point four years, said no one in particular.",
    "Rs 3 lakh crore was set aside, up to 40 percent more than last year.",
    "Nobody counted the numerous stalls, several dozen by one estimate.",
    "Shares rose 5.3% to $12 after a three-fold rise in US$ 4bn of sales.",
]


@pytest.mark.parametrize("sentence", _GATE_SENTENCES)
def test_the_cheap_gate_finds_something_in_every_match(sentence):
    # find_quantities stops searching PATTERN once _MAY_MATCH finds nothing more in the lowered sentence:
    # that is only right if every match of PATTERN holds something _MAY_MATCH finds
    from storyline.extract.quantities import _MAY_MATCH, PATTERN

    lowered = sentence.lower()
    matches = list(PATTERN.finditer(sentence))
    assert matches
    for m in matches:
        hint = _MAY_MATCH.search(lowered, m.start())
        assert hint is not None and hint.start() < m.end(), m.group(0)


def test_a_sentence_with_no_number_gives_nothing():
    assert find_quantities("Nobody knew where the convoy had gone after the storm.") == []


def _top_level_alternatives(pattern: str) -> list[str]:
    out, depth, current = [], 0, ""
    for ch in pattern:
        depth += (ch == "(") - (ch == ")")
        if ch == "|" and depth == 0:
            out.append(current)
            current = ""
        else:
            current += ch
    return [*out, current]


def test_the_first_letters_pattern_tests_before_a_qualifier_or_a_code_are_all_there():
    # PATTERN tries the qualifiers and the currency codes only at a letter one of them can start with
    import re

    from storyline.extract import quantities as q

    for pattern, _ in q.QUALIFIERS:
        for alternative in _top_level_alternatives(pattern):
            assert alternative[0] in q._QUAL_FIRST, alternative
    first = re.search(r"\(\?=\[([^\]]*)\]\)\(\?:\(\?P<code>", q._AMOUNT).group(1)
    words = re.findall(r"[A-Za-z]+", re.sub(r"\\[sdb]|\?-i:", " ", q._CODE))
    assert words and all(w[0].lower() in first for w in words), [w for w in words if w[0].lower() not in first]
    assert "$" in first and all(sign in first for sign in q._SIGNS)


@pytest.mark.parametrize(("sentence", "text"), [
    ("The bill came to US$ 40 for each guest.", "US$ 40"),
    ("Prices start at KZT 5,000 a night.", "KZT 5,000"),
    ("Rs. 12 crore was seized at the border.", "Rs. 12 crore"),
    ("They raised no fewer than 30 tents overnight.", "no fewer than 30"),
    ("In the region of 400 homes lost power.", "In the region of 400"),
    ("Just shy of 20 percent of voters turned out.", "Just shy of 20 percent"),
])
def test_amounts_after_a_code_or_a_qualifier_keep_them(sentence, text):
    assert only(sentence).text == text


def test_a_span_told_in_two_units_is_one_span() -> None:
    from storyline.extract.quantities import find_quantities
    spans = {(q.text, q.value, q.unit) for q in find_quantities("The final lasted three hours and 12 minutes.")}
    assert spans == {("three hours and 12", 192.0, "minute")}
    spans = {(q.text, q.value, q.unit) for q in find_quantities("She was jailed for 4 years, 6 months on Friday.")}
    assert spans == {("4 years, 6", 54.0, "month")}
    # two spans of two things stay two; a larger unit after a smaller one is no compound
    assert len(find_quantities("He waited 20 minutes and then 3 hours more.")) == 2
    assert len(find_quantities("The trial lasted 3 days and the jury took 2 hours.")) == 2


def test_a_game_clock_is_no_span() -> None:
    from storyline.extract.quantities import find_quantities
    assert [q.value for q in find_quantities("The record run took 3 minutes, 40 seconds.")] == [220.0]
    assert [q.value for q in find_quantities("He scored with 2 minutes, 12 seconds remaining.")] == [2.0, 12.0]


def test_currencies_of_eastern_europe_named_after_the_figure() -> None:
    from storyline.extract.quantities import find_quantities
    assert [(q.value, q.currency) for q in find_quantities("The levy will raise 3.1 billion lei a year.")] == \
        [(3_100_000_000.0, "RON")]
    assert [(q.value, q.currency) for q in find_quantities("He was fined 800 leva.")] == [(800.0, "BGN")]


def test_a_sum_with_its_currency_after_is_no_clock_time() -> None:
    # "at 14.20" alone is a time of day; "at 14.20 euros" is a price
    assert [(q.value, q.currency) for q in find_quantities("Shares closed at 14.20 euros on Friday.")] == \
        [(14.2, "EUR")]
    assert [(q.value, q.currency) for q in find_quantities("The bid values each share at 9.45 pounds.")] == \
        [(9.45, "GBP")]
    assert find_quantities("The ferry left at 14.20 and docked at 16.45.") == []


def test_cents_of_a_named_currency_are_cents() -> None:
    assert [(q.value, q.currency) for q in find_quantities("The tax adds about 9 euro cents a litre.")] == \
        [(9.0, "cent")]
    assert [(q.value, q.currency) for q in find_quantities("A stamp costs 85 US cents.")] == [(85.0, "cent")]
    assert [(q.value, q.currency) for q in find_quantities("Fares rose by 60 eurocents.")] == [(60.0, "cent")]
    assert [(q.value, q.currency) for q in find_quantities("He paid 5 euros for it.")] == [(5.0, "EUR")]


def test_shillings_rand_and_naira_written_by_their_abbreviation() -> None:
    found = {q.text: q.currency for t in ("Damage was put at Sh45 million.", "Each family gets Shs5 million.",
                                          "KSh 100,000 per family", "TSh 2 billion was pledged",
                                          "The reward rose to R250,000 from R100,000.", "a reward of R4.5 million",
                                          "it was worth N16.3bn") for q in find_quantities(t)}
    assert found == {"Sh45 million": "shilling", "Shs5 million": "shilling", "KSh 100,000": "KES",
                     "TSh 2 billion": "TZS", "R250,000": "ZAR", "R100,000": "ZAR", "R4.5 million": "ZAR",
                     "N16.3bn": "NGN"}
    # a road, a mask, a model: a letter before a number is no currency unless the number is written as a sum
    for text in ("Police closed the R618 on Sunday.", "Nurses wore N95 masks.", "The R5 model sold out."):
        assert all(q.currency is None for q in find_quantities(text)), text


def test_cedis_kwacha_pesos_and_iso_codes_written_before_the_sum() -> None:
    found = {q.text: q.currency for t in ("Each family will get GH¢20,000.", "a fare of GH₵35 to the city",
                                          "a salary of MK 210,000 a month", "Donors pledged K3.2 million.",
                                          "Losses reached P2.5 billion.", "a bill of PKR 4 billion",
                                          "a fine of PLN 1,200", "Turnover was AED 7.5 million.")
             for q in find_quantities(t)}
    assert found == {"GH¢20,000": "GHS", "GH₵35": "GHS", "MK 210,000": "kwacha", "K3.2 million": "kwacha",
                     "P2.5 billion": "PHP", "PKR 4 billion": "PKR", "PLN 1,200": "PLN", "AED 7.5 million": "AED"}
    # a mountain, a model, a word: no currency unless the letters are a code in capitals before a sum
    for text in ("They reached the K2 summit at 8,611 metres.", "The P40 phone sold out.",
                 "Peel the pen 5 times.", "Cop 28 met in Dubai."):
        assert all(q.currency is None for q in find_quantities(text)), text


def test_crowns_in_the_singular_and_an_accented_plural_are_money() -> None:
    found = {q.text: q.currency for t in ("They took a 30 million krona loan.", "a flat worth 55 million krónur",
                                          "The ticket cost 1 rouble.", "a fine of 9,000 rials",
                                          "a 25-million-krona mortgage")
             for q in find_quantities(t)}
    assert found == {"30 million krona": "krona", "55 million krónur": "krona", "1 rouble": "RUB",
                     "9,000 rials": "rial", "25-million-krona": "krona"}


def test_pence_written_against_the_number() -> None:
    found = {q.text: q.currency for t in ("The dividend was cut to 4.2p.", "Shares rose 3p to 207.9p.",
                                          "A stamp costs 85p")
             for q in find_quantities(t)}
    assert found == {"4.2p": "pence", "3p": "pence", "207.9p": "pence", "85p": "pence"}
    # a screen's lines, a "p" standing apart and a word the scrape split ("8p olice officers") are no pence
    assert all(q.currency is None for t in ("It films in 1080p.", "See page 5 p 7.", "said 8p olice officers died")
               for q in find_quantities(t))


def test_clock_times_told_until_another_are_no_amounts() -> None:
    for text in ("The shop opens 9.30 until 17.45 on weekdays.", "Trains ran 6.15 till 23.40."):
        assert find_quantities(text) == [], text
