"""Throughput of ``quantities.find_quantities``, against earlier commits in the same session.

    python benchmarks/bench_quantities_speed.py [--against REV ...] [--repeat N]

Inputs: every input of the Recognizers number specs (``bench_recognizers.NUMBER_MODELS``) and
every line of the ECB+ quantity set (``bench_quantities``, both halves). Each version of
``src/storyline/extract/quantities.py`` (the working tree, and each ``--against`` revision read
with ``git show``) reads them all; the best of ``--repeat`` rounds of CPU time is reported in
microseconds per line. The versions take turns in each round, so load on the machine falls on
all of them alike.
"""

from __future__ import annotations

import argparse
import importlib.util
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from types import ModuleType

sys.path.insert(0, str(Path(__file__).resolve().parent))

import bench_quantities as bq
import bench_recognizers as rec

ROOT = Path(__file__).resolve().parents[1]
MODULE = "src/storyline/extract/quantities.py"


def texts() -> list[str]:
    out = [c["Input"] for model in rec.NUMBER_MODELS for c in rec.load(model)]
    for article in bq.load("all"):
        out += bq.lines(article["text"])
    return out


def load(path: Path, name: str) -> ModuleType:
    spec = importlib.util.spec_from_file_location(name, path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module  # dataclasses look their module up
    spec.loader.exec_module(module)
    return module


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--against", nargs="*", default=[], metavar="REV", help="git revisions to compare with")
    parser.add_argument("--repeat", type=int, default=7)
    args = parser.parse_args()
    inputs = texts()
    with tempfile.TemporaryDirectory() as folder:
        versions = {"working tree": load(ROOT / MODULE, "quantities_now")}
        for i, rev in enumerate(args.against):
            source = subprocess.run(["git", "show", f"{rev}:{MODULE}"], cwd=ROOT, check=True, capture_output=True,
                                    text=True).stdout
            path = Path(folder) / f"quantities_{i}.py"
            path.write_text(source, encoding="utf-8")
            versions[rev] = load(path, f"quantities_{i}")
        best = dict.fromkeys(versions, float("inf"))
        for _ in range(args.repeat):
            for name, module in versions.items():
                started = time.process_time()
                for line in inputs:
                    module.find_quantities(line)
                best[name] = min(best[name], time.process_time() - started)
    print(f"find_quantities over {len(inputs)} lines, best of {args.repeat} (CPU time):")
    for name, seconds in best.items():
        print(f"  {name}: {seconds / len(inputs) * 1e6:.1f} µs/line")


if __name__ == "__main__":
    main()
