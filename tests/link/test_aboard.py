"""The people a vessel or vehicle carries are one count, whatever verb tells the wreck (link/aboard.py); a
group told as one of a sum ("nine passengers and two pilots") is no other outlet's figure of the whole
(link/lone_dissent.py)."""

from __future__ import annotations

import re

from storyline.link.aboard import aboard
from storyline.link.lone_dissent import _one_of_a_sum
from storyline.link.reconcile import reconcile
from storyline.model import Claim
from tests.link.made_claims import claim, groups, told


def _people(cid: str, number_text: str, value: float, text: str, *, did: str | None = None,
            counted: str = "people") -> Claim:
    return claim(cid, number_text, value, text, counted=counted, did=did)


def test_people_aboard_are_told_by_the_words_around_the_figure() -> None:
    assert aboard(_people("a:1", "more than 250", 250, "It had more than 250 people on board when it overturned.",
                          did="overturned"))
    assert aboard(_people("a:2", "About 260", 260, "About 260 people were on the ferry, she said."))
    assert aboard(_people("a:3", "212", 212, "A ferry carrying 212 people capsized off Masbate.", did="capsized"))
    assert aboard(_people("a:4", "up to 270", 270, "The ferry carried up to 270 people.", did="carried"))
    assert aboard(_people("a:5", "40", 40, "The bus had 40 passengers aboard.", counted="passengers"))
    assert not aboard(_people("a:6", "63", 63, "Rescuers pulled 63 people from the water.", did="pulled"))
    assert not aboard(_people("a:7", "30", 30, "Some 30 people were on the shore watching.", did=None))
    assert not aboard(claim("a:8", "2", 2, "Two boats were on the lake.", measure="distance"))
    assert aboard(_people("a:9", "65", 65, "The coastguard puts the number of people on board at 65."))
    assert aboard(_people("a:10", "70", 70, "Officials raised the number aboard the boat to 70."))
    assert not aboard(_people("a:11", "65", 65, "The coastguard puts the number of survivors at 65."))
    # people travelling or riding on a tram, a streetcar, a bus are those aboard
    assert aboard(_people("a:12", "nearly 250", 250, "Police say nearly 250 people were travelling on the two trams.",
                          did="travelling"))
    assert aboard(_people("a:13", "80", 80, "About 80 people were riding in the streetcar.", did="riding"))
    assert not aboard(_people("a:14", "40", 40, "Some 40 people were travelling to the funeral.", did="travelling"))


def test_people_aboard_told_with_the_verbs_of_the_wreck_are_one_row() -> None:
    one = told("a", _people("a:1", "212", 212, "A ferry carrying 212 people capsized off Masbate on Sunday.",
                            did="capsized"))
    two = told("b", _people("b:1", "212", 212, "The ferry had 212 people on board when it overturned.",
                            did="overturned"))
    three = told("c", _people("c:1", "212", 212, "About 212 people were aboard when the vessel rolled over.",
                              did="rolled"))
    facts = reconcile([one, two, three], story="s")
    assert {"a:1", "b:1", "c:1"} in groups(facts)
    row = next(f for f in facts if "a:1" in f.claims)
    assert re.match(r"people aboard\b", row.label)


def test_the_verbs_of_other_counts_still_tell_them_apart() -> None:
    """63 rescued and 66 missing are not the people aboard, nor one another."""
    one = told("a", _people("a:1", "63", 63, "Rescuers said 63 people had been rescued.", did="rescued"),
               _people("a:2", "260", 260, "About 260 people were on the ferry.", did=None))
    two = told("b", _people("b:1", "63", 63, "Some 63 people were rescued alive.", did="rescued"),
               _people("b:2", "260", 260, "The ferry had about 260 people on board.", did=None))
    found = groups(reconcile([one, two], story="s"))
    assert {"a:1", "b:1"} in found and {"a:2", "b:2"} in found


def test_a_group_told_as_one_of_a_sum_is_a_part() -> None:
    assert _one_of_a_sum(_people("a:1", "nine", 9, "The plane was carrying nine passengers and two pilots.",
                                 counted="passengers"))
    assert _one_of_a_sum(_people("a:2", "40", 40, "It carried two crew and 40 passengers.", counted="passengers"))
    assert not _one_of_a_sum(_people("a:3", "nine", 9, "Nine passengers were hurt and taken to hospital.",
                                     counted="passengers"))
