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


# a warehouse fire: two outlets count the firefighters bare, a third tells how many were deployed
CREWS = _keep(claim("b:f1", "About 90", 90, "About 90 firefighters fought the blaze into the evening.",
                    counted="firefighters", role="security_forces"),
              claim("c:f1", "95", 95, "By dusk 95 firefighters were on the site.", counted="firefighters",
                    role="security_forces"))


def _deployed(cid: str, number_text: str, value: float, text: str, counted: str = "firefighters") -> Claim:
    return _keep(claim(cid, number_text, value, text, measure="deployed", counted=counted,
                       role="security_forces"))[0]


def test_a_deployment_beside_a_bare_count_of_its_noun_joins_the_count() -> None:
    sent = _deployed("a:f2", "110", 110, "The county deployed 110 firefighters to the warehouse.")
    assert _join(_row(*CREWS), _row(sent)) == [({"a:f2", "b:f1", "c:f1"}, "evolving")]


def test_a_deployment_of_another_noun_or_far_off_stays_its_own_row() -> None:
    engines = _deployed("a:f3", "100", 100, "The county deployed 100 engines.", counted="engines")
    few = _deployed("a:f4", "12", 12, "Twelve firefighters were sent in from a neighbouring town.")
    assert _join(_row(*CREWS), _row(engines)) == [({"a:f3"}, "single_source"), ({"b:f1", "c:f1"}, "consistent")]
    assert _join(_row(*CREWS), _row(few)) == [({"a:f4"}, "single_source"), ({"b:f1", "c:f1"}, "consistent")]


def test_a_deployment_beside_a_bare_count_of_people_stays_its_own_row() -> None:
    crowd = _keep(claim("b:f5", "1,000", 1000, "Some 1,000 people watched from the street."),
                  claim("c:f5", "1,100", 1100, "A crowd of 1,100 people gathered."))
    sent = _deployed("a:f6", "900", 900, "Authorities deployed 900 people to keep order.", counted="people")
    assert _join(_row(*crowd), _row(sent)) == [({"a:f6"}, "single_source"), ({"b:f5", "c:f5"}, "consistent")]


# a fraud inquiry: two outlets count the people arrested, a third counts the suspects arrested
ARRESTS = _keep(claim("b:d1", "five", 5, "Police arrested five people in dawn raids.", measure="detained"),
                claim("c:d1", "five", 5, "Five people were arrested on Monday.", measure="detained"))


def test_a_group_named_by_its_role_beside_people_arrested_joins_the_row() -> None:
    suspects = _keep(claim("a:d2", "six", 6, "Six suspects have been arrested so far.", measure="detained",
                           counted="suspects", role="perpetrators"))[0]
    assert _join(_row(*ARRESTS), _row(suspects)) == [({"a:d2", "b:d1", "c:d1"}, "evolving")]


def test_a_toll_of_a_named_group_beside_a_toll_of_people_stays_its_own_row() -> None:
    dead = _keep(claim("b:d3", "nine", 9, "Nine people died in the collapse.", measure="killed"),
                 claim("c:d3", "nine", 9, "The collapse killed nine people.", measure="killed"))
    workers = _keep(claim("a:d4", "seven", 7, "Seven workers were among the dead.", measure="killed",
                          counted="workers"))[0]
    assert _join(_row(*dead), _row(workers)) == [({"a:d4"}, "single_source"), ({"b:d3", "c:d3"}, "consistent")]


def test_two_groups_named_by_their_roles_stay_apart() -> None:
    guards = _keep(claim("b:d5", "four", 4, "Four guards were detained.", measure="detained", counted="guards"),
                   claim("c:d5", "four", 4, "Police detained four guards.", measure="detained", counted="guards"))
    clerks = _keep(claim("a:d6", "five", 5, "Five clerks were detained.", measure="detained", counted="clerks"))[0]
    assert _join(_row(*guards), _row(clerks)) == [({"a:d6"}, "single_source"), ({"b:d5", "c:d5"}, "consistent")]
