"""What a sum is when a verb moves or sets it ("net profit dropped to 212 million euros", "set bail at $750,000"),
on sentences written for these tests, with the real parse."""

from __future__ import annotations

import pytest

from storyline.extract import nlp
from tests.extract.read_claims import figures


@pytest.fixture(scope="module", autouse=True)
def _parser() -> None:
    nlp.setup()


def test_the_subject_or_object_of_a_verb_that_moves_or_sets_a_sum_names_it() -> None:
    assert figures("Quarterly net profit fell to 96 million dollars.")["96 million dollars"].counted == "profit"
    assert figures("A magistrate set bail at $40,000 for each of the men.")["$40,000"].counted == "bail"
    assert figures("Farm officials put their losses at $12 million.")["$12 million"].counted == "losses"
    assert figures("Annual revenue came in at 2.2 billion euros.")["2.2 billion euros"].counted == "revenue"


def test_a_share_price_or_a_figure_that_is_no_sum_is_left_as_it_was() -> None:
    assert figures("Shares of the firm climbed 5% to $18.40 in early trading.")["$18.40"].counted is None
    found = figures("The death toll rose to 41 on Tuesday.")
    assert found["41"].measure == "killed"
    # a sum whose verb has no money noun beside it names nothing
    assert figures("It climbed to $3 million by Friday.")["$3 million"].counted is None
