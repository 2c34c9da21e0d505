"""count_words: a row's label in the words a reader knows, where the text counts in a trade's shorthand."""

from __future__ import annotations

import dataclasses

import pytest

from storyline.link.count_words import (
    bought_for,
    price_label,
    range_label,
    record_label,
    reworded,
    spelled_out,
    yards_kind,
    yards_label,
)
from storyline.model import Claim, Fact
from tests.link.made_claims import claim


def said(number_text: str, text: str, *, cid: str = "a:1", unit: str = "yards", measure: str = "distance",
         did: str | None = None) -> Claim:
    return claim(cid, number_text, 1.0, text, measure=measure, unit=unit, counted=unit, did=did, role="other")


def row(label: str, *claims: Claim, part_of: str | None = None, explanation: str = "") -> Fact:
    return Fact(id=label, label=label, measure=claims[0].measure, subject_group="not_people", location=None,
                claims=tuple(c.id for c in claims), low=None, high=None, assessment="consistent",
                explanation=explanation, part_of=part_of)


def tally(cid: str, text: str, figure: str, kind: str) -> Claim:
    return said(figure, text, cid=cid, unit="wins", measure="count", did=kind)


@pytest.mark.parametrize(("figure", "text", "kind"), [
    ("212", "The rookie rushed for 212 yards against the Falcons.", "rushing"),
    ("88", "Ortega ended the night with 88 yards rushing and a fumble.", "rushing"),
    ("41", "He was held to 41 yards on 14 carries.", "rushing"),
    ("612", "Vance caught 47 passes for 612 yards this autumn.", "receiving"),
    ("95", "He added 95 receiving yards in the second half.", "receiving"),
    ("318", "Hale threw for 318 yards and two scores.", "passing"),
    ("251", "Hale completed 22 of 30 passes for 251 yards.", "passing"),
    ("190", "The backup was 15 of 31 for 190 yards.", "passing"),
    ("64", "Brandt returned the opening kickoff 64 yards.", "return"),
    ("52", "A 52-yard punt return set up the winning kick.", "return"),
])
def test_yards_kind_reads_how_the_yards_were_gained(figure: str, text: str, kind: str) -> None:
    assert yards_kind(said(figure, text)) == kind


@pytest.mark.parametrize(("figure", "text"), [
    ("410", "The visitors piled up 410 yards of offence."),
    ("80", "The ball sailed 80 yards down the field."),
    ("200", "The lake lies 200 yards from the clubhouse."),
])
def test_yards_kind_says_nothing_when_the_sentence_does_not(figure: str, text: str) -> None:
    assert yards_kind(said(figure, text)) is None


def test_yards_label_takes_the_kind_most_sentences_give() -> None:
    claims = [said("212", "The rookie rushed for 212 yards.", cid="a:1"),
              said("212", "Pike finished with 212 yards rushing.", cid="b:1"),
              said("212", "Pike gained 212 yards on Sunday.", cid="c:1")]
    assert yards_label("distance (yards) in Leeds", claims) == "rushing yards in Leeds"
    assert yards_label("distance of Ann Pike (yards)", claims) == "rushing yards of Ann Pike"


def test_yards_label_keeps_a_label_with_a_head_or_split_kinds() -> None:
    rushed = said("30", "He rushed for 30 yards.", cid="a:1")
    caught = said("30", "He caught three passes for 30 yards.", cid="b:1")
    assert yards_label("distance (yards) in Leeds", [rushed, caught]) == "distance (yards) in Leeds"
    assert yards_label("distance of field goal (yards)", [rushed]) == "distance of field goal (yards)"
    assert yards_label("distance (miles) in Leeds", [rushed]) == "distance (miles) in Leeds"


def test_record_label_names_a_standing_told_as_a_tally() -> None:
    standing = [tally("a:1", "The Otters (9-6) clinched a wild card.", "9-6", "record"),
                tally("b:1", "The Otters improved to 9-6.", "9-6", "record")]
    assert record_label("wins of Otters (9-6)", standing) == "win-loss record of Otters (9-6)"
    assert record_label("wins (9-6) in Leeds", standing) == "win-loss record (9-6) in Leeds"


def test_record_label_leaves_scores_and_plain_win_counts() -> None:
    score = [tally("a:1", "The Otters won 27-20 in overtime.", "27-20", "score")]
    assert record_label("points (27-20)", score) == "points (27-20)"
    assert record_label("wins (27-20)", score) == "wins (27-20)"  # a score is no record, whatever its label
    plain = [said("11", "She has 11 wins this season.", unit="wins", measure="count")]
    assert record_label("wins in Leeds", plain) == "wins in Leeds"


def test_spelled_out_reads_stock_abbreviations_and_keeps_other_initialisms_in_capitals() -> None:
    assert spelled_out("tds in Leeds", [said("three", "He ran for three TDs on Sunday.")]) == "touchdowns in Leeds"
    assert spelled_out("kos", [said("31", "The champion is 40-2 with 31 KOs.")]) == "knockouts"
    assert spelled_out("rbis", [said("104", "He drove in 104 RBIs last year.")]) == "RBIs"


def test_spelled_out_leaves_lower_case_words_and_headlines_in_capitals() -> None:
    assert spelled_out("gb of storage", [said("512", "It ships with 512 gb of storage.")]) == "gb of storage"
    assert spelled_out("people killed", [said("FOUR", "FOUR KILLED AS BUS OVERTURNS")]) == "people killed"
    assert spelled_out("tds", [said("two", "He scored two touchdowns.")]) == "tds"


def test_reworded_renames_a_part_explanation() -> None:
    total = tally("a:1", "The Otters (9-6) clinched a wild card.", "9-6", "record")
    part = tally("a:2", "The Otters went 5-2 at home.", "5-2", "record")
    facts = [row("wins of Otters (9-6)", total),
             dataclasses.replace(row("home games", part), part_of="wins of Otters (9-6)",
                                 explanation="A part of wins of Otters (9-6) (9), played at home.")]
    out = reworded(facts, {c.id: c for c in (total, part)})
    assert out[0].label == "win-loss record of Otters (9-6)"
    assert out[1].explanation == "A part of win-loss record of Otters (9-6) (9), played at home."
    untouched = [row("people killed", said("two", "Two people died.", unit="people", measure="killed"))]
    assert reworded(untouched, {"a:1": said("two", "Two people died.")}) == untouched


@pytest.mark.parametrize("text", [
    "Corvane agreed to acquire Fenwick Labs for about $2.1 billion in cash.",
    "Corvane will pay $2.1 billion for Fenwick Labs, the filing said.",
    "The $2.1 billion takeover of Fenwick Labs is its largest.",
    "Corvane bought the Ostby brewery from its founders for $2.1 billion.",
])
def test_bought_for_reads_a_sum_told_as_what_a_buyer_pays(text: str) -> None:
    assert bought_for(said("$2.1 billion", text, unit="USD", measure="money"))


@pytest.mark.parametrize("text", [
    "Fenwick Labs reported revenue of $2.1 billion last year.",
    "The director was paid $2.1 million to write and direct the sequel.",
    "Corvane shares fell $2.1 after the bid was announced.",
    "Corvane made a bid of $2.1 billion to buy Fenwick Labs.",
])
def test_bought_for_leaves_other_sums(text: str) -> None:
    number = "$2.1" if "shares" in text else "$2.1 million" if "paid" in text else "$2.1 billion"
    assert not bought_for(said(number, text, unit="USD", measure="money"))


def test_price_label_names_a_purchase_only_when_most_sentences_tell_one() -> None:
    bought = [said("$2.1 billion", "Corvane will acquire Fenwick Labs for $2.1 billion.", cid="a:1", unit="USD",
                   measure="money"),
              said("$2.1 billion", "The $2.1 billion purchase of Fenwick Labs closes in May.", cid="b:1", unit="USD",
                   measure="money")]
    assert price_label("payment", "money", bought) == "purchase price"
    assert price_label("amount of the deal in Oslo", "money", bought) == "purchase price in Oslo"
    assert price_label("salary of the director", "money", bought) == "salary of the director"  # a head of its own
    assert price_label("payment", "percent", bought) == "payment"
    told = [*bought, said("$2.1 billion", "Fenwick Labs is valued at $2.1 billion.", cid="c:1", unit="USD",
                          measure="money"),
            said("$2.1 billion", "The sum, $2.1 billion, was a record.", cid="d:1", unit="USD", measure="money")]
    assert price_label("payment", "money", told) == "payment"  # two of four: not most


def test_range_label_reads_a_distance_told_on_a_charge() -> None:
    ranged = [said("280", "The van can travel 280 miles on a single charge.", cid="a:1", unit="miles"),
              said("280", "Its makers promise a range of 280 miles.", cid="b:1", unit="miles"),
              said("280", "It has a 280-mile range in cold weather.", cid="c:1", unit="miles")]
    assert range_label("distance (miles) in Oslo", ranged) == "range (miles) in Oslo"
    assert range_label("distance of Vela (miles)", ranged) == "range of Vela (miles)"
    per = [said("90", "The Vela goes 90 kilometres per charge.", unit="kilometres"),
           said("90", "The Vela was shown in Oslo, 90 kilometres away.", cid="b:1", unit="kilometres")]
    assert range_label("distance (kilometres)", per) == "range (kilometres)"  # one of two says so
    walked = [said("280", "The pilgrims walked 280 miles to the shrine.", cid="a:1", unit="miles"),
              said("280", "The storm moved 280 miles inland.", cid="b:1", unit="miles")]
    assert range_label("distance (miles) in Oslo", walked) == "distance (miles) in Oslo"
    assert range_label("distance of the trail (miles)", ranged) == "distance of the trail (miles)"
