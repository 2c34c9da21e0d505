"""Seeds and places in a ranking read as ranks (extract/standings.py), runs told with a digit ordinal
(extract/word_counts.py), on sentences written for these tests."""

from __future__ import annotations

import pytest

from storyline.extract import nlp
from storyline.extract.ordinals import RANK
from storyline.link.reconcile import reconcile
from storyline.model import Article, Claim
from tests.extract import parsed_claims


@pytest.fixture(scope="module", autouse=True)
def _parser() -> None:
    nlp.setup()


def parsed(text: str, *, aid: str = "t") -> Article:
    return parsed_claims.parsed(text, aid=aid, published="2025-06-02")


def ranks(text: str) -> dict[str, Claim]:
    return {c.number_text: c for c in parsed(text).claims if c.measure == RANK}


@pytest.mark.parametrize(("text", "number_text", "value", "counted"), [
    ("The top-seeded Harriers beat the visitors 71-60 in the quarterfinal.", "top", 1, "seeds"),
    ("Adeyemi hit 18 points for the eleventh-seeded Falcons.", "eleventh", 11, "seeds"),
    ("The Rovers clinched the No. 3 seed in the western bracket.", "No. 3", 3, "seeds"),
    ("The win gave Lindqvist the fourth seed at the indoor open.", "fourth", 4, "seeds"),
    ("The league's top seed cruised into the semifinals on Friday.", "top", 1, "seeds"),
    ("The Pumas locked up the six seed with a late field goal.", "six", 6, "seeds"),
    ("Moreau, seeded 12th, was knocked out in the second round.", "12th", 12, "seeds"),
    ("The win lifts her from 40th to 28th in the WTA rankings on Monday.", "28th", 28, "rankings"),
    ("Kowalczyk will rise to number 9 in the world next week.", "number 9", 9, "rankings"),
    ("The centre-left party is now third in the polls, behind the greens.", "third", 3, "rankings"),
    ("The world No. 6 needed five sets to get through.", "No. 6", 6, "rankings"),
    ("She is ranked 14th after the clay season.", "14th", 14, "rankings"),
])
def test_a_seed_or_a_place_in_a_ranking_is_a_rank(text: str, number_text: str, value: int, counted: str) -> None:
    found = ranks(text)
    assert number_text in found, [(c.number_text, c.measure) for c in parsed(text).claims]
    claim = found[number_text]
    assert (claim.value, claim.low, claim.high, claim.qualifier, claim.counted) == (value, value, value, "exact",
                                                                                   counted)


@pytest.mark.parametrize("text", [
    "The growers planted five seeds in each tray.",  # a count of seeds
    "The top seeds all came through the first round.",  # a group, not one place
    "The start-up raised its seed funding from two angel investors.",  # seed money
    "She became the fifth woman in the world to climb all three peaks.",  # an ordinal that ranks a noun
    "Each pot held a single seed, and a second seed was added a week later.",
])
def test_seeds_and_worlds_that_are_no_standing_are_no_rank(text: str) -> None:
    assert not [c for c in parsed(text).claims if c.counted in ("seeds", "rankings") and c.measure == RANK]


def test_a_seed_several_outlets_tell_in_other_words_is_one_fact_and_another_seed_another() -> None:
    one = parsed("The top-seeded Harriers beat the ninth-seeded Owls 71-60 on Friday.", aid="a")
    two = parsed("The Harriers, the tournament's top seed, advanced past the Owls.", aid="b")
    three = parsed("The No. 1 seed Harriers face the winner on Saturday; the ninth-seeded Owls go home.", aid="c")
    facts = [f for f in reconcile([one, two, three], story="s") if f.measure == RANK]
    told = {c.id: c for a in (one, two, three) for c in a.claims}
    by_value = {told[f.claims[0]].value: {told[c].article for c in f.claims} for f in facts}
    assert by_value == {1: {"a", "b", "c"}, 9: {"a", "c"}}


def test_a_run_told_with_a_digit_ordinal_or_after_and_is_a_count() -> None:
    claims = {c.number_text: c for c in parsed(
        "Okafor won his 14th straight fight, and the club reached its eighth consecutive win and "
        "sixth straight league title.").claims}
    assert (claims["14th"].measure, claims["14th"].value, claims["14th"].counted) == ("count", 14, "fights")
    assert (claims["sixth"].value, claims["sixth"].counted) == (6, "titles")
    assert claims["eighth"].counted == "wins"


def test_a_place_in_a_record_list_is_a_rank_and_a_record_book_aside_is_not() -> None:
    assert ranks("The goal moved her into fourth in club history.")["fourth"].counted == "rankings"
    assert "third" not in ranks("She became the third in league history to score 40 in a game.")
    assert ranks("He is 17th in the rankings with one event to play.")["17th"].value == 17
