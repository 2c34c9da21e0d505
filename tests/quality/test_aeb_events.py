"""benchmarks/data/aeb_events.jsonl, the AEB stories the facts benchmark analyses: each line is its page's
ground-truth body, the events are those benchmarks/aeb_events.py names, and bench_facts' halves are the
ones drawn there (so the held-out half cannot drift)."""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[2]
TRUTH = ROOT.parent / "shared" / "bench" / "aeb" / "ground-truth.json"


def _module(name: str) -> Any:
    path = ROOT / "benchmarks" / f"{name}.py"
    spec = importlib.util.spec_from_file_location(name, path)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault(name, module)
    spec.loader.exec_module(module)
    return module


def _lines() -> list[dict[str, Any]]:
    text = (ROOT / "benchmarks" / "data" / "aeb_events.jsonl").read_text(encoding="utf-8")
    return [json.loads(line) for line in text.splitlines()]


@pytest.mark.skipif(not TRUTH.exists(), reason="needs ../shared/bench/aeb")
def test_every_line_is_its_pages_ground_truth_body() -> None:
    truth = json.loads(TRUTH.read_text(encoding="utf-8"))
    lines = _lines()
    assert len({line["id"] for line in lines}) == len(lines)
    for line in lines:
        (key,) = [k for k in truth if k.startswith(line["id"])]
        assert line["text"] == truth[key]["articleBody"]
        assert line["url"] == truth[key]["url"]


def test_events_and_halves_are_the_ones_drawn() -> None:
    events = _module("aeb_events")
    bench = _module("bench_facts")
    named = {**events.EVENTS, **events.EVENTS2}
    lines = _lines()
    assert {line["event"] for line in lines} == set(named)
    for event, prefixes in named.items():
        assert sorted(line["id"][:6] for line in lines if line["event"] == event) == sorted(prefixes)
    assert bench.AEB_DEV == events.AEB_DEV + events.AEB_DEV2
    assert bench.AEB_HELD == events.AEB_HELD + events.AEB_HELD2
    assert not set(bench.AEB_DEV) & set(bench.AEB_HELD)
    assert set(bench.AEB_DEV) | set(bench.AEB_HELD) == set(named)
