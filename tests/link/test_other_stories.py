"""One fact, one row across stories: a sequel's row that retells a row of the event's story is left out of the
sequel's table (link/other_stories.py); on rows and sentences written for these tests."""

from __future__ import annotations

from typing import Any

from storyline.link.other_stories import retells, retold_rows
from storyline.link.stories import build_stories
from storyline.model import Fact, Story
from tests.link.made_claims import art, claim, things


def row(fid: str, counted: str, low: float, high: float | None = None, *, sources: int, measure: str = "count",
        role: str = "objects", location: str | None = "Harwick", **kw: Any) -> Fact:
    return Fact(id=fid, label=f"{counted} ({fid})", measure=measure, subject_group="mixed", location=location,
                claims=(f"{fid}:c1",), low=low, high=low if high is None else high, assessment="consistent",
                explanation="", counted=counted, role=role, sources=sources, **kw)


def story(sid: str, *facts: Fact) -> Story:
    return Story(id=sid, title=sid, articles=(f"{sid}1",), facts=facts)


def test_a_sequel_retelling_the_charges_loses_its_row() -> None:
    event = story("event", row("e1", "counts of murder", 3, sources=4, measure="charged"))
    sequel = story("trial", row("t1", "counts of first-degree murder", 3, sources=1, measure="charged"),
                   row("t2", "jurors", 12, sources=2))
    out = {s.id: s for s in retold_rows([event, sequel])}
    assert [f.id for f in out["trial"].facts] == ["t2"]
    assert [f.rank for f in out["trial"].facts] == [1]
    assert out["event"] is event


def test_a_retelling_without_a_place_or_in_a_place_inside_the_others_is_one_fact() -> None:
    staff = row("e1", "employees", 480, sources=5, location="Leeds")
    assert retells(row("t1", "staff employees", 480, sources=1, location=None), staff)
    assert retells(row("t2", "employees", 480, sources=2, location="Leeds, West Yorkshire"),
                   row("e2", "employees", 480, sources=5, location="West Yorkshire"))


def test_rows_that_differ_stay_apart() -> None:
    toll = row("e1", "people", 7, sources=6, measure="killed", role="victims")
    # another figure, another noun, another measure, another role, another place
    assert not retells(row("t1", "people", 9, sources=1, measure="killed", role="victims"), toll)
    assert not retells(row("t2", "miners", 7, sources=1, measure="killed", role="victims"), toll)
    assert not retells(row("t3", "people", 7, sources=1, measure="injured", role="victims"), toll)
    assert not retells(row("t4", "people", 7, sources=1, measure="killed", role="perpetrators"), toll)
    assert not retells(row("t5", "people", 7, sources=1, measure="killed", role="victims", location="Dunmore"),
                       toll)
    # the story that reports the fact most keeps it: a row with as many sources, a range of its own, stays
    assert not retells(row("t6", "people", 7, sources=6, measure="killed", role="victims"), toll)
    assert not retells(row("t7", "people", 5, 7, sources=1, measure="killed", role="victims"), toll)
    # a part of a total, or one place's figure, is not a retelling of the total
    assert not retells(row("t8", "people", 7, sources=1, measure="killed", role="victims", part_of="x"), toll)
    assert not retells(row("t9", "people", 7, sources=1, measure="killed", role="victims", scope="in Dunmore"),
                       toll)


def test_rows_of_one_story_are_never_compared_with_each_other() -> None:
    alone = story("event", row("e1", "counts of murder", 3, sources=4), row("e2", "counts of murder", 3, sources=1))
    assert retold_rows([alone]) == [alone]


def test_a_trial_story_does_not_repeat_the_fire_storys_row_of_homes() -> None:
    fire = [art(a, things(f"{a}:c1", "40", 40, f"The blaze at Harwick destroyed 40 homes, officials said ({a}).",
                          "homes")) for a in ("f1", "f2", "f3")]
    trial = [art(t, things(f"{t}:c1", "40", 40, f"The court heard the arson destroyed 40 homes in Harwick ({t}).",
                           "homes"),
                 claim(f"{t}:c2", "12", 12, f"A jury of 12 people heard the case ({t}).", role="other"))
             for t in ("t1", "t2")]
    alone = build_stories(trial)[1][0]  # told alone, the trial's articles make a row of the homes
    assert any("t1:c1" in f.claims for f in alone.facts)
    _, stories = build_stories([*fire, *trial], {"fire": ["f1", "f2", "f3"], "trial": ["t1", "t2"]})
    by_id = {s.id: s for s in stories}
    assert any("f1:c1" in f.claims for f in by_id["fire"].facts)
    assert not any("t1:c1" in f.claims for f in by_id["trial"].facts)
