"""SQLite and PostgreSQL side by side, in one run: page timings of ``storyline serve`` over
10,000 (and 100,000) stored articles, and how fast articles are stored (ingest into the store).

    .venv/bin/python benchmarks/bench_stores.py [--articles 10000 100000] [--repeat 20] [--ingest 2000]

The stores: the example corpus and the five seeds analysed for real (12 articles, 2 stories),
grown by copies under new ids as bench_serve.py does (SQLite; the same rows, made in one
pass), then the same rows copied into a PostgreSQL database, so both stores hold exactly the
same articles and stories. PostgreSQL runs on this machine (tests/pgserver.py: a throwaway
server, PostgreSQL's default settings, fsync on), over TCP on loopback, vacuumed after the
bulk copy (as autovacuum would). Each page is fetched ``--repeat`` times from a real server
(uvicorn, one process), the story cache off: every story page is built from the store.

Ingest: ``--ingest`` analysed articles (copies of the same 12, new ids and sources) stored one
file at a time as ``analyze`` stores them (``save`` then ``record_source``), into a new store of
each kind; then the same with two writer processes at once, each its own half.
Writes benchmarks/results/stores.md.
"""

from __future__ import annotations

import argparse
import dataclasses
import multiprocessing
import shutil
import sqlite3
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))  # tests/pgserver.py, bench_serve.py

from benchmarks.bench_serve import SEEDS, serve, timings  # noqa: E402
from tests import pgserver  # noqa: E402

from storyline import api  # noqa: E402
from storyline.model import Article  # noqa: E402
from storyline.store import open_store  # noqa: E402

OUT = ROOT / "benchmarks" / "results" / "stores.md"
_SKIP = ("_migrations", "sqlite_sequence")


def grow_fast(db: Path, target: int) -> int:
    """bench_serve.grow's store (copy k of every article, and all that hangs on it, under
    ``id~k``), made in one pass per table: grow scans the store once per copy, which at
    100,000 articles takes hours."""
    con = sqlite3.connect(db)
    base = con.execute("SELECT count(*) FROM articles").fetchone()[0]
    copies = -(-target // base) - 1
    cols = [r[1] for r in con.execute("PRAGMA table_info(articles)")]
    numbers = ("(WITH RECURSIVE n(k) AS (SELECT 1 UNION ALL SELECT k + 1 FROM n WHERE k < :copies) "
               "SELECT '~' || k AS s FROM n)")
    with con:
        picked = ", ".join("id || c.s" if c == "id" else c for c in cols)
        con.execute(f"INSERT INTO articles ({', '.join(cols)}) SELECT {picked} FROM {numbers} c, articles "  # noqa: S608
                    "WHERE id NOT LIKE '%~%'", {"copies": copies})
        for table in ("claims", "events", "times"):
            extra = ", measure" if table == "claims" else ", type, date" if table == "events" else ""
            con.execute(f"INSERT INTO {table} (id, article{extra}, data) SELECT id || c.s, article || c.s{extra}, "  # noqa: S608
                        f"json_set(data, '$.id', id || c.s, '$.article', article || c.s) FROM {numbers} c, {table} "
                        "WHERE article NOT LIKE '%~%'", {"copies": copies})
        con.execute('INSERT INTO names (article, start, "end", label, text) SELECT article || c.s, start, "end", '  # noqa: S608
                    f"label, text FROM {numbers} c, names WHERE article NOT LIKE '%~%'", {"copies": copies})
        con.execute(f"INSERT INTO profiles SELECT article || c.s, embedding, data FROM {numbers} c, profiles "  # noqa: S608
                    "WHERE article NOT LIKE '%~%'", {"copies": copies})
        con.execute(f"INSERT INTO story_members SELECT article || c.s, story || c.s, run FROM {numbers} c, "  # noqa: S608
                    "story_members WHERE article NOT LIKE '%~%'", {"copies": copies})
        con.execute(f"INSERT INTO story_index SELECT story || c.s, title, articles, outlets, languages, first, last, "  # noqa: S608
                    f"changes, run FROM {numbers} c, story_index WHERE story NOT LIKE '%~%'", {"copies": copies})
    total = con.execute("SELECT count(*) FROM articles").fetchone()[0]
    con.close()
    return int(total)


def copy_to_postgres(db: Path, url: str) -> None:
    """Every row of a SQLite store into a new PostgreSQL store (same columns, insertion order)."""
    import psycopg

    open_store(url).close()  # migrated
    src = sqlite3.connect(db)
    tables = [r[0] for r in src.execute("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")
              if r[0] not in _SKIP and not r[0].startswith("article_search")]
    with psycopg.connect(url) as pg:
        for table in tables:
            cols = [r[1] for r in src.execute(f"PRAGMA table_info({table})")]
            names = ", ".join(f'"{c}"' for c in cols)
            with pg.cursor() as cur, cur.copy(f"COPY {table} ({names}) FROM STDIN".encode()) as copy:
                for row in src.execute(f"SELECT {names} FROM {table} ORDER BY rowid"):  # noqa: S608
                    copy.write_row(row)
        pg.execute("SELECT setval(pg_get_serial_sequence('runs', 'id'), (SELECT max(id) FROM runs))")
    with psycopg.connect(url, autocommit=True) as pg:
        # what autovacuum does to a store at rest after a bulk load: without it the visibility map
        # is empty and the facets' index-only scans read every row (99 ms instead of 11 at 100k)
        pg.execute("VACUUM ANALYZE")
    src.close()


def clones(articles: list[Article], n: int, tag: str) -> list[Article]:
    out = []
    for k in range(n):
        a = articles[k % len(articles)]
        new = f"{a.id}~{tag}{k}"

        def own(record, a=a, new=new):  # type: ignore[no-untyped-def]
            return dataclasses.replace(record, article=new, id=new + record.id[len(a.id):])

        out.append(dataclasses.replace(a, id=new, source=f"in/{tag}/{k}.txt",
                                       **{t: tuple(own(r) for r in getattr(a, t))
                                          for t in ("events", "times", "quotes", "claims")}))
    return out


def store_all(db: str, articles: list[Article]) -> float:
    """Store articles one file at a time as analyze does; returns the seconds taken."""
    store = open_store(db)
    run = store.begin_run(["bench"])
    t = time.perf_counter()
    for a in articles:
        saved = store.save(articles=[a], run=run)
        store.record_source(path=a.source, digest="d", article_ids=[i for i, _ in saved], run=run)
    took = time.perf_counter() - t
    store.close()
    return took


def _writer(args: tuple[str, list[Article]]) -> float:
    return store_all(*args)


def ingest(db: str, articles: list[Article]) -> tuple[float, float]:
    """Articles per second: one writer, then two writer processes at once (each half)."""
    one = store_all(db, clones(articles, len(articles), "one"))
    half = len(articles) // 2
    work = [(db, clones(articles, half, f"w{w}")) for w in (1, 2)]
    t = time.perf_counter()
    with multiprocessing.get_context("spawn").Pool(2) as pool:
        pool.map(_writer, work)
    two = time.perf_counter() - t
    return len(articles) / one, 2 * half / two


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--articles", type=int, nargs="+", default=[10_000])
    parser.add_argument("--repeat", type=int, default=20)
    parser.add_argument("--ingest", type=int, default=2_000)
    args = parser.parse_args()
    started = time.perf_counter()
    cluster = pgserver.start(durable=True)
    try:
        with tempfile.TemporaryDirectory(prefix="i24-bench-") as tmp:
            small = Path(tmp) / "small.db"
            result = api.analyze([ROOT / "examples", SEEDS], db=small, jobs=1)
            by_size = sorted(result.dossier.stories, key=lambda s: -len(s.articles))
            big, seeds = by_size[0], by_size[-1]
            pages = {"stories list": "/", "stories, filtered (words + language)": "/?q=dam&language=sv",
                     "stories, searched (one word)": "/?q=protesters",
                     f"story page ({len(big.articles)} articles)": f"/stories/{big.id}",
                     f"story page ({len(seeds.articles)} articles, seeds)": f"/stories/{seeds.id}"}
            stored = open_store(small).articles()
            speeds = {"SQLite": ingest(str(Path(tmp) / "ingest.db"), clones(stored, args.ingest, "x")),
                      "PostgreSQL": ingest(cluster.create_database("ingest"), clones(stored, args.ingest, "x"))}
            print("ingest, articles/s (1 writer, 2 writers):", speeds, flush=True)
            rows: dict[str, dict[str, dict[str, list[float]]]] = {}
            for size in args.articles:
                large = Path(tmp) / f"large{size}.db"
                shutil.copy(small, large)
                total = grow_fast(large, size)
                url = cluster.create_database(f"serve{size}")
                t = time.perf_counter()
                copy_to_postgres(large, url)
                print(f"{total} articles copied into PostgreSQL in {time.perf_counter() - t:.0f} s", flush=True)
                for kind, db in (("SQLite", large), ("PostgreSQL", url)):
                    server, base = serve(db, cache=0)  # type: ignore[arg-type]
                    try:
                        rows.setdefault(f"{total:,} articles", {})[kind] = timings(base, pages, args.repeat)
                    finally:
                        server.should_exit = True
                        time.sleep(0.3)
                    print(kind, total, {k: round(statistics.median(v) * 1000) for k, v in
                                        rows[f"{total:,} articles"][kind].items()}, flush=True)
                large.unlink()
    finally:
        cluster.stop()
    took = time.perf_counter() - started
    lines = [f"# Both stores: serve page timings and ingest ({args.repeat} fetches each, one uvicorn process, "
             "loopback, story cache off)", "",
             f"Command: `.venv/bin/python benchmarks/bench_stores.py --articles {' '.join(map(str, args.articles))}"
             f" --repeat {args.repeat} --ingest {args.ingest}` ({took:.0f} s in all)", "",
             "Median (p95) per page. Same rows in both stores; PostgreSQL 15 on the same machine, TCP loopback, "
             "default settings (fsync on); SQLite in WAL mode.", ""]
    for label, kinds in rows.items():
        lines += [f"| page, {label} | SQLite | PostgreSQL |", "|---|---:|---:|"]
        for name in pages:
            cells = []
            for kind in ("SQLite", "PostgreSQL"):
                t = kinds[kind][name]
                cells.append(f"{statistics.median(t) * 1000:.0f} ms ({sorted(t)[int(0.95 * (len(t) - 1))] * 1000:.0f})")
            lines.append(f"| {name} | {' | '.join(cells)} |")
        lines.append("")
    lines += [f"Ingest into the store ({args.ingest:,} analysed articles, one `save` + `record_source` per file, "
              "as analyze does; parsing not included):", "", "| store | 1 writer | 2 writer processes |",
              "|---|---:|---:|"]
    for kind, (one, two) in speeds.items():
        lines.append(f"| {kind} | {one:,.0f} articles/s | {two:,.0f} articles/s |")
    OUT.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print("\n".join(lines))


if __name__ == "__main__":
    main()
