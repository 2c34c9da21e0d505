"""Two shown one-source rows in which two outlets print one figure for one group join (link/lone_pairs.py)."""

from __future__ import annotations

import dataclasses
import json
from pathlib import Path

from storyline import api
from storyline.link.lone_pairs import join_into_rows, join_pairs
from storyline.link.reconcile import reconcile
from storyline.model import Claim, Fact
from tests.link.made_claims import claim, told

SOLDIERS = claim("a:c1", "800", 800, "The government deployed 800 soldiers and police to the port city on Tuesday.",
                 measure="deployed", counted="soldiers", role="security_forces")
TROOPS = claim("b:c1", "Some 800", 800, "Some 800 troops and police officers were searching the swamps to the north.",
               measure="deployed", counted="troops", role="security_forces", qualifier="about")


def _row(c: Claim, *, location: str | None = "Harwick", scope: str | None = None) -> Fact:
    return Fact(id=f"s:{c.id}", label=c.counted or "amount", measure=c.measure, subject_group="mixed",
                location=location, claims=(c.id,), low=c.value, high=c.value, assessment="single_source",
                explanation="", counted=c.counted, role=c.role, scope=scope, sources=1)


def _made(ids: list[str]) -> Fact:
    return Fact(id="s:joined", label="joined", measure="deployed", subject_group="mixed", location=None,
                claims=tuple(ids), low=None, high=None, assessment="consistent", explanation="", sources=2)


def _join(*rows: Fact, copies: dict[str, str] | None = None) -> list[set[str]]:
    every = {c.id: c for c in _ALL}
    return sorted((set(f.claims) for f in join_pairs(rows, every, copies=copies or {}, make=_made)), key=sorted)


MILITANTS = claim("b:c2", "800", 800, "About 800 militants were massing in the hills, the army said.",
                  measure="deployed", counted="militants", role="perpetrators")
NINE_HUNDRED = claim("b:c3", "900", 900, "Some 900 troops were searching the swamps to the north.",
                     measure="deployed", counted="troops", role="security_forces")
FIVE = claim("a:c4", "five", 5, "Five soldiers were killed in the ambush.", measure="killed", counted="soldiers",
             role="security_forces")
FIVE_TROOPS = claim("b:c4", "five", 5, "Five troops died when their convoy was ambushed.", measure="killed",
                    counted="troops", role="security_forces")
SAME_OUTLET = claim("a:c5", "800", 800, "The 800 troops were searching the swamps.", measure="deployed",
                    counted="troops", role="security_forces")
_ALL = (SOLDIERS, TROOPS, MILITANTS, NINE_HUNDRED, FIVE, FIVE_TROOPS, SAME_OUTLET)


def test_one_figure_of_one_force_in_two_outlets_words_is_one_row() -> None:
    assert _join(_row(SOLDIERS), _row(TROOPS)) == [{"a:c1", "b:c1"}]


def test_the_same_figure_for_another_group_stays_apart() -> None:
    assert _join(_row(SOLDIERS), _row(MILITANTS)) == [{"a:c1"}, {"b:c2"}]


def test_another_figure_stays_apart() -> None:
    assert _join(_row(SOLDIERS), _row(NINE_HUNDRED)) == [{"a:c1"}, {"b:c3"}]


def test_a_handful_agrees_by_chance_and_stays_apart() -> None:
    assert _join(_row(FIVE), _row(FIVE_TROOPS)) == [{"a:c4"}, {"b:c4"}]


def test_one_outlet_twice_is_not_two_outlets() -> None:
    assert _join(_row(SOLDIERS), _row(SAME_OUTLET)) == [{"a:c1"}, {"a:c5"}]


def test_copies_of_one_wire_text_are_one_outlet() -> None:
    assert _join(_row(SOLDIERS), _row(TROOPS), copies={"b": "a"}) == [{"a:c1"}, {"b:c1"}]


def test_rows_at_places_apart_or_of_a_sub_event_stay_apart() -> None:
    assert _join(_row(SOLDIERS), _row(TROOPS, location="Valland")) == [{"a:c1"}, {"b:c1"}]
    assert _join(_row(SOLDIERS), _row(TROOPS, scope="in the north")) == [{"a:c1"}, {"b:c1"}]


# a prison riot told by three outlets (written blind for invented11): two of them give the deployment in their own words
_RIOT = Path(__file__).resolve().parents[2] / "benchmarks" / "data" / "invented11" / "y.jsonl"


def test_the_whole_table_shows_one_deployment_of_two_sources(tmp_path: Path) -> None:
    lines = [json.loads(line) for line in _RIOT.read_text(encoding="utf-8").splitlines()]
    pile = tmp_path / "riot.jsonl"
    pile.write_text("".join(json.dumps({k: d[k] for k in ("id", "published", "outlet", "text")}) + "\n"
                            for d in lines if d["event"] == "inv_y_prison"), encoding="utf-8")
    result = api.analyze([pile], db=tmp_path / "s.db")
    rows = [f for s in result.dossier.stories for f in s.facts if f.measure == "deployed" and f.low == 800]
    assert [f.sources for f in rows] == [2]


def test_troops_and_soldiers_of_one_army_on_two_days_are_one_deployment() -> None:
    monday = claim("a:c1", "1,500", 1500, "The army has deployed 1,500 troops to the quake zone.", measure="deployed",
                   counted="troops", role="security_forces")
    tuesday = claim("b:c1", "2,000", 2000, "The army has increased its deployment to 2,000 soldiers.",
                    measure="deployed", counted="soldiers", role="security_forces")
    facts = reconcile([told("a", monday, published="2025-03-03"), told("b", tuesday, published="2025-03-04")],
                      story="s")
    assert [set(f.claims) for f in facts if f.measure == "deployed"] == [{"a:c1", "b:c1"}]


def _shown(*cs: Claim, measure: str = "count") -> Fact:
    return Fact(id=f"s:{cs[0].id}", label=cs[0].counted or "amount", measure=measure, subject_group="mixed",
                location="Harwick", claims=tuple(c.id for c in cs), low=cs[0].value, high=cs[0].value,
                assessment="consistent" if len(cs) > 1 else "single_source", explanation="",
                counted=cs[0].counted, role=cs[0].role, sources=len({c.article for c in cs}))


ABOARD = [claim(f"{x}:c1", "71", 71, "The ferry had 71 people aboard.", counted="people", did="aboard")
          for x in "abc"]
COUNTED = claim("d:c1", "71", 71, "Rescuers accounted for all 71 people.", counted="people")
SHARE = [claim(f"{x}:c2", "34", 34, "The party won 34 percent.", measure="percent", unit="percent", counted=None)
         for x in "ab"]
OTHER_SHARE = claim("d:c2", "34", 34, "Another party polled 34 percent among the young.", measure="percent",
                    unit="percent", counted=None)
HANDFUL = claim("d:c3", "three", 3, "Three people were counted at the pier.", counted="people")
THREE = [claim(f"{x}:c3", "three", 3, "Three people died.", counted="people") for x in "ab"]


def test_one_outlets_count_keyed_apart_joins_the_larger_row_that_gives_its_figure() -> None:
    every = {c.id: c for c in (*ABOARD, COUNTED, *SHARE, OTHER_SHARE, HANDFUL, *THREE)}
    rows = [_shown(*ABOARD), _shown(COUNTED), _shown(*SHARE, measure="percent"), _shown(OTHER_SHARE, measure="percent"),
            _shown(*THREE), _shown(HANDFUL)]
    joined = [set(f.claims) for f in join_into_rows(rows, every, make=_made)]
    assert {"a:c1", "b:c1", "c:c1", "d:c1"} in joined  # one outlet's 71 people, keyed apart by its verb
    assert {"d:c2"} in joined and {"d:c3"} in joined  # a share, a handful: agree by chance


RESIDENTS = [claim(f"{x}:c6", "11", 11, "Eleven residents were taken to hospital.", counted="residents")
             for x in "abc"]
BARE = claim("d:c6", "11", 11, "Care home fire kills two as 11 taken to hospital", unit=None, counted=None)
BARE_THINGS = claim("e:c6", "11", 11, "Crews sent 11 to the site.", unit=None, counted=None, role="objects")


def test_one_outlets_count_of_people_told_with_no_noun_joins_the_row_that_gives_its_figure() -> None:
    # "11 taken to hospital" has no noun and no unit; the row of people taken to hospital ``told_alone`` shows names
    # them people, and the larger row of residents gives its figure: one count
    every = {c.id: c for c in (*RESIDENTS, BARE, BARE_THINGS)}
    lone = dataclasses.replace(_shown(BARE), counted="people", role="victims", label="people taken to hospital")
    things = dataclasses.replace(_shown(BARE_THINGS), counted=None, role="objects")
    joined = [set(f.claims) for f in join_into_rows([_shown(*RESIDENTS), lone, things], every, make=_made)]
    assert {"a:c6", "b:c6", "c:c6", "d:c6"} in joined
    assert {"e:c6"} in joined  # a bare figure of no people: no unit to match
