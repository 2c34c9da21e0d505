"""benchmarks/bench_facts.py's "place agrees" column: how a fact's place is compared with the label's."""

from __future__ import annotations

from typing import Any

from tests.quality.bench_scripts import bench_script


def _bench() -> Any:
    return bench_script("bench_facts")


def test_same_or_nested_names_agree() -> None:
    agrees = _bench().place_agrees
    assert agrees("Lisbon", "Lisbon")
    assert agrees("lisbon", "Lisbon, Portugal")  # a part of the label
    assert agrees("Portugal", "Lisbon, Portugal")
    assert agrees("Quito", "Quito / Guayaquil")
    assert agrees("Ohio", "Dayton and Ohio")
    assert agrees("Rio Grande", "the Rio Grande valley")  # one inside the other, on words
    assert agrees("São Tomé", "Sao Tome")  # accents aside
    assert agrees(None, None)


def test_other_names_or_one_missing_disagree() -> None:
    agrees = _bench().place_agrees
    assert not agrees("Nvidia", "Santa Clara, California")
    assert not agrees("Marcus", None)  # a person's name as the place where the label has none
    assert not agrees(None, "Lisbon")
    assert not agrees("Orlando", "Orlandia")  # words, not letters
    assert not agrees("", "Lisbon")
