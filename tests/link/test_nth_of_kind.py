"""Figures inside a phrase ranking something as the Nth of its kind over a span, on sentences written for
these tests: left out when every report of a row stands in such a phrase; kept when the figure stands
outside it, when the ordinal ranks within the figure ("the second of three days"), or when the phrase's
noun is no span."""

from __future__ import annotations

from storyline.link.nth_of_kind import only_ranked, ranked_span
from storyline.model import Claim


def claim(cid: str, number_text: str, value: float, text: str, *, measure: str = "duration",
          unit: str | None = "weeks") -> Claim:
    return Claim(id=cid, article=cid.split(":")[0], start=0, end=len(text), text=text, number_text=number_text,
                 value=value, low=value, high=value, qualifier="exact", unit=unit, measure=measure, subject=None,
                 subject_group="mixed", location="Valland", as_of=None, attributed_to=None, counted=unit,
                 role="objects")


def test_the_span_of_an_nth_event_is_ranked() -> None:
    assert ranked_span(claim("a:1", "five", 5, "The raid was the fourth on a border post in five weeks."))
    assert ranked_span(claim("b:1", "eight", 8, "It was the third such blaze in the valley in eight months, "
                                                "officials said.", unit="months"))


def test_a_figure_inside_the_ranked_phrase_is_ranked() -> None:
    text = "It was her second 40-point night of the season, and came a week after she scored 12 against Ostby."
    assert ranked_span(claim("a:1", "40", 40, text, measure="count", unit="points"))
    text = "The mayor won her 3rd two-year term in a decade."
    assert ranked_span(claim("b:1", "two", 2, text, unit="years"))


def test_a_figure_after_the_phrase_is_not_ranked() -> None:
    text = "It was her second 40-point night of the season, and came a week after she scored 12 against Ostby."
    assert not ranked_span(claim("a:1", "12", 12, text, measure="count", unit="points"))
    text = "The storm, the fifth to hit the coast this year, destroyed 300 homes."
    assert not ranked_span(claim("b:1", "300", 300, text, measure="count", unit="homes"))


def test_an_ordinal_of_the_figure_ranks_nothing() -> None:
    assert not ranked_span(claim("a:1", "four", 4, "The town marked the second of four days of mourning.",
                                 unit="days"))
    assert not ranked_span(claim("b:1", "a second day", 2, "The strike entered a second day of the week.",
                                 unit="days"))


def test_a_phrase_whose_noun_is_no_span_is_not_ranked() -> None:
    assert not ranked_span(claim("a:1", "60", 60, "It is the third 60-day extension of the permit.",
                                 unit="days"))
    text = "The club lost for the sixth time in the last eight matches and fell to 3-9 at home this year."
    assert not ranked_span(claim("b:1", "3-9", 0, text, measure="count", unit="record"))


def test_a_row_is_left_out_only_when_every_report_is_ranked() -> None:
    ranked = claim("a:1", "five", 5, "The raid was the fourth on a border post in five weeks.")
    again = claim("b:1", "five", 5, "Officials said it was the fourth raid on the frontier in five weeks.")
    plain = claim("c:1", "five", 5, "The border post has been shut for five weeks.")
    by_id = {c.id: c for c in (ranked, again, plain)}
    assert only_ranked(("a:1", "b:1"), by_id)
    assert not only_ranked(("a:1", "c:1"), by_id)
    assert not only_ranked((), by_id)
