"""The facts table a reader sees, end to end, on five invented multi-outlet stories (``piles/``: a market
bombing, a quake, a takeover, a fraud sentencing, a basketball game; three outlets each, written for these
tests, with the figures a real report would give and the asides it would make). Each assertion is one thing a
reader would object to if it went wrong: another event's toll inside this one's, a rival's share move in the
premium's row, a prison term read as a mere duration, a dateline credited as a source."""

from __future__ import annotations

from pathlib import Path

import pytest

from storyline import api
from storyline.model import Fact

PILES = Path(__file__).parent / "piles"


@pytest.fixture(scope="module")
def tables(tmp_path_factory: pytest.TempPathFactory) -> dict[str, tuple[Fact, ...]]:
    """Each pile analysed alone, its facts in the order a reader sees them."""
    out = {}
    for pile in sorted(p.name for p in PILES.iterdir()):
        analysis = api.analyze([PILES / pile], db=tmp_path_factory.mktemp(pile) / "s.db")
        out[pile] = tuple(sorted((f for s in analysis.dossier.stories for f in s.facts), key=lambda f: f.rank or 0))
    return out


def test_recalled_events_and_the_years_totals_stay_out_of_the_bombings_toll(tables: dict[str, tuple[Fact, ...]]
                                                                           ) -> None:
    [toll] = [f for f in tables["market"] if f.measure == "killed" and f.sources >= 3]
    assert (toll.low, toll.high) == (14.0, 14.0)  # not 35, 63, 22, 31, 85 or 60: other events, other spans
    assert toll.rank == 1


def test_the_quake_toll_rises_without_the_1997_quake_and_leads_the_table(tables: dict[str, tuple[Fact, ...]]) -> None:
    killed = [f for f in tables["quake"] if f.measure == "killed"]
    toll = max(killed, key=lambda f: f.sources)
    assert (toll.low, toll.high, toll.assessment) == (23.0, 27.0, "evolving")
    assert toll.rank == 1
    assert all((f.high or 0) < 212 for f in killed)
    # the magnitude's sentence counts people; the magnitude does not, and it is one row
    assert len([f for f in tables["quake"] if f.measure == "magnitude" and f.sources >= 2]) == 1


def test_the_premium_and_the_share_moves_are_apart(tables: dict[str, tuple[Fact, ...]]) -> None:
    shares = [f for f in tables["deal"] if f.measure == "percent"]
    assert sorted((f.low, f.high) for f in shares) == [(23.8, 24.0), (27.0, 27.0)]
    assert all(f.assessment == "consistent" for f in shares)


def test_the_premium_is_named_and_no_place_is_shouted(tables: dict[str, tuple[Fact, ...]]) -> None:
    [premium] = [f for f in tables["deal"] if f.measure == "percent" and f.low == 27.0]
    assert premium.label.startswith("premium")  # "a 27 percent premium to ...", not "more than share"
    for facts in tables.values():  # a place only a dateline names reads "Chicago", not "CHICAGO"
        assert not any(f.location and f.location.isupper() and len(f.location) > 3 for f in facts)


def test_no_dateline_is_credited(tables: dict[str, tuple[Fact, ...]]) -> None:
    for facts in tables.values():
        for fact in facts:
            assert "(Wire One)" not in fact.explanation and "(Evening Star)" not in fact.explanation, fact


def test_the_term_given_is_a_sentence_not_a_duration(tables: dict[str, tuple[Fact, ...]]) -> None:
    given = max((f for f in tables["court"] if f.measure == "sentence"), key=lambda f: f.sources)
    # "144 months" (the third outlet) is the same term: one row of three sources, told in years
    assert given.sources == 3 and (given.low, given.high) == (12.0, 12.0) and given.assessment == "consistent"
    assert not any(f.measure == "duration" and f.high == 12.0 for f in tables["court"])
    # what her lawyer asked for is a row of its own, never a low end of the term given
    assert any(f.measure == "sentence" and "sought" in f.label and f.high == 8.0 for f in tables["court"])


def test_the_games_score_and_top_scorer(tables: dict[str, tuple[Fact, ...]]) -> None:
    facts = tables["game"]
    scored = [f for f in facts if f.sources == 3 and f.low == 34.0]
    assert scored and "Tatum" in scored[0].label
    assert any(f.sources == 3 and "112-105" in f.label for f in facts)


def test_a_part_names_another_row_of_its_table(tables: dict[str, tuple[Fact, ...]]) -> None:
    # DOSSIER: ``part_of`` is the id of the fact this one is a part of, never the fact itself
    parts = [(pile, f) for pile, facts in tables.items() for f in facts if f.part_of]
    assert parts, "the piles have sub-event figures"
    for pile, fact in parts:
        assert fact.part_of != fact.id and any(f.id == fact.part_of for f in tables[pile]), (pile, fact.label)
