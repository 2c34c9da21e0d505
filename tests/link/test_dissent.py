"""An outlet's odd figure, split off and gated as one source's, joins the row it dissents from (link/dissent.py)."""

from __future__ import annotations

import dataclasses

from storyline.link.dissent import join_dissent
from storyline.link.reconcile import _key, interval
from storyline.model import Claim, Fact
from tests.link.made_claims import claim, things


def _share(cid: str, number_text: str, value: float, text: str, counted: str | None = "gdp") -> Claim:
    return claim(cid, number_text, value, text, measure="percent", unit="percent", counted=counted, role="objects")


def _row(*claims: Claim, place: str | None = "Harwick", part_of: str | None = None) -> Fact:
    first = claims[0]
    return Fact(id=f"s:{first.id}", label=first.counted or "amount", measure=first.measure, subject_group="mixed",
                location=place, claims=tuple(c.id for c in claims), low=first.low, high=first.high,
                assessment="consistent" if len({c.article for c in claims}) > 1 else "single_source",
                explanation="", counted=first.counted, role=first.role, part_of=part_of,
                sources=len({c.article for c in claims}))


def _made(ids: list[str]) -> Fact:
    return Fact(id="s:joined", label="joined", measure="count", subject_group="mixed", location=None,
                claims=tuple(ids), low=None, high=None, assessment="conflicting", explanation="re-judged",
                sources=len({i.split(":")[0] for i in ids}))


def _join(shown: list[Fact], left: list[Fact], *, copies: dict[str, str] | None = None,
          parts: frozenset[str] = frozenset()) -> list[tuple[set[str], str]]:
    rows = join_dissent(shown, left, _CLAIMS, copies=copies or {}, parts=parts, key=_key, span=interval, make=_made)
    return [(set(f.claims), f.assessment) for f in rows]


_CLAIMS: dict[str, Claim] = {}


def _keep(*claims: Claim) -> tuple[Claim, ...]:
    _CLAIMS.update({c.id: c for c in claims})
    return claims


DEFICIT = _keep(_share("a:c1", "2.9 per cent", 2.9, "The deficit will reach 2.9 per cent of GDP next year."),
                _share("b:c1", "2.9%", 2.9, "Borrowing leaves a gap worth 2.9% of GDP, the minister said."))
HIGHER = _keep(_share("c:c1", "3.1 per cent", 3.1, "Economists put the shortfall at 3.1 per cent of GDP."))[0]
VOLUNTEERS = _keep(claim("a:c2", "1,200", 1200, "Some 1,200 volunteers filled sandbags overnight.",
                         counted="volunteers", role="other"),
                   claim("b:c2", "1,200", 1200, "The mayor thanked the 1,200 volunteers at the levee.",
                         counted="volunteers", role="other"))
FEWER = _keep(claim("c:c2", "about 1,000", 1000, "About 1,000 volunteers turned out, organisers said.",
                    counted="volunteers", role="other", qualifier="about"))[0]


def test_a_third_outlets_close_figure_joins_the_row_and_is_judged_again() -> None:
    assert _join([_row(*DEFICIT)], [_row(HIGHER)]) == [({"a:c1", "b:c1", "c:c1"}, "conflicting")]


def test_a_count_of_people_within_the_judges_reach_joins() -> None:
    assert _join([_row(*VOLUNTEERS)], [_row(FEWER)]) == [({"a:c2", "b:c2", "c:c2"}, "conflicting")]


def test_a_count_whose_noun_is_its_unit_stays_out() -> None:
    tents = _keep(things("a:c9", "12", 12, "Crews put up 12 tents by the school.", "tents"),
                  things("b:c9", "12", 12, "Twelve tents stood in the yard.", "tents"),
                  things("c:c9", "ten", 10, "Ten tents went up, the charity said.", "tents"))
    assert _join([_row(*tents[:2])], [_row(tents[2])]) == [({"a:c9", "b:c9"}, "consistent")]


def test_an_article_giving_both_figures_tells_two_things_apart() -> None:
    own = _keep(claim("a:c3", "1,000", 1000, "Of those, 1,000 volunteers came from the city.", counted="volunteers",
                      role="other"))[0]
    assert _join([_row(*VOLUNTEERS)], [_row(own)]) == [({"a:c2", "b:c2"}, "consistent")]


def test_copies_of_a_row_article_are_its_source() -> None:
    assert _join([_row(*VOLUNTEERS)], [_row(FEWER)], copies={"c": "a"}) == [({"a:c2", "b:c2"}, "consistent")]


def test_a_figure_far_off_the_row_is_another_quantity() -> None:
    far = _keep(claim("c:c4", "600", 600, "Some 600 volunteers worked the night shift.", counted="volunteers",
                      role="other"))[0]
    assert _join([_row(*VOLUNTEERS)], [_row(far)]) == [({"a:c2", "b:c2"}, "consistent")]


def test_a_part_of_a_total_stays_apart() -> None:
    assert _join([_row(*VOLUNTEERS)], [_row(FEWER, part_of="s:a:c2")]) == [({"a:c2", "b:c2"}, "consistent")]
    assert _join([_row(*VOLUNTEERS)], [_row(FEWER)], parts=frozenset({"c:c2"})) == [({"a:c2", "b:c2"}, "consistent")]


def test_the_same_quantity_at_another_place_stays_apart() -> None:
    assert _join([_row(*VOLUNTEERS)], [_row(FEWER, place="Dunmore")]) == [({"a:c2", "b:c2"}, "consistent")]


def test_a_one_source_row_is_no_agreement_to_dissent_from() -> None:
    assert _join([_row(VOLUNTEERS[0])], [_row(FEWER)]) == [({"a:c2"}, "single_source")]


def test_another_noun_is_another_quantity() -> None:
    police = _keep(claim("c:c5", "1,000", 1000, "About 1,000 police officers stood by.", counted="police officers",
                         role="security_forces"))[0]
    assert _join([_row(*VOLUNTEERS)], [_row(police)]) == [({"a:c2", "b:c2"}, "consistent")]


def test_a_bare_share_could_be_any_of_the_storys() -> None:
    bare = [dataclasses.replace(c, counted=None) for c in DEFICIT]
    rise = _keep(*bare, _share("c:c6", "3.1%", 3.1, "Shares rose 3.1% in early trading.", counted=None))
    assert _join([_row(*rise[:2])], [_row(rise[2])]) == [({"a:c1", "b:c1"}, "consistent")]


def test_a_vague_figure_is_no_dissent() -> None:
    dozen = _keep(claim("c:c7", "hundreds", 100, "Hundreds of volunteers came.", counted="volunteers", role="other",
                        qualifier="vague"))[0]
    assert _join([_row(*VOLUNTEERS)], [_row(dozen)]) == [({"a:c2", "b:c2"}, "consistent")]


def test_a_figure_two_rows_could_own_stays_out() -> None:
    others = _keep(claim("d:c8", "1,100", 1100, "A second shift of 1,100 volunteers came at dawn.",
                         counted="volunteers", role="other"),
                   claim("e:c8", "1,100", 1100, "By dawn 1,100 volunteers had replaced them.", counted="volunteers",
                         role="other"))
    assert _join([_row(*VOLUNTEERS), _row(*others)], [_row(FEWER)]) == [({"a:c2", "b:c2"}, "consistent"),
                                                                     ({"d:c8", "e:c8"}, "consistent")]


def test_a_floor_under_the_rows_count_is_a_looser_telling_of_it() -> None:
    floor = _keep(claim("c:c10", "More than 1,000", 1000, "More than 1,000 volunteers worked through the night.",
                        counted="volunteers", role="other", qualifier="more_than"))[0]
    assert _join([_row(*VOLUNTEERS)], [_row(floor)]) == [({"a:c2", "b:c2", "c:c10"}, "conflicting")]


def test_at_least_under_the_rows_count_joins_too() -> None:
    floor = _keep(claim("c:c11", "at least 900", 900, "At least 900 volunteers were on the dykes.",
                        counted="volunteers", role="other", qualifier="at_least"))[0]
    assert _join([_row(*VOLUNTEERS)], [_row(floor)]) == [({"a:c2", "b:c2", "c:c11"}, "conflicting")]


def test_a_floor_over_the_rows_count_or_a_ceiling_stays_out() -> None:
    over = _keep(claim("c:c12", "more than 1,500", 1500, "More than 1,500 volunteers had signed up by Friday.",
                       counted="volunteers", role="other", qualifier="more_than"),
                 claim("d:c12", "up to 1,100", 1100, "Up to 1,100 volunteers may be needed.", counted="volunteers",
                       role="other", qualifier="up_to"))
    assert _join([_row(*VOLUNTEERS)], [_row(over[0]), _row(over[1])]) == [({"a:c2", "b:c2"}, "consistent")]


def test_a_floor_far_under_the_row_is_another_quantity() -> None:
    few = _keep(claim("c:c13", "more than 200", 200, "More than 200 volunteers came back on Sunday.",
                      counted="volunteers", role="other", qualifier="more_than"))[0]
    assert _join([_row(*VOLUNTEERS)], [_row(few)]) == [({"a:c2", "b:c2"}, "consistent")]
