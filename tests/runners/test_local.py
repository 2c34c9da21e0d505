import dataclasses
import os

from storyline.model import Article
from storyline.pipeline import Stage
from storyline.runners import local
from tests.conftest import ARTICLE


def test_pool_keeps_input_order_and_reports_bad_files(write) -> None:
    paths = [str(write(f"in/{i:03d}.txt", ARTICLE + f"\n\nNumber {i}.")) for i in range(40)]
    paths[17] = str(write("in/017.txt", ""))  # one bad file among them
    results = list(local.run(paths, max_file_mb=1, jobs=2))
    assert [r.path for r in results] == paths
    assert [r.articles[0].id for r in results if r.articles] == [f"{i:03d}" for i in range(40) if i != 17]
    assert [f.reason for f in results[17].failures] == ["file is empty"]


def test_a_large_json_lines_file_is_split_into_ordered_batches(write) -> None:
    import json

    lines = [json.dumps({"id": f"j{i:04d}", "text": ARTICLE}) for i in range(607)]
    lines[250] = '{"id": "broken", '
    lines[400] = json.dumps({"id": "long", "text": "x" * 3_000_000})  # over the 1 MB line limit below
    path = str(write("in/feed.jsonl", "\n".join(lines) + "\n"))
    results = list(local.run([path], max_file_mb=1, jobs=2))
    assert len(results) >= 4 and [r.last for r in results] == [False] * (len(results) - 1) + [True]
    ids = [a.id for r in results for a in r.articles]
    assert ids == [f"j{i:04d}" for i in range(len(lines)) if i not in (250, 400)]
    reasons = [f.reason for r in results for f in r.failures]
    assert reasons[0].startswith("malformed JSON") and reasons[1] == "line is over 1 MB"
    assert sum(r.read_bytes for r in results) == sum(len(x) + 1 for x in lines)


def test_workers_exit_when_their_parent_is_killed(tmp_path) -> None:
    import os
    import signal
    import subprocess
    import sys
    import time
    from pathlib import Path

    script = tmp_path / "parent.py"
    script.write_text(
        "import sys, time\n"
        "from storyline.pipeline import CLEAN_STAGES, Stage\n"
        "from storyline.runners import local\n"
        "def slow(article):\n"
        "    time.sleep(60)\n"
        "    return article\n"
        "SLOW = Stage(name='slow', run=slow, requires=frozenset({'text'}), assigns=frozenset())\n"
        "paths = sys.argv[1:]\n"
        "for r in local.run(paths, max_file_mb=1, jobs=2, stages=(*CLEAN_STAGES, SLOW)):\n"
        "    pass\n")
    paths = []
    for i in range(local.SERIAL_BELOW + 2):
        path = tmp_path / f"{i:03d}.txt"
        path.write_text(ARTICLE + f"\n\nNumber {i}.")
        paths.append(str(path))
    parent = subprocess.Popen([sys.executable, str(script), *paths], env={**os.environ, "PYTHONPATH": os.pathsep.join(
        [str(Path(local.__file__).parents[2]), str(Path(__file__).parents[2])])})
    children = Path(f"/proc/{parent.pid}/task/{parent.pid}/children")
    deadline = time.monotonic() + 60
    workers: list[int] = []
    while len(workers) < 2 and time.monotonic() < deadline:
        time.sleep(0.2)
        workers = [int(p) for p in children.read_text().split()] if children.exists() else []
    assert len(workers) >= 2, "the pool did not start"
    parent.send_signal(signal.SIGKILL)
    parent.wait(10)
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline and any(map(_running, workers)):
        time.sleep(0.2)
    alive = [w for w in workers if _running(w)]
    for w in alive:
        os.kill(w, signal.SIGKILL)  # leave nothing behind, whatever the result
    assert alive == [], "pool workers outlived their killed parent"


def _running(pid: int) -> bool:
    """A process that exists and is not a zombie."""
    from pathlib import Path

    try:
        return Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0] != "Z"
    except (OSError, IndexError):
        return False


def _which_process(article: Article) -> Article:
    return dataclasses.replace(article, title=str(os.getpid()))


def test_a_json_lines_file_of_a_few_dozen_articles_is_shared_by_the_workers(write) -> None:
    import json

    lines = [json.dumps({"id": f"k{i:03d}", "text": f"Report {i}. " + ARTICLE}) for i in range(60)]
    path = str(write("in/small.jsonl", "\n".join(lines) + "\n"))
    stage = Stage(name="pid", run=_which_process, requires=frozenset({"title"}), assigns=frozenset({"title"}))
    articles = [a for r in local.run([path], max_file_mb=1, jobs=2, stages=(stage,)) for a in r.articles]
    assert [a.id for a in articles] == [f"k{i:03d}" for i in range(60)]
    assert len({a.title for a in articles}) == 2  # both workers took part, and not this process
    assert str(os.getpid()) not in {a.title for a in articles}
    short = str(write("in/short.jsonl", "\n".join(lines[: local.SERIAL_BELOW - 1]) + "\n"))
    served = [a for r in local.run([short], max_file_mb=1, jobs=2, stages=(stage,)) for a in r.articles]
    assert {a.title for a in served} == {str(os.getpid())}  # too few to start workers for


def _note_load() -> None:
    with open(os.environ["I22_LOADS"], "a", encoding="utf-8") as fh:
        fh.write(f"{os.getpid()}\n")


def test_forked_workers_start_with_the_models_loaded_once(write, tmp_path, monkeypatch) -> None:
    """With fork, the models are loaded in this process before the workers start: they
    inherit them instead of loading their own."""
    import json
    import multiprocessing

    if multiprocessing.get_start_method() != "fork":
        return  # spawned workers load their own: nothing to share
    loads = tmp_path / "loads.txt"
    monkeypatch.setenv("I22_LOADS", str(loads))
    lines = [json.dumps({"id": f"m{i:03d}", "text": f"Item {i}. " + ARTICLE}) for i in range(40)]
    path = str(write("in/models.jsonl", "\n".join(lines) + "\n"))
    stage = Stage(name="pid-loaded", run=_which_process, requires=frozenset({"title"}), assigns=frozenset({"title"}),
                  setup=_note_load)
    articles = [a for r in local.run([path], max_file_mb=1, jobs=2, stages=(stage,)) for a in r.articles]
    assert len(articles) == 40 and str(os.getpid()) not in {a.title for a in articles}
    assert loads.read_text(encoding="utf-8").split() == [str(os.getpid())]
