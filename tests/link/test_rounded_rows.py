"""One figure told exactly by one outlet and rounded by another (link/rounded_rows.py); the rows joined on it
are tested with kindred_rows."""

from __future__ import annotations

from storyline.link.rounded_rows import rounded_as
from storyline.model import Claim
from tests.link.made_claims import claim


def _share(cid: str, number_text: str, value: float, text: str, qualifier: str = "exact") -> Claim:
    return claim(cid, number_text, value, text, measure="percent", unit="percent", counted=None, role="other",
                 qualifier=qualifier)


HALL = claim("a:c1", "2,386", 2386, "The recital drew an audience of 2,386, the hall's largest this season.",
             qualifier="exact")
ROUGH_HALL = claim("b:c1", "about 2,400", 2400, "An audience of about 2,400 heard the closing night.",
                   qualifier="about")


def test_an_exact_count_rounds_to_a_rough_one_at_its_last_digit() -> None:
    assert rounded_as(HALL, ROUGH_HALL)
    assert not rounded_as(ROUGH_HALL, HALL)  # the rough one is never the exact one


def test_a_share_under_nearly_and_over_more_than() -> None:
    exact = _share("a:c1", "71.6%", 71.6, "Members backed the offer by 71.6% in the ballot.")
    nearly = _share("b:c1", "nearly 72%", 72, "Nearly 72% of members backed the offer.", qualifier="almost")
    over = _share("b:c1", "more than 72%", 72, "More than 72% of members backed the offer.", qualifier="more_than")
    assert rounded_as(exact, nearly)
    assert not rounded_as(exact, over)  # 71.6 is not more than 72


def test_figures_that_round_apart_stay_apart() -> None:
    far = claim("a:c1", "2,460", 2460, "The recital drew an audience of 2,460.", qualifier="exact")
    halfway = claim("a:c1", "2,450", 2450, "The recital drew an audience of 2,450.", qualifier="exact")
    assert not rounded_as(far, ROUGH_HALL)
    assert not rounded_as(halfway, ROUGH_HALL)


def test_one_digit_told_is_too_wide_a_band() -> None:
    rough = claim("b:c1", "about 60", 60, "Some 60 volunteers turned out, organisers said.", qualifier="about")
    exact = claim("a:c1", "57", 57, "Another 57 people signed the petition at the gate.", qualifier="exact")
    assert not rounded_as(exact, rough)


def test_a_figure_in_words_and_two_rough_figures_are_not_an_exact_and_its_rounding() -> None:
    words = _share("a:c1", "two-thirds", 66.7, "Two-thirds of shareholders must approve the sale.")
    rough = _share("b:c1", "about 67%", 67, "About 67% of the price is paid in cash.", qualifier="about")
    other_rough = claim("a:c1", "roughly 2,380", 2380, "Roughly 2,380 came.", qualifier="about")
    assert not rounded_as(words, rough)
    assert not rounded_as(other_rough, ROUGH_HALL)


def test_a_rough_figure_told_to_a_decimal_place() -> None:
    exact = claim("a:c1", "3.46 million", 3_460_000, "The fund raised 3.46 million euros by Friday.",
                  measure="money", unit="EUR", counted=None, qualifier="exact")
    rough = claim("b:c1", "about 3.5 million", 3_500_000, "The fund has about 3.5 million euros.", measure="money",
                  unit="EUR", counted=None, qualifier="about")
    assert rounded_as(exact, rough)
