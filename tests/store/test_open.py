"""Naming a store: a file or a PostgreSQL URL, on the command line or in $STORYLINE_DB, for
analyze and serve alike."""

from __future__ import annotations

from pathlib import Path

from fastapi.testclient import TestClient

from storyline import api
from storyline.store import is_url, open_store, shown, store_location
from storyline.store.postgres import PostgresStore
from storyline.web import Settings, create_app
from tests.store.test_search import fill


def test_a_url_stays_a_url_and_a_file_a_path(monkeypatch) -> None:
    url = "postgresql://desk@db.example/storyline"
    monkeypatch.setenv("STORYLINE_DB", url)
    assert api.default_db_path() == url  # a Path would have folded '//' into '/'
    monkeypatch.setenv("STORYLINE_DB", "team/stories.db")
    assert api.default_db_path() == Path("team/stories.db")
    assert store_location("postgres://a@b/c") == "postgres://a@b/c" and is_url("postgresql://x/y")
    assert not is_url(Path("postgresql:/x/y")) and not is_url("stories.db")
    assert shown("postgresql://desk:hunter2@db.example:5432/s") == "postgresql://desk:***@db.example:5432/s"


def test_open_store_and_serve_over_postgres(postgres_url, tmp_path, monkeypatch) -> None:
    fill(postgres_url).close()
    store = open_store(postgres_url)
    assert isinstance(store, PostgresStore) and store.location == postgres_url
    store.close()
    monkeypatch.setenv("STORYLINE_DB", postgres_url)
    settings = Settings(db=api.default_db_path(), uploads=tmp_path / "uploads")
    with TestClient(create_app(settings)) as client:
        assert client.get("/api/stories").json()["total"] == 5
        found = client.get("/api/stories", params={"q": "Kellmouth ferry"}).json()
        assert [s["id"] for s in found["stories"]] == ["s-quay"]
        assert client.get("/api/stories", params={"outlet": "Weser Bote"}).json()["total"] == 2
        assert client.get("/api/stories/s-flood").status_code == 200
    assert Settings(db=postgres_url).upload_dir == Path("storyline.uploads").resolve()
