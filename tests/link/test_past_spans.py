"""Long durations: a history or a sum's period stays out of the table, the story's own span may reach it
(sentences written for these tests)."""

from __future__ import annotations

from storyline.link.past_spans import history
from storyline.link.reconcile import _base, reconcile
from storyline.model import Claim
from tests.link.made_claims import art, things


def span(cid: str, number_text: str, value: float, text: str, unit: str) -> Claim:
    return things(cid, number_text, value, text, unit, measure="duration", unit=unit)


def past(number_text: str, value: float, text: str, unit: str) -> bool:
    claim = span("a:c1", number_text, value, text, unit)
    return history(claim, size=_base(claim))


def test_time_back_to_an_earlier_moment_is_a_history() -> None:
    for text, number, value, unit in (
            ("Twenty years ago the harbour froze over for a week.", "Twenty", 20, "years"),
            ("The mine had closed three months earlier, the union said.", "three", 3, "months"),
            ("She left the band eight months prior to the tour.", "eight", 8, "months"),
            ("Two decades back, the plant employed 4,000 people.", "Two", 2, "decades")):
        assert past(number, value, text, unit), text


def test_a_span_of_decades_is_a_history() -> None:
    for text, number, value, unit in (
            ("The dam has held back the river for more than four decades.", "more than four", 4, "decades"),
            ("It was the wettest March in 35 years.", "35", 35, "years"),
            ("He ran the cooperative for 12 years before retiring.", "12", 12, "years")):
        assert past(number, value, text, unit), text


def test_the_period_of_a_sum_is_a_term_of_the_sum() -> None:
    for text, number, value, unit in (
            ("The region gets €4.5 billion over five years for new tram lines.", "five", 5, "years"),
            ("Farmers will receive 800 million rand in aid over three years.", "three", 3, "years"),
            ("The lender agreed to extend loans over the next four years.", "four", 4, "years"),
            ("The club pays $90 million over seven years.", "over seven", 7, "years")):
        assert past(number, value, text, unit), text


def test_the_storys_own_spans_are_not_a_history() -> None:
    for text, number, value, unit in (
            ("Prosecutors said the 14-month inquiry had traced the payments.", "14", 14, "months"),
            ("The strike has now lasted seven weeks.", "seven", 7, "weeks"),
            ("Just five weeks before the vote, the party replaced its leader.", "five", 5, "weeks"),
            ("The port will stay shut for at least two years, the ministry said.", "at least two", 2, "years"),
            ("Three months after the first symptoms, she could no longer walk.", "Three", 3, "months"),
            ("The ban on night flights was extended by 90 days.", "90", 90, "days")):
        assert not past(number, value, text, unit), text
    # a count of years is no duration
    assert not history(things("a:c1", "30", 30, "Thirty years ago, 30 ships sank.", "ships"), size=None)


def test_a_span_two_outlets_give_reaches_the_table_and_a_history_does_not() -> None:
    a = art("a", span("a:c1", "six", 6, "Just six weeks before the election, the council redrew the wards.", "weeks"),
            span("a:c2", "thirty", 30, "The council last redrew them thirty years ago.", "years"))
    b = art("b", span("b:c1", "six", 6, "The wards were redrawn six weeks before the election.", "weeks"),
            span("b:c2", "thirty", 30, "They were last redrawn thirty years ago.", "years"))
    facts = reconcile([a, b], story="s")
    assert any(set(f.claims) == {"a:c1", "b:c1"} and f.sources == 2 for f in facts)
    assert not any({"a:c2", "b:c2"} & set(f.claims) for f in facts)
