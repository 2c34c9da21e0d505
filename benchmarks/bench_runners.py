#!/usr/bin/env python3
"""The local runner against the Ray runner, WARC read throughput, and the driver's memory.

Usage (each part runs on its own; run with nice on a shared machine):
    python benchmarks/bench_runners.py ratio  [--n 300] [--jobs 2]
    python benchmarks/bench_runners.py warc   [--pages 3000] [--extract 200]
    python benchmarks/bench_runners.py memory [--sizes 500,2000,8000] [--runner ray]

ratio:  N generated seed-sized articles (.txt files built from the seeds' and the example's
        paragraphs, shuffled per file), every per-article stage, consumed from
        ``local.run`` and from ``ray.run`` (Ray started here with --jobs CPUs; its start-up
        is timed separately). Storing and clustering are the same code for both and are
        not timed.
warc:   one generated .warc.gz of HTML pages: plain warcio iteration (every record's
        payload read) against storyline's record reader (classification, charset, offsets),
        and the HTML extraction of --extract pages (the per-page cost after reading).
memory: the driver's peak resident memory (getrusage of that process alone, in a fresh
        subprocess per size) while it consumes a runner's results over a WARC of growing
        size, with the cleaning stages only (the per-article models are not what is measured).
"""

from __future__ import annotations

import argparse
import io
import json
import os
import random
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

# One BLAS thread per process, as the CLI sets it (and as Ray sets it for its workers):
# the runners parallelise by processes.
for _var in ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(_var, "1")
ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
sys.path.insert(0, str(ROOT / "src"))


def paragraphs() -> list[str]:
    texts = [f.read_text(encoding="utf-8") for f in sorted((SHARED / "seeds").glob("*.txt"))]
    texts += [f.read_text(encoding="utf-8") for f in sorted((ROOT / "examples").rglob("*.txt"))]
    return [p.strip() for t in texts for p in t.split("\n") if len(p.strip()) > 80]


def seed_sized(rng: random.Random, paras: list[str], i: int) -> str:
    """About a seed's length (the seeds are 2-6 kB): 10-25 paragraphs."""
    picked = rng.sample(paras, min(len(paras), rng.randint(10, 25)))
    return f" date 2022-01-0{1 + i % 9} Generated report {i}\n\n" + "\n\n".join(picked)


def ratio(args: argparse.Namespace) -> None:
    from storyline.runners import local
    from storyline.runners import ray as ray_runner

    rng, paras = random.Random(7), paragraphs()
    with tempfile.TemporaryDirectory(prefix="i23-ratio-") as tmp:
        paths = []
        for i in range(args.n):
            path = Path(tmp) / f"g{i:05d}.txt"
            path.write_text(seed_sized(rng, paras, i), encoding="utf-8")
            paths.append(str(path))
        size = sum(Path(p).stat().st_size for p in paths)
        import ray

        def run_local() -> tuple[float, int]:
            start = time.perf_counter()
            got = sum(len(r.articles) for r in local.run(paths, max_file_mb=5, jobs=args.jobs))
            return time.perf_counter() - start, got

        def run_ray() -> tuple[float, int]:
            start = time.perf_counter()
            got = sum(len(r.articles) for r in ray_runner.run(paths, max_file_mb=5))
            return time.perf_counter() - start, got

        start = time.perf_counter()
        ray_runner.connect(jobs=args.jobs)
        t_start = time.perf_counter() - start
        if args.ray_first:
            (t_ray, got_ray), (t_local, got_local) = run_ray(), run_local()
        else:
            (t_local, got_local), (t_ray, got_ray) = run_local(), run_ray()
        ray.shutdown()
    print(json.dumps({"articles": args.n, "mb": round(size / 1e6, 2), "jobs": args.jobs,
                      "local_s": round(t_local, 1), "local_per_s": round(got_local / t_local, 2),
                      "ray_start_s": round(t_start, 1), "ray_s": round(t_ray, 1),
                      "ray_per_s": round(got_ray / t_ray, 2),
                      "ratio_ray_over_local": round(t_local / t_ray, 3),
                      "ratio_with_start": round(t_local / (t_ray + t_start), 3), "ray_first": args.ray_first}))


def page_html(rng: random.Random, paras: list[str], i: int) -> bytes:
    body = "".join(f"<p>{p}</p>" for p in rng.sample(paras, rng.randint(6, 14)))
    return (f"<!doctype html><html lang='en'><head><title>Report {i}</title></head><body><nav>Home · World</nav>"
            f"<article><h1>Report {i}</h1>{body}</article><footer>© Example</footer></body></html>").encode()


def write_warc(path: Path, pages: int, *, seed: int = 3) -> None:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    rng, paras = random.Random(seed), paragraphs()
    with path.open("wb") as fh:
        writer = WARCWriter(fh, gzip=True)
        for i in range(pages):
            # as a news crawl: a request before each response, some non-HTML and some redirects
            url = f"https://news{i % 40}.example/{i}"
            req = StatusAndHeaders("GET / HTTP/1.1", [("Host", "news.example")], is_http_request=True)
            writer.write_record(writer.create_warc_record(url, "request", http_headers=req))
            if i % 10 == 9:
                status, ctype, body = "301 Moved Permanently", "text/html", b""
            elif i % 10 == 8:
                status, ctype, body = "200 OK", "image/jpeg", bytes(rng.randrange(256) for _ in range(4000))
            else:
                status, ctype, body = "200 OK", "text/html; charset=utf-8", page_html(rng, paras, i)
            http = StatusAndHeaders(status, [("Content-Type", ctype)], protocol="HTTP/1.1")
            writer.write_record(writer.create_warc_record(url, "response", payload=io.BytesIO(body),
                                                          http_headers=http))


def warc(args: argparse.Namespace) -> None:
    from warcio.archiveiterator import ArchiveIterator

    from storyline.ingest.warc import Page, iter_records, page_document

    with tempfile.TemporaryDirectory(prefix="i23-warc-") as tmp:
        path = Path(tmp) / "crawl.warc.gz"
        write_warc(path, args.pages)
        mb = path.stat().st_size / 1e6
        best_plain = best_ours = float("inf")
        for _ in range(3):
            start = time.perf_counter()
            with path.open("rb") as fh:
                plain = sum(1 for r in ArchiveIterator(fh) if r.content_stream().read() is not None)
            best_plain = min(best_plain, time.perf_counter() - start)
            start = time.perf_counter()
            records = list(iter_records(path, limit=50 << 20))
            best_ours = min(best_ours, time.perf_counter() - start)
        pages = [r for r in records if isinstance(r, Page)]
        start = time.perf_counter()
        docs = [page_document(p) for p in pages[: args.extract]]
        t_extract = time.perf_counter() - start
    print(json.dumps({"file_mb": round(mb, 1), "records": plain, "html_pages": len(pages),
                      "plain_warcio_records_per_s": round(plain / best_plain), "plain_warcio_mb_per_s":
                      round(mb / best_plain, 1), "storyline_records_per_s": round(len(records) / best_ours),
                      "storyline_over_plain": round(best_plain / best_ours, 3),
                      "extract_pages_per_s": round(len(docs) / t_extract, 1)}))


def memory(args: argparse.Namespace) -> None:
    sizes = [int(s) for s in args.sizes.split(",")]
    rows = []
    with tempfile.TemporaryDirectory(prefix="i23-mem-") as tmp:
        for n in sizes:
            path = Path(tmp) / f"m{n}.warc.gz"
            write_warc(path, n)
            proc = subprocess.run([sys.executable, __file__, "_consume", args.runner, str(path), str(args.jobs)],
                                  capture_output=True, text=True, check=True)
            rows.append({"pages": n, "file_mb": round(path.stat().st_size / 1e6, 1), **json.loads(proc.stdout)})
            path.unlink()
    for row in rows:
        print(json.dumps({"runner": args.runner, **row}))


def _consume(runner: str, path: str, jobs: int) -> None:
    from storyline.pipeline import CLEAN_STAGES

    start = time.perf_counter()
    if runner == "ray":
        from storyline.runners import ray as ray_runner

        results = ray_runner.run([path], max_file_mb=5, jobs=jobs, stages=CLEAN_STAGES)
    else:
        from storyline.runners import local

        results = local.run([path], max_file_mb=5, jobs=jobs, stages=CLEAN_STAGES)
    articles = sum(len(r.articles) for r in results)
    print(json.dumps({"articles": articles, "s": round(time.perf_counter() - start, 1),
                      "driver_peak_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)}))


def main() -> int:
    if len(sys.argv) > 1 and sys.argv[1] == "_consume":
        _consume(sys.argv[2], sys.argv[3], int(sys.argv[4]))
        return 0
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parts = ap.add_subparsers(dest="part", required=True)
    r = parts.add_parser("ratio")
    r.add_argument("--n", type=int, default=300)
    r.add_argument("--jobs", type=int, default=2)
    r.add_argument("--ray-first", action="store_true", help="run Ray before the local runner (order effects)")
    w = parts.add_parser("warc")
    w.add_argument("--pages", type=int, default=3000)
    w.add_argument("--extract", type=int, default=200)
    m = parts.add_parser("memory")
    m.add_argument("--sizes", default="500,2000,8000")
    m.add_argument("--runner", choices=("local", "ray"), default="ray")
    m.add_argument("--jobs", type=int, default=2)
    args = ap.parse_args()
    {"ratio": ratio, "warc": warc, "memory": memory}[args.part](args)
    return 0


if __name__ == "__main__":
    sys.exit(main())
