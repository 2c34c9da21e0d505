"""Things sent to the scene, counted with no verb of their own: one row with the things deployed
(link/sent_things.py); on sentences written for these tests."""

from __future__ import annotations

from storyline.link.sent_things import fold_counted_into_sent
from tests.link.made_claims import ids, things, unit


def sent(cid: str, value: float, noun: str = "helicopters") -> object:
    return things(cid, f"{value:g}", value, f"The fire service deployed {value:g} {noun}.", noun, did="deployed",
                  measure="deployed")


def counted(cid: str, value: float, noun: str = "helicopters", did: str | None = None) -> object:
    return things(cid, f"{value:g}", value, f"{value:g} {noun} were in the air all day.", noun, did=did)


def test_counted_craft_join_the_craft_deployed() -> None:
    row, mine = unit(sent("a:c1", 5), sent("b:c1", 2)), unit(counted("c:c1", 3), counted("d:c1", 3))
    fold_counted_into_sent([row, mine])
    assert ids(row) == {"a:c1", "b:c1", "c:c1", "d:c1"} and not mine.total
    # told at work ("involved") they still join
    row, mine = unit(sent("a:c1", 5)), unit(counted("c:c1", 3, did="involved"))
    fold_counted_into_sent([row, mine])
    assert ids(row) == {"a:c1", "c:c1"}


def test_what_befell_them_another_noun_or_two_deployed_rows_keep_them_apart() -> None:
    cases = [
        ([unit(sent("a:c1", 5))], unit(counted("c:c1", 2, did="crashed"))),  # a fate: another quantity
        ([unit(sent("a:c1", 5))], unit(counted("c:c1", 2, noun="hectares"))),  # no thing sent
        ([unit(sent("a:c1", 5, noun="boats"))], unit(counted("c:c1", 3))),  # another noun
        ([unit(sent("a:c1", 5)), unit(sent("b:c1", 9))], unit(counted("c:c1", 3))),  # which of the two?
    ]
    for rows, mine in cases:
        fold_counted_into_sent([*rows, mine])
        assert ids(mine) == {"c:c1"}
