"""One part of a total two outlets tell in two words joins into one row (link/told_parts.py)."""

from __future__ import annotations

from storyline.link.told_parts import join_parts
from storyline.model import Claim, Fact
from tests.link.made_claims import claim

WHOLE = "s:toll"


def _dead(cid: str, number_text: str, value: float, text: str, counted: str, qualifier: str = "exact") -> Claim:
    return claim(cid, number_text, value, text, measure="killed", counted=counted, qualifier=qualifier)


def _row(*claims: Claim, part_of: str | None = WHOLE) -> Fact:
    first = claims[0]
    return Fact(id=f"s:{first.id}", label=first.counted or "amount", measure=first.measure, subject_group="mixed",
                location="Harwick", claims=tuple(c.id for c in claims), low=first.low, high=first.high,
                assessment="consistent", explanation="", counted=first.counted, role=first.role, part_of=part_of,
                sources=len({c.article for c in claims}))


def _made(ids: list[str]) -> Fact:
    return Fact(id="s:joined", label="joined", measure="killed", subject_group="mixed", location="Harwick",
                claims=tuple(ids), low=None, high=None, assessment="consistent", explanation="re-judged",
                sources=len({i.split(":")[0] for i in ids}))


def _join(shown: list[Fact], *claims: Claim) -> list[set[str]]:
    return [set(f.claims) for f in join_parts(shown, {c.id: c for c in claims}, copies={}, make=_made)]


CADETS = (_dead("a:c1", "six", 6, "The blast killed 20 people, six of them cadets.", "cadets"),
          _dead("b:c1", "6", 6, "Among the 20 dead were 6 cadets, the academy said.", "cadets"))
TRAINEES = _dead("c:c1", "six", 6, "Twenty died, including six trainees from the academy.", "trainees")


def test_another_outlets_same_part_in_other_words_joins() -> None:
    assert _join([_row(*CADETS), _row(TRAINEES)], *CADETS, TRAINEES) == [{"a:c1", "b:c1", "c:c1"}]


def test_a_part_of_another_total_or_a_whole_stays() -> None:
    assert _join([_row(*CADETS), _row(TRAINEES, part_of="s:other")], *CADETS, TRAINEES) == [
        {"a:c1", "b:c1"}, {"c:c1"}]
    assert _join([_row(*CADETS), _row(TRAINEES, part_of=None)], *CADETS, TRAINEES) == [{"a:c1", "b:c1"}, {"c:c1"}]


def test_another_figure_stays() -> None:
    seven = _dead("c:c1", "seven", 7, "Twenty died, including seven trainees from the academy.", "trainees")
    assert _join([_row(*CADETS), _row(seven)], *CADETS, seven) == [{"a:c1", "b:c1"}, {"c:c1"}]


def test_an_article_that_gives_both_tells_two_parts() -> None:
    guards = _dead("a:c2", "six", 6, "The blast killed 20 people, six of them cadets and six guards.", "guards")
    assert _join([_row(*CADETS), _row(guards)], *CADETS, guards) == [{"a:c1", "b:c1"}, {"a:c2"}]


def test_a_vague_part_stays() -> None:
    some = _dead("c:c1", "several", 6, "Several trainees were among the dead.", "trainees", qualifier="vague")
    assert _join([_row(*CADETS), _row(some)], *CADETS, some) == [{"a:c1", "b:c1"}, {"c:c1"}]
