"""The sets labelled by reading stay consistent with the articles they quote."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "benchmarks" / "data"
ARTICLES = ROOT.parent / "shared" / "bench" / "ecbplus" / "articles.jsonl"

pytestmark = pytest.mark.skipif(not ARTICLES.exists(), reason="../shared/bench/ecbplus is not beside the checkout")


@pytest.mark.parametrize("script", ["check_facts.py", "check_places_held.py", "check_held_i18.py"])
def test_labelled_sets_match_their_articles(script: str) -> None:
    done = subprocess.run([sys.executable, str(DATA / script)], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stdout[-2000:] + done.stderr[-2000:]
