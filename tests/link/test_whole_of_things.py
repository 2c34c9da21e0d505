"""The whole a part of things is told against is a quantity of its own: "shut some 1,650 of the country's 1,950
pharmacies" and "1,150 by midday, out of roughly 1,950 in the country" give the country's pharmacies, not those the
strike closed, so they key apart from the closed ones. On sentences written for these tests with the real parse."""

from __future__ import annotations

import pytest

from storyline.extract import nlp
from storyline.link.reconcile import _key, _whole_of_things, reconcile
from tests.extract.read_claims import figures, read_all


@pytest.fixture(scope="module", autouse=True)
def _parser() -> None:
    nlp.setup()


def test_the_whole_after_its_part() -> None:
    said = figures("The strike shut some 1,650 of the country's 1,950 pharmacies on Wednesday.")
    assert _whole_of_things(said["1,950"]) and not _whole_of_things(said["some 1,650"])
    assert _key(said["1,950"]) != _key(said["some 1,650"])


def test_the_whole_out_of() -> None:
    said = figures("The ministry put the number of closed pharmacies at 1,150 by midday, out of roughly 1,950 in "
                   "the country.")
    assert _whole_of_things(said["roughly 1,950"]) and not _whole_of_things(said["1,150"])


def test_a_plain_count_is_no_whole() -> None:
    assert not _whole_of_things(figures("More than 1,400 pharmacies closed their doors on Monday.")["More than 1,400"])


def test_the_country_s_pharmacies_are_not_a_figure_of_those_closed() -> None:
    texts = ["More than 1,400 pharmacies closed their doors on Monday, the union said.",
             "Nearly 1,700 pharmacies stayed closed on Tuesday, the union said.",
             "The strike shut some 1,650 of the country's 1,950 pharmacies on Wednesday, the union said."]
    rows = [f for f in reconcile(read_all(texts), story="s") if "pharmac" in f.label]
    closed = [f for f in rows if any(c.startswith("a0") for c in f.claims)]
    assert closed and not any(f.high == 1950 or f.low == 1950 for f in closed), [(f.label, f.low, f.high)
                                                                                  for f in rows]
