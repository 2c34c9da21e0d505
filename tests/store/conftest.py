"""The store tests run once per store: SQLite (a file) and PostgreSQL (a new database on the
session's throwaway server)."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest


@pytest.fixture(params=["sqlite", "postgres"])
def db(request, tmp_path: Path) -> Path | str:
    """Where a store is: a SQLite file, or a PostgreSQL URL."""
    if request.param == "sqlite":
        return tmp_path / "s.db"
    return request.getfixturevalue("postgres_url")


def integrity_errors() -> tuple[type[Exception], ...]:
    """What either store raises when a row breaks a constraint."""
    try:
        import psycopg
    except ImportError:
        return (sqlite3.IntegrityError,)
    return (sqlite3.IntegrityError, psycopg.IntegrityError)
