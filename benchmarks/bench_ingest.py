#!/usr/bin/env python3
"""Time ingest + clean on thousands of articles, beside a baseline measured in the same run.

Usage:
    python benchmarks/bench_ingest.py [--shared ../shared] [--copies N] [--out benchmarks/results/ingest.md]

Corpora (built in a temporary folder, nothing third-party is written to the repository):
  text  every .txt in examples/ and ../shared/seeds, each written N times with a
        numbered line appended (so every file is distinct): >= 2,000 files
  html  the 181 pages of ../shared/bench/aeb, each copied N/... times as .html.gz: >= 2,000 pages

Stages: ingest + clean + metadata (language, outlet): what issue 2's targets measure. The
linguistic parse and claims, much slower, are timed by bench_claims.py.

Baseline: plain reading of the same files (open, read, gunzip, decode as UTF-8), so a
reader can see how much of the time is storyline's work. Timings on a shared machine
are noisy; the ratio to the baseline of the same run is the figure to compare.
"""

from __future__ import annotations

import argparse
import gzip
import platform
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

from storyline import api, ingest
from storyline.pipeline import CLEAN_STAGES
from storyline.runners import local

ROOT = Path(__file__).resolve().parent.parent


def build_text(folder: Path, shared: Path, copies: int) -> list[Path]:
    sources = sorted((ROOT / "examples").rglob("*.txt")) + sorted((shared / "seeds").glob("*.txt"))
    out = []
    for i in range(copies):
        for src in sources:
            dst = folder / f"{src.stem}-{i:05d}.txt"
            dst.write_text(src.read_text(encoding="utf-8") + f"\n\nBenchmark copy {i}.\n", encoding="utf-8")
            out.append(dst)
    return out


def build_html(folder: Path, shared: Path, want: int) -> list[Path]:
    pages = sorted((shared / "bench" / "aeb" / "html").glob("*.html.gz"))
    out = []
    i = 0
    while len(out) < want:
        for src in pages:
            dst = folder / f"{src.name[:-8]}-{i:03d}.html.gz"
            shutil.copyfile(src, dst)
            out.append(dst)
        i += 1
    return out


def baseline(paths: list[Path]) -> float:
    start = time.perf_counter()
    for p in paths:
        data = p.read_bytes()
        if p.name.endswith(".gz"):
            data = gzip.decompress(data)
        data.decode("utf-8", errors="replace")
    return time.perf_counter() - start


def storyline_time(paths: list[Path], *, jobs: int) -> tuple[float, int]:
    start = time.perf_counter()
    n = 0
    for result in local.run([str(p) for p in paths], max_file_mb=ingest.DEFAULT_MAX_FILE_MB, jobs=jobs,
                            stages=CLEAN_STAGES):
        n += len(result.articles)
        assert not result.failures, result.failures
    return time.perf_counter() - start, n


def analyze_time(paths: list[Path], folder: Path, *, jobs: int) -> float:
    db = folder / "bench.db"
    db.unlink(missing_ok=True)
    start = time.perf_counter()
    api.analyze(paths, db=db, jobs=jobs, stages=CLEAN_STAGES)
    return time.perf_counter() - start


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--shared", default=str(ROOT.parent / "shared"))
    ap.add_argument("--copies", type=int, default=250, help="copies of each text article (default 250)")
    ap.add_argument("--html-pages", type=int, default=2000)
    ap.add_argument("--repeat", type=int, default=3, help="baseline repetitions (median)")
    ap.add_argument("--out", default=None, help="also write the table to this Markdown file")
    args = ap.parse_args()
    shared = Path(args.shared)
    rows = []
    with tempfile.TemporaryDirectory(prefix="storyline-bench-") as tmp:
        folder = Path(tmp)
        (folder / "t").mkdir()
        (folder / "h").mkdir()
        text = build_text(folder / "t", shared, args.copies)
        html = build_html(folder / "h", shared, args.html_pages)
        for name, paths in (("text (.txt)", text), ("html (.html.gz)", html)):
            base = statistics.median(baseline(paths) for _ in range(args.repeat))
            one, n = storyline_time(paths, jobs=1)
            two, _ = storyline_time(paths, jobs=2)
            full = analyze_time(paths, folder, jobs=2)
            rows.append((name, n, n / base, n / one, n / two, n / full, one / base))
    lines = [
        f"# ingest + clean benchmark ({time.strftime('%Y-%m-%d')})",
        "",
        f"Machine: {platform.processor() or platform.machine()}, Python {platform.python_version()}, "
        f"{local.default_jobs()} cores available. Command: `python benchmarks/bench_ingest.py`.",
        "",
        "| corpus | articles | baseline: plain read /s | storyline 1 process /s | storyline 2 processes /s "
        "| analyze with store, 2 processes /s | storyline (1 process) time ÷ baseline |",
        "|---|---:|---:|---:|---:|---:|---:|",
    ]
    for name, n, b, one, two, full, ratio in rows:
        lines.append(f"| {name} | {n} | {b:,.0f} | {one:,.0f} | {two:,.0f} | {full:,.0f} | {ratio:,.0f}× |")
    table = "\n".join(lines)
    print(table)
    if args.out:
        Path(args.out).parent.mkdir(parents=True, exist_ok=True)
        Path(args.out).write_text(table + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
