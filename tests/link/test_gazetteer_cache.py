"""The gazetteer's index cache: built once, read back equal, rebuilt when stale or corrupt,
written atomically, and never in the way when it cannot be used."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pytest

from storyline.link import gazetteer, gazetteer_cache


@dataclass(frozen=True, slots=True)
class Spot:
    name: str
    lat: float
    people: int
    capital: bool = False


HARBOUR = Spot("Ålesund harbour", 62.47, 67_000)
MILL = Spot("Old Mill", -33.9, 1_200, capital=False)
CITADEL = Spot("Citadel", 14.6, 900_000, capital=True)


class Builder:
    """Counts its builds: a build is what the cache exists to avoid."""

    def __init__(self) -> None:
        self.calls = 0

    def __call__(self) -> dict[str, list[Spot]]:
        self.calls += 1
        return {"alesund": [HARBOUR], "mill": [MILL, CITADEL], "citadel": [CITADEL, HARBOUR, MILL]}


@pytest.fixture
def source(tmp_path: Path) -> Path:
    path = tmp_path / "spots.tsv"
    path.write_text("alesund\nmill\ncitadel\n", encoding="utf-8")
    return path


def test_built_once_then_read_back_equal(tmp_path: Path, source: Path) -> None:
    build = Builder()
    first = gazetteer_cache.cached("spots", build, Spot, [source], directory=tmp_path / "c")
    second = gazetteer_cache.cached("spots", build, Spot, [source], directory=tmp_path / "c")
    assert build.calls == 1
    assert isinstance(second, gazetteer_cache.RecordIndex)
    assert dict(second.items()) == dict(first.items())
    assert second["citadel"] == [CITADEL, HARBOUR, MILL]  # order within a key kept
    assert second.get("nowhere", []) == [] and "nowhere" not in second and "mill" in second
    assert type(second["alesund"][0].lat) is float and type(second["mill"][1].capital) is bool
    assert second["mill"][1] is second["citadel"][0]  # one record made once, shared by its keys
    with pytest.raises(KeyError):
        second["nowhere"]


def test_stale_when_a_source_or_the_record_changes(tmp_path: Path, source: Path) -> None:
    build = Builder()
    folder = tmp_path / "c"
    gazetteer_cache.cached("spots", build, Spot, [source], directory=folder)
    source.write_text("alesund\nmill\ncitadel\nfjord\n", encoding="utf-8")
    gazetteer_cache.cached("spots", build, Spot, [source], directory=folder)
    assert build.calls == 2

    @dataclass(frozen=True, slots=True)
    class Spot2:  # one more field: the old file's columns do not fit it
        name: str
        lat: float
        people: int
        capital: bool = False
        region: str = ""

    def build2() -> dict[str, list[Spot2]]:
        return {"x": [Spot2("X", 1.0, 2, region="R")]}

    again = gazetteer_cache.cached("spots", build2, Spot2, [source], directory=folder)
    again = gazetteer_cache.cached("spots", build2, Spot2, [source], directory=folder)
    assert isinstance(again, gazetteer_cache.RecordIndex) and again["x"][0].region == "R"
    assert len(list(folder.glob("spots-*.npz"))) <= gazetteer_cache.KEEP


def test_old_files_pruned(tmp_path: Path, source: Path) -> None:
    folder = tmp_path / "c"
    for n in range(gazetteer_cache.KEEP + 3):
        source.write_text(f"version {n}\n", encoding="utf-8")
        gazetteer_cache.cached("spots", Builder(), Spot, [source], directory=folder)
    assert len(list(folder.glob("spots-*.npz"))) == gazetteer_cache.KEEP


@pytest.mark.parametrize("damage", ["garbage", "truncated", "empty", "wrong key"])
def test_corrupt_file_rebuilt(tmp_path: Path, source: Path, damage: str) -> None:
    folder = tmp_path / "c"
    build = Builder()
    gazetteer_cache.cached("spots", build, Spot, [source], directory=folder)
    (path,) = folder.glob("spots-*.npz")
    data = path.read_bytes()
    if damage == "garbage":
        path.write_bytes(b"\x93NUMPY not really" * 50)
    elif damage == "truncated":
        path.write_bytes(data[: len(data) // 2])
    elif damage == "empty":
        path.write_bytes(b"")
    else:  # another index's file under this name: its recorded key gives it away
        other = tmp_path / "other.tsv"
        other.write_text("other\n", encoding="utf-8")
        gazetteer_cache.cached("spots", Builder(), Spot, [other], directory=folder)
        newest = max(folder.glob("spots-*.npz"), key=lambda p: p.stat().st_mtime_ns)
        path.write_bytes(newest.read_bytes())
    index = gazetteer_cache.cached("spots", build, Spot, [source], directory=folder)
    assert build.calls == 2
    assert index["mill"] == [MILL, CITADEL]
    again = gazetteer_cache.cached("spots", build, Spot, [source], directory=folder)
    assert build.calls == 2 and isinstance(again, gazetteer_cache.RecordIndex)  # the rewritten file reads


def test_written_atomically(tmp_path: Path, source: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A write that fails halfway leaves neither a half file under the real name nor a
    temporary one; the index is still returned."""
    folder = tmp_path / "c"

    def half(fh, **arrays):  # type: ignore[no-untyped-def]
        fh.write(b"PK\x03\x04 half a zip")
        raise OSError("disk full")

    monkeypatch.setattr(np, "savez", half)
    build = Builder()
    index = gazetteer_cache.cached("spots", build, Spot, [source], directory=folder)
    assert index["alesund"] == [HARBOUR]
    assert list(folder.iterdir()) == []


def test_no_cache_when_turned_off_or_unwritable(tmp_path: Path, source: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("STORYLINE_CACHE_DIR", "")
    assert gazetteer_cache.cache_dir() is None
    build = Builder()
    assert gazetteer_cache.cached("spots", build, Spot, [source]) == build()
    blocked = tmp_path / "file"
    blocked.write_text("not a folder", encoding="utf-8")
    assert gazetteer_cache.cached("spots", build, Spot, [source], directory=blocked / "c")["mill"] == [MILL, CITADEL]
    monkeypatch.setenv("STORYLINE_CACHE_DIR", str(tmp_path / "mine"))
    assert gazetteer_cache.cache_dir() == tmp_path / "mine"
    monkeypatch.delenv("STORYLINE_CACHE_DIR")
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    assert gazetteer_cache.cache_dir() == tmp_path / "xdg" / "storyline"


def test_real_gazetteer_same_from_cache(tmp_path: Path) -> None:
    """The cached GeoNames index answers every key as the built one does."""
    built = gazetteer._build_index()
    sources = gazetteer_cache.sources_of(gazetteer.__file__)
    assert any(p.name == "countries.tsv" for p in sources) and any(p.suffix == ".json" for p in sources)
    gazetteer_cache.cached("gazetteer", lambda: built, gazetteer.Place, sources, directory=tmp_path)
    read = gazetteer_cache.cached("gazetteer", gazetteer._build_index, gazetteer.Place, sources, directory=tmp_path)
    assert isinstance(read, gazetteer_cache.RecordIndex)
    assert len(read) == len(built)
    assert all(read[key] == places for key, places in built.items())
