"""Bytes of the HTML report and of the web story page for the first story of each store given.

    PYTHONPATH=$PWD/src .venv/bin/python benchmarks/results/i25_sizes.py /tmp/i25-ex.db /tmp/i25-s.db

Run once with PYTHONPATH at an older tree (``git archive dcf6985 src | tar -x -C /tmp/old``)
for the "before" figures. The web page is fetched from a copy of the store.
"""

from __future__ import annotations

import gzip
import shutil
import sys
import tempfile
from pathlib import Path

from fastapi.testclient import TestClient

from storyline import api
from storyline.api import Analysis
from storyline.report import html
from storyline.store import open_store
from storyline.web import Settings, create_app

for name in sys.argv[1:]:
    store = open_store(Path(name))
    first = api.stories(store, limit=1).stories[0].id
    dossier = api.story(store, first)
    store.close()
    assert dossier is not None
    page = html.render(Analysis(dossier=dossier)).encode()
    with tempfile.TemporaryDirectory() as tmp:
        copy = Path(tmp) / "s.db"
        shutil.copy(name, copy)
        with TestClient(create_app(Settings(db=copy))) as client:
            web = client.get(f"/stories/{first}").content
    print(f"{name}: report {len(page)} ({len(gzip.compress(page))} gzip), "
          f"web story page {len(web)} ({len(gzip.compress(web))} gzip)")
