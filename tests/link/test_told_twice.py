"""A one-source row whose figure another outlet gives in another row is consistent (link/told_twice.py)."""

from __future__ import annotations

from storyline.link.told_twice import digits, rejudged, same_figure
from storyline.model import Claim, Fact
from tests.link.made_claims import claim, things


def _row(fid: str, *claims: Claim, assessment: str = "single_source") -> Fact:
    first = claims[0]
    return Fact(id=fid, label=fid, measure=first.measure, subject_group="mixed", location=None,
                claims=tuple(c.id for c in claims), low=first.value, high=first.value, assessment=assessment,
                explanation="Reported by one article only.", counted=first.counted,
                sources=len({c.article for c in claims}), role=first.role)


def _claims(*claims: Claim) -> dict[str, Claim]:
    return {c.id: c for c in claims}


def test_significant_digits() -> None:
    assert [digits(v) for v in (472_500, 3_100_000, 140, 6000, 7.4, 3, 0.35)] == [4, 2, 2, 1, 2, 1, 2]


def test_a_sum_of_damage_and_a_sum_another_outlet_values_alike_are_one_figure() -> None:
    damage = claim("a:c1", "about $472,500", 472_500, "The blaze did about $472,500 in damage to the depot.",
                   measure="damage", unit="USD", counted=None, role="objects", qualifier="about")
    valued = claim("b:c1", "$472,500", 472_500, "Assessors had valued the depot at $472,500.", measure="money",
                   unit="USD", counted=None, role="objects")
    shown = _row("damage", damage)
    out = rejudged([shown], [_row("value", valued)], _claims(damage, valued), {})
    assert out[0].assessment == "consistent"
    assert "$472,500 (b)" in out[0].explanation and "left out of the table" in out[0].explanation


def test_a_shown_row_of_the_same_figure_told_as_a_floor_is_named() -> None:
    barns = things("a:c1", "140", 140, "The storm flattened 140 barns across the county.", "barns", did="flattened")
    floor = things("b:c1", "at least 140", 140, "At least 140 barns were flattened, officials said.", "barns",
                   did="flattened", qualifier="at_least")
    other = things("c:c1", "140", 140, "Firefighters reached 140 barns by nightfall.", "barns")
    both = _row("barns flattened", floor, other, assessment="consistent")
    out = rejudged([_row("barns", barns), both], [], _claims(barns, floor, other), {})
    assert out[0].assessment == "consistent" and "'barns flattened'" in out[0].explanation
    assert out[1] is both


def test_small_or_round_figures_are_left_alone() -> None:
    for figure, text in ((3.0, "three"), (2000.0, "2,000"), (40.0, "40")):
        mine = claim("a:c1", text, figure, f"Police said {text} people were hurt.", measure="injured")
        theirs = claim("b:c1", text, figure, f"{text} people were counted at the gate.")
        row = _row("hurt", mine)
        assert rejudged([row], [_row("gate", theirs)], _claims(mine, theirs), {}) == [row], text


def test_another_thing_unit_kind_or_a_copy_of_the_same_text_is_no_second_outlet() -> None:
    mine = claim("a:c1", "260", 260, "Medics treated 260 pilgrims for heatstroke.", counted="pilgrims",
                 did="treated")
    tents = things("b:c1", "260", 260, "Organisers put up 260 tents by the shrine.", "tents")
    buses = claim("c:c1", "260", 260, "Some 260 drivers waited at the border.", counted="drivers", role="civilians",
                  qualifier="about")
    euros = claim("d:c1", "260", 260, "Each pilgrim paid 260 euros.", measure="money", unit="EUR", counted=None)
    copied = claim("e:c1", "260", 260, "Medics treated 260 pilgrims for heatstroke.", counted="pilgrims",
                   did="treated")
    row = _row("pilgrims", mine)
    left = [_row("tents", tents), _row("drivers", buses), _row("fee", euros), _row("copy", copied)]
    assert rejudged([row], left, _claims(mine, tents, buses, euros, copied), {"e": "a"}) == [row]


def test_vague_words_and_rows_of_two_sources_are_left_alone() -> None:
    mine = claim("a:c1", "hundreds", 100, "Hundreds of families were sheltered.", counted="families",
                 did="sheltered", qualifier="vague")
    theirs = claim("b:c1", "hundreds", 100, "Hundreds of families slept in schools.", counted="families",
                   qualifier="vague")
    two = claim("c:c1", "75", 75, "75 families were sheltered.", counted="families")
    also = claim("d:c1", "75", 75, "Officials sheltered 75 families.", counted="families")
    agreed = _row("agreed", two, also, assessment="consistent")
    vague = _row("vague", mine)
    out = rejudged([vague, agreed], [_row("slept", theirs)], _claims(mine, theirs, two, also), {})
    assert out == [vague, agreed]


def test_same_figure_asks_one_noun_at_most() -> None:
    a = claim("a:c1", "15,400", 15_400, "15,400 residents left their homes.", counted="residents")
    b = claim("b:c1", "15,400", 15_400, "The agency moved 15,400.", counted=None)
    c = claim("c:c1", "15,400", 15_400, "15,400 voters backed the plan.", counted="voters")
    assert same_figure(a, b) and not same_figure(a, c)
