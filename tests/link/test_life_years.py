"""A year that dates a birth, a founding or a work's title in brackets leaves a figure of another clause the story's
own (sentences written for these tests; the story is of 2024)."""

from __future__ import annotations

from storyline.link import reconcile as rec
from storyline.link.life_years import apart
from tests.link.test_corroborated import art, figure


def other_year(number_text: str, value: float, text: str, *, counted: str, measure: str = "count") -> bool:
    claim = apart(figure("a:c1", number_text, value, text, counted=counted, measure=measure))
    return rec._other_year(claim, art("a", claim), 2024)


def test_a_birth_or_founding_in_a_clause_of_its_own_leaves_the_figure_undated() -> None:
    assert not other_year("40", 40, "Born in 1931 in Dundee, she wrote 40 novels and two plays.", counted="novels")
    assert not other_year("nine", 9, "Born on 3 May 1940 in Cork, he spent half a century at sea and sailed nine "
                          "ships.", counted="ships")
    assert not other_year("2,300", 2300, "The firm, founded in 1998, now employs 2,300 people.", counted="people")
    assert not other_year("$45 million", 45e6, "The start-up was founded in 2011 and has raised $45 million.",
                          counted="dollars", measure="money")
    assert not other_year("five", 5, "She was born Ann Mae Lee on July 9, 1929 in Leeds, the eldest of five "
                          "daughters.", counted="daughters")


def test_a_year_in_brackets_after_a_title_dates_the_title() -> None:
    assert not other_year("two", 2, "She won two awards, most of all for her part in Winter Roads (1984).",
                          counted="awards")
    assert not other_year("3 million", 3e6, "Her novels Salt Wind (1972) and The Quay (1979) sold 3 million copies.",
                          counted="copies")


def test_a_year_that_dates_the_figure_itself_still_does() -> None:
    # a founding year in the figure's own clause: the size at the founding
    assert other_year("12", 12, "The club was founded in 1998 with 12 members.", counted="members")
    # an ordinary year of another event, whatever else the sentence says
    assert other_year("230,000", 230000, "The 2004 tsunami killed 230,000 people.", counted="people")
    assert other_year("$3 million", 3e6, "Voters in 2009 approved a $3 million bond, the founder said.",
                      counted="dollars", measure="money")
    # a year in brackets that follows no title
    assert other_year("400", 400, "The flood killed 400 people (1953).", counted="people")


def test_no_year_of_another_kind_leaves_the_claim_as_it_is() -> None:
    claim = figure("a:c1", "80", 80, "In 2019 the yard built 80 boats.", counted="boats")
    assert apart(claim) is claim


def test_a_career_told_by_a_verb_of_extent_is_the_persons_own_span() -> None:
    def long(number_text: str, value: float, text: str, unit: str) -> bool:
        return rec._long(figure("a:c1", number_text, value, text, counted=unit, measure="duration", unit=unit))

    assert not long("more than five", 5, "The singer, whose career spanned more than five decades, died on Sunday.",
                    "decades")
    assert not long("almost 40", 40, "In a career that stretched across almost 40 years, she sang 60 roles.", "years")
    assert not long("14", 14, "His tenure lasted 14 years, the board said.", "years")
    # a history of something else, or a career named with no verb of its length: still long
    assert long("three", 3, "The dispute has spanned three decades, the court heard.", "decades")
    assert long("20", 20, "Her career began 20 years ago in Lyon.", "years")
    assert long("30", 30, "The bridge lasted 30 years before its first repair.", "years")


def test_the_month_of_a_birth_date_is_blanked_with_its_year() -> None:
    text = "Born on 14 March 1937 in Perth, he wrote 40 songs and three plays."
    claim = figure("a:c1", "40", 40, text, counted="songs")
    assert rec._other_time(claim, {6}, elsewhere=True)  # the month read alone would date the songs
    assert not rec._other_time(apart(claim), {6}, elsewhere=True)
    assert "March" not in apart(claim).text and "Perth" in apart(claim).text


def test_a_year_after_a_perfects_tally_dates_another_clause() -> None:
    assert not other_year("four", 4, "She has won the title four times and retired from racing in 2011.",
                          counted="times")
    assert not other_year("more than 30", 30, "He has directed more than 30 plays, including one staged in 1988.",
                          counted="plays")
    # a simple past, a year that starts a span to now or a perfect that governs a clause of its own: still dated
    assert other_year("four", 4, "She won the title four times and retired from racing in 2011.", counted="times")
    assert other_year("9,000", 9000, "The agency has estimated that 9,000 homes flooded in 2017.", counted="homes")
