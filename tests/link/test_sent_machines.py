"""The aircraft an emergency sends are one count however an outlet tells them: "four helicopters were involved in
the recovery" and "the army sent four helicopters" are one row, while helicopters that crashed stay apart. On
sentences written for these tests with the real parse."""

from __future__ import annotations

import pytest

from storyline.extract import nlp
from storyline.link.reconcile import _key, reconcile
from tests.extract.read_claims import figures, read_all


@pytest.fixture(scope="module", autouse=True)
def _parser() -> None:
    nlp.setup()


def test_helicopters_involved_and_helicopters_sent_key_alike() -> None:
    involved = figures("Four helicopters were involved in the recovery operation on Tuesday.")["Four"]
    sent = figures("The army has now sent 110 soldiers and four helicopters to the site.")["four"]
    assert _key(involved) == _key(sent)


def test_helicopters_that_crashed_are_not_those_sent() -> None:
    crashed = figures("Two helicopters crashed in the storm on Monday.")["Two"]
    sent = figures("The army has now sent 110 soldiers and four helicopters to the site.")["four"]
    assert _key(crashed) != _key(sent)


def test_three_outlets_helicopters_make_one_row() -> None:
    texts = ["Three helicopters shuttled between the avalanche site and the town on Monday.",
             "The army has now sent 110 soldiers and four helicopters to the site.",
             "Four helicopters were involved in the search on Tuesday, police said."]
    rows = [f for f in reconcile(read_all(texts), story="s") if "helicopter" in f.label]
    assert len(rows) == 1, [(f.label, f.claims) for f in rows]
