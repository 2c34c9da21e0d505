"""Rows two sources hold up, on sentences written for these tests: two different figures under one noun
that the row calls compatible are two quantities, a small count two writers give by chance in sentences
that tell different things corroborates nothing, while one figure told twice (rounded, updated, in another
unit, or a handful of things in one event's words) holds its row up, and so does a conflict the row shows."""

from __future__ import annotations

from typing import Literal

from storyline.link.reconcile import interval, reconcile
from storyline.link.two_sources import held_up
from storyline.model import Article, Claim, Fact


def claim(cid: str, number_text: str, value: float, text: str, *, counted: str = "laps", measure: str = "count",
          unit: str | None = None, role: str = "objects", qualifier: str = "exact") -> Claim:
    high = value if qualifier == "exact" else None
    return Claim(id=cid, article=cid.split(":")[0], start=0, end=len(text), text=text, number_text=number_text,
                 value=value, low=value, high=high, qualifier=qualifier, unit=unit or counted, measure=measure,
                 subject=None, subject_group="mixed", location="Corrin", as_of=None, attributed_to=None,
                 counted=counted, role=role)


def art(aid: str, *claims: Claim) -> Article:
    # each outlet's own words, so that no two read as copies of one wire text
    return Article(id=aid, source=f"{aid}.txt", format="txt", text=" ".join(c.text for c in claims),
                   published="2024-05-20", outlet=aid, claims=claims)


def fact(*claims: Claim, sources: int = 2, measure: str = "count", counted: str = "laps",
         assessment: Literal["consistent", "conflicting", "evolving"] = "consistent") -> Fact:
    values = [c.value for c in claims if c.value is not None]
    return Fact(id="s:f1", label=counted, measure=measure, subject_group="mixed", location="Corrin",
                claims=tuple(c.id for c in claims), low=min(values), high=max(values), assessment=assessment,
                explanation="", counted=counted, role="objects", sources=sources)


def holds(row: Fact, *claims: Claim, copies: dict[str, str] | None = None) -> bool:
    return held_up(row, {c.id: c for c in claims}, copies=copies or {}, span=interval, size=lambda c: None)


def tabled(*articles: Article) -> list[set[str]]:
    return [set(f.claims) for f in reconcile(articles, story="s")]


# -- two figures under one noun -------------------------------------------------------------------

def test_two_different_figures_are_two_quantities() -> None:
    lead = claim("a:c1", "14", 14, "The winner led for 14 laps after the restart.")
    pitted = claim("b:c1", "nine", 9, "She stayed out for nine laps on worn tyres before pitting.")
    assert not holds(fact(lead, pitted), lead, pitted)
    # unless the row says they conflict: then the reader sees both figures and is told they cannot both hold
    assert holds(fact(lead, pitted, assessment="conflicting"), lead, pitted)
    # or that the count moved from one to the other ("at least 40" after "nine")
    assert holds(fact(lead, pitted, assessment="evolving"), lead, pitted)


def test_one_figure_told_twice_holds_its_row_up() -> None:
    a = claim("a:c1", "14", 14, "The winner led for 14 laps after the restart.")
    b = claim("b:c1", "14", 14, "Over the last 14 laps nobody came close to the leader.")
    assert holds(fact(a, b), a, b)


def test_a_figure_rounded_or_updated_agrees() -> None:
    # $3.1 million and "more than $3.2 million" for one appeal, a day apart
    a = claim("a:c1", "$3.1 million", 3.1e6, "The appeal had raised $3.1 million by Monday.", counted="",
              measure="money", unit="USD")
    b = claim("b:c1", "more than $3.2 million", 3.2e6, "Donors have given more than $3.2 million to the appeal.",
              counted="", measure="money", unit="USD", qualifier="more_than")
    assert holds(fact(a, b, measure="money", counted=""), a, b)


def test_a_bound_and_a_figure_inside_it_agree() -> None:
    a = claim("a:c1", "at least 40", 40, "At least 40 stalls were flattened by the storm.", counted="stalls",
              qualifier="at_least")
    b = claim("b:c1", "52", 52, "The storm flattened 52 stalls in the old market.", counted="stalls")
    assert holds(fact(a, b, counted="stalls"), a, b)


def test_copies_of_one_text_are_one_source() -> None:
    # a and its copy c agree with each other; the second source gives another figure
    a = claim("a:c1", "14", 14, "The winner led for 14 laps after the restart.")
    c = claim("c:c1", "14", 14, "The winner led for 14 laps after the restart.")
    b = claim("b:c1", "nine", 9, "She stayed out for nine laps on worn tyres before pitting.")
    assert not holds(fact(a, c, b), a, c, b, copies={"a": "a", "c": "a", "b": "b"})


def test_three_sources_always_and_one_source_never_hold_a_row_up() -> None:
    a = claim("a:c1", "14", 14, "The winner led for 14 laps after the restart.")
    b = claim("b:c1", "nine", 9, "She stayed out for nine laps on worn tyres before pitting.")
    c = claim("c:c1", "22", 22, "The safety car stayed out for 22 laps.")
    assert holds(fact(a, b, c, sources=3), a, b, c)
    assert not holds(fact(a, sources=1), a)


# -- a small count given by chance ------------------------------------------------------------------

def test_a_small_count_in_sentences_that_tell_different_things_corroborates_nothing() -> None:
    goals = claim("a:c1", "two", 2, "The striker scored two goals in the final.", counted="goals")
    ruled_out = claim("b:c1", "two", 2, "Two goals were disallowed during last spring's league campaign.",
                      counted="goals")
    assert not holds(fact(goals, ruled_out, counted="goals"), goals, ruled_out)


def test_a_small_count_told_in_one_event_s_words_holds_its_row_up() -> None:
    a = claim("a:c1", "two", 2, "Two ferries carried the stranded passengers to Port Ellis, the harbour master said.",
              counted="ferries")
    b = claim("b:c1", "two", 2, "The harbour master sent two ferries to bring the stranded passengers to Port Ellis.",
              counted="ferries")
    assert holds(fact(a, b, counted="ferries"), a, b)


def test_a_large_count_needs_no_shared_words() -> None:
    # 1,800 seats agreeing by chance is unlikely, however differently the two sentences run
    a = claim("a:c1", "1,800", 1800, "The new hall has 1,800 seats.", counted="seats")
    b = claim("b:c1", "1,800", 1800, "Tickets for all 1,800 seats sold within an hour on Friday.", counted="seats")
    assert holds(fact(a, b, counted="seats"), a, b)


# -- through reconcile -------------------------------------------------------------------------------

def test_a_vague_word_and_a_figure_outside_it_leave_the_table() -> None:
    # "dozens" is read as a rough size beside 15 (no clash), yet no figure of one fits the other's
    dozens = claim("a:c1", "Dozens", 0, "Dozens of stalls were flattened by the storm.", counted="stalls",
                   qualifier="vague")
    fifteen = claim("b:c1", "15", 15, "The storm flattened 15 stalls in the old market.", counted="stalls")
    assert tabled(art("a", dozens), art("b", fifteen)) == []


def test_two_outlets_that_contradict_each_other_keep_their_conflicting_row() -> None:
    # the reader is told the two cannot both hold: a conflict is news, not noise
    lead = claim("a:c1", "14", 14, "The winner led for 14 laps after the restart.")
    led = claim("b:c1", "nine", 9, "The winner led for nine laps after the restart, the stewards said.")
    rows = reconcile([art("a", lead), art("b", led)], story="s")
    assert [(set(f.claims), f.assessment) for f in rows] == [({"a:c1", "b:c1"}, "conflicting")]


def test_a_toll_two_outlets_give_apart_stays_a_conflicting_row() -> None:
    # a toll is the story's own even from one source: two figures for it are a conflict to show
    four = claim("a:c1", "four", 4, "Four miners died when the gallery collapsed.", counted="miners",
                 measure="killed", unit="people", role="victims")
    six = claim("b:c1", "six", 6, "The collapse killed six miners, the company said.", counted="miners",
                measure="killed", unit="people", role="victims")
    rows = reconcile([art("a", four), art("b", six)], story="s")
    assert [set(f.claims) for f in rows] == [{"a:c1", "b:c1"}]
    assert rows[0].assessment == "conflicting"


def test_one_length_in_two_units_holds_its_row_up() -> None:
    decades = claim("a:c1", "two", 2, "The ferry line ran for two decades before it closed.", counted="",
                    measure="duration", unit="decades")
    years = claim("b:c1", "20", 20, "After 20 years of crossings the ferry line closed on Friday.", counted="",
                  measure="duration", unit="years")
    assert tabled(art("a", decades), art("b", years)) == [{"a:c1", "b:c1"}]


def test_a_small_count_two_outlets_give_by_chance_leaves_the_table() -> None:
    goals = claim("a:c1", "two", 2, "The striker scored two goals in the final.", counted="goals")
    ruled_out = claim("b:c1", "two", 2, "Two goals were disallowed by the video referee at the other ground.",
                      counted="goals")
    assert tabled(art("a", goals), art("b", ruled_out)) == []
    # told in one event's words, the same small count is the story's
    again = claim("b:c1", "two", 2, "In the final the striker scored two goals, both headers.", counted="goals")
    assert tabled(art("a", goals), art("b", again)) == [{"a:c1", "b:c1"}]
