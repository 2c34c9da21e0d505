"""The store suite: every test that takes ``db`` runs on SQLite and on PostgreSQL."""

import dataclasses
import sqlite3
from pathlib import Path

import pytest

from storyline.errors import StoreError
from storyline.model import Article, Evidence, RemovedLine
from storyline.store import open_store
from storyline.store.dialect import postgres_ddl, statements
from storyline.store.sqlite import migrations
from tests.store.conftest import integrity_errors


def article(id_: str = "a1", *, source: str = "in/a1.txt", text: str = "Body text.", h: str = "h1") -> Article:
    return Article(id=id_, source=source, format="txt", text=text, title="T", outlet="Valley Courier", language="en",
                   translated_from="de", published="2024-02-03", content_hash=h,
                   removed=(RemovedLine(text="Share", reason="interface string", line_no=2),),
                   evidence=(Evidence(field="outlet", value="Valley Courier", source="page stamp", text="x"),),
                   warnings=("w",))


def test_migrations_are_named_applied_once_and_in_order(db) -> None:
    store = open_store(db)
    names = [name for name, _ in migrations()]
    assert names == sorted(names) and names[0].startswith("0001_")
    assert store.applied_migrations() == names
    store.close()
    again = open_store(db)  # reopening applies nothing twice
    assert again.applied_migrations() == names


def test_a_store_whose_creation_stops_halfway_keeps_no_half_schema(tmp_path: Path,
                                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    # a migration that fails after the others ran stands for a run killed while it creates its store:
    # the file holds no table at all, and the next open builds the whole schema
    from storyline.store import sqlite as store_module

    shipped = migrations()
    monkeypatch.setattr(store_module, "migrations", lambda: [*shipped, ("9999_broken.sql", "CREATE TABLE (;")])
    path = tmp_path / "new.db"
    with pytest.raises(StoreError, match=r"new\.db"):
        open_store(path)
    with sqlite3.connect(path) as con:
        assert con.execute("SELECT name FROM sqlite_master WHERE type = 'table'").fetchall() == []
    monkeypatch.setattr(store_module, "migrations", lambda: shipped)
    store = open_store(path)
    assert store.applied_migrations() == [name for name, _ in shipped]
    store.close()


def _first_migration_only(db: Path | str) -> None:
    """A store as the first version wrote it: migration 0001 only, one article in it."""
    insert = ("INSERT INTO articles (id, source, format, content_hash, text, removed, evidence, warnings, first_run, "
              "last_run) VALUES ('old', 'x.txt', 'txt', 'h', 'kept', '[]', '[]', '[]', 1, 1)")
    name, sql = migrations()[0]
    if isinstance(db, Path):
        con = sqlite3.connect(db)
        con.execute("CREATE TABLE _migrations (name TEXT PRIMARY KEY, applied TEXT NOT NULL)")
        con.executescript(sql)
        con.execute("INSERT INTO _migrations VALUES (?, 'then')", (name,))
        con.execute(insert)
        con.commit()
        con.close()
        return
    import psycopg

    with psycopg.connect(db, autocommit=True) as con:
        con.execute("CREATE TABLE _migrations (name TEXT PRIMARY KEY, applied TEXT NOT NULL)")
        for statement in statements(sql, "postgres"):
            con.execute(postgres_ddl(statement).encode())
        con.execute("INSERT INTO _migrations VALUES (%s, 'then')", (name,))
        con.execute(insert.encode())


def test_old_database_is_upgraded_without_losing_rows(db) -> None:
    _first_migration_only(db)
    store = open_store(db)
    (old,) = store.articles(["old"])
    assert old.text == "kept" and old.translated_from is None
    assert store.applied_migrations() == [name for name, _ in migrations()]


def test_round_trip_and_idempotent_save(db) -> None:
    store = open_store(db)
    run = store.begin_run(["in"])
    assert store.save(articles=[article()], run=run) == [("a1", "new")]
    assert store.save(articles=[article()], run=run) == [("a1", "unchanged")]
    assert store.articles() == [article()]
    changed = article(text="New body.", h="h2")
    assert store.save(articles=[changed], run=run) == [("a1", "updated")]
    assert store.articles(["a1"])[0].text == "New body."
    assert store.source_digest("in/a1.txt") is None  # not remembered until the file is complete
    store.record_source(path="in/a1.txt", digest="d2", article_ids=["a1"], run=run)
    assert store.source_digest("in/a1.txt") == "d2" and store.source_articles("in/a1.txt") == ["a1"]


def test_same_id_from_another_source_gets_a_stable_new_id(db) -> None:
    store = open_store(db)
    run = store.begin_run([])
    store.save(articles=[article("index", source="a/index.html")], run=run)
    first = store.save(articles=[article("index", source="b/index.html", h="x")], run=run)
    again = store.save(articles=[article("index", source="b/index.html", h="x")], run=run)
    assert first[0][0].startswith("index-") and first[0][1] == "new"
    assert again == [(first[0][0], "unchanged")]
    assert len(store.articles()) == 2


def test_failed_write_leaves_stored_articles_intact(db) -> None:
    store = open_store(db)
    run = store.begin_run([])
    store.save(articles=[article()], run=run)
    bad = dataclasses.replace(article("a2", source="in/a2.txt"), text=None)  # type: ignore[arg-type]
    with pytest.raises(integrity_errors()):
        store.save(articles=[article("a3", source="in/a2.txt"), bad], run=run)
    assert [a.id for a in store.articles()] == ["a1"]  # a3 rolled back with the failed batch


def test_not_a_database(tmp_path) -> None:
    path = tmp_path / "notes.db"
    path.write_text("these are my notes, not a database " * 100)
    with pytest.raises(StoreError, match=r"notes\.db: cannot open the store"):
        open_store(path)


def test_unreachable_postgres_is_a_store_error() -> None:
    pytest.importorskip("psycopg")
    url = "postgresql://nobody:secret@127.0.0.1:1/x?connect_timeout=2"
    with pytest.raises(StoreError, match=r"^postgresql://nobody:\*\*\*@127\.0\.0\.1:1/x\S*: cannot connect"):
        open_store(url)


def test_embeddings_written_back_later_are_read_with_the_profile(db) -> None:
    import numpy as np

    from storyline.extract.embed import DIM

    store = open_store(db)
    run = store.begin_run(["in"])
    store.save(articles=[article(), article("a2", source="in/a2.txt", h="h2")], run=run)
    assert not store.profiles(["a1"])[0].embedding.any()  # saved before any embedding was made
    wanted = np.linspace(-1, 1, DIM).astype("<f2")
    store.save_embeddings({"a1": wanted.tobytes()})
    got = {p.article: p.embedding for p in store.profiles()}
    assert np.array_equal(got["a1"], wanted.astype(np.float32))
    assert not got["a2"].any()  # the other article's profile is left as it was
    assert open_store(db).profiles(["a1"])[0].embedding.any()  # stored, not only cached
