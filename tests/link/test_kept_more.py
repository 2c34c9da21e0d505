"""Counts told as a modifier ("a 12-member jury", "a five-game winning streak", "a three-book series"), kept
when outlets of different sources give them, on sentences written for these tests."""

from __future__ import annotations

from storyline.link.kept_more import agreed_parts, as_count, part
from storyline.link.reconcile import reconcile
from storyline.model import Claim
from tests.link.made_claims import modifier, told


def test_a_number_joined_to_a_part_before_a_whole_counts_the_parts() -> None:
    assert part(modifier("a:c1", "12", 12, "A 12-member jury heard the case.", counted="member")) == "member"
    assert part(modifier("a:c1", "five", 5, "The club is on a five - game winning streak.", counted="game")) == "game"
    assert part(modifier("a:c1", "three", 3, "She signed for a three-book series with the press.",
                         counted="book")) == "book"
    assert part(modifier("a:c1", "eight", 8, "The eight-fight unbeaten run ended in May.", counted="fight")) == "fight"


def test_a_dimension_a_share_or_a_bare_figure_is_no_count_of_parts() -> None:
    # a dimension names a kind of thing: a building's storeys, a gun's gauge, a chip's width, a scale's steps
    assert part(modifier("a:c1", "three", 3, "Smoke rose from the three-story building.", counted="story")) is None
    assert part(modifier("a:c1", "12", 12, "Police found a 12-gauge shotgun.", counted="gauge")) is None
    assert part(modifier("a:c1", "64", 64, "It runs a 64-bit chip.", counted="bit")) is None
    assert part(modifier("a:c1", "four", 4, "The four-step scale rates threats.", counted="step")) is None
    # an occasion is a career's: "a two-time champion"
    assert part(modifier("a:c1", "two", 2, "The two-time champion stepped in late.", counted="time")) is None
    # no whole after the part, one part, a figure with decimals, a figure told plainly
    assert part(modifier("a:c1", "ten", 10, "They lost the ten-game and the cup.", counted="game")) is None
    assert part(modifier("a:c1", "one", 1, "A one-game suspension followed.", counted="game")) is None
    assert part(modifier("a:c1", "2.5", 2.5, "A 2.5-game lead is slim.", counted="game")) is None
    assert part(modifier("a:c1", "five", 5, "They won five games in a row.", counted="games", measure="count")) is None


def test_the_claim_becomes_a_count_of_its_parts() -> None:
    members = as_count(modifier("a:c1", "12", 12, "A 12-member jury heard the case.", counted="member"), "member")
    assert (members.measure, members.counted, members.unit) == ("count", "members", "people")
    crew = as_count(modifier("a:c1", "six", 6, "A six-man crew sailed at dawn.", counted="man"), "man")
    assert (crew.counted, crew.unit) == ("members", "people")  # a body's members, however its size is told
    games = as_count(modifier("a:c1", "five", 5, "The club is on a five-game winning streak.", counted="game"), "game")
    assert (games.measure, games.counted, games.unit) == ("count", "games", "games")


def test_two_sources_in_their_own_words_agree_copies_and_other_values_do_not() -> None:
    a = told("a", modifier("a:c1", "five", 5, "The Hawks ride a five-game winning streak into Friday.", counted="game"))
    b = told("b", modifier("b:c1", "five", 5, "Coach Lyle credits defence for the five-game win streak.",
                           counted="game"))
    assert agreed_parts([a, b]) == {"a:c1", "b:c1"}
    copy = told("c", modifier("c:c1", "five", 5, "The Hawks ride a five-game winning streak into Friday.",
                              counted="game"))
    assert agreed_parts([a, copy]) == frozenset()  # one text copied: one writer
    other = told("d", modifier("d:c1", "six", 6, "Their six-game road trip starts Friday.", counted="game"))
    assert agreed_parts([a, other]) == frozenset()  # another value
    assert agreed_parts([a, b], copies={"a": "a", "b": "a"}) == frozenset()  # two outlets of one source
    alone = told("e", modifier("e:c1", "five", 5, "The Hawks ride a five-game winning streak into Friday.",
                               counted="game"), modifier("e:c2", "five", 5, "A five-game winning streak is rare here.",
                                                         counted="game"))
    assert agreed_parts([alone]) == frozenset()  # one article repeating itself


def test_a_bodys_members_agree_with_a_plain_count_of_them_games_do_not() -> None:
    a = told("a", modifier("a:c1", "40", 40, "In March the 40-member board voted to close the depot.",
                           counted="member", unit="people"))
    plain = Claim(id="b:c1", article="b", start=0, end=60,
                  text="The board's 40 members each hold one vote on the plan.", number_text="40", value=40, low=40,
                  high=40, qualifier="exact", unit="people", measure="count",
                  subject=None, subject_group="mixed", location="Valland", as_of=None, attributed_to=None,
                  counted="members", role="other")
    assert agreed_parts([a, told("b", plain)]) == {"a:c1"}
    games = Claim(id="b:c1", article="b", start=0, end=40, text="They won five games last month.", number_text="five",
                  value=5, low=5, high=5, qualifier="exact", unit="games", measure="count", subject=None,
                  subject_group="not_people", location="Valland", as_of=None, attributed_to=None, counted="games",
                  role="objects")
    streak = told("a", modifier("a:c1", "five", 5, "The Hawks ride a five-game winning streak.", counted="game"))
    assert agreed_parts([streak, told("b", games)]) == frozenset()  # "won five games" is another figure
    man = told("c", modifier("c:c1", "six", 6, "A six-man crew rowed the lifeboat out.", counted="man", unit="people"))
    member = told("d", modifier("d:c1", "six", 6, "The lifeboat's six-member crew reached the trawler.",
                                counted="member", unit="people"))
    assert agreed_parts([man, member]) == {"c:c1", "d:c1"}  # one crew, told by men or by members


def test_an_agreed_count_of_parts_reaches_the_facts_table() -> None:
    a = told("a", modifier("a:c1", "three", 3, "The Tigers carry a three-match losing streak into the derby.",
                           counted="game"))
    b = told("b", modifier("b:c1", "three", 3, "With the side on a three-match losing run, the coach was let go.",
                           counted="game"))
    facts = reconcile([a, b], story="s1")
    assert any(set(f.claims) == {"a:c1", "b:c1"} and f.measure == "count" and f.counted == "matches" for f in facts)
    # the size of a body is told the same whatever month its sentence dates
    c = told("c", modifier("c:c1", "40", 40, "In March, the 40-member board voted to close the depot.",
                           counted="member", unit="people"), published="2024-11-20")
    d = told("d", modifier("d:c1", "40", 40, "Last spring the board, a 40-member body of growers, shut the depot.",
                           counted="member", unit="people"), published="2024-11-21")
    assert any(set(f.claims) == {"c:c1", "d:c1"} for f in reconcile([c, d], story="s1"))
    # one outlet's modifier stays a claim
    alone = reconcile([a, told("e", modifier("e:c1", "three", 3, "Smoke rose from a three-story block.",
                                             counted="story"))], story="s1")
    assert not any("a:c1" in f.claims or "e:c1" in f.claims for f in alone)
