"""Rows joined from one-source rows of one figure that each source counts in its own noun (link/kindred_rows.py)."""

from __future__ import annotations

from storyline.link.kindred_rows import join_kindred
from storyline.model import Claim, Fact
from tests.link.made_claims import claim, things

RAIDERS = claim("a:c1", "About 40", 40, "About 40 raiders armed with machetes stormed the depot at dawn.",
                counted="raiders", role="perpetrators", qualifier="about")
BAND = claim("b:c1", "around 40", 40, "The band, put at around 40 men by witnesses, fled into the hills.",
             counted="men", role="other", qualifier="about")


def _row(*claims: Claim) -> Fact:
    first = claims[0]
    return Fact(id=f"s:{first.id}", label=first.counted or "amount", measure=first.measure, subject_group="mixed",
                location=None, claims=tuple(c.id for c in claims), low=first.low, high=first.high,
                assessment="single_source", explanation="", counted=first.counted, role=first.role, sources=1)


def _made(ids: list[str]) -> Fact:
    return Fact(id="s:joined", label="joined", measure="count", subject_group="mixed", location=None,
                claims=tuple(ids), low=None, high=None, assessment="consistent", explanation="", sources=2)


def _join(*claims: Claim, shown: tuple[Claim, ...] = (), early: set[str] | None = None,
          copies: dict[str, str] | None = None) -> list[set[str]]:
    every = {c.id: c for c in (*claims, *shown)}
    made = join_kindred([_row(c) for c in claims], every, shown=[_row(c) for c in shown],
                        early={c.id for c in claims} if early is None else early, copies=copies or {}, make=_made)
    return [set(f.claims) for f in made]


def test_one_rounded_figure_of_people_counted_in_two_nouns_is_one_row() -> None:
    assert _join(RAIDERS, BAND) == [{"a:c1", "b:c1"}]


def test_things_counted_in_two_nouns_join_on_a_word_beside_both_figures() -> None:
    closures = things("a:c1", "roughly 2,300", 2300, "Staff fear more than the roughly 2,300 cuts the board planned.",
                      "cuts", qualifier="about")
    posts = things("b:c1", "2,300", 2300, "The group intends to cut 2,300 posts over three years.", "posts")
    assert _join(closures, posts) == [{"a:c1", "b:c1"}]


def test_a_word_beside_another_figure_of_the_sentence_is_not_shared() -> None:
    laps = things("a:c1", "nine", 9, "She led for nine laps on 300 metres of track and two sprints.", "laps")
    sprints = things("b:c1", "nine", 9, "Over the meeting she won nine sprints in the rain.", "sprints")
    assert _join(laps, sprints) == []


def test_things_with_no_word_in_common_beside_them_are_two_facts() -> None:
    lorries = things("a:c1", "40", 40, "Customs stopped 40 lorries at the border post.", "lorries")
    beds = things("b:c1", "40", 40, "The shelter opened 40 beds for the night.", "beds")
    assert _join(lorries, beds) == []


def test_two_values_are_two_facts() -> None:
    fewer = claim("b:c1", "around 30", 30, "The band, put at around 30 men by witnesses, fled into the hills.",
                  counted="men", role="other", qualifier="about")
    assert _join(RAIDERS, fewer) == []


def test_a_handful_agrees_by_chance() -> None:
    three = claim("a:c1", "three", 3, "Three raiders were seen near the depot.", counted="raiders")
    other = claim("b:c1", "three", 3, "Three men were questioned later.", counted="men")
    assert _join(three, other) == []


def test_copies_of_one_wire_text_are_one_source() -> None:
    assert _join(RAIDERS, BAND, copies={"a": "a", "b": "a"}) == []


def test_one_report_must_be_told_in_the_first_half_of_its_article() -> None:
    assert _join(RAIDERS, BAND, early=set()) == []
    assert _join(RAIDERS, BAND, early={"b:c1"}) == [{"a:c1", "b:c1"}]


def test_a_figure_the_table_shows_already_is_not_told_twice() -> None:
    held = claim("c:c1", "40", 40, "Police said 40 raiders took part.", counted="raiders")
    assert _join(RAIDERS, BAND, shown=(held,)) == []


def test_people_and_things_of_one_figure_are_not_joined_on_kind_alone() -> None:
    crates = things("b:c1", "around 40", 40, "Some 40 crates vanished from the yard.", "crates", qualifier="about")
    assert _join(RAIDERS, crates) == []


AUDIENCE = claim("a:c1", "2,386", 2386, "The recital drew an audience of 2,386, the hall's largest this season.")
ROUGH_AUDIENCE = claim("b:c1", "about 2,400", 2400, "An audience of about 2,400 heard the closing night.",
                       qualifier="about")


def test_an_exact_figure_and_another_outlets_rounding_of_it_are_one_row_even_told_late() -> None:
    assert _join(AUDIENCE, ROUGH_AUDIENCE, early=set()) == [{"a:c1", "b:c1"}]


def test_rounded_figures_of_another_unit_or_measure_stay_apart() -> None:
    seats = things("b:c1", "about 2,400", 2400, "The hall has about 2,400 seats.", "seats", qualifier="about")
    takings = claim("b:c1", "about 2,400", 2400, "Tickets raised about 2,400 pounds.", measure="money", unit="GBP",
                    counted=None, qualifier="about")
    assert _join(AUDIENCE, seats) == []
    assert _join(AUDIENCE, takings) == []


def test_an_exact_figure_and_its_rounding_from_copies_of_one_text_are_one_source() -> None:
    assert _join(AUDIENCE, ROUGH_AUDIENCE, copies={"a": "a", "b": "a"}) == []
