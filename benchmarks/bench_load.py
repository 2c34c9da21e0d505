"""Ten readers of one long story at once, with and without the rendered-page cache, and an
upload job run meanwhile.

    nice -n 10 .venv/bin/python benchmarks/bench_load.py [--clients 10] [--seconds 20]

The store: the examples and the seeds analysed for real, copied (bench_serve.grow) and the
seeds' story merged into one story of 60 articles. A real server on loopback (uvicorn, one
process); ``--clients`` threads fetch the story page for ``--seconds``; then a job of 20
uploaded articles is timed alone and while the readers keep fetching. 'before': story pages
rendered on every view, uncompressed (the story cache on, as before); 'after': rendered once
per story version and sent gzipped. Writes benchmarks/results/load.md.
"""

from __future__ import annotations

import argparse
import shutil
import socket
import statistics
import tempfile
import threading
import time
from pathlib import Path

import httpx
import uvicorn
from benchmarks.bench_serve import SEEDS, grow, merge

from storyline import api
from storyline.web import Settings, create_app

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "benchmarks" / "results" / "load.md"
JOB_TEXT = ("Storm report {i}: officials in the district of Harlow{i} said on Monday that {n} homes had lost power "
            "after the storm, and crews were working through the night to restore it.\n")


def serve(db: Path, *, page_cache: bool, uploads: Path) -> tuple[uvicorn.Server, str]:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    app = create_app(Settings(db=db, page_cache=page_cache, uploads=uploads, host="127.0.0.1"))
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning"))
    threading.Thread(target=server.run, daemon=True).start()
    while not server.started:
        time.sleep(0.05)
    return server, f"http://127.0.0.1:{port}"


def readers(base: str, url: str, clients: int, stop: threading.Event) -> tuple[list[float], list[threading.Thread]]:
    times: list[float] = []
    lock = threading.Lock()

    def read() -> None:
        with httpx.Client(base_url=base, timeout=120) as client:
            while not stop.is_set():
                t = time.perf_counter()
                client.get(url).raise_for_status()
                with lock:
                    times.append(time.perf_counter() - t)

    threads = [threading.Thread(target=read, daemon=True) for _ in range(clients)]
    for t in threads:
        t.start()
    return times, threads


def job_seconds(base: str, tag: str, files: int = 20) -> float:
    upload = [("files", (f"{tag}-{i}.txt", JOB_TEXT.format(i=f"{tag}{i}", n=100 + i).encode(), "text/plain"))
              for i in range(files)]
    with httpx.Client(base_url=base, timeout=120) as client:
        started = time.perf_counter()
        job = client.post("/api/articles", files=upload).json()
        while job["state"] in ("queued", "running"):
            time.sleep(0.1)
            job = client.get(f"/api/jobs/{job['id']}").json()
        assert job["state"] == "done", job
        return time.perf_counter() - started


def measure(db: Path, url: str, *, page_cache: bool, clients: int, seconds: float, tmp: Path) -> dict[str, float]:
    server, base = serve(db, page_cache=page_cache, uploads=tmp / f"up-{page_cache}")
    try:
        httpx.get(base + url, timeout=120).raise_for_status()  # the story built once, as after any first view
        job_seconds(base, f"warm{page_cache}", files=2)  # models loaded in the job thread, untimed
        solo = job_seconds(base, f"solo{page_cache}")
        stop = threading.Event()
        times, threads = readers(base, url, clients, stop)
        started = time.perf_counter()
        time.sleep(seconds)
        loaded = job_seconds(base, f"load{page_cache}")
        stop.set()
        for t in threads:
            t.join(120)
        elapsed = time.perf_counter() - started
    finally:
        server.should_exit = True
        time.sleep(0.3)
    ordered = sorted(times)
    return {"requests": len(times), "p50": statistics.median(times) * 1000,
            "p95": ordered[int(0.95 * (len(ordered) - 1))] * 1000, "rps": len(times) / elapsed,
            "job solo": solo, "job loaded": loaded}


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--clients", type=int, default=10)
    parser.add_argument("--seconds", type=float, default=20)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as name:
        tmp = Path(name)
        small = tmp / "small.db"
        result = api.analyze([ROOT / "examples", SEEDS], db=small, jobs=1)
        seeds_story = sorted(result.dossier.stories, key=lambda s: len(s.articles))[0]
        db = tmp / "large.db"
        shutil.copy(small, db)
        grow(db, 12 * 13)
        size = merge(db, seeds_story.id, 11)
        url = f"/stories/{seeds_story.id}~1"
        rows = {label: measure(db, url, page_cache=cache, clients=args.clients, seconds=args.seconds, tmp=tmp)
                for label, cache in (("before (rendered per view)", False), ("after (page cache + gzip)", True))}
    lines = [f"# {args.clients} concurrent readers of one {size}-article story page", "",
             f"Command: `nice -n 10 .venv/bin/python benchmarks/bench_load.py --clients {args.clients} "
             f"--seconds {args.seconds:g}` (one uvicorn process, loopback, the shared 2-core machine)", "",
             "| | requests | p50 | p95 | requests/s | upload job of 20 files alone | same job under the load |",
             "|---|---:|---:|---:|---:|---:|---:|"]
    for label, r in rows.items():
        lines.append(f"| {label} | {r['requests']:.0f} | {r['p50']:.0f} ms | {r['p95']:.0f} ms | {r['rps']:.1f} | "
                     f"{r['job solo']:.1f} s | {r['job loaded']:.1f} s |")
    OUT.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print("\n".join(lines))


if __name__ == "__main__":
    main()
