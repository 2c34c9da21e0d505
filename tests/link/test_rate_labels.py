"""Sums told per unit are labelled as rates ("price per share"), never as totals; on sentences written
for these tests."""

from __future__ import annotations

from storyline.link.rate_labels import rate_label, told_per
from storyline.model import Claim


def claim(cid: str, text: str, number_text: str, *, unit: str | None = "USD", measure: str = "price") -> Claim:
    return Claim(id=cid, article=cid.split(":")[0], start=0, end=len(text), text=text, number_text=number_text,
                 value=1.0, low=1.0, high=1.0, qualifier="exact", unit=unit, measure=measure, subject=None,
                 subject_group="mixed", location=None, as_of=None, attributed_to=None, counted=None, role="other")


def test_the_unit_a_sum_is_told_per_comes_from_the_claim_s_unit_or_the_words_after_it() -> None:
    assert told_per(claim("a:1", "Halvard will pay $41.10 per Ostrel share.", "$41.10", unit="USD per share")) == \
        "share"
    assert told_per(claim("a:2", "Halvard is offering $41.10 for each Ostrel share.", "$41.10")) == "share"
    assert told_per(claim("a:3", "The $41.10-per-share bid was rejected.", "$41.10")) == "share"
    assert told_per(claim("a:4", "The levy adds 0.2 zloty, or about 5 cents, to every litre.", "about 5 cents",
                          unit="cent")) == "litre"
    assert told_per(claim("a:5", "Halvard will pay $2.3 billion for Ostrel.", "$2.3 billion")) == ""


def test_a_row_most_of_whose_sums_are_per_unit_says_so() -> None:
    told = [claim("a:1", "Halvard will pay $41.10 per Ostrel share.", "$41.10", unit="USD per share"),
            claim("b:1", "Halvard is offering $41.10 for each Ostrel share.", "$41.10"),
            claim("c:1", "The offer of $41.10 was a 30% premium.", "$41.10")]
    assert rate_label("price", "price", told) == "price per share"
    daily = [claim("a:1", "The walkout is costing the port $4 million a day.", "$4 million", unit="USD per day",
                   measure="money")]
    assert rate_label("cost of the walkout", "money", daily) == "cost of the walkout per day"


def test_totals_labels_that_say_it_and_other_measures_are_left_alone() -> None:
    total = [claim("a:1", "Halvard will pay $2.3 billion for Ostrel.", "$2.3 billion"),
             claim("b:1", "The deal, worth $2.3 billion, closes in May.", "$2.3 billion"),
             claim("c:1", "Halvard will pay $41.10 per Ostrel share, or $2.3 billion.", "$2.3 billion")]
    assert rate_label("price", "price", total) == ""  # one figure of three is per share: the row is a total
    said = [claim("a:1", "The walkout is costing the port $4 million a day.", "$4 million", unit="USD per day")]
    assert rate_label("cost per day", "price", said) == ""
    assert rate_label("daily cost", "price", said) == ""
    speed = [claim("a:1", "Gusts reached 90 km per hour.", "90", unit="km per hour", measure="speed")]
    assert rate_label("speed of gusts", "speed", speed) == ""
