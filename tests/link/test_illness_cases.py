"""A count of cases of an illness is a count of the people it took ("grows to 19 cases", "19 people have been
diagnosed"), one quantity of the table (``reconcile._key``), on sentences written for these tests with the real
parse; suspected, new and further cases, and cases that hold things or are a court's, stay counts of their own."""

from __future__ import annotations

import pytest

from storyline.extract import nlp
from storyline.link.reconcile import FELL_ILL, _key, illness_cases
from storyline.model import Claim
from tests.extract.read_claims import read


@pytest.fixture(scope="module", autouse=True)
def _parser() -> None:
    nlp.setup()


def _figure(text: str, number: str) -> Claim:
    return next(c for c in read(text).claims if c.number_text == number)


@pytest.mark.parametrize(("cases", "people"), [
    (("Typhoid outbreak at boarding school grows to 27 cases", "27"),
     ("Health officials said 27 people have been diagnosed with typhoid.", "27")),
    (("The ministry put the outbreak at 140 confirmed cases and three deaths.", "140"),
     ("The outbreak has sickened 140 people in the district since June.", "140")),
    (("The outbreak at the hotel has grown to 19 cases, officials said.", "19"),
     ("Nineteen people have now been confirmed with Legionnaires' disease, the ministry said.", "Nineteen")),
    (("The city has recorded 3,200 dengue cases this year.", "3,200"),
     ("About 3,200 people have been infected this month, the health office said.", "About 3,200")),
])
def test_cases_of_an_illness_are_the_people_it_took(cases: tuple[str, str], people: tuple[str, str]) -> None:
    told_as_cases, told_as_people = _figure(*cases), _figure(*people)
    assert illness_cases(told_as_cases)
    assert _key(told_as_cases) == _key(told_as_people)
    assert _key(told_as_people)[-1] == FELL_ILL


@pytest.mark.parametrize(("text", "number"), [
    ("Another six suspected cases are awaiting test results.", "six"),
    ("The region reported 48 new cases of cholera on Tuesday.", "48"),
    ("Thieves smashed seven display cases and took rings worth $2m.", "seven"),
    ("The prosecutor's office has 300 pending cases against the firm's managers.", "300"),
])
def test_suspected_new_and_other_kinds_of_cases_stay_apart(text: str, number: str) -> None:
    claim = _figure(text, number)
    assert not illness_cases(claim)
    assert _key(claim)[-1] != FELL_ILL
