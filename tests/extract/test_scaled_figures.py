"""A figure written with its scale glued on ("1.2m", "3.4m customers") is millions where the number reader says
so: the parser's noun "m" inside the figure is its scale, not what it counts nor a unit of length. On sentences
written for these tests with the real parse."""

from __future__ import annotations

import pytest

from storyline.extract import nlp
from tests.extract.read_claims import read


@pytest.fixture(scope="module", autouse=True)
def _parser() -> None:
    nlp.setup()


def test_millions_told_without_a_noun_are_no_distance() -> None:
    claims = read("The firm now says 3.4m customers had their details stolen, up from the 1.2m it announced on "
                  "Monday.").claims
    earlier = next(c for c in claims if c.number_text == "1.2m")
    assert earlier.value == 1_200_000 and earlier.measure != "distance" and earlier.unit != "m"


@pytest.mark.parametrize(("text", "figure"), [("The wave was 3m high, witnesses said.", "3m"),
                                               ("The tower is 37m (121ft) tall.", "37m")])
def test_metres_stay_metres(text: str, figure: str) -> None:
    claim = next(c for c in read(text).claims if c.number_text == figure)
    assert claim.measure == "distance" and claim.unit == "m" and claim.value < 100
