"""Two rows one sentence tells as one count moving are one row (link/moved_rows.py)."""

from __future__ import annotations

from storyline.link.moved_rows import join_moved, moves
from storyline.link.reconcile import reconcile
from storyline.model import Claim, Fact
from tests.link.made_claims import art, claim
from tests.link.made_claims import joined_row as _made
from tests.link.made_claims import shown_row as _row

_RISEN = "The number of people arrested has risen to 41, up from 38 on Tuesday."
_OVERNIGHT = "Police arrested 88 people overnight, pushing the number of arrests to 223, up from 135 a day earlier."
_MONTHS = "Consumer inflation rose to 5.9% in October from 5.1% in September."
_SUBSET = "Police said 14 suspects, including three women, had been arrested, up from six on Sunday."


def _arrest(cid: str, number_text: str, value: float, text: str, counted: str = "people") -> Claim:
    return claim(cid, number_text, value, text, measure="detained", counted=counted, role="perpetrators")


def _join(shown: list[Fact], *claims: Claim) -> list[set[str]]:
    return [set(f.claims) for f in join_moved(shown, {c.id: c for c in claims}, make=_made)]


def test_a_sentence_that_restates_the_old_figure_tells_a_move() -> None:
    new, old = _arrest("d:c1", "41", 41, _RISEN), _arrest("d:c2", "38", 38, _RISEN)
    assert moves(new, old) and moves(old, new)
    offer = "The government raised its offer from 10 percent to 15 percent."
    assert moves(claim("e:c1", "10 percent", 10, offer, measure="percent", unit="percent", counted=None),
                 claim("e:c2", "15 percent", 15, offer, measure="percent", unit="percent", counted=None))


def test_no_move_across_another_figure_another_noun_or_another_month() -> None:
    night, total, before = (_arrest("d:c1", "88", 88, _OVERNIGHT), _arrest("d:c2", "223", 223, _OVERNIGHT),
                            _arrest("d:c3", "135", 135, _OVERNIGHT))
    assert moves(total, before, [_OVERNIGHT.find(x) for x in ("88", "223", "135")])
    assert not moves(night, before, [_OVERNIGHT.find(x) for x in ("88", "223", "135")])
    assert not moves(_arrest("d:c1", "three", 3, _SUBSET, counted="women"),
                     _arrest("d:c2", "six", 6, _SUBSET, counted="suspects"))
    assert not moves(claim("e:c1", "5.9%", 5.9, _MONTHS, measure="percent", unit="percent", counted=None),
                     claim("e:c2", "5.1%", 5.1, _MONTHS, measure="percent", unit="percent", counted=None))


def test_the_new_figure_joins_the_row_of_the_old_one() -> None:
    old = [_arrest(f"{a}:c1", "38", 38, "Police in four countries arrested 38 people.") for a in "abc"]
    new, restated = _arrest("d:c1", "41", 41, _RISEN), _arrest("d:c2", "38", 38, _RISEN)
    assert _join([_row(*old, restated), _row(new)], *old, new, restated) == [
        {"a:c1", "b:c1", "c:c1", "d:c1", "d:c2"}]


def test_rows_of_other_nouns_or_measures_stay_apart() -> None:
    old = [_arrest(f"{a}:c1", "38", 38, "Police in four countries arrested 38 people.") for a in "abc"]
    new, restated = _arrest("d:c1", "41", 41, _RISEN, counted="women"), _arrest("d:c2", "38", 38, _RISEN)
    assert len(_join([_row(*old, restated), _row(new)], *old, new, restated)) == 2
    dead = claim("d:c1", "41", 41, _RISEN, measure="killed")
    assert len(_join([_row(*old, restated), _row(dead)], *old, dead, restated)) == 2


def test_the_joined_row_is_judged_evolving() -> None:
    old = [_arrest(f"{a}:c1", "38", 38, "Police in four countries arrested 38 people.") for a in "abc"]
    told = art("d", _arrest("d:c1", "41", 41, _RISEN), _arrest("d:c2", "38", 38, _RISEN))
    rows = [f for f in reconcile([art(a, c) for a, c in zip("abc", old, strict=True)] + [told], story="s")
            if f.measure == "detained"]
    assert len(rows) == 1 and rows[0].assessment == "evolving", rows



def test_an_earlier_estimate_restated_in_words_tells_a_move() -> None:
    text = "About 22,000 hectares of crops had been damaged, up from its first estimate of 15,000 hectares."
    new = claim("d:c1", "About 22,000", 22000, text, unit="hectares", counted="hectares of crops", role="objects")
    old = claim("d:c2", "15,000", 15000, text, unit="hectares", counted="hectares", role="objects")
    assert moves(new, old)


def test_a_count_told_moving_joins_the_row_of_the_figure_it_restates() -> None:
    """"Four helicopters are now involved in the search, up from three on Friday" beside another outlet's
    "three helicopters were deployed": one fleet, counted on two days."""
    moving = "Four helicopters were now involved in the search, up from three on Friday."
    four = claim("d:c1", "Four", 4, moving, unit="helicopters", counted="helicopters", role="objects")
    three = claim("d:c2", "three", 3, moving, unit="helicopters", counted="helicopters", role="objects")
    sent = [claim(f"{a}:c1", "Three", 3, "Three helicopters were deployed in the search.", measure="deployed",
                  unit="helicopters", counted="helicopters", role="objects") for a in "ab"]
    assert _join([_row(*sent), _row(four, three)], *sent, four, three) == [{"a:c1", "b:c1", "d:c1", "d:c2"}]
    people = [claim(f"{a}:c1", "three", 3, "Three people were deployed.", measure="deployed") for a in "ab"]
    assert len(_join([_row(*people), _row(four, three)], *people, four, three)) == 2  # another noun


def test_a_pair_restated_moves_each_of_its_figures() -> None:
    text = "TEMA said 467 homes were destroyed and 1,380 damaged, up from 412 and 1,150 in Thursday's count."
    made = {n: claim(f"d:{n}", n, float(n.replace(",", "")), text, unit="homes", counted="homes", role="objects")
            for n in ("467", "1,380", "412", "1,150")}
    at = [text.find(n) for n in made]
    assert moves(made["467"], made["412"], at) and moves(made["1,380"], made["1,150"], at)
    assert not moves(made["467"], made["1,150"], at)
