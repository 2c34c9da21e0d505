"""Several writers on one store: two runs storing the same article, deciding stories at the
same time, and whole ``storyline analyze`` processes into one PostgreSQL store while it is read."""

from __future__ import annotations

import os
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from storyline.model import Article
from storyline.store import open_store

ROOT = Path(__file__).resolve().parents[2]


def _article(aid: str, h: str = "h1") -> Article:
    return Article(id=aid, source=f"in/{aid}.txt", format="txt", text="Body.", title="T", content_hash=h)


def test_clustering_is_one_writer_at_a_time(db) -> None:
    first, second = open_store(db), open_store(db)
    inside, order = threading.Event(), []

    def hold() -> None:
        with first.clustering():
            inside.set()
            time.sleep(0.6)
            order.append("first leaves")

    holder = threading.Thread(target=hold)
    holder.start()
    assert inside.wait(10)
    with second.clustering():  # waits for the other writer
        order.append("second enters")
    holder.join()
    assert order == ["first leaves", "second enters"]
    with first.clustering():  # released: taken again at once
        pass


def test_same_article_saved_by_two_writers_at_once_is_stored_once(postgres_url) -> None:
    first, second = open_store(postgres_url), open_store(postgres_url)
    run1, run2 = first.begin_run(["a"]), second.begin_run(["b"])
    saved, results = threading.Event(), {}

    def slow_writer() -> None:
        with first._transaction():  # the first writer's batch is not committed yet
            results["first"] = first.save(articles=[_article("x"), _article("y")], run=run1)
            saved.set()
            time.sleep(0.6)

    writer = threading.Thread(target=slow_writer)
    writer.start()
    assert saved.wait(10)
    results["second"] = second.save(articles=[_article("y"), _article("x"), _article("z")], run=run2)
    writer.join()
    assert results["first"] == [("x", "new"), ("y", "new")]
    assert results["second"] == [("y", "unchanged"), ("x", "unchanged"), ("z", "new")]  # no failure, no copy
    assert [a.id for a in second.articles()] == ["x", "y", "z"]


# Two events, three reports each, written for this test. Writer one reads 1-4, writer two 3-6:
# articles 3 and 4 are read by both at once.
ARTICLES = {
    "1.txt": "Footbridge over the Lenne collapses in Altena\n\nA pedestrian footbridge over the river Lenne "
             "collapsed in Altena on Tuesday morning. Two people were injured, the fire brigade said. The bridge, "
             "built in 1962, had been closed for inspection last year.",
    "2.txt": "Altena bridge collapse injures two\n\nTwo pedestrians were hurt when the footbridge across the Lenne in "
             "Altena gave way on Tuesday. Engineers will examine the 1962 structure, the town said.",
    "3.txt": "Inquiry ordered after Altena footbridge falls into the Lenne\n\nThe district ordered an inquiry "
             "after the footbridge in Altena fell into the river Lenne on Tuesday, injuring two people. "
             "The 1962 bridge had been inspected last year.",
    "4.txt": "Wildfire near Lüneburg forces 300 to leave their homes\n\nA wildfire in the heath south of "
             "Lüneburg forced 300 residents to leave their homes on Sunday. Firefighters from four districts "
             "fought the flames.",
    "5.txt": "Heath fire by Lüneburg: 300 evacuated\n\nAbout 300 people were evacuated as fire spread across "
             "the heath near Lüneburg on Sunday, firefighters said. Four districts sent crews.",
    "6.txt": "Lüneburg heath wildfire contained after evacuation\n\nFirefighters contained the wildfire on the "
             "heath near Lüneburg late on Sunday, after some 300 residents had been evacuated.",
}


def _stories(url: str) -> tuple[int, set[frozenset[str]]]:
    store = open_store(url)
    try:
        articles = store.articles()
        members = store.story_members()
        groups: dict[str, set[str]] = {}
        for article, story in members.items():
            groups.setdefault(story, set()).add(Path(store.articles([article])[0].source).name)
        listed = {s.id for s in store.story_listings(limit=100)[0]}
        assert listed == set(groups)  # every story indexed, no index row without members
        return len(articles), {frozenset(g) for g in groups.values()}
    finally:
        store.close()


@pytest.mark.slow
def test_two_analyze_processes_into_one_postgres_store(postgres_cluster, tmp_path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    for name, text in ARTICLES.items():
        (folder / name).write_text(text, encoding="utf-8")
    files = [str(folder / n) for n in sorted(ARTICLES)]
    shared = postgres_cluster.create_database("two_writers")
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}

    def analyze(url: str, inputs: list[str], name: str) -> subprocess.Popen[str]:
        cmd = [sys.executable, "-m", "storyline", "analyze", *inputs, "--db", url, "--jobs", "1",
               "--json", str(tmp_path / f"{name}.json"), "--quiet"]
        return subprocess.Popen(cmd, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)

    open_store(shared).close()  # migrated before the writers start (they would wait for each other otherwise)
    reads, stop, errors = [], threading.Event(), []

    def reader() -> None:  # serve's side: lists stories while the writers write
        store = open_store(shared)
        while not stop.is_set():
            try:
                reads.append(store.story_listings(limit=100)[1])
            except Exception as exc:  # noqa: BLE001 (any failure to read is the finding)
                errors.append(exc)
            time.sleep(0.05)
        store.close()

    watcher = threading.Thread(target=reader)
    watcher.start()
    writers = [analyze(shared, files[:4], "w1"), analyze(shared, files[2:], "w2")]
    outputs = [w.communicate(timeout=600)[0] for w in writers]
    stop.set()
    watcher.join()
    assert [w.returncode for w in writers] == [0, 0], outputs
    count, stories = _stories(shared)
    assert count == 6  # nothing lost, nothing stored twice
    # the stories one writer makes of the six
    assert stories == {frozenset({"1.txt", "2.txt", "3.txt"}), frozenset({"4.txt", "5.txt", "6.txt"})}
    assert not errors and reads and reads == sorted(reads)  # read throughout; stories never vanished
