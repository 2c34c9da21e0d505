"""A store made from the example corpus, once per session, and clients over it."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from storyline import api
from storyline.web import Settings, create_app
from tests.conftest import EXAMPLES


@pytest.fixture(scope="session")
def example_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The examples analysed into a store; tests copy it before writing to it."""
    db = tmp_path_factory.mktemp("web") / "examples.db"
    result = api.analyze([EXAMPLES], db=db, jobs=1)
    assert result.ok and result.dossier.stories
    return db


@pytest.fixture
def db(example_db: Path, tmp_path: Path) -> Path:
    """A private copy of the example store."""
    copy = tmp_path / "store.db"
    shutil.copy(example_db, copy)
    return copy


@pytest.fixture
def client(db: Path, tmp_path: Path) -> Iterator[TestClient]:
    with TestClient(create_app(Settings(db=db, uploads=tmp_path / "uploads"))) as c:
        yield c
