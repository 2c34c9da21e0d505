"""A running total told beside the day's count joins the row of that count (link/running_totals.py)."""

from __future__ import annotations

import dataclasses

from storyline.link.running_totals import join_totals, running_total
from storyline.model import Claim, Fact
from tests.link.made_claims import claim
from tests.link.made_claims import joined_row as _made
from tests.link.made_claims import shown_row as _row

_DAY = "Officers held three more men on Friday, bringing the number under arrest to nine."
_BODIES = "Divers recovered two more bodies, raising the death toll to 17."


def _arrest(cid: str, number_text: str, value: float, text: str, counted: str = "men") -> Claim:
    return claim(cid, number_text, value, text, measure="detained", counted=counted, role="perpetrators")


def _join(shown: list[Fact], *claims: Claim) -> list[set[str]]:
    return [set(f.claims) for f in join_totals(shown, {c.id: c for c in claims}, make=_made)]


ARRESTS = (_arrest("a:c1", "six", 6, "Six men were arrested in raids on Thursday."),
           _arrest("b:c1", "three more", 3, _DAY))
TALLY = _arrest("b:c2", "nine", 9, _DAY, counted="people")


def test_a_tally_reads_as_one() -> None:
    assert running_total(TALLY)
    assert running_total(claim("c:c3", "17", 17, _BODIES, measure="killed"))
    assert not running_total(ARRESTS[1])
    assert not running_total(claim("c:c4", "40", 40, "The ferry was taking 40 passengers to the island."))


def test_the_tally_joins_the_row_that_holds_the_days_count() -> None:
    assert _join([_row(*ARRESTS), _row(TALLY)], *ARRESTS, TALLY) == [{"a:c1", "b:c1", "b:c2"}]


def test_a_tally_told_in_another_sentence_stays() -> None:
    apart = dataclasses.replace(TALLY, start=200)
    assert _join([_row(*ARRESTS), _row(apart)], *ARRESTS, apart) == [{"a:c1", "b:c1"}, {"b:c2"}]


def test_a_tally_of_another_measure_or_group_stays() -> None:
    dead = claim("b:c2", "nine", 9, _DAY, measure="killed", counted="people")
    assert _join([_row(*ARRESTS), _row(dead)], *ARRESTS, dead) == [{"a:c1", "b:c1"}, {"b:c2"}]
    guards = _arrest("b:c2", "nine", 9, _DAY, counted="guards")
    assert _join([_row(*ARRESTS), _row(guards)], *ARRESTS, guards) == [{"a:c1", "b:c1"}, {"b:c2"}]


def test_a_count_that_is_no_tally_stays() -> None:
    plain = _arrest("b:c2", "nine", 9, "Officers held three more men on Friday; nine were held in all.",
                    counted="people")
    day = dataclasses.replace(ARRESTS[1], text=plain.text)
    assert _join([_row(ARRESTS[0], day), _row(plain)], ARRESTS[0], day, plain) == [{"a:c1", "b:c1"}, {"b:c2"}]
