"""Rival estimates of one quantity told in one article ("the union said about 640 pilots joined; the airline put the
number of striking pilots at 585") are one row whose figures conflict, not two quantities an article tells apart;
two counts one article tells apart without an estimate's words stay two rows. On sentences written for these tests
with the real parse."""

from __future__ import annotations

import pytest

from storyline.extract import nlp
from storyline.link.reconcile import reconcile
from tests.extract.read_claims import read_all


@pytest.fixture(scope="module", autouse=True)
def _parser() -> None:
    nlp.setup()


def _rows(texts: list[str], noun: str) -> list[list[str]]:
    facts = reconcile(read_all(texts), story="s")
    return [sorted(f.claims) for f in facts if noun in f.label]


def test_a_rival_count_put_at_a_figure_is_the_same_row() -> None:
    texts = ["The pilots' union said about 640 pilots had joined the strike on Monday. The airline put the number of "
             "striking pilots at 480, saying some were on leave.",
             "About 640 pilots walked out on Monday, the union said.",
             "The airline said 480 pilots were on strike."]
    facts = reconcile(read_all(texts), story="s")
    rows = [f for f in facts if "pilots" in f.label]
    assert len(rows) == 1, [(f.label, f.claims) for f in rows]
    assert rows[0].assessment == "conflicting"


def test_an_estimate_of_a_figure_and_a_not_join_their_rival() -> None:
    texts = ["Satellite data put the burned area at 4,300 hectares on Thursday, well above the fire service's own "
             "latest estimate of 3,000 hectares.",
             "The fire service said 3,000 hectares had burned.",
             "About 4,300 hectares have burned, according to satellite data."]
    assert len(_rows(texts, "hectares")) == 1, _rows(texts, "hectares")


def test_two_counts_told_apart_without_an_estimate_stay_two_rows() -> None:
    texts = ["Police said six rifles were seized in the raid on Monday, and 14 rifles have been seized in five raids "
             "this month.",
             "Six rifles were seized in Monday's raid, police said.",
             "Police have seized 14 rifles in five raids this month."]
    assert len(_rows(texts, "rifles")) == 2, _rows(texts, "rifles")
