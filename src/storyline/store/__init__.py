"""Where articles are kept between runs. SQLite by default, PostgreSQL for a shared store
(``postgresql://user@host/db``, needs ``pip install storyline[postgres]``); the interface is
:class:`Store`."""

from __future__ import annotations

import re
from pathlib import Path

from storyline.store.base import SaveStatus, Store
from storyline.store.sqlite import SQLiteStore

URL_SCHEMES = ("postgresql://", "postgres://")


def is_url(db: str | Path) -> bool:
    """Whether ``db`` names a PostgreSQL database rather than a SQLite file."""
    return isinstance(db, str) and db.startswith(URL_SCHEMES)


def store_location(db: str | Path) -> str | Path:
    """``db`` as ``open_store`` takes it: a PostgreSQL URL stays a string (a Path would fold
    its ``//``), anything else is a file path."""
    return db if is_url(db) else Path(db)


def shown(db: str | Path) -> str:
    """``db`` as it may be printed: a URL without its password."""
    return re.sub(r"(://[^:/@]*):[^@/]*@", r"\1:***@", str(db))


def open_store(db: str | Path) -> Store:
    """Open (creating and migrating if needed) the store ``db``: a SQLite file, or a
    PostgreSQL database given by its URL."""
    if is_url(db):
        from storyline.store.postgres import PostgresStore  # psycopg is an optional extra

        return PostgresStore(str(db))
    return SQLiteStore(Path(db))


__all__ = ["SQLiteStore", "SaveStatus", "Store", "is_url", "open_store", "shown", "store_location"]
