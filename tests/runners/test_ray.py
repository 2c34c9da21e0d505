"""The Ray runner on a local Ray instance (2 CPUs): the same dossier as the local runner,
WARC archives spread over workers, and a killed worker's task re-run or reported."""

from __future__ import annotations

import functools
import importlib.util
import io
import os
import sys
from pathlib import Path

import pytest

from storyline import api
from storyline.ingest import warc
from storyline.model import Article
from storyline.pipeline import CLEAN_STAGES, Stage
from storyline.report import json_codec
from tests.conftest import EXAMPLES

if importlib.util.find_spec("ray") is None:
    if os.environ.get("CI"):
        pytest.fail("ray is missing: CI installs storyline[dev], which brings storyline[ray]", pytrace=False)
    pytest.skip("ray is not installed (pip install 'storyline[ray]')", allow_module_level=True)

import ray

from storyline.runners import ray as ray_runner


@pytest.fixture(scope="module")
def local_ray():
    started = not ray.is_initialized()
    if started:
        ray.init(num_cpus=2, include_dashboard=False, logging_level="warning", log_to_driver=False,
                 object_store_memory=ray_runner.LOCAL_OBJECT_STORE_MB * 1024 * 1024)
    yield ray
    if started:
        ray.shutdown()


@pytest.mark.slow
def test_same_dossier_as_the_local_runner_on_the_seeds_and_the_example(local_ray, shared: Path,
                                                                        tmp_path: Path) -> None:
    paths = [shared / "seeds", EXAMPLES / "tyrne-dam"]
    by_ray = api.analyze(paths, db=tmp_path / "ray.db", runner="ray")
    by_local = api.analyze(paths, db=tmp_path / "local.db", jobs=1)
    assert by_ray.ok and len(by_ray.new) == len(by_local.new) >= 11
    assert json_codec.dumps(by_ray.dossier) == json_codec.dumps(by_local.dossier)


def _pages(n: int) -> list[tuple[str, bytes]]:
    towns = ["Harwick", "Dunmore", "Castlebay", "Oldport", "Redfield", "Lowmoor", "Kinross"]
    out = []
    for i in range(n):
        town = towns[i % len(towns)]
        html = (f"<html><head><title>Bridge reopens in {town} ({i})</title></head><body><article>"
                f"<p>Engineers in {town} reopened the old bridge on Friday after {i + 3} weeks of repairs, "
                f"the council said.</p><p>About {100 + i} cars an hour are expected to cross it, and a bus line "
                f"returns next month, according to the transport office.</p></article></body></html>")
        out.append((f"https://local.example/{town.lower()}/{i}", html.encode()))
    return out


def _warc(path: Path, pages: list[tuple[str, bytes]]) -> Path:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    with path.open("wb") as fh:
        writer = WARCWriter(fh, gzip=True)
        for url, body in pages:
            http = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1")
            writer.write_record(writer.create_warc_record(url, "response", payload=io.BytesIO(body),
                                                          http_headers=http))
    return path


def test_a_warc_file_is_cut_into_batches_and_read_back_in_order(local_ray, tmp_path: Path,
                                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(warc, "BATCH_PAGES", 3)
    pages = _pages(10)
    path = str(_warc(tmp_path / "crawl.warc.gz", pages))
    results = list(ray_runner.run([path], max_file_mb=5, stages=CLEAN_STAGES))
    assert len(results) == 4 and [r.last for r in results] == [False, False, False, True]
    assert [a.url for r in results for a in r.articles] == [url for url, _ in pages]
    assert not [f for r in results for f in r.failures]


def _die_once(article: Article, *, marker: str) -> Article:
    """Kill this worker process the first time any worker runs it (a crash, not an exception)."""
    try:
        fd = os.open(marker, os.O_CREAT | os.O_EXCL | os.O_WRONLY)
    except FileExistsError:
        return article
    os.close(fd)
    os._exit(1)


def _die_always(article: Article) -> Article:
    os._exit(1)


def _stages(name: str, run) -> tuple[Stage, ...]:
    # a worker keeps one pipeline per list of stage names: each test's crash stage has its own name
    return (*CLEAN_STAGES, Stage(name=name, run=run, requires=frozenset({"text"}), assigns=frozenset()))


def test_a_killed_workers_task_is_run_again(local_ray, tmp_path: Path, write) -> None:
    marker = tmp_path / "died"
    paths = [str(write(f"in/{i}.txt", f"The ferry to Isle {i} resumed service on Monday after the storm, "
                                      f"carrying {40 + i} passengers, the operator said.")) for i in range(3)]
    results = list(ray_runner.run(paths, max_file_mb=1, stages=_stages("die-once", functools.partial(_die_once,
                                                                                       marker=str(marker)))))
    assert marker.exists()  # a worker did die
    assert [a.id for r in results for a in r.articles] == ["0", "1", "2"]
    assert not [f for r in results for f in r.failures]


def test_a_task_that_keeps_killing_its_worker_is_a_failure_not_a_loss(local_ray, write,
                                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(ray_runner, "MAX_RETRIES", 1)
    path = str(write("in/doomed.txt", "Rescue teams searched the valley on Sunday for 12 missing hikers, police said."))
    (result,) = ray_runner.run([path], max_file_mb=1, stages=_stages("die-always", _die_always))
    assert not result.articles and result.last
    assert [f.source for f in result.failures] == [path]
    assert result.failures[0].reason.startswith("Ray worker failed")


def test_without_ray_the_cli_says_how_to_get_it(monkeypatch: pytest.MonkeyPatch, tmp_path: Path, capsys) -> None:
    from storyline import cli

    monkeypatch.setitem(sys.modules, "ray", None)  # as if not installed: importing it raises ImportError
    assert cli.main(["analyze", str(tmp_path), "--db", str(tmp_path / "s.db"), "--runner", "ray"]) == 2
    assert "pip install 'storyline[ray]'" in capsys.readouterr().err
