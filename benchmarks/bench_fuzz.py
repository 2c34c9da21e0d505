"""Fuzz every reader with many more generated inputs than CI does, and record the counts.

    nice -n 10 .venv/bin/python benchmarks/bench_fuzz.py [--examples 10000]

Runs tests/ingest/test_fuzz.py (Hypothesis) with STORYLINE_FUZZ_EXAMPLES set, and writes
benchmarks/results/fuzz.md: inputs tried per reader, failures, wall time.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--examples", type=int, default=10_000, help="generated inputs per reader")
    parser.add_argument("--out", type=Path, default=ROOT / "benchmarks" / "results" / "fuzz.md")
    args = parser.parse_args()
    report = Path(tempfile.mkdtemp(prefix="storyline-fuzz-")) / "counts.json"
    env = {**os.environ, "STORYLINE_FUZZ_EXAMPLES": str(args.examples), "STORYLINE_FUZZ_REPORT": str(report),
           "PYTHONPATH": os.pathsep.join([str(ROOT / "src"), str(ROOT)])}
    started = time.monotonic()
    proc = subprocess.run([sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "-x",
                           str(ROOT / "tests" / "ingest" / "test_fuzz.py")], env=env, capture_output=True, text=True,
                          check=False)
    seconds = time.monotonic() - started
    counts = json.loads(report.read_text()) if report.exists() else {}
    summary = proc.stdout.strip().splitlines()[-1] if proc.stdout.strip() else proc.stderr[-500:]
    lines = ["# Fuzz run (tests/ingest/test_fuzz.py)", "",
             f"Command: `nice -n 10 .venv/bin/python benchmarks/bench_fuzz.py --examples {args.examples}`", "",
             "| reader | inputs tried |", "|---|---|",
             *(f"| {name} | {n:,} |" for name, n in sorted(counts.items())),
             f"| **all** | **{sum(counts.values()):,}** |", "",
             f"pytest: {summary} (exit {proc.returncode}); wall time {seconds:.0f} s on the shared 2-core machine.", ""]
    if proc.returncode:
        lines += ["Failures:", "", "```", proc.stdout[-6000:], "```", ""]
    args.out.write_text("\n".join(lines), encoding="utf-8")
    print("\n".join(lines))
    return proc.returncode


if __name__ == "__main__":
    raise SystemExit(main())
