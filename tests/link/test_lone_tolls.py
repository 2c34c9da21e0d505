"""One outlet's toll beside the toll several outlets report, on sentences written for these tests: an
earlier count, an odd figure, a part told of no total and a vague "several" leave the table; parts linked
to the toll, a sub-event's toll, the hurt beside the dead and a toll of other people stay."""

from __future__ import annotations

from collections.abc import Hashable

from storyline.link.lone_tolls import beside_the_toll
from storyline.model import Claim, Fact


def claim(cid: str, number_text: str, value: float | None, text: str, *, measure: str = "killed",
          role: str = "victims", subject: str | None = None) -> Claim:
    return Claim(id=cid, article=cid.split(":")[0], start=0, end=len(text), text=text, number_text=number_text,
                 value=value, low=value, high=value, qualifier="exact" if value is not None else "vague",
                 unit="people", measure=measure, subject=subject, subject_group="mixed", location="Dunmore",
                 as_of=None, attributed_to=None, counted="people", role=role)


def fact(fid: str, *claims: Claim, sources: int, part_of: str | None = None, scope: str | None = None) -> Fact:
    values = [c.value for c in claims if c.value is not None]
    return Fact(id=fid, label=f"people {claims[0].measure}", measure=claims[0].measure, subject_group="mixed",
                location="Dunmore", claims=tuple(c.id for c in claims), low=min(values, default=None),
                high=max(values, default=None), assessment="consistent", explanation="", counted="people",
                role=claims[0].role, scope=scope, part_of=part_of, sources=sources)


def key(c: Claim) -> Hashable:
    """What makes two claims one quantity, as the reconciler keys them: measure, role, told as a part."""
    return (c.measure, c.role, (c.subject or "").endswith("(of whom)"))


DEAD = (claim("a:c1", "four", 4, "Four people died when the footbridge gave way."),
        claim("b:c1", "four", 4, "The collapse killed four people, police said."),
        claim("c:c1", "4", 4, "4 dead as footbridge collapses in Dunmore"))
HURT = (claim("a:c2", "11", 11, "Eleven were hurt.", measure="injured"),
        claim("b:c2", "11", 11, "11 people were injured.", measure="injured"))
TOLL = fact("f1", *DEAD, sources=3)
INJURED = fact("f2", *HURT, sources=2)


def table(*lone: Fact, parts: frozenset[str] = frozenset()) -> list[Fact]:
    rows = [TOLL, INJURED, *lone]
    claims = {c.id: c for c in (*DEAD, *HURT)} | {i: c for f in lone for i, c in _made.items() if i in f.claims}
    return beside_the_toll(rows, claims, parts=parts, key=key)


_made: dict[str, Claim] = {}


def lone(cid: str, number_text: str, value: float | None, text: str, *, part_of: str | None = None,
         scope: str | None = None, measure: str = "killed", role: str = "victims", subject: str | None = None) -> Fact:
    made = claim(cid, number_text, value, text, measure=measure, role=role, subject=subject)
    _made[cid] = made
    return fact(f"f{cid}", made, sources=1, part_of=part_of, scope=scope)


# -- the toll told again by one outlet: not a row ----------------------------------------------------

def test_an_earlier_count_of_the_toll_leaves_the_table() -> None:
    first = lone("d:c1", "two", 2, "Early reports said two people had died in the collapse.")
    assert table(first) == [TOLL, INJURED]


def test_an_odd_figure_of_the_hurt_leaves_the_table() -> None:
    odd = lone("d:c2", "three", 3, "The collapse killed four and wounded three others.", measure="injured")
    assert table(odd) == [TOLL, INJURED]


def test_a_vague_toll_beside_the_figure_leaves_the_table() -> None:
    vague = lone("d:c3", "several", None, "Several walkers lost their lives on the bridge.")
    assert table(vague) == [TOLL, INJURED]


def test_a_part_linked_to_no_total_is_set_against_the_toll() -> None:
    # "nine of them" told after the rescued, read as the dead: it is no part of the toll the table shows
    misread = lone("d:c4", "nine", 9, "Rescuers counted four dead and 30 rescued, nine of them pupils.",
                   subject="pupils (of whom)")
    assert table(misread, parts=frozenset({"d:c4"})) == [TOLL, INJURED]


# -- what must stay ------------------------------------------------------------------------------------

def test_a_part_linked_to_the_toll_stays() -> None:
    children = lone("d:c5", "two", 2, "Two of the dead were children.", part_of="f1", subject="children (of whom)")
    assert table(children, parts=frozenset({"d:c5"})) == [TOLL, INJURED, children]


def test_a_part_keyed_apart_but_not_told_of_whom_stays() -> None:
    women = lone("d:c6", "three", 3, "Three women were among those who died.")
    assert table(women, parts=frozenset({"d:c6"})) == [TOLL, INJURED, women]


def test_a_sub_events_toll_stays() -> None:
    village = lone("d:c7", "one", 1, "One of them died in the village of Kell.", scope="in Kell")
    assert table(village) == [TOLL, INJURED, village]


def test_a_toll_of_other_people_stays() -> None:
    gunmen = lone("d:c8", "two", 2, "Two of the attackers were shot dead by guards.", role="perpetrators")
    assert table(gunmen) == [TOLL, INJURED, gunmen]


def test_a_lone_toll_with_no_several_source_row_of_its_measure_stays() -> None:
    missing = lone("d:c9", "one", 1, "One walker is still missing.", measure="missing")
    rows = [TOLL, missing]
    claims = {c.id: c for c in DEAD} | {"d:c9": _made["d:c9"]}
    assert beside_the_toll(rows, claims, parts=frozenset(), key=key) == rows
    hurt = lone("d:c10", "five", 5, "Five were hurt.", measure="injured")
    claims["d:c10"] = _made["d:c10"]
    assert beside_the_toll([TOLL, hurt], claims, parts=frozenset(), key=key) == [TOLL, hurt]


def test_arrests_one_outlet_gives_stay() -> None:
    held = (claim("a:c3", "40", 40, "Police arrested 40 people.", measure="detained"),
            claim("b:c3", "40", 40, "40 were detained overnight.", measure="detained"))
    more = claim("d:c11", "55", 55, "By Sunday 55 had been arrested.", measure="detained")
    rows = [fact("f3", *held, sources=2), fact("f4", more, sources=1)]
    claims = {c.id: c for c in (*held, more)}
    assert beside_the_toll(rows, claims, parts=frozenset(), key=key) == rows


def test_a_vague_part_beside_the_figure_leaves_the_table() -> None:
    # "several of the injured" beside the eleven several outlets count: no figure a reader can set beside it
    critical = lone("d:c12", "several", None, "Several of the injured are in a critical condition.",
                    measure="injured", part_of="f2", subject="injured (of whom)")
    assert table(critical, parts=frozenset({"d:c12"})) == [TOLL, INJURED]


def test_a_vague_toll_stays_when_no_outlets_give_its_measure_a_figure() -> None:
    # several outlets tell the officers hurt only in words; one outlet alone the hurt among the crowd
    scores = (claim("a:c4", "scores", None, "Scores of officers were hurt in the clashes.", measure="injured",
                    role="security_forces"),
              claim("b:c4", "dozens", None, "Dozens of police were injured.", measure="injured",
                    role="security_forces"))
    several_vague = fact("f5", *scores, sources=2)
    hundreds = claim("d:c13", "hundreds", None, "Hundreds needed treatment for injuries.", measure="injured")
    rows = [TOLL, several_vague, fact("f6", hundreds, sources=1)]
    claims = {c.id: c for c in (*DEAD, *scores, hundreds)}
    assert beside_the_toll(rows, claims, parts=frozenset(), key=key) == rows


def test_a_persons_earlier_arrests_leave_the_table_the_storys_stay() -> None:
    record = claim("d:c14", "three", 3, "The suspect has three prior arrests for burglary.", measure="detained")
    raid = claim("d:c15", "six", 6, "Police arrested six more people on Friday.", measure="detained")
    rows = [TOLL, fact("f7", record, sources=1), fact("f8", raid, sources=1)]
    claims = {c.id: c for c in (*DEAD, record, raid)}
    assert beside_the_toll(rows, claims, parts=frozenset(), key=key) == [TOLL, rows[2]]
