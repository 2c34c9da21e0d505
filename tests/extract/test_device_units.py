"""Figures of machines: data sizes and rates, frames per second, battery capacity and energy are read with their
unit, and such a figure is never a count of people, whatever verb stands in its sentence."""

from __future__ import annotations

import pytest

from storyline.extract import nlp
from storyline.extract.quantities import find_quantities
from storyline.model import Claim
from tests.extract.parsed_claims import parsed


@pytest.fixture(scope="module", autouse=True)
def _parser() -> None:
    nlp.setup()


def claims(text: str) -> list[Claim]:
    return list(parsed(text).claims)


@pytest.mark.parametrize(("text", "value", "unit"), [
    ("The headset renders every scene at 90fps.", 90, "fps"),
    ("The console holds games at 120 frames per second.", 120, "fps"),
    ("It ships with a 2TB drive.", 2, "TB"),
    ("Each photo takes about 500 KB.", 500, "KB"),
    ("The archive grew to 3 petabytes.", 3, "PB"),
    ("Fibre customers get download speeds of 1Gbps.", 1, "Gbps"),
    ("The old line topped out at 100Mbps.", 100, "Mbps"),
    ("A 4,500mAh battery keeps it going for two days.", 4500, "mAh"),
    ("The laptop carries a 99Wh battery, the most airlines allow.", 99, "Wh"),
])
def test_a_machine_figure_is_read_with_its_unit(text: str, value: float, unit: str) -> None:
    found = [q for q in find_quantities(text) if q.unit == unit]
    assert [q.value for q in found] == [value]


def test_a_rate_is_not_a_size() -> None:
    assert [q.unit for q in find_quantities("a 100Mbps link and a 100MB file")] == ["Mbps", "MB"]


@pytest.mark.parametrize("text", [
    "Saturday's captures of the stream are indeed 30fps, while the browser aims for 60fps.",
    "The remaster of Night of the Living Dead still does not run at a solid 60fps.",
])
def test_a_machine_figure_counts_no_people(text: str) -> None:
    found = claims(text)
    assert found
    assert all(c.unit != "people" and c.measure not in ("killed", "detained", "injured") for c in found)


@pytest.mark.parametrize(("text", "measure"), [
    ("More than 3,000 were arrested.", "detained"),
    ("Police detained 30 after the match.", "detained"),
    ("The toll rose to 14.", "killed"),
])
def test_a_bare_figure_beside_a_toll_verb_still_counts_people(text: str, measure: str) -> None:
    found = claims(text)
    assert [(c.unit, c.measure) for c in found] == [("people", measure)]
