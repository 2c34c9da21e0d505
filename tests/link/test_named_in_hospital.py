"""People a noun names are counted in hospital however told ("41 children were admitted to hospital", "41 children
were in hospital"), as people a bare figure counts are (``reconcile._key``), on sentences written for these tests with
the real parse; those who fell ill are another count."""

from __future__ import annotations

import pytest

from storyline.extract import nlp
from storyline.link.reconcile import _key
from storyline.model import Claim
from tests.extract.read_claims import read


@pytest.fixture(scope="module", autouse=True)
def _parser() -> None:
    nlp.setup()


def _first(text: str) -> Claim:
    return read(text).claims[0]


def test_named_people_admitted_and_in_hospital_are_one_count() -> None:
    admitted = _first("Forty-one children were admitted to hospital on Monday.")
    there = _first("Forty-one children were in hospital on Monday, officials said.")
    assert _key(admitted) == _key(there)
    assert _key(admitted)[-1] == "in hospital"
    ill = _first("Forty-one children fell ill on Monday.")
    assert _key(ill) != _key(admitted)


def test_those_kept_hospitalised_are_those_in_hospital_not_a_toll_of_the_hurt() -> None:
    stay = _first("Twelve patients remained hospitalized on Wednesday, the health department said.")
    there = _first("Twelve patients were still in hospital on Wednesday, officials said.")
    assert _key(stay) == _key(there)
    assert _key(stay)[-1] == "in hospital"
    # the hurt told by the participle of a harm stay a toll of the injured
    hurt = _first("Twelve people were injured when the stand collapsed.")
    assert _key(hurt)[0] == "injured"


def test_a_count_set_in_hospital_with_no_verb_is_those_in_hospital() -> None:
    # a headline or a list leaves the verb out: "16 in hospital" counts those taken there, as the body's sentence does
    told = _first("Sixteen people have been taken to hospital after the gas leak, the ambulance service said.")
    for headline in ("Gas leak at pool: 16 in hospital",
                     "Sixteen people in hospital after gas leak at pool"):
        bare = _first(headline)
        assert bare.value == 16 and _key(bare) == _key(told), headline
    # a count that died there is a toll, and one set beside a hospital's name is no stay in it
    assert _key(_first("Two people died in hospital on Monday."))[0] == "killed"
    assert _key(_first("Sixteen nurses in hospital uniforms marched to the ministry."))[-1] != "in hospital"
