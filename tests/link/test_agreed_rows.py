"""Rows joined from left-out figures that writers apart print for one thing (link/agreed_rows.py)."""

from __future__ import annotations

from storyline.link.agreed_rows import join_left_out
from storyline.link.reconcile import reconcile
from storyline.model import Claim, Fact
from tests.link.made_claims import art, things

ROUTES = things("a:c1", "14", 14, "The new ferry service launches with 14 routes across the bay.", "routes")
CROSSINGS = things("b:c1", "14", 14, "Its launch timetable lists 14 crossings on the first morning.", "crossings")


def _row(*claims: Claim, sources: int = 1) -> Fact:
    first = claims[0]
    return Fact(id=f"s:{first.id}", label=first.counted or "amount", measure=first.measure, subject_group="mixed",
                location=None, claims=tuple(c.id for c in claims), low=first.value, high=first.value,
                assessment="single_source", explanation="", counted=first.counted, role=first.role, sources=sources)


def _made(ids: list[str]) -> Fact:
    return Fact(id="s:joined", label="joined", measure="count", subject_group="mixed", location=None,
                claims=tuple(ids), low=None, high=None, assessment="consistent", explanation="", sources=2)


def _join(rows: list[Fact], claims: list[Claim], *, dropped: tuple[Claim, ...] = (), shown: tuple[Fact, ...] = (),
          early: set[str] | None = None, copies: dict[str, str] | None = None) -> list[set[str]]:
    every = {c.id: c for c in (*claims, *dropped)}
    made = join_left_out(rows, list(dropped), every, shown=list(shown),
                         early=every.keys() if early is None else early, copies=copies or {}, make=_made)
    return [set(f.claims) for f in made]


def test_two_sources_naming_one_figure_in_their_own_words_make_one_row() -> None:
    assert _join([_row(ROUTES), _row(CROSSINGS)], [ROUTES, CROSSINGS]) == [{"a:c1", "b:c1"}]


def test_a_claim_the_filters_dropped_joins_a_left_out_row_of_another_source() -> None:
    dropped = things("b:c2", "14", 14, "Riders can pick from a launch list of 14 routes.", "list", measure="other")
    assert _join([_row(ROUTES)], [ROUTES], dropped=(dropped,)) == [{"a:c1", "b:c2"}]


def test_claims_the_filters_dropped_make_no_row_without_a_left_out_row() -> None:
    one = things("a:c2", "14", 14, "A launch list of 14 routes was printed.", "list", measure="other")
    two = things("b:c2", "14", 14, "Riders can pick from a launch list of 14 routes.", "list", measure="other")
    assert _join([], [], dropped=(one, two)) == []


def test_two_figures_are_not_one() -> None:
    fifteen = things("b:c1", "15", 15, "Its launch timetable lists 15 crossings on the first morning.", "crossings")
    assert _join([_row(ROUTES), _row(fifteen)], [ROUTES, fifteen]) == []


def test_copies_of_one_wire_text_are_one_source() -> None:
    assert _join([_row(ROUTES), _row(CROSSINGS)], [ROUTES, CROSSINGS], copies={"a": "a", "b": "a"}) == []


def test_one_sentence_reprinted_is_one_writer() -> None:
    reprinted = things("b:c1", "14", 14, "The new ferry service launches with 14 routes across the bay.", "routes")
    assert _join([_row(ROUTES), _row(reprinted)], [ROUTES, reprinted]) == []


def test_a_handful_agrees_by_chance() -> None:
    few = things("a:c1", "three", 3, "The new ferry service launches with three routes.", "routes")
    other = things("b:c1", "three", 3, "Its launch timetable lists three crossings.", "crossings")
    assert _join([_row(few), _row(other)], [few, other]) == []


def test_figures_with_no_word_in_common_beside_them_tell_two_things() -> None:
    ages = things("b:c1", "14", 14, "Harbour staff counted 14 gulls on the pier at noon.", "gulls")
    assert _join([_row(ROUTES), _row(ages)], [ROUTES, ages]) == []


def test_a_name_beside_the_figure_is_no_shared_word() -> None:
    mine = things("a:c1", "14", 14, "Harwick Ferries said 14 boats were ready.", "boats")
    theirs = things("b:c1", "14", 14, "At Harwick Ferries, 14 captains signed on.", "captains")
    assert _join([_row(mine), _row(theirs)], [mine, theirs]) == []


def test_two_sources_must_tell_it_in_the_first_half_of_their_articles() -> None:
    assert _join([_row(ROUTES), _row(CROSSINGS)], [ROUTES, CROSSINGS], early={"a:c1"}) == []


def test_a_figure_the_table_holds_already_is_not_split_into_a_second_row() -> None:
    held = things("c:c1", "14", 14, "The operator will launch 14 routes this spring.", "routes")
    assert _join([_row(ROUTES), _row(CROSSINGS)], [ROUTES, CROSSINGS, held], shown=(_row(held),)) == []


def test_scores_series_and_numbers_in_names_are_no_amounts() -> None:
    score = things("a:c1", "24-24", 24, "The match stood at 24-24 before the last launch.", "points")
    score2 = things("b:c1", "24-24", 24, "A late launch broke the 24-24 tie.", "points")
    series = things("a:c2", "9", 9, "The launch fixes versions 8 and 9 of the app.", "versions")
    series2 = things("b:c2", "9", 9, "The update covers launch builds 9 and 10 only.", "builds")
    assert _join([_row(score), _row(score2)], [score, score2]) == []
    assert _join([_row(series), _row(series2)], [series, series2]) == []


def test_rows_several_sources_hold_up_are_not_joined_again() -> None:
    assert _join([_row(ROUTES, sources=2), _row(CROSSINGS, sources=2)], [ROUTES, CROSSINGS]) == []


def test_reconcile_tables_the_figure_two_outlets_name_in_their_own_words() -> None:
    rows = reconcile([art("a", ROUTES), art("b", CROSSINGS)], story="s")
    assert [set(f.claims) for f in rows] == [{"a:c1", "b:c1"}]
    assert rows[0].sources == 2


def test_reconcile_leaves_out_a_count_of_things_one_outlet_gives_alone() -> None:
    gulls = things("b:c1", "14", 14, "Harbour staff counted 14 gulls on the pier at noon.", "gulls")
    assert reconcile([art("a", ROUTES), art("b", gulls)], story="s") == ()


def test_durations_that_share_only_their_unit_tell_two_things() -> None:
    served = things("a:c1", "eleven", 11, "She chaired the board for eleven years in all.", "years", measure="duration")
    built = things("b:c1", "eleven", 11, "Building the pier took eleven years of work.", "years", measure="duration")
    assert _join([_row(served), _row(built)], [served, built]) == []


def test_a_duration_counted_back_from_the_writer_s_day_dates_an_event() -> None:
    row = things("a:c1", "eleven", 11, "The pier reopened after eleven years of repairs.", "years", measure="duration")
    ago = things("b:c1", "eleven", 11, "Storm damage shut it down for repairs eleven years ago.", "years",
                 measure="duration")
    later = things("b:c2", "eleven", 11, "Crews spent eleven years on repairs to the old pier.", "years",
                   measure="duration")
    assert _join([_row(row)], [row], dropped=(ago,)) == []
    assert _join([_row(row)], [row], dropped=(later,)) == [{"a:c1", "b:c2"}]
