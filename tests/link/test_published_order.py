"""A toll that rises by its figures' dates but falls by its articles' days is no update (link/published_order.py)."""

from __future__ import annotations

import dataclasses

from storyline.link.published_order import fell_by_publication
from storyline.link.reconcile import _Report, reconcile
from storyline.model import Article, Claim
from tests.link.made_claims import claim, report


def told(c: Claim, *, day: str, when: str | None = None) -> _Report:
    """A claim's report: its article published on ``day``, its figure dated ``when`` (else that day)."""
    return dataclasses.replace(report(c), when=when or day, day=day)


HURT_14 = claim("a:1", "14", 14, "The fire brigade said 14 firefighters were hurt.", measure="injured")
HURT_9 = claim("b:1", "nine", 9, "The city said nine firefighters were hurt in Friday's blaze.", measure="injured")
HURT_20 = claim("c:1", "20", 20, "Twenty firefighters have now been treated, the city said.", measure="injured")


def test_a_smaller_figure_published_later_fell() -> None:
    # nine is dated Friday, the day of the blaze, but its article came out after the one that gave 14
    assert fell_by_publication([told(HURT_14, day="2025-08-02"), told(HURT_9, day="2025-08-03", when="2025-08-01")])


def test_a_larger_figure_published_later_did_not_fall() -> None:
    assert not fell_by_publication([told(HURT_9, day="2025-08-02"), told(HURT_20, day="2025-08-03")])


def test_one_day_or_no_days_say_nothing() -> None:
    assert not fell_by_publication([told(HURT_14, day="2025-08-02"), told(HURT_9, day="2025-08-02")])
    assert not fell_by_publication([report(HURT_14), report(HURT_9)])


def _article(aid: str, day: str, *claims: Claim) -> Article:
    return Article(id=aid, source=f"{aid}.txt", format="txt", text=f"{aid}: an account of the warehouse fire.",
                   published=day, outlet=aid, claims=claims)


def _hurt(cid: str, number_text: str, value: float, text: str, as_of: str | None = None) -> Claim:
    return dataclasses.replace(claim(cid, number_text, value, text, measure="injured", counted="firefighters"),
                               as_of=as_of)


def test_the_table_calls_a_later_smaller_figure_a_dispute() -> None:
    first = _hurt("a:1", "14", 14, "The fire brigade said 14 firefighters were hurt.")
    later = _hurt("b:1", "nine", 9, "The city said nine firefighters were hurt in Friday's blaze.", as_of="2025-08-01")
    facts = reconcile([_article("a", "2025-08-02", first), _article("b", "2025-08-03", later)], story="s")
    [fact] = [f for f in facts if {"a:1", "b:1"} <= set(f.claims)]
    assert fact.assessment == "conflicting"


def test_the_table_keeps_a_toll_that_rose() -> None:
    first = _hurt("a:1", "nine", 9, "The city said nine firefighters were hurt.")
    later = _hurt("b:1", "14", 14, "The fire brigade said 14 firefighters were hurt.")
    facts = reconcile([_article("a", "2025-08-02", first), _article("b", "2025-08-03", later)], story="s")
    [fact] = [f for f in facts if {"a:1", "b:1"} <= set(f.claims)]
    assert fact.assessment == "evolving"
