"""A shown one-source row that dissents from a shown row of several sources joins it (link/lone_dissent.py)."""

from __future__ import annotations

from storyline.link.lone_dissent import join_lone
from storyline.link.reconcile import _key, interval
from storyline.model import Claim, Fact
from tests.link.made_claims import claim

_CLAIMS: dict[str, Claim] = {}


def _keep(*claims: Claim) -> tuple[Claim, ...]:
    _CLAIMS.update({c.id: c for c in claims})
    return claims


def _row(*claims: Claim, place: str | None = "Harwick", part_of: str | None = None, fid: str | None = None) -> Fact:
    first = claims[0]
    sources = len({c.article for c in claims})
    return Fact(id=fid or f"s:{first.id}", label=first.counted or "amount", measure=first.measure,
                subject_group="mixed", location=place, claims=tuple(c.id for c in claims), low=first.low,
                high=first.high, assessment="consistent" if sources > 1 else "single_source", explanation="",
                counted=first.counted, role=first.role, part_of=part_of, sources=sources)


def _made(ids: list[str]) -> Fact:
    return Fact(id="s:joined", label="joined", measure="count", subject_group="mixed", location=None,
                claims=tuple(ids), low=None, high=None, assessment="evolving", explanation="re-judged",
                sources=len({i.split(":")[0] for i in ids}))


def _join(*rows: Fact, parts: frozenset[str] = frozenset()) -> list[tuple[set[str], str]]:
    joined = join_lone(rows, _CLAIMS, copies={}, parts=parts, key=_key, span=interval, make=_made)
    return sorted(((set(f.claims), f.assessment) for f in joined), key=lambda r: sorted(r[0]))


# a stomach bug on a river cruise: two later reports count 88 guests, the first day's report 61
GUESTS = _keep(claim("b:c1", "88", 88, "Health officials now count 88 guests who fell ill.", counted="guests",
                     role="other"),
               claim("c:c1", "88", 88, "Some 88 guests have reported symptoms.", counted="guests", role="other"))
FIRST_DAY = _keep(claim("a:c1", "61", 61, "Stomach bug sickens 61 guests on river cruise", counted="guests",
                        role="other"))[0]


def test_an_outlets_earlier_count_shown_on_its_own_joins_the_row_and_is_judged_again() -> None:
    assert _join(_row(*GUESTS), _row(FIRST_DAY)) == [({"a:c1", "b:c1", "c:c1"}, "evolving")]


def test_a_count_of_other_people_stays_its_own_row() -> None:
    staff = _keep(claim("a:c2", "70", 70, "Seventy staff were also ill.", counted="staff", role="other"))[0]
    assert _join(_row(*GUESTS), _row(staff)) == [({"a:c2"}, "single_source"), ({"b:c1", "c:c1"}, "consistent")]


def test_a_figure_far_off_the_row_stays_its_own_row() -> None:
    few = _keep(claim("a:c3", "nine", 9, "Nine guests were taken ashore.", counted="guests", role="other"))[0]
    assert _join(_row(*GUESTS), _row(few)) == [({"a:c3"}, "single_source"), ({"b:c1", "c:c1"}, "consistent")]


def test_a_part_and_a_row_another_row_is_a_part_of_stay() -> None:
    assert _join(_row(*GUESTS), _row(FIRST_DAY, part_of="s:b:c1")) == [({"a:c1"}, "single_source"),
                                                                        ({"b:c1", "c:c1"}, "consistent")]
    assert _join(_row(*GUESTS), _row(FIRST_DAY), parts=frozenset({"a:c1"})) == [({"a:c1"}, "single_source"),
                                                                                  ({"b:c1", "c:c1"}, "consistent")]
    children = _keep(claim("a:c4", "five", 5, "Five of them were children.", counted="children", role="other"))[0]
    assert _join(_row(*GUESTS), _row(FIRST_DAY, fid="s:first"), _row(children, part_of="s:first")) == [
        ({"a:c1"}, "single_source"), ({"a:c4"}, "single_source"), ({"b:c1", "c:c1"}, "consistent")]


def test_the_same_count_at_another_place_stays_its_own_row() -> None:
    assert _join(_row(*GUESTS), _row(FIRST_DAY, place="Dunmore")) == [({"a:c1"}, "single_source"),
                                                                       ({"b:c1", "c:c1"}, "consistent")]


def test_an_outlet_of_the_row_gives_both_figures_of_two_things() -> None:
    own = _keep(claim("b:c5", "61", 61, "Of them, 61 guests were on the upper deck.", counted="guests",
                      role="other"))[0]
    assert _join(_row(*GUESTS), _row(own)) == [({"b:c1", "c:c1"}, "consistent"), ({"b:c5"}, "single_source")]
