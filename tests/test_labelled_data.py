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


@pytest.mark.parametrize("articles_dir, labels_dir", [("invented", "facts_invented"),
                                                      ("invented_dev", "facts_invented_dev"),
                                                      ("invented2", "facts_invented2"),
                                                      ("invented3", "facts_invented3"),
                                                      ("invented4", "facts_invented4"),
                                                      ("invented5", "facts_invented5"),
                                                      ("invented6", "facts_invented6"),
                                                      ("invented7", "facts_invented7"),
                                                      ("invented8", "facts_invented8"),
                                                      ("invented9", "facts_invented9"),
                                                      ("invented10", "facts_invented10"),
                                                      ("invented11", "facts_invented11"),
                                                      ("invented12", "facts_invented12"),
                                                      ("invented13", "facts_invented13"),
                                                      ("invented14", "facts_invented14"),
                                                      ("invented15", "facts_invented15"),
                                                      ("invented16", "facts_invented16"),
                                                      ("invented17", "facts_invented17"),
                                                      ("invented18", "facts_invented18"),
                                                      ("invented19", "facts_invented19"),
                                                      ("invented20", "facts_invented20"),
                                                      ("invented21", "facts_invented21"),
                                                      ("invented22", "facts_invented22"),
                                                      ("invented23", "facts_invented23"),
                                                      ("invented24", "facts_invented24"),
                                                      ("invented25", "facts_invented25"),
                                                      ("invented26", "facts_invented26"),
                                                      ("invented27", "facts_invented27"),
                                                      ("invented28", "facts_invented28"),
                                                      ("invented29", "facts_invented29"),
                                                      ("invented30", "facts_invented30"),
                                                      ("invented31", "facts_invented31"),
                                                      ("invented32", "facts_invented32"),
                                                      ("invented33", "facts_invented33"),
                                                      ("invented34", "facts_invented34"),
                                                      ("invented35", "facts_invented35"),
                                                      ("invented36", "facts_invented36"),
                                                      ("invented37", "facts_invented37"),
                                                      ("invented38", "facts_invented38"),
                                                      ("invented39", "facts_invented39"),
                                                      ("invented40", "facts_invented40"),
                                                      ("invented41", "facts_invented41"),
                                                      ("invented42", "facts_invented42"),
                                                      ("invented43", "facts_invented43"),
                                                      ("invented44", "facts_invented44"),
                                                      ("invented45", "facts_invented45"),
                                                      ("invented46", "facts_invented46"),
                                                      ("invented47", "facts_invented47"),
                                                      ("invented48", "facts_invented48"),
                                                      ("invented49", "facts_invented49"),
                                                      ("invented50", "facts_invented50"),
                                                      ("invented51", "facts_invented51"),
                                                      ("invented52", "facts_invented52"),
                                                      ("invented53", "facts_invented53"),
                                                      ("invented54", "facts_invented54"),
                                                      ("invented55", "facts_invented55"),
                                                      ("invented56", "facts_invented56"),
                                                      ("invented57", "facts_invented57"),
                                                      ("invented58", "facts_invented58"),
                                                      ("invented59", "facts_invented59"),
                                                      ("invented60", "facts_invented60"),
                                                      ("invented61", "facts_invented61"),
                                                      ("invented62", "facts_invented62"),
                                                      ("invented63", "facts_invented63"),
                                                      ("invented64", "facts_invented64"),
                                                      ("invented65", "facts_invented65"),
                                                      ("invented66", "facts_invented66"),
                                                      ("invented67", "facts_invented67"),
                                                      ("invented68", "facts_invented68"),
                                                      ("invented69", "facts_invented69"),
                                                      ("invented70", "facts_invented70"),
                                                      ("invented71", "facts_invented71"),
                                                      ("invented72", "facts_invented72"),
                                                      ("invented73", "facts_invented73"),
                                                      ("invented74", "facts_invented74"),
                                                      ("invented75", "facts_invented75"),
                                                      ("invented76", "facts_invented76"),
                                                      ("invented77", "facts_invented77"),
                                                      ("invented78", "facts_invented78"),
                                                      ("invented79", "facts_invented79"),
                                                      ("invented80", "facts_invented80"),
                                                      ("invented81", "facts_invented81"),
                                                      ("invented82", "facts_invented82"),
                                                      ("invented83", "facts_invented83"),
                                                      ("invented84", "facts_invented84"),
                                                      ("invented85", "facts_invented85"),
                                                      ("invented86", "facts_invented86"),
                                                      ("invented87", "facts_invented87"),
                                                      ("invented88", "facts_invented88"),
                                                      ("invented89", "facts_invented89"),
                                                      ("invented90", "facts_invented90"),
                                                      ("invented91", "facts_invented91"),
                                                      ("invented92", "facts_invented92"),
                                                      ("invented93", "facts_invented93"),
                                                      ("invented94", "facts_invented94"),
                                                      ("invented95", "facts_invented95"),
                                                      ("invented96", "facts_invented96"),
                                                      ("invented97", "facts_invented97"),
                                                      ("invented98", "facts_invented98"),
                                                      ("invented99", "facts_invented99"),
                                                      ("invented100", "facts_invented100"),
                                                      ("invented101", "facts_invented101"),
                                                      ("invented102", "facts_invented102"),
                                                      ("invented103", "facts_invented103"),
                                                      ("invented104", "facts_invented104"),
                                                      ("invented105", "facts_invented105"),
                                                      ("invented106", "facts_invented106"),
                                                      ("invented107", "facts_invented107"),
                                                      ("invented108", "facts_invented108"),
                                                      ("invented109", "facts_invented109"),
                                                      ("invented110", "facts_invented110"),
                                                      ("invented111", "facts_invented111"),
                                                      ("invented112", "facts_invented112"),
                                                      ("invented113", "facts_invented113"),
                                                      ("invented114", "facts_invented114"),
                                                      ("invented115", "facts_invented115")])
def test_invented_sets_match_their_articles(tmp_path: Path, articles_dir: str, labels_dir: str) -> None:
    """Each writer's invented stories (``benchmarks/data/invented*/TAG.jsonl``) and their labels."""
    for articles in sorted((DATA / articles_dir).glob("*.jsonl")):
        tag = articles.stem
        labels = tmp_path / tag
        labels.mkdir()
        for path in (DATA / labels_dir).glob(f"inv_{tag}_*.json"):
            (labels / path.name).write_text(path.read_text(encoding="utf-8"), encoding="utf-8")
        assert any(labels.iterdir()), f"no labels for {articles}"
        done = subprocess.run([sys.executable, str(DATA / "check_facts.py"), str(labels), "--articles", str(articles)],
                              capture_output=True, text=True, timeout=120)
        assert done.returncode == 0, done.stdout[-2000:] + done.stderr[-2000:]
