"""A holder's win-loss record told one game apart by two outlets is one fact (link/records.py)."""

from __future__ import annotations

from storyline.link.records import fold_records
from storyline.model import Claim
from tests.link.made_claims import ids, things, unit


def record(cid: str, tally: str, text: str) -> Claim:
    return things(cid, tally, float(tally.split("-")[0]), text, f"wins ({tally})", did="record")


def test_a_record_one_win_apart_joins_the_record_most_outlets_give() -> None:
    told = unit(record("a:c1", "31-2", "The Okonkwo camp said Okonkwo (31-2) will fight again in spring."),
                record("b:c1", "31-2", "Okonkwo improved his record to 31-2 on Saturday."))
    odd = unit(record("c:c1", "32-2", "Champion Dara Okonkwo, 32-2, stopped his man in the fifth round."))
    fold_records([told, odd])
    assert ids(told) == {"a:c1", "b:c1", "c:c1"} and not odd.total


def test_a_record_one_loss_apart_joins_it_too() -> None:
    after = unit(record("a:c1", "7-4", "The Harwick Herons (7-4) won again."),
                 record("b:c1", "7-4", "It left the Herons at 7-4 for the season."))
    before = unit(record("c:c1", "7-3", "That gave the Herons a 7-3 mark going into the game."))
    fold_records([before, after])
    assert ids(after) == {"a:c1", "b:c1", "c:c1"} and not before.total


def test_two_holders_records_stay_apart() -> None:
    ours = unit(record("a:c1", "9-5", "The Herons (9-5) lost at home."),
                record("b:c1", "9-5", "The Herons fell to 9-5."))
    theirs = unit(record("c:c1", "10-5", "The Foxes (10-5) clinched a place."))
    fold_records([ours, theirs])
    assert ids(ours) == {"a:c1", "b:c1"} and ids(theirs) == {"c:c1"}


def test_records_more_than_one_game_apart_stay_apart() -> None:
    season = unit(record("a:c1", "9-5", "The Herons (9-5) lost at home."),
                  record("b:c1", "9-5", "The Herons fell to 9-5."))
    other = unit(record("c:c1", "10-6", "The Herons (10-6) had a winning year."))
    career = unit(record("d:c1", "43-39", "Coach Vale led the Herons to a 43-39 record."))
    fold_records([season, other, career])
    assert ids(season) == {"a:c1", "b:c1"} and ids(other) == {"c:c1"} and ids(career) == {"d:c1"}


def test_an_article_that_gives_both_records_tells_them_apart() -> None:
    now = unit(record("a:c1", "12-1", "Mara Lind, now 12-1, beat Tess Ruiz."),
               record("b:c1", "12-1", "Lind (12-1) was never troubled."))
    then = unit(record("a:c2", "11-1", "Lind came in at 11-1 after a year out."))
    fold_records([now, then])
    assert ids(now) == {"a:c1", "b:c1"} and ids(then) == {"a:c2"}
