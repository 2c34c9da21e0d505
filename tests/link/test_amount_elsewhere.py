"""An amount is another place's (left out of the table) only when a sentence of it names that place: an outlet's
dateline or home town, which every figure of its article takes by default, does not set a sum of the story's
elsewhere. On sentences written for these tests with the real parse."""

from __future__ import annotations

import pytest

from storyline.extract import nlp
from storyline.link.reconcile import _placed_here, reconcile
from tests.extract.read_claims import figures, read_all


@pytest.fixture(scope="module", autouse=True)
def _parser() -> None:
    nlp.setup()


_STORY = ["Three people were killed when a hot-air balloon hit power lines in Cransford on Saturday. "
          "Police in Cransford said eight people were injured.",
          "Four people were killed in the balloon crash in Cransford on Saturday. "
          "Police in Cransford said nine people were injured.",
          "A woman from Utrecht was among the four people killed when a balloon hit power lines at a festival in "
          "England. The insurer has offered an interim payment of £25,000 to each bereaved family.",
          "LONDON, Aug 18 (Meridian) - The operator of a hot-air balloon that hit power lines at an English festival "
          "on Saturday, killing four people, will make interim payments of 25,000 pounds to each bereaved family."]


def test_a_dateline_city_is_not_told_in_the_sentence() -> None:
    articles = read_all(_STORY)
    (home,) = [c for c in articles[2].claims if c.measure == "money"]
    (dated,) = [c for c in articles[3].claims if c.measure == "money"]
    assert (home.location, dated.location) == ("Utrecht", "LONDON")  # each article's default place
    assert not _placed_here(home) and not _placed_here(dated)


def test_a_place_in_the_sentence_is_told() -> None:
    said = figures("Thieves took jewels worth €2m from a shop in Cannes in 2019.")["€2m"]
    assert said.location is None or _placed_here(said)


def test_payments_told_from_a_dateline_city_stay_in_the_table() -> None:
    rows = [f for f in reconcile(read_all(_STORY), story="s") if f.measure == "money"]
    assert any(f.low == 25000 and f.sources >= 2 for f in rows), [(f.label, f.low, f.sources) for f in rows]
