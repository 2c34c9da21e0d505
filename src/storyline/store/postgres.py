"""The shared store: one PostgreSQL database that several analysts analyse into and browse
at once (``--db postgresql://user@host/db``; ``pip install 'storyline[postgres]'``).

It is the SQLite store's code over a psycopg connection: the same migrations and queries,
rewritten for PostgreSQL by :mod:`storyline.store.dialect`, so the two stores cannot drift
apart. What PostgreSQL does differently is here:

- several writers: each ``save`` first takes a transaction-level advisory lock per article id
  (in one fixed order, so two writers never deadlock), so two runs that read the same file
  neither fail on each other's insert nor store it twice;
- story clustering (read every story, decide, write, index) holds a session-level advisory
  lock, so two runs never decide stories from the same stale picture. An advisory lock rather
  than a queue: clustering must see every story decided before it, and a lock gives exactly
  that without a worker process to keep alive; the database drops it when a writer dies (no
  stale lock to clear by hand), and ingest and analysis, the slow part, go on in parallel;
- readers (``serve``) never wait: PostgreSQL shows each query the last committed state;
- search by PostgreSQL full-text search (a GIN index over the titles' and outlets' words).
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
import threading
from collections.abc import Callable, Iterable, Iterator, Sequence
from typing import Any, cast

from storyline.errors import StoreError
from storyline.model import Article
from storyline.store import shown
from storyline.store.base import SaveStatus
from storyline.store.dialect import Table, postgres_ddl, postgres_query, statements
from storyline.store.sqlite import SQLiteStore, _now, migrations

try:
    import psycopg
except ImportError:  # the optional extra is not installed
    psycopg = None  # type: ignore[assignment]

# Advisory lock keys (two int4s: storyline's namespace, then what is locked). Locks are
# per database: every process writing this database sees the same ones.
_LOCKS = 0x53544F52  # "STOR"
_MIGRATING, _CLUSTERING = 0, 1
_ARTICLES = _LOCKS + 1  # second key: hashtext(article id)
# Each database's tables (by URL), read from its catalogue once per process: serve opens the
# store for every request, and the catalogue costs more than the request.
_CATALOGUES: dict[str, dict[str, Table]] = {}


class PostgresStore(SQLiteStore):
    """Articles and runs in one PostgreSQL database (its current schema)."""

    def __init__(self, url: str) -> None:
        self.location = shown(url)
        if psycopg is None:
            raise StoreError(f"{self.location}: a PostgreSQL store needs psycopg: pip install 'storyline[postgres]'")
        self._depth = 0  # open transactions: only the outermost begins and commits
        self._url = url
        try:
            self._conn = _IDLE.take(url) or psycopg.connect(url, autocommit=True, row_factory=_rows)
        except psycopg.Error as exc:
            raise StoreError(f"{self.location}: cannot connect ({_first_line(exc)})") from exc
        self._pg = _Connection(self._conn)
        self._db = cast(sqlite3.Connection, self._pg)  # duck-typed: the calls SQLiteStore makes
        try:
            self._migrate()
        except psycopg.Error as exc:
            self._conn.close()
            raise StoreError(f"{self.location}: cannot migrate the store ({_first_line(exc)})") from exc

    def _migrate(self) -> None:
        shipped = [name for name, _ in migrations()]
        known = _CATALOGUES.get(self.location)
        if known and self._applied() == shipped:  # the common case (serve opens the store per request)
            self._pg.tables = known
            return
        with self._transaction():  # one writer migrates; another opening the store meanwhile waits, then sees it done
            self._db.execute("SELECT pg_advisory_xact_lock(?, ?)", (_LOCKS, _MIGRATING))
            self._conn.execute("CREATE TABLE IF NOT EXISTS _migrations (name TEXT PRIMARY KEY, applied TEXT NOT NULL)")
            done = {r[0] for r in self._db.execute("SELECT name FROM _migrations")}
            for name, sql in migrations():
                if name not in done:
                    for statement in statements(sql, "postgres"):
                        self._conn.execute(postgres_ddl(statement).encode())  # DDL: no parameters to bind
                    self._db.execute("INSERT INTO _migrations VALUES (?, ?)", (name, _now()))
        self._pg.tables = _CATALOGUES[self.location] = self._catalogue()

    def _applied(self) -> list[str]:
        if self._db.execute("SELECT to_regclass('_migrations')").fetchone()[0] is None:
            return []
        return self.applied_migrations()

    def _catalogue(self) -> dict[str, Table]:
        """Each table's primary key and other columns, from the database's own catalogue."""
        keys: dict[str, list[str]] = {}
        for table, column in self._db.execute(
                "SELECT k.table_name, k.column_name FROM information_schema.table_constraints c "
                "JOIN information_schema.key_column_usage k USING (constraint_schema, constraint_name) "
                "WHERE c.constraint_type = 'PRIMARY KEY' AND c.table_schema = current_schema() "
                "ORDER BY k.table_name, k.ordinal_position"):
            keys.setdefault(table, []).append(column)
        columns: dict[str, list[tuple[str, bool]]] = {}
        for table, column, identity in self._db.execute(
                "SELECT table_name, column_name, is_identity = 'YES' OR is_generated = 'ALWAYS' "
                "FROM information_schema.columns WHERE table_schema = current_schema() "
                "ORDER BY table_name, ordinal_position"):
            columns.setdefault(table, []).append((column, bool(identity)))
        out = {}
        for table, cols in columns.items():
            key = tuple(keys.get(table, ()))
            identities = {c for c, identity in cols if identity}  # (and other generated columns)
            out[table] = Table(key=key, others=tuple(c for c, _ in cols if c not in key and c not in identities),
                               serial=len(key) == 1 and key[0] in identities)
        return out

    @contextlib.contextmanager
    def _transaction(self) -> Iterator[None]:
        if self._depth:  # inside a transaction already (save → SQLiteStore.save): part of it
            self._depth += 1
            try:
                yield
            finally:
                self._depth -= 1
            return
        self._conn.execute("BEGIN")
        self._depth = 1
        try:
            yield
        except BaseException:
            self._depth = 0
            self._conn.execute("ROLLBACK")
            raise
        self._depth = 0
        self._conn.execute("COMMIT")

    @contextlib.contextmanager
    def clustering(self) -> Iterator[None]:
        """Hold the database's clustering lock (a PostgreSQL advisory lock, released by the
        server if this process dies): two writers never decide stories from a stale picture."""
        self._db.execute("SELECT pg_advisory_lock(?, ?)", (_LOCKS, _CLUSTERING))
        try:
            yield
        finally:
            self._db.execute("SELECT pg_advisory_unlock(?, ?)", (_LOCKS, _CLUSTERING))

    def save(self, *, articles: Sequence[Article], run: int) -> list[tuple[str, SaveStatus]]:
        with self._transaction():
            # One lock per article id, taken in the order of their keys: a writer storing the same
            # article waits for this transaction, then finds it stored (no duplicate, no failure).
            self._db.execute("SELECT count(pg_advisory_xact_lock(?, k)) FROM (SELECT DISTINCT hashtext(i) AS k "
                             "FROM unnest(?::text[]) AS i ORDER BY k) AS keys", (_ARTICLES, [a.id for a in articles]))
            return super().save(articles=articles, run=run)

    @staticmethod
    def _search(terms: Sequence[str]) -> tuple[str, list[Any]]:
        """Stories with an article whose title or outlet has a word beginning with each term
        (PostgreSQL full-text search, ``protest:*``, over the column and GIN index of migration 0011)."""
        if not terms:
            return "0 = 1", []
        return ("s.story IN (SELECT m.story FROM story_members m JOIN articles a ON a.id = m.article "
                "WHERE a.search @@ to_tsquery('simple', ?))", [" & ".join(f"{t}:*" for t in terms)])

    def close(self) -> None:
        """Give the connection back for the next store opened on this database (serve opens one
        per request: a new connection would cost more than most pages)."""
        _IDLE.give(self._url, self._conn)


class _Idle:
    """Open connections not in use, a few per database, shared by the threads of one process."""

    def __init__(self, keep: int = 8) -> None:
        self._keep = keep
        self._lock = threading.Lock()
        self._idle: dict[str, list[Any]] = {}
        self._pid = os.getpid()

    def take(self, url: str) -> Any:
        with self._lock:
            if self._pid != os.getpid():  # a forked child: the parent's sockets are not its own
                self._idle, self._pid = {}, os.getpid()
            while self._idle.get(url):
                conn = self._idle[url].pop()
                if not conn.closed and not conn.broken:
                    return conn
        return None

    def give(self, url: str, conn: Any) -> None:
        reusable = (not conn.closed and psycopg is not None
                    and conn.info.transaction_status == psycopg.pq.TransactionStatus.IDLE)
        with self._lock:
            if reusable and len(self._idle.setdefault(url, [])) < self._keep:
                self._idle[url].append(conn)
                return
        conn.close()


_IDLE = _Idle()


class _Connection:
    """What SQLiteStore asks of its connection (execute, executemany, close), over psycopg,
    each query rewritten once by the dialect layer."""

    def __init__(self, conn: Any) -> None:
        self._conn = conn
        self.tables: dict[str, Table] = {}
        self._queries: dict[str, tuple[str, bool]] = {}

    def _query(self, sql: str) -> tuple[str, bool]:
        if sql not in self._queries:
            self._queries[sql] = postgres_query(sql, self.tables)
        return self._queries[sql]

    def execute(self, sql: str, params: Sequence[Any] | dict[str, Any] = ()) -> Any:
        query, returns_id = self._query(sql)
        cursor = self._conn.execute(query, params)
        return _Inserted(cursor.fetchone()[0]) if returns_id else cursor

    def executemany(self, sql: str, rows: Iterable[Sequence[Any] | dict[str, Any]]) -> None:
        rows = list(rows)
        if rows:
            with self._conn.cursor() as cursor:
                cursor.executemany(self._query(sql)[0], rows)

    def close(self) -> None:
        self._conn.close()


class _Inserted:
    """An insert's outcome as sqlite3 gives it: the new row's generated id."""

    def __init__(self, lastrowid: int) -> None:
        self.lastrowid = lastrowid

    def fetchone(self) -> tuple[int]:
        return (self.lastrowid,)


class _Row(tuple[Any, ...]):
    """A row read by position or by column name, as sqlite3.Row is."""

    _index: dict[str, int]

    def __new__(cls, values: Sequence[Any], index: dict[str, int]) -> _Row:
        row = super().__new__(cls, values)
        row._index = index
        return row

    def __getitem__(self, key: Any) -> Any:
        return super().__getitem__(self._index[key] if isinstance(key, str) else key)

    def keys(self) -> list[str]:
        return list(self._index)


def _rows(cursor: Any) -> Callable[[Sequence[Any]], _Row]:
    index = {column.name: i for i, column in enumerate(cursor.description or ())}
    return lambda values: _Row(values, index)


def _first_line(exc: BaseException) -> str:
    return (str(exc).strip().splitlines() or [type(exc).__name__])[0]
