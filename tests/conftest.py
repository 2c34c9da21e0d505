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


def _unavailable(reason: str) -> None:
    """No PostgreSQL here: CI must have it (fail loudly); elsewhere skip, saying why."""
    if os.environ.get("CI"):
        pytest.fail(f"PostgreSQL tests cannot run under CI: {reason}")
    pytest.skip(f"PostgreSQL tests skipped: {reason}")


@pytest.fixture(scope="session")
def postgres_cluster():
    """A throwaway PostgreSQL server for the whole test session (tests/pgserver.py)."""
    try:
        import psycopg  # noqa: F401
    except ImportError:
        _unavailable("psycopg is not installed (pip install -c constraints.txt -e '.[dev,postgres]')")
    from tests import pgserver

    try:
        cluster = pgserver.start()
    except pgserver.Unavailable as exc:
        _unavailable(str(exc))
    yield cluster
    cluster.stop()


@pytest.fixture
def postgres_url(postgres_cluster, request) -> str:
    """A new, empty PostgreSQL database for one test."""
    import re
    import uuid

    name = re.sub(r"\W+", "_", request.node.name.lower())[:40] + "_" + uuid.uuid4().hex[:8]
    return postgres_cluster.create_database(name)
