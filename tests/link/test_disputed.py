"""Figures that disagree although time and rounding would reconcile them (link/disputed.py)."""

from __future__ import annotations

import dataclasses

import pytest

from storyline.link.disputed import against, disputes, rough_apart
from storyline.link.reconcile import reconcile
from storyline.model import Article, Claim
from tests.link.made_claims import claim, things


def placed(c: Claim) -> Claim:
    """The claim with its figure's offset in its sentence."""
    return dataclasses.replace(c, number_start=c.text.index(c.number_text))


@pytest.mark.parametrize("text, number_text", [
    ("The nurses' union said 31 wards had closed, more than the ministry's count of 24.", "31"),
    ("The charity said about 900 families had lost power, a higher figure than the utility's own estimate.",
     "about 900"),
    ("Rangers found 14 nests, fewer than the 20 the survey had listed.", "14"),
    ("Six boats were lost, the harbour master said, contradicting the coastguard's earlier tally.", "Six"),
])
def test_a_figure_set_against_another_count(text: str, number_text: str) -> None:
    assert against(placed(things("a:1", number_text, 1, text, "items")))


@pytest.mark.parametrize("text, number_text", [
    # a comparison with another year, another place or a capacity is not a count of the same thing disputed
    ("Some 40 wards closed, more than in any winter since the hospital opened.", "Some 40"),
    ("The hall held 700 guests, below its licensed capacity of 900.", "700"),
    ("Eleven boats were lost, more than the storm of 1987 sank.", "Eleven"),
    ("The battery lasts 12 hours, two more than the 14-inch model's.", "12"),
    # the words before the figure are another figure's
    ("More than the ministry's count of 24, the union said, though only 31 wards closed.", "31"),
])
def test_other_comparisons_are_no_dispute(text: str, number_text: str) -> None:
    assert not against(placed(things("a:1", number_text, 1, text, "items")))


def test_disputes_reads_any_claim() -> None:
    calm = placed(things("a:1", "12", 12, "Twelve schools shut, 12 in all.", "schools"))
    set_against = placed(things("b:1", "15", 15, "Parents counted 15 schools, more than the council's tally.",
                                "schools"))
    assert disputes([calm, set_against]) and not disputes([calm])


@pytest.mark.parametrize("first, second, apart", [
    (4000, 5200, True),   # "about 4,000" and "roughly 5,200": 23% apart, each outlet rounds its own figure
    (4000, 4400, False),  # within one rough figure's slack
    (4000, 4000, False),
])
def test_two_rough_figures(first: float, second: float, apart: bool) -> None:
    a = things("a:1", f"about {first:,.0f}", first, "About ... fans came.", "fans", qualifier="about")
    b = things("b:1", f"roughly {second:,.0f}", second, "Roughly ... fans came.", "fans", qualifier="about")
    assert rough_apart(a, b) is apart


def test_a_rough_figure_beside_a_told_one_is_left_to_the_judge() -> None:
    a = things("a:1", "about 4,000", 4000, "About 4,000 fans came.", "fans", qualifier="about")
    b = things("b:1", "4,500", 4500, "4,500 fans came.", "fans")
    assert not rough_apart(a, b)


def _article(aid: str, day: str, *claims: Claim) -> Article:
    return Article(id=aid, source=f"{aid}.txt", format="txt", text=f"{aid}: an account of the ferry strike.",
                   published=day, outlet=aid, claims=claims)


@pytest.mark.parametrize("later, assessment", [
    ("The sailors' union said 19 crossings were cancelled, more than the operator's count of 12.", "conflicting"),
    ("By Thursday 19 crossings had been cancelled, the operator said.", "evolving"),
])
def test_a_later_higher_count_told_against_the_first_is_a_dispute(later: str, assessment: str) -> None:
    first = placed(things("a:1", "12", 12, "The operator said 12 crossings were cancelled on Tuesday.",
                          "crossings"))
    second = placed(things("b:1", "19", 19, later, "crossings"))
    facts = reconcile([_article("a", "2025-06-03", first), _article("b", "2025-06-05", second)], story="s")
    [fact] = [f for f in facts if {"a:1", "b:1"} <= set(f.claims)]
    assert fact.assessment == assessment


@pytest.mark.parametrize("second, assessment", [(52000, "conflicting"), (41000, "consistent")])
def test_the_table_reads_two_rough_crowds_far_apart_as_a_conflict(second: float, assessment: str) -> None:
    a = claim("a:1", "about 38,000", 38000, "Organisers said about 38,000 people attended the rally.",
              qualifier="about", role="participants")
    b = claim("b:1", f"roughly {second:,.0f}", second, f"A crowd of roughly {second:,.0f} people attended the rally.",
              qualifier="about", role="participants")
    facts = reconcile([_article("a", "2025-06-03", a), _article("b", "2025-06-03", b)], story="s")
    [fact] = [f for f in facts if {"a:1", "b:1"} <= set(f.claims)]
    assert fact.assessment == assessment
