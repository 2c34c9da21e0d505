"""The default store: one SQLite file, migrated by named SQL scripts, written in WAL mode."""

from __future__ import annotations

import contextlib
import dataclasses
import fcntl
import hashlib
import json
import os
import socket
import sqlite3
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import AbstractContextManager
from datetime import UTC, datetime
from importlib import resources
from pathlib import Path
from typing import Any

from storyline.errors import StoreError
from storyline.extract.embed import vector
from storyline.link.cluster import Profile, profile
from storyline.model import Article, Claim, Event, Evidence, Failure, NamedSpan, Quote, RemovedLine, StoryListing, Time
from storyline.store.base import SaveStatus
from storyline.store.dialect import statements, words

_JSON_FIELDS = ("removed", "evidence", "warnings")
# An article's records kept one JSON row each, rewritten whenever it is analysed: the table
# (named as the Article field), the record type, and the columns copied out of it for queries.
_RECORDS: tuple[tuple[str, Callable[..., Any], tuple[str, ...]], ...] = (
    ("events", Event, ("type", "date")), ("times", Time, ()), ("quotes", Quote, ()), ("claims", Claim, ("measure",)))


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def migrations() -> list[tuple[str, str]]:
    """(name, sql) of every migration shipped, in order."""
    folder = resources.files("storyline.store").joinpath("migrations")
    return sorted((f.name, f.read_text(encoding="utf-8")) for f in folder.iterdir() if f.name.endswith(".sql"))


class SQLiteStore:
    """Articles and runs in one SQLite file."""

    def __init__(self, path: Path) -> None:
        self.location = str(path)
        try:
            if path.parent and not path.parent.exists():
                path.parent.mkdir(parents=True, exist_ok=True)
            # A connection may move between threads (the web app opens it in one worker thread and a
            # route uses it in another) but is never used by two at once: each request opens its own.
            self._db = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
            self._db.row_factory = sqlite3.Row
            self._db.execute("PRAGMA journal_mode=WAL")
            self._db.execute("PRAGMA foreign_keys=ON")
            self._migrate()
        except sqlite3.DatabaseError as exc:
            raise StoreError(f"{path}: cannot open the store ({exc}); is it a storyline database?") from exc
        except OSError as exc:
            raise StoreError(f"{path}: cannot create the store ({exc.strerror or exc})") from exc

    def _migrate(self) -> None:
        """Apply the shipped migrations not yet applied, all in one transaction (as the PostgreSQL store
        does): a run killed while it creates a store leaves no store or a whole one, never a schema
        stopped halfway, and two processes opening a new store do not both migrate it."""
        with self._transaction():
            self._db.execute("CREATE TABLE IF NOT EXISTS _migrations (name TEXT PRIMARY KEY, applied TEXT NOT NULL)")
            done = {r[0] for r in self._db.execute("SELECT name FROM _migrations")}
            for name, sql in migrations():
                if name in done:
                    continue
                for statement in statements(sql, "sqlite"):
                    self._db.execute(statement)
                self._db.execute("INSERT INTO _migrations VALUES (?, ?)", (name, _now()))

    def _transaction(self) -> AbstractContextManager[None]:
        return _Tx(self._db)

    def applied_migrations(self) -> list[str]:
        return [r[0] for r in self._db.execute("SELECT name FROM _migrations ORDER BY name")]

    def begin_run(self, inputs: Sequence[str]) -> int:
        cur = self._db.execute("INSERT INTO runs (started, inputs, owner) VALUES (?, ?, ?)",
                               (_now(), json.dumps(list(inputs)), _owner()))
        return int(cur.lastrowid or 0)

    def close_interrupted_runs(self) -> list[int]:
        """Close, as interrupted, the open runs whose process (on this machine) is gone."""
        host = socket.gethostname()
        closed = []
        for run, owner in self._db.execute("SELECT id, owner FROM runs WHERE finished IS NULL ORDER BY id").fetchall():
            owner_host, _, pid = (owner or "").rpartition(":")
            if owner and (owner_host != host or not pid.isdigit() or _alive(int(pid))):
                continue  # still running here, or run elsewhere: not ours to judge
            self._db.execute("UPDATE runs SET finished = ?, summary = ? WHERE id = ? AND finished IS NULL",
                             (_now(), json.dumps({"interrupted": 1}), run))
            closed.append(int(run))
        return closed

    def unclustered(self) -> list[str]:
        """Stored articles in no story (their run was killed before it clustered them)."""
        return [r[0] for r in self._db.execute("SELECT article FROM profiles WHERE article NOT IN "
                                               "(SELECT article FROM story_members) ORDER BY article")]

    @contextlib.contextmanager
    def clustering(self) -> Iterator[None]:
        """Hold the store's clustering lock (a lock file beside it, across processes): two
        writers never decide stories from the same stale picture."""
        try:
            if self.location == ":memory:":
                raise FileNotFoundError(self.location)
            fh = open(self.location + ".lock", "a+b")  # noqa: SIM115 - closed below
        except OSError:  # an in-memory store, or a folder we may read but not write: nothing to serialise
            yield
            return
        with fh:
            fcntl.flock(fh, fcntl.LOCK_EX)
            try:
                yield
            finally:
                fcntl.flock(fh, fcntl.LOCK_UN)

    def finish_run(self, run: int, summary: dict[str, int]) -> None:
        self._db.execute("UPDATE runs SET finished = ?, summary = ? WHERE id = ?", (_now(), json.dumps(summary), run))

    def source_digest(self, path: str) -> str | None:
        row = self._db.execute("SELECT digest FROM sources WHERE path = ?", (path,)).fetchone()
        return row[0] if row else None

    def source_articles(self, path: str) -> list[str]:
        row = self._db.execute("SELECT article_ids FROM sources WHERE path = ?", (path,)).fetchone()
        return list(json.loads(row[0])) if row else []

    def save(self, *, articles: Sequence[Article], run: int) -> list[tuple[str, SaveStatus]]:
        results: list[tuple[str, SaveStatus]] = []
        with self._transaction():
            for article in articles:
                article = self._free_id(article, run)
                row = self._db.execute("SELECT content_hash FROM articles WHERE id = ?", (article.id,)).fetchone()
                if row is None:
                    self._db.execute(_INSERT, _row(article, run))
                    results.append((article.id, "new"))
                elif row[0] == article.content_hash:
                    self._db.execute(_UPDATE, {**_row(article, run), "id": article.id})  # a newer analysis
                    results.append((article.id, "unchanged"))
                else:
                    self._db.execute(_UPDATE, {**_row(article, run), "id": article.id})
                    results.append((article.id, "updated"))
                self._db.execute("DELETE FROM names WHERE article = ?", (article.id,))
                self._db.executemany('INSERT INTO names (article, start, "end", label, text) VALUES (?, ?, ?, ?, ?)',
                                     [(article.id, n.start, n.end, n.label, n.text) for n in article.names])
                for table, _, columns in _RECORDS:
                    self._db.execute(f"DELETE FROM {table} WHERE article = ?", (article.id,))  # noqa: S608
                    self._db.executemany(
                        f"INSERT INTO {table} (id, article, {''.join(c + ', ' for c in columns)}data) "  # noqa: S608
                        f"VALUES ({', '.join('?' * (len(columns) + 3))})",
                        [(r.id, article.id, *(getattr(r, c) for c in columns),
                          json.dumps(dataclasses.asdict(r), ensure_ascii=False)) for r in getattr(article, table)])
                p = profile(article)
                self._db.execute("INSERT OR REPLACE INTO profiles (article, embedding, data) VALUES (?, ?, ?)",
                                 (article.id, article.embedding, json.dumps(
                                     {"language": p.language, "published": p.published, "names": p.names,
                                      "words": p.words, "years": sorted(p.years), "lead": p.lead, "head": p.head,
                                      "months": sorted(p.months), "event": list(p.event),
                                      **({"lead_text": list(p.lead_text)} if p.lead_text else {})},
                                     ensure_ascii=False)))
                if results[-1][1] == "updated":  # changed text: its story is decided again
                    self._db.execute("DELETE FROM story_members WHERE article = ?", (article.id,))
        return results

    def profiles(self, ids: Sequence[str] | None = None) -> list[Profile]:
        """Clustering profiles: of the given articles, or of every article stored."""
        if ids is None:
            rows = list(self._db.execute("SELECT article, embedding, data FROM profiles ORDER BY article"))
        else:
            rows = []
            for start in range(0, len(ids), 500):
                chunk = list(ids[start:start + 500])
                rows += self._db.execute(f"SELECT article, embedding, data FROM profiles "  # noqa: S608
                                         f"WHERE article IN ({','.join('?' * len(chunk))})", chunk).fetchall()
        out = []
        for article, embedding, data in rows:
            d = json.loads(data)
            out.append(Profile(article=article, language=d["language"], published=d["published"], names=d["names"],
                               words=d["words"], years=frozenset(d["years"]), embedding=vector(embedding),
                               # stores written before version 11 have no lead, 12 no headline, 14 no event words
                               lead=d.get("lead", {}), head=d.get("head", {}),
                               months=frozenset(d.get("months", ())), event=tuple(d.get("event", ())),
                               lead_text=tuple(d.get("lead_text", ()))))
        return out

    def save_embeddings(self, embeddings: dict[str, bytes]) -> None:
        with self._transaction():
            self._db.executemany("UPDATE profiles SET embedding = ? WHERE article = ?",
                                 [(data, article) for article, data in embeddings.items()])

    def story_members(self) -> dict[str, str]:
        return {r[0]: r[1] for r in self._db.execute("SELECT article, story FROM story_members")}

    def assign_stories(self, assignments: dict[str, str], run: int) -> None:
        with self._transaction():
            self._db.executemany("INSERT OR REPLACE INTO story_members (article, story, run) VALUES (?, ?, ?)",
                                 [(a, s, run) for a, s in assignments.items()])

    def last_snapshot(self, story: str, before_run: int) -> tuple[int, dict[str, Any]] | None:
        """What a story said at the end of the latest earlier run that touched it."""
        row = self._db.execute("SELECT run, data FROM story_snapshots WHERE story = ? AND run < ? "
                               "ORDER BY run DESC LIMIT 1", (story, before_run)).fetchone()
        return (int(row[0]), json.loads(row[1])) if row else None

    def save_snapshots(self, run: int, snapshots: dict[str, dict[str, Any]]) -> None:
        with self._transaction():
            self._db.executemany("INSERT OR REPLACE INTO story_snapshots (story, run, data) VALUES (?, ?, ?)",
                                 [(s, run, json.dumps(d, ensure_ascii=False)) for s, d in snapshots.items()])

    def index_stories(self, run: int, listings: Iterable[StoryListing]) -> None:
        rows = [(x.id, x.title, x.articles, json.dumps(list(x.outlets), ensure_ascii=False),
                 json.dumps(list(x.languages)), x.first, x.last, json.dumps(list(x.changes), ensure_ascii=False), run)
                for x in listings]
        with self._transaction():
            self._db.executemany("INSERT OR REPLACE INTO story_index VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", rows)

    def unindexed_stories(self) -> list[str]:
        """Stories with members but no index row (stored by a version before the index)."""
        return [r[0] for r in self._db.execute("SELECT DISTINCT story FROM story_members WHERE story NOT IN "
                                               "(SELECT story FROM story_index) ORDER BY story")]

    def story_listings(self, *, query: str | None = None, since: str | None = None, until: str | None = None,
                       outlet: str | None = None, language: str | None = None, limit: int = 50,
                       offset: int = 0) -> tuple[list[StoryListing], int]:
        """Stories matching every filter given, latest first, and how many match in all.

        ``query``: every word of it begins a word of one of the story's articles' titles or
        outlets (case folded; full-text search, see :meth:`_search`); ``since``/``until`` keep
        stories whose dates overlap the range."""
        where: list[str] = []
        params: list[Any] = []
        # stories with an article of the outlet / language: one pass over those articles (by their
        # index), not one look at every story's articles
        member = "s.story IN (SELECT m.story FROM story_members m JOIN articles a ON a.id = m.article WHERE "
        if query is not None and query.strip():
            clause, values = self._search(words(query))
            where.append(clause)
            params += values
        if outlet:
            where.append(f"{member}a.outlet = ?)")
            params.append(outlet)
        if language:
            where.append(f"{member}a.language = ?)")
            params.append(language)
        if since:
            where.append("(s.last IS NULL OR s.last >= ?)")
            params.append(since)
        if until:
            where.append("(s.first IS NULL OR s.first <= ?)")
            params.append(until)
        clause = ("WHERE " + " AND ".join(where)) if where else ""  # fixed fragments only; values are parameters
        # filtered: the page and the count in one pass; unfiltered, counting the table apart is cheaper
        counted = ", count(*) OVER () AS matching" if where else ""
        rows = self._db.execute(f"SELECT *{counted} FROM story_index s {clause} "  # noqa: S608
                                "ORDER BY s.last IS NULL, s.last DESC, s.articles DESC, s.story LIMIT ? OFFSET ?",
                                [*params, limit, offset]).fetchall()
        if rows and where:
            total = rows[0]["matching"]
        elif where and not offset:
            total = 0
        else:  # unfiltered, or past the last page
            total = self._db.execute(f"SELECT count(*) FROM story_index s {clause}", params).fetchone()[0]  # noqa: S608
        return [_listing(r) for r in rows], int(total)

    @staticmethod
    def _search(terms: Sequence[str]) -> tuple[str, list[Any]]:
        """The WHERE fragment keeping stories with an article whose title or outlet has a word
        beginning with each term (SQLite FTS5: ``"protest"*`` finds protesters), and its values."""
        if not terms:
            return "0 = 1", []  # nothing searchable in the query (punctuation only)
        return ("s.story IN (SELECT m.story FROM story_members m WHERE m.article IN "
                "(SELECT article FROM article_search WHERE article_search MATCH ?))",
                [" ".join(f'"{t}"*' for t in terms)])

    def story_listing(self, story: str) -> StoryListing | None:
        row = self._db.execute("SELECT * FROM story_index WHERE story = ?", (story,)).fetchone()
        return _listing(row) if row else None

    def story_articles(self, story: str) -> list[str]:
        return [r[0] for r in self._db.execute("SELECT article FROM story_members WHERE story = ? ORDER BY article",
                                               (story,))]

    def story_of(self, article: str) -> str | None:
        row = self._db.execute("SELECT story FROM story_members WHERE article = ?", (article,)).fetchone()
        return str(row[0]) if row else None

    def facets(self) -> dict[str, list[tuple[str, int]]]:
        """The outlets and languages of the stored articles, with how many articles each."""
        return {col: [(r[0], r[1]) for r in self._db.execute(
                    f"SELECT {col}, count(*) FROM articles WHERE {col} IS NOT NULL "  # noqa: S608 (constant names)
                    f"GROUP BY {col} ORDER BY count(*) DESC, {col}")]
                for col in ("outlet", "language")}

    def record_source(self, *, path: str, digest: str, article_ids: Sequence[str], run: int) -> None:
        self._db.execute(
            "INSERT INTO sources (path, digest, article_ids, last_run) VALUES (?, ?, ?, ?) "
            "ON CONFLICT (path) DO UPDATE SET digest = excluded.digest, article_ids = excluded.article_ids, "
            "last_run = excluded.last_run", (path, digest, json.dumps(list(article_ids)), run))

    def _free_id(self, article: Article, run: int) -> Article:
        """Keep an article's id unless another input already holds it (another file, or
        another line of the same file earlier in this run); then derive one from the source,
        so the same input always gets the same id, and say so in the article's warnings."""
        row = self._db.execute("SELECT source, last_run FROM articles WHERE id = ?", (article.id,)).fetchone()
        if row is None or row[0] == article.source:
            return article  # new, or the same input again
        if _file_of(row[0]) == _file_of(article.source) and row[1] != run:
            return article  # a JSON line that moved within its file since an earlier run
        suffix = hashlib.sha1(article.source.encode("utf-8", "surrogatepass")).hexdigest()[:8]
        return _renamed(article, f"{article.id}-{suffix}", also=row[0])

    def record_failures(self, run: int, failures: Iterable[Failure]) -> None:
        with self._transaction():
            self._db.executemany("INSERT INTO failures VALUES (?, ?, ?, ?)",
                                 [(run, f.source, f.stage, f.reason) for f in failures])

    def articles(self, ids: Sequence[str] | None = None) -> list[Article]:
        if ids is None:
            ids = [r[0] for r in self._db.execute("SELECT id FROM articles ORDER BY id")]
        found: dict[str, Article] = {}
        for start in range(0, len(ids), 500):
            chunk = list(ids[start:start + 500])
            marks = ",".join("?" * len(chunk))
            names: dict[str, list[NamedSpan]] = {}
            for r in self._db.execute(f'SELECT article, start, "end", label, text FROM names '  # noqa: S608
                                      f"WHERE article IN ({marks}) ORDER BY rowid", chunk):
                names.setdefault(r[0], []).append(NamedSpan(start=r[1], end=r[2], label=r[3], text=r[4]))
            records: dict[str, dict[str, Any]] = {table: {} for table, _, _ in _RECORDS}
            for table, kind, _ in _RECORDS:
                for r in self._db.execute(f"SELECT article, data FROM {table} WHERE article IN ({marks}) "  # noqa: S608
                                          "ORDER BY rowid", chunk):
                    data = {k: tuple(v) if isinstance(v, list) else v for k, v in json.loads(r[1]).items()}
                    records[table].setdefault(r[0], []).append(kind(**data))
            for r in self._db.execute(f"SELECT * FROM articles WHERE id IN ({marks})", chunk):  # noqa: S608
                own: dict[str, Any] = {table: tuple(rows.get(r["id"], ())) for table, rows in records.items()}
                found[r["id"]] = dataclasses.replace(_article(r), names=tuple(names.get(r["id"], ())), **own)
        return [found[i] for i in ids if i in found]

    def runs(self) -> list[dict[str, Any]]:
        return [dict(r) for r in self._db.execute("SELECT * FROM runs ORDER BY id")]

    def close(self) -> None:
        self._db.close()


class _Tx:
    def __init__(self, db: sqlite3.Connection) -> None:
        self._db = db

    def __enter__(self) -> None:
        self._db.execute("BEGIN IMMEDIATE")

    def __exit__(self, exc_type: object, *_: object) -> None:
        self._db.execute("ROLLBACK" if exc_type else "COMMIT")


_COLUMNS = ("id", "source", "format", "content_hash", "outlet", "language", "translated_from", "published", "written",
            "title",
            "url", "text",
            "removed", "evidence", "warnings", "encoding")
# Built from the constant column list above, never from input: no injection route.
_NAMES = ", ".join(_COLUMNS)
_PARAMS = ", ".join(":" + c for c in _COLUMNS)
_INSERT = f"INSERT INTO articles ({_NAMES}, first_run, last_run) VALUES ({_PARAMS}, :run, :run)"  # noqa: S608
_UPDATE = (f"UPDATE articles SET {', '.join(f'{c} = :{c}' for c in _COLUMNS if c != 'id')}, "  # noqa: S608
           "last_run = :run WHERE id = :id")


def _owner() -> str:
    return f"{socket.gethostname()}:{os.getpid()}"


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def _renamed(article: Article, new: str, *, also: str) -> Article:
    """The article under a new id, its records (``old:e1`` ...) renamed with it."""
    old = article.id

    def own(record: Any) -> Any:
        rid = record.id
        return dataclasses.replace(record, article=new, id=new + rid[len(old):] if rid.startswith(old + ":") else rid)

    records: dict[str, Any] = {table: tuple(own(r) for r in getattr(article, table)) for table, _, _ in _RECORDS}
    warning = f"id {old!r} is also used by {also}; stored as {new!r}"
    return dataclasses.replace(article, id=new, warnings=(*article.warnings, warning), **records)


def _file_of(source: str) -> str:
    """The file part of a source: ``feed.jsonl:12`` → ``feed.jsonl``."""
    head, sep, tail = source.rpartition(":")
    return head if sep and tail.isdigit() else source


def _row(article: Article, run: int) -> dict[str, Any]:
    row: dict[str, Any] = {c: getattr(article, c) for c in _COLUMNS}
    row["removed"] = json.dumps([dataclasses.asdict(r) for r in article.removed], ensure_ascii=False)
    row["evidence"] = json.dumps([dataclasses.asdict(e) for e in article.evidence], ensure_ascii=False)
    row["warnings"] = json.dumps(list(article.warnings), ensure_ascii=False)
    row["run"] = run
    return row


def _listing(r: sqlite3.Row) -> StoryListing:
    return StoryListing(id=r["story"], title=r["title"], articles=r["articles"],
                        outlets=tuple(json.loads(r["outlets"])), languages=tuple(json.loads(r["languages"])),
                        first=r["first"], last=r["last"], changes=tuple(json.loads(r["changes"])), run=r["run"])


def _article(row: sqlite3.Row) -> Article:
    values = {c: row[c] for c in _COLUMNS if c not in _JSON_FIELDS}
    return Article(
        **values,
        removed=tuple(RemovedLine(**r) for r in json.loads(row["removed"])),
        evidence=tuple(Evidence(**e) for e in json.loads(row["evidence"])),
        warnings=tuple(json.loads(row["warnings"])),
    )
