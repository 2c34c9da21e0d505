#!/usr/bin/env python3
"""One large JSON Lines file (default 200 MB) through `storyline analyze`: time and peak memory.

Usage:
    python benchmarks/bench_big_jsonl.py [--mb 200] [--jobs 2]

The file is generated in a temporary folder from the example corpus's paragraphs, shuffled
per line (no third-party text). The command runs as a subprocess; its peak memory is the
largest resident set of it and its workers (getrusage of the children). A second run on
the same store shows the re-run cost (nothing is processed again).
"""

from __future__ import annotations

import argparse
import json
import random
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def generate(path: Path, *, mb: int) -> int:
    random.seed(1)
    paragraphs = [p for f in sorted((ROOT / "examples").rglob("*.txt"))
                  for p in f.read_text(encoding="utf-8").split("\n\n")[1:] if len(p) > 80]
    lines = 0
    with path.open("w", encoding="utf-8") as fh:
        while fh.tell() < mb * 1024 * 1024:
            text = "\n\n".join(random.sample(paragraphs, min(8, len(paragraphs)))) + f"\n\nItem {lines}."
            fh.write(json.dumps({"id": f"big-{lines}", "text": text * 2}) + "\n")
            lines += 1
    return lines


def timed(cmd: list[str]) -> tuple[float, subprocess.CompletedProcess[str]]:
    start = time.perf_counter()
    proc = subprocess.run(cmd, capture_output=True, text=True, check=False)
    return time.perf_counter() - start, proc


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--mb", type=int, default=200)
    ap.add_argument("--jobs", type=int, default=2)
    args = ap.parse_args()
    with tempfile.TemporaryDirectory(prefix="storyline-big-") as tmp:
        data, db = Path(tmp) / "big.jsonl", Path(tmp) / "big.db"
        n = generate(data, mb=args.mb)
        cmd = [sys.executable, "-m", "storyline", "analyze", str(data), "--db", str(db), "--jobs", str(args.jobs), "-q"]
        first, proc = timed(cmd)
        peak_mb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
        again, proc2 = timed(cmd)
        print(f"file: {data.stat().st_size / 1e6:.0f} MB, {n} articles; exit {proc.returncode}, {proc2.returncode}")
        print(f"first run: {first:.1f} s ({n / first:.0f} articles/s), peak resident memory {peak_mb:.0f} MB")
        print(f"second run (unchanged): {again:.1f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
