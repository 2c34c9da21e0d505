"""Shared fixtures. ``shared`` is the read-only folder beside the repository (seeds, gold,
benchmarks, scorers); CI always has it, so a missing one fails there instead of skipping."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
EXAMPLES = ROOT / "examples"


@pytest.fixture
def shared() -> Path:
    if not (SHARED / "tools").is_dir():
        if os.environ.get("CI"):
            pytest.fail(f"{SHARED} is missing: CI must run with ../shared beside the repository")
        pytest.skip(f"{SHARED} not found beside the repository")
    return SHARED


@pytest.fixture
def write(tmp_path: Path):
    """write(name, content) -> Path: a file under tmp_path (str as UTF-8, or bytes)."""

    def _write(name: str, content: str | bytes) -> Path:
        path = tmp_path / name
        path.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(content, bytes):
            path.write_bytes(content)
        else:
            path.write_text(content, encoding="utf-8")
        return path

    return _write


ARTICLE = (
    "Floodwaters rose across the northern province on Tuesday, forcing more than 2,000 people from their homes, "
    "the regional governor said in a statement.\n\n"
    "Rescue teams used boats to reach villages cut off by the river, and the army sent 300 soldiers to help "
    "with the evacuation, according to the defence ministry.\n\n"
    "Officials said at least nine people had died and dozens were missing as the rain continued into the evening."
)
