"""benchmarks/bench_facts.py's ``--measures``: scores over the labelled facts and rows of some measures only."""

from __future__ import annotations

from typing import Any

from tests.quality.bench_scripts import bench_script

TEXT = "Floods killed 12 people and 40 soldiers were sent; the bridge cost 9 million to build."


def _bench() -> Any:
    return bench_script("bench_facts")


def _claim(cid: str, figure: str) -> dict[str, Any]:
    at = TEXT.index(figure)
    return {"id": cid, "article": "a", "start": 0, "end": len(TEXT), "number_text": figure, "number_start": at}


def _gold(fid: str, measure: str, figure: str) -> dict[str, Any]:
    return {"id": fid, "fact": fid, "measure": measure, "assessment": "single_source", "counted": "people",
            "reports": [{"doc": "a", "number_text": figure, "sentence": TEXT}]}


def _row(label: str, measure: str, *claims: str) -> dict[str, Any]:
    return {"label": label, "measure": measure, "claims": list(claims), "assessment": "single_source",
            "location": None}


GOLD = {"event": "e", "facts": [_gold("f1", "killed", "12"), _gold("f2", "deployed", "40"),
                                _gold("f3", "money", "9 million")]}
DOSSIER = {"articles": [{"id": "a", "text": TEXT}],
           "claims": [_claim("a:c1", "12"), _claim("a:c2", "40"), _claim("a:c3", "9 million")],
           "stories": [{"facts": [_row("people killed", "killed", "a:c1"), _row("cost", "money", "a:c3"),
                                  _row("soldiers", "count", "a:c2")]}]}


def test_core_keeps_the_core_facts_and_rows_only() -> None:
    bench = _bench()
    every = bench.score_event(GOLD, DOSSIER)
    core = bench.score_event(GOLD, DOSSIER, bench.parse_measures("core"))
    assert (every["gold"], every["system"], every["recalled"]) == (3, 3, 3)
    # deployed is core, but the row of the soldiers was typed a count: the fact counts, the row does not
    assert (core["gold"], core["system"], core["right"], core["recalled"]) == (2, 1, 1, 2)


def test_a_list_of_measures_and_none() -> None:
    bench = _bench()
    assert bench.parse_measures(None) is None
    assert bench.parse_measures("killed, money") == frozenset({"killed", "money"})
    money = bench.score_event(GOLD, DOSSIER, bench.parse_measures("money"))
    assert (money["gold"], money["system"], money["right"]) == (1, 1, 1)
