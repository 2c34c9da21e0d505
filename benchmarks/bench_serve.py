"""Page timings of ``storyline serve`` with 10,000 articles in the store.

    .venv/bin/python benchmarks/bench_serve.py [--articles 10000] [--repeat 20]

The store: the example corpus and the five seeds analysed for real (12 articles, 2 stories),
then copied under new ids until it holds ``--articles`` articles in ~1,700 stories (claims,
names, events, times, profiles, memberships and the story index copied with them). Each page
is fetched ``--repeat`` times from a real server on loopback (uvicorn, one process); the
baseline is the same pages over the 12-article store, measured in the same run.
Writes benchmarks/results/serve.md.
"""

from __future__ import annotations

import argparse
import shutil
import socket
import sqlite3
import statistics
import tempfile
import threading
import time
from pathlib import Path

import httpx
import uvicorn

from storyline import api
from storyline.web import Settings, create_app

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT.parent / "shared" / "seeds"
OUT = ROOT / "benchmarks" / "results" / "serve.md"


def grow(db: Path, target: int) -> int:
    """Copy every article (and all that hangs on it) under new ids until the store holds ``target``."""
    con = sqlite3.connect(db)
    base = con.execute("SELECT count(*) FROM articles").fetchone()[0]
    copies = -(-target // base) - 1
    cols = [r[1] for r in con.execute("PRAGMA table_info(articles)")]
    with con:
        for k in range(1, copies + 1):
            s = f"~{k}"
            picked = ", ".join("id || :s" if c == "id" else c for c in cols)
            con.execute(f"INSERT INTO articles ({', '.join(cols)}) SELECT {picked} FROM articles "  # noqa: S608
                        "WHERE id NOT LIKE '%~%'", {"s": s})
            for table in ("claims", "events", "times"):
                extra = ", measure" if table == "claims" else ", type, date" if table == "events" else ""
                con.execute(f"INSERT INTO {table} (id, article{extra}, data) SELECT id || :s, article || :s{extra}, "  # noqa: S608
                            "json_set(data, '$.id', id || :s, '$.article', article || :s) FROM " + table +
                            " WHERE article NOT LIKE '%~%'", {"s": s})
            con.execute('INSERT INTO names (article, start, "end", label, text) SELECT article || :s, start, "end", '
                        "label, text FROM names WHERE article NOT LIKE '%~%'", {"s": s})
            con.execute("INSERT INTO profiles SELECT article || :s, embedding, data FROM profiles "
                        "WHERE article NOT LIKE '%~%'", {"s": s})
            con.execute("INSERT INTO story_members SELECT article || :s, story || :s, run FROM story_members "
                        "WHERE article NOT LIKE '%~%'", {"s": s})
            con.execute("INSERT INTO story_index SELECT story || :s, title, articles, outlets, languages, first, last, "
                        "changes, run FROM story_index WHERE story NOT LIKE '%~%'", {"s": s})
    total = con.execute("SELECT count(*) FROM articles").fetchone()[0]
    con.close()
    return int(total)


def merge(db: Path, story: str, copies: int) -> int:
    """Put copies 2 to ``copies`` + 1 of a story's articles into its first copy (``story~1``): one
    long story; the original stays as it was."""
    con = sqlite3.connect(db)
    into = f"{story}~1"
    with con:
        for k in range(2, 2 + copies):
            con.execute("UPDATE story_members SET story = ? WHERE story = ?", (into, f"{story}~{k}"))
            con.execute("DELETE FROM story_index WHERE story = ?", (f"{story}~{k}",))
        size = con.execute("SELECT count(*) FROM story_members WHERE story = ?", (into,)).fetchone()[0]
        con.execute("UPDATE story_index SET articles = ? WHERE story = ?", (size, into))
    con.close()
    return int(size)


def serve(db: Path, *, cache: int) -> tuple[uvicorn.Server, str]:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    server = uvicorn.Server(uvicorn.Config(create_app(Settings(db=db, story_cache=cache)), host="127.0.0.1", port=port,
                                           log_level="warning"))
    threading.Thread(target=server.run, daemon=True).start()
    while not server.started:
        time.sleep(0.05)
    return server, f"http://127.0.0.1:{port}"


def timings(base: str, pages: dict[str, str], repeat: int) -> dict[str, list[float]]:
    out: dict[str, list[float]] = {}
    with httpx.Client(base_url=base, timeout=60) as client:
        for name, url in pages.items():
            client.get(url).raise_for_status()  # once before timing
            out[name] = []
            for _ in range(repeat):
                t = time.perf_counter()
                client.get(url).raise_for_status()
                out[name].append(time.perf_counter() - t)
    return out


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--articles", type=int, default=10_000)
    parser.add_argument("--repeat", type=int, default=20)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        small = Path(tmp) / "small.db"
        result = api.analyze([ROOT / "examples", SEEDS], db=small, jobs=1)
        by_size = sorted(result.dossier.stories, key=lambda s: -len(s.articles))
        big_story, other = by_size[0], by_size[-1]
        article = big_story.articles[0]
        pages = {"stories list": "/", "stories, filtered (words + language)": "/?q=dam&language=sv",
                 f"story page ({len(big_story.articles)} articles)": f"/stories/{big_story.id}",
                 f"story page ({len(other.articles)} articles, seeds)": f"/stories/{other.id}",
                 "article page": f"/articles/{article}", "story JSON": f"/api/stories/{big_story.id}"}
        large = Path(tmp) / "large.db"
        shutil.copy(small, large)
        total = grow(large, args.articles)
        long_story = merge(large, other.id, 19)
        long_url = f"/stories/{other.id}~1"
        rows = []
        for label, db in (("12 articles", small), (f"{total:,} articles", large)):
            for cache in (0, 64):  # every page built from the store, then built stories kept
                server, base = serve(db, cache=cache)
                try:
                    rows.append((f"{label}, {'cached' if cache else 'built'}", timings(base, pages, args.repeat)))
                finally:
                    server.should_exit = True
                    time.sleep(0.3)
        long_times = {}
        for cache in (0, 64):
            server, base = serve(large, cache=cache)
            try:
                long_times[cache] = timings(base, {"long": long_url}, 5)["long"]
            finally:
                server.should_exit = True
                time.sleep(0.3)
    lines = [f"# storyline serve: page timings ({args.repeat} fetches each, one uvicorn process, loopback)", "",
             "Command: `.venv/bin/python benchmarks/bench_serve.py"
             f"{'' if args.articles == 10_000 else f' --articles {args.articles}'}`", "",
             "'built': the story cache off, every page builds its story from the store; 'cached': built stories "
             "kept in memory (the default) — the first view of a story costs 'built'.", ""]
    for (small_label, small_rows), (large_label, large_rows) in ((rows[0], rows[2]), (rows[1], rows[3])):
        lines += [f"| page | median, {small_label} | median, {large_label} | p95, {large_label} | ratio (median) |",
                  "|---|---:|---:|---:|---:|"]
        for name in pages:
            small_t, large_t = small_rows[name], large_rows[name]
            p95 = sorted(large_t)[int(0.95 * (len(large_t) - 1))]
            small_m, large_m = statistics.median(small_t), statistics.median(large_t)
            lines.append(f"| {name} | {small_m * 1000:.0f} ms | {large_m * 1000:.0f} ms"
                         f" | {p95 * 1000:.0f} ms | ×{large_m / small_m:.2f} |")
        lines.append("")
    lines.append(f"A story of {long_story} articles (20 copies of the seeds story merged into one), 5 fetches: "
                 f"built on each view, median {statistics.median(long_times[0]) * 1000:.0f} ms; "
                 f"cached, median {statistics.median(long_times[64]) * 1000:.0f} ms.")
    OUT.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print("\n".join(lines))


if __name__ == "__main__":
    main()
