"""A one-source row whose outlet gives its figure in a shown row's reports joins that row (link/restated_rows.py)."""

from __future__ import annotations

import dataclasses

from storyline.link.restated_rows import alike, forced_out, join_forced_out, join_restated, one_thing
from storyline.model import Claim, Fact
from tests.link.made_claims import claim, things

_CLAIMS: dict[str, Claim] = {}


def _keep(*claims: Claim) -> tuple[Claim, ...]:
    _CLAIMS.update({c.id: c for c in claims})
    return claims


def _row(*claims: Claim, scope: str | None = None, part_of: str | None = None, fid: str | None = None,
         copies: dict[str, str] | None = None) -> Fact:
    first = claims[0]
    sources = len({(copies or {}).get(c.article, c.article) for c in claims})
    return Fact(id=fid or f"s:{first.id}", label=first.counted or "amount", measure=first.measure,
                subject_group="mixed", location="Harwick", claims=tuple(c.id for c in claims), low=first.low,
                high=first.high, assessment="consistent" if sources > 1 else "single_source", explanation="",
                counted=first.counted, role=first.role, scope=scope, part_of=part_of, sources=sources)


def _made(ids: list[str]) -> Fact:
    return Fact(id="s:joined", label="joined", measure="killed", subject_group="mixed", location=None,
                claims=tuple(ids), low=None, high=None, assessment="evolving", explanation="re-judged",
                sources=len({i.split(":")[0] for i in ids}))


def _join(*rows: Fact, copies: dict[str, str] | None = None) -> list[set[str]]:
    return sorted((set(f.claims) for f in join_restated(rows, _CLAIMS, copies=copies or {}, make=_made)), key=sorted)


# a ferry capsizes: two outlets give the toll; one of them recaps it further down, at the harbour mouth
TOLL = _keep(claim("a:c1", "4", 4, "Ferry capsizes off Harwick, 4 dead", measure="killed"),
             claim("b:c1", "four", 4, "Four passengers drowned when the ferry overturned.", measure="killed"))
RECAP = _keep(claim("a:c2", "at least four", 4, "The ferry overturned at the harbour mouth, drowning at least four "
                                                 "people, the coastguard said.", measure="killed"))[0]
OTHER_OUTLET = _keep(claim("c:c2", "four", 4, "Four people drowned at the harbour mouth.", measure="killed"))[0]
MORE = _keep(claim("a:c3", "six", 6, "Six people were feared drowned at the harbour mouth.", measure="killed"))[0]


def test_an_outlets_recap_of_its_own_toll_at_a_place_inside_the_story_joins_the_toll() -> None:
    recap = _row(RECAP, scope="in the harbour mouth", part_of="s:a:c1")
    assert _join(_row(*TOLL), recap) == [{"a:c1", "b:c1", "a:c2"}]


def test_the_same_figure_from_an_outlet_the_row_does_not_hold_stays_its_own_row() -> None:
    assert _join(_row(*TOLL), _row(OTHER_OUTLET)) == [{"a:c1", "b:c1"}, {"c:c2"}]


def test_another_figure_from_the_same_outlet_stays_its_own_row() -> None:
    assert _join(_row(*TOLL), _row(MORE)) == [{"a:c1", "b:c1"}, {"a:c3"}]


def test_a_copy_of_the_outlets_wire_text_is_the_same_outlet() -> None:
    copy = _keep(claim("d:c1", "at least four", 4, "The ferry overturned, drowning at least four people.",
                       measure="killed"))[0]
    assert _join(_row(*TOLL), _row(copy), copies={"d": "a"}) == [{"a:c1", "b:c1", "d:c1"}]


def test_a_row_two_outlets_back_is_not_joined_to_another() -> None:
    both = _keep(claim("a:c4", "four", 4, "Four people died.", measure="killed"),
                 claim("b:c4", "four", 4, "Four died in all.", measure="killed"))
    assert _join(_row(*TOLL), _row(*both)) == [{"a:c1", "b:c1"}, {"a:c4", "b:c4"}]


def test_the_fled_and_the_evacuated_are_one_thing_a_toll_and_its_wounded_are_not() -> None:
    assert alike("displaced", "evacuated") and alike("money", "damage")
    assert not alike("killed", "injured") and not alike("count", "killed")
    hurt = _keep(claim("a:c5", "four", 4, "Four others were hurt.", measure="injured"))[0]
    assert _join(_row(*TOLL), _row(hurt)) == [{"a:c1", "b:c1"}, {"a:c5"}]


def test_tolls_of_two_named_groups_stay_apart_a_toll_of_people_joins_a_named_one() -> None:
    soldiers = _keep(claim("a:c6", "two", 2, "Two soldiers were killed.", measure="killed", counted="soldiers"),
                     claim("b:c6", "2", 2, "2 soldiers dead", measure="killed", counted="soldiers"))
    rebels = _keep(claim("a:c7", "two", 2, "Two rebels were also killed.", measure="killed", counted="rebels"))[0]
    people = _keep(claim("a:c8", "two", 2, "Two people were killed in the clash.", measure="killed"))[0]
    assert not one_thing(_row(rebels), _row(*soldiers))
    assert one_thing(_row(people), _row(*soldiers))
    assert _join(_row(*soldiers), _row(rebels)) == [{"a:c6", "b:c6"}, {"a:c7"}]


def test_counts_of_things_join_only_when_their_nouns_share_a_word() -> None:
    blocks = _keep(things("a:c9", "six", 6, "He blocked six shots.", "blocked shots"),
                   things("b:c9", "6", 6, "6 blocked shots in the win.", "blocked shots"))
    games = _keep(things("a:c10", "six", 6, "He had started only six games.", "games"))[0]
    shots = _keep(things("a:c11", "six", 6, "His six shots blocked set a record.", "shots"))[0]
    assert _join(_row(*blocks), _row(games)) == [{"a:c10"}, {"a:c9", "b:c9"}]
    assert _join(_row(*blocks), _row(shots)) == [{"a:c11", "a:c9", "b:c9"}]


def test_a_row_another_row_is_a_part_of_stays() -> None:
    recap = _row(RECAP, fid="s:recap")
    part = _keep(claim("a:c12", "two", 2, "Two of them were children.", measure="killed", counted="children"))[0]
    assert _join(_row(*TOLL), recap, _row(part, part_of="s:recap")) == [{"a:c1", "b:c1"}, {"a:c12"}, {"a:c2"}]


def test_a_recap_two_rows_could_own_stays() -> None:
    again = _keep(claim("a:c13", "4", 4, "4 killed", measure="killed"),
                  claim("c:c13", "four", 4, "four killed", measure="killed"))
    assert _join(_row(*TOLL), _row(*again), _row(RECAP)) == [{"a:c1", "b:c1"}, {"a:c13", "c:c13"}, {"a:c2"}]


def _sum(cid: str, number_text: str, text: str, counted: str | None, *, measure: str = "money") -> Claim:
    return claim(cid, number_text, 2_000_000, text, measure=measure, unit="USD", counted=counted, role="objects")


def test_a_sum_named_only_as_paid_joins_a_named_sum_two_named_sums_stay_apart() -> None:
    paid = _keep(_sum("a:c14", "$2 million", "Mill owner ordered to pay $2 million", "payment"),
                 _sum("b:c14", "$2m", "The owner must pay $2m, the court ruled.", "payment"))
    damages = _keep(_sum("a:c15", "$2 million", "The court awarded $2 million in damages to the families.", "damages",
                         measure="damage"))[0]
    restitution = _keep(_sum("a:c16", "$2 million", "He must also repay $2 million in restitution.",
                             "restitution"))[0]
    fines = _keep(_sum("a:c17", "$2 million", "Mill owner fined $2 million", "fine"),
                  _sum("b:c17", "$2m", "A fine of $2m was set.", "fine"))
    assert _join(_row(*paid), _row(damages)) == [{"a:c14", "b:c14", "a:c15"}]
    assert _join(_row(*fines), _row(restitution)) == [{"a:c16"}, {"a:c17", "b:c17"}]


def _moved(cid: str, number_text: str, value: float | None, text: str, measure: str) -> Claim:
    made = claim(cid, number_text, value or 0.0, text, measure=measure, counted="people", role="civilians",
                 qualifier="exact" if value is not None else "vague")
    return made if value is not None else dataclasses.replace(made, value=None, low=None, high=None)


def test_people_forced_from_their_homes_are_the_people_evacuated_when_their_figures_meet() -> None:
    evacuated = _row(*_keep(_moved("a:c9", "3,400", 3400, "Some 3,400 people have been evacuated.", "evacuated"),
                            _moved("b:c9", "4,100", 4100, "About 4,100 people were evacuated.", "evacuated")))
    evacuated = dataclasses.replace(evacuated, low=3400.0, high=4100.0)  # the row's range, from 3,400 to 4,100
    fled = _row(*_keep(_moved("c:c9", "4,000", 4000, "The fire forced 4,000 people from their homes.",
                              "displaced")))
    vague = _row(*_keep(_moved("d:c9", "thousands", None, "Thousands fled their homes.", "displaced")))
    apart = _row(*_keep(_moved("e:c9", "160", 160, "160 residents were left homeless.", "displaced")))
    assert forced_out(fled, evacuated) and forced_out(vague, evacuated)
    assert not forced_out(apart, evacuated) and not forced_out(evacuated, fled)
    joined = join_forced_out([evacuated, fled, apart], make=_made)
    assert sorted(sorted(f.claims) for f in joined) == [["a:c9", "b:c9", "c:c9"], ["e:c9"]]
