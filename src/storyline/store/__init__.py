"""Where articles are kept between runs. SQLite by default; the interface is :class:`Store`."""

from __future__ import annotations

from pathlib import Path

from storyline.store.base import SaveStatus, Store
from storyline.store.sqlite import SQLiteStore


def open_store(path: str | Path) -> Store:
    """Open (creating and migrating if needed) the store at ``path``."""
    return SQLiteStore(Path(path))


__all__ = ["SQLiteStore", "SaveStatus", "Store", "open_store"]
