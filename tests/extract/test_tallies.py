"""Records, scores and votes read as claims (extract/tallies.py), on sentences written for them."""

from __future__ import annotations

import pytest

from storyline.extract import nlp
from storyline.extract.claims import claims_stage
from storyline.extract.tallies import find_tallies
from storyline.model import Article, Claim


@pytest.fixture(scope="module", autouse=True)
def _parser() -> None:
    nlp.setup()


def claims(text: str) -> list[Claim]:
    article = Article(id="t", source="t.txt", format="txt", text=text, language="en", published="2025-11-02")
    return list(claims_stage(nlp.parse_stage(article)).claims)


def kinds(text: str) -> dict[str, str]:
    return {text[s:e]: kind for s, e, _, kind in find_tallies(text)}


def test_records_scores_and_votes_are_told_apart() -> None:
    assert kinds("The Rangers dropped to 11-19 after a 104-98 defeat in Denver.") == \
        {"11-19": "record", "104-98": "score"}
    assert kinds("Ortiz (31-2-1, 22 KOs) defends his belt on Saturday.") == {"31-2-1": "record"}
    assert kinds("The council voted 7-2 to close the depot.") == {"7-2": "vote"}
    assert kinds("The court upheld the law in a 6-3 ruling.") == {"6-3": "vote"}
    assert kinds("Dallas beat Atlanta 34-17 on Sunday night.") == {"34-17": "score"}
    assert kinds("Her side has a 14-5 record this season.") == {"14-5": "record"}
    assert kinds("The Owls have opened 6-12 with five losses in a row, the last a 70-58 setback at home.") == \
        {"6-12": "record", "70-58": "score"}
    assert kinds("A 97-90 road loss in Utah ended the trip.") == {"97-90": "score"}
    assert kinds("The win lifted the Toronto-born boxer to 28-1 with 20 knockouts.") == {"28-1": "record"}


def test_what_is_not_a_tally() -> None:
    assert kinds("Between 40-60 volunteers cleaned the beach.") == {}
    assert kinds("Memorials for 9-11 were held across the city.") == {}
    assert kinds("Call 312-555-0199 for tickets, or come between 5-8 p.m.") == {}
    assert kinds("Patch MS09-012 fixes a flaw found by the F-35 team.") == {}
    assert kinds("He served 3-5 years for the robbery.") == {}
    assert kinds("A neighbour made a 9-1-1 call at dawn.") == {}
    assert kinds("Rates rose 2-3 percent in March.") == {}
    assert kinds("The state will cap the fare at 40–55 rupees a ride.") == {}  # a range of a currency
    assert kinds("Turnout was at 30-40 people a night.") == {}


def test_a_tally_is_one_claim_its_first_number_the_value() -> None:
    found = [c for c in claims("The Rangers dropped to 11-19 after a 104-98 defeat in Denver.")
             if c.counted_as in ("record", "score")]
    by_text = {c.number_text: c for c in found}
    assert set(by_text) == {"11-19", "104-98"}
    record, score = by_text["11-19"], by_text["104-98"]
    assert (record.value, record.low, record.high, record.measure) == (11.0, 11.0, 11.0, "count")
    assert record.counted is not None and record.counted.startswith("wins") and record.counted.endswith("11-19)")
    assert score.value == 104.0 and score.counted is not None and score.counted.startswith("points")
    # the parts are not read again as figures of their own ("104" of a score)
    assert not [c for c in claims("Dallas beat Atlanta 34-17 on Sunday night.") if c.number_text in ("34", "17")]


def test_whose_record_when_a_name_stands_before_it() -> None:
    found = {c.number_text: c for c in claims(
        "Maria Ortiz (31-2-1) stopped Jana Weller, who fell to 19-6, in the fourth round.")
        if c.counted_as == "record"}
    assert found["31-2-1"].counted == "wins of Ortiz (31-2-1)"
    assert found["31-2-1"].value == 31.0
    assert found["19-6"].counted == "wins of Weller (19-6)"


def test_a_loss_score_belongs_to_the_winner_named_after_it() -> None:
    found = {c.number_text: c for c in claims("The Hawks lost 88-81 to Boston on Friday.")
             if c.counted_as == "score"}
    assert found["88-81"].value == 88.0
    assert found["88-81"].subject == "Boston"
    assert found["88-81"].counted == "points of Boston (88-81)"


def test_a_record_told_with_just_or_only() -> None:
    found = find_tallies("Toronto are only 12-20 and still without a road win.")
    assert [(s[2], s[3]) for s in found] == [((12, 20), "record")]
    assert [s[3] for s in find_tallies("The Kings were just 3-9 heading into the break.")] == ["record"]
    assert not find_tallies("Only 3-9 people turned up.")  # a range of people, not a record


def test_a_competition_holds_no_record() -> None:
    found = {c.number_text: c for c in claims("Coach Maria Ortiz led the Southern Conference with a 27-5 mark.")
             if c.counted_as == "record"}
    assert found["27-5"].subject != "Conference"
    assert "Conference" not in (found["27-5"].counted or "")


def test_a_score_told_set_by_set_is_one_score() -> None:
    assert kinds("Okafor beat the top seed 7-5, 2-6, 6-3 on Saturday to reach her first final.") == \
        {"7-5, 2-6, 6-3": "score"}
    assert kinds("The Dutch side won 25-18, 22-25, 25-20, 25-23 in Ankara.") == {"25-18, 22-25, 25-20, 25-23": "score"}
    # a tiebreak in brackets belongs to its set: not a record of someone named before it
    assert kinds("Lindqvist edged Moreau 6-7 (3-7), 7-6 (9), 6-4 after three hours.") == \
        {"6-7 (3-7), 7-6 (9), 6-4": "score"}
    assert kinds("She won 6-2 6-1 in 52 minutes.") == {"6-2 6-1": "score"}
    # two results of two games in one sentence stay two scores; a record after a score stays a record
    assert kinds("Leeds beat Hull 3-1 and drew 2-2 with Derby.") == {"3-1": "score", "2-2": "score"}
    assert kinds("The Hawks won 101-95 and improved to 30-12.") == {"101-95": "score", "30-12": "record"}
    found = {c.number_text: c for c in claims("Okafor beat Dunne 7-5, 2-6, 6-3 on Saturday to win the title.")}
    assert found["7-5, 2-6, 6-3"].counted == "set scores (7-5, 2-6, 6-3)"
    assert found["7-5, 2-6, 6-3"].value == 7


def test_the_state_of_a_game_at_a_moment_is_no_record() -> None:
    assert kinds("She had a set point at 5-4 in the second set but lost the tiebreak.") == {}
    assert kinds("Rovers were level at 1-1 in the second half when the lights failed.") == {}
    assert kinds("The Kings, who stood at 12-3 in the standings, lost again.") == {"12-3": "record"}


def test_the_last_set_of_a_long_score_line_stays_in_it() -> None:
    text = "The Belgian lost the final to the Argentine Mateo Ruiz 6-4, 3-6, 7-6 after two and a half hours."
    assert kinds(text) == {"6-4, 3-6, 7-6": "score"}
