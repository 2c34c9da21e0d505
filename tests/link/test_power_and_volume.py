"""A grid's power and a volume are measures of their own (extract/claims._typed, link/reconcile), on sentences written
for these tests with the real parse: "28,614 megawatts" and "nearly 29 gigawatts" are one peak, not counts of "mw" nor
a quake's magnitude; "97 million cubic metres" is a volume, not a distance."""

from __future__ import annotations

import pytest

from storyline.extract import nlp
from storyline.link.reconcile import reconcile
from tests.extract.read_claims import figures, read_all


@pytest.fixture(scope="module", autouse=True)
def _parser() -> None:
    nlp.setup()


def test_power_and_volume_are_typed_by_their_units() -> None:
    found = figures("Grid operator PSE reported peak power demand of 28,614 megawatts on Monday, a record.")
    assert found["28,614"].measure == "power"
    found = figures("Monday's peak of 28,614 MW remained the all-time high, the operator said.")
    assert found["28,614"].measure == "power"
    found = figures("A magnitude 7.8 Mw earthquake struck the coast.")
    assert found["7.8"].measure == "magnitude"
    found = figures("Gas use reached a record of more than 97 million cubic metres on Monday.")
    assert found["more than 97 million"].measure == "volume"
    found = figures("The plant covers 40,000 square metres.")
    assert found["40,000"].measure not in ("volume", "distance")


def test_one_peak_told_in_megawatts_and_gigawatts_is_one_row() -> None:
    texts = ["Poland's power demand hit a record 28,614 megawatts on Monday as the cold wave deepened.\n\nSchools "
             "closed in the north-east.",
             "Electricity consumption peaked at nearly 29 gigawatts on Monday evening, grid operator PSE said.\n\nGas "
             "use also hit a record.",
             "Monday's peak of 28,614 MW was an all-time high for the grid, PSE said.\n\nImports rose."]
    rows = [f for f in reconcile(read_all(texts), story="s") if f.measure == "power"]
    assert len(rows) == 1, [f.label for f in rows]
    assert {c.split(":")[0] for c in rows[0].claims} == {"a0", "a1", "a2"}
    assert rows[0].label.startswith("power (MW)") and rows[0].assessment == "consistent"
