"""Run the per-article work (read, clean, per-article stages) on a Ray cluster.

The same units of work as the local runner (a whole file, a batch of a JSON Lines file's
lines, a batch of a WARC file's pages), cut by this process (the driver) so that one
large file is spread over every worker. Each unit is a Ray
*task*: Ray balances them over the cluster's cores, reuses its worker processes (each
loads the models once, on its first task) and re-runs a task whose worker died
(``max_retries``); a task that still fails is one failure line for its unit, never a
silent loss. Results come back in input order, at most ``IN_FLIGHT_PER_CPU`` units per
core at a time, so the driver's memory does not grow with the input; the caller stores
them and clusters, as with the local runner.

Ray is an optional extra (``pip install 'storyline[ray]'``) and is imported only here.
"""

from __future__ import annotations

import importlib
from collections import deque
from collections.abc import Iterator, Sequence
from pathlib import Path
from types import ModuleType
from typing import Any

from storyline import ingest
from storyline.errors import ConfigError
from storyline.ingest.decode import MB
from storyline.ingest.jsonl import document_from_line
from storyline.ingest.warc import page_document
from storyline.model import Document, Failure
from storyline.pipeline import DEFAULT_STAGES, Stage
from storyline.runners.local import FileResult, Task, analyse_into, tasks

IN_FLIGHT_PER_CPU = 4
MAX_RETRIES = 3  # re-runs of a task whose worker process died
LOCAL_OBJECT_STORE_MB = 300  # a Ray started here holds only results in flight



def _ray() -> ModuleType:
    try:
        return importlib.import_module("ray")
    except ImportError as exc:
        raise ConfigError("the Ray runner needs Ray: pip install 'storyline[ray]'") from exc


def _documents(unit: Task, max_file_mb: float) -> Iterator[Document | Failure]:
    if unit.pages is not None:
        for page in unit.pages:
            yield page_document(page)
    elif unit.lines is None:
        yield from ingest.read(Path(unit.path), max_file_mb=max_file_mb)
    else:
        for lineno, raw in unit.lines:
            yield document_from_line(raw, source=unit.path, lineno=lineno)


def process(unit: Task, max_file_mb: float, stages: tuple[Stage, ...] = DEFAULT_STAGES) -> FileResult:
    """Do one unit of work (this runs inside a Ray worker)."""
    result = FileResult(path=unit.path, failures=list(unit.failures), last=unit.last, read_bytes=unit.read_bytes)
    for item in _documents(unit, max_file_mb):
        analyse_into(result, item, stages)
    return result


def connect(*, address: str | None = None, jobs: int | None = None) -> bool:
    """Join the Ray instance this process already has, the cluster at ``address`` ("auto",
    "ray://host:10001"), or start one on this machine with ``jobs`` CPUs. True if this
    call started or joined it (and the caller should shut it down)."""
    ray = _ray()
    if ray.is_initialized():
        return False
    options: dict[str, Any] = {"include_dashboard": False, "logging_level": "warning", "log_to_driver": False}
    if address:
        ray.init(address=address, **options)
    else:
        ray.init(num_cpus=jobs, object_store_memory=LOCAL_OBJECT_STORE_MB * MB, **options)
    return True


def run(paths: Sequence[str], *, max_file_mb: float, jobs: int | None = None,
        stages: tuple[Stage, ...] = DEFAULT_STAGES, address: str | None = None) -> Iterator[FileResult]:
    """Process files on Ray, yielding unit results in input order (as ``local.run`` does)."""
    ray = _ray()
    started = connect(address=address, jobs=jobs)
    try:
        yield from _run(ray, paths, max_file_mb=max_file_mb, stages=stages)
    finally:
        if started:
            ray.shutdown()


def _run(ray: ModuleType, paths: Sequence[str], *, max_file_mb: float,
         stages: tuple[Stage, ...]) -> Iterator[FileResult]:
    remote = ray.remote(num_cpus=1, max_retries=MAX_RETRIES)(process)
    stages_ref = ray.put(stages)
    window = max(2, int(ray.cluster_resources().get("CPU", 1)) * IN_FLIGHT_PER_CPU)
    pending: deque[tuple[Task, Any]] = deque()
    work = tasks(paths, max_file_mb=max_file_mb)
    for unit in work:
        pending.append((unit, remote.remote(unit, max_file_mb, stages_ref)))
        if len(pending) >= window:
            break
    while pending:
        unit, ref = pending.popleft()
        try:
            result: FileResult = ray.get(ref)
        except ray.exceptions.RayError as exc:  # the task failed MAX_RETRIES + 1 times: its unit fails, loudly
            result = FileResult(path=unit.path, last=unit.last, read_bytes=unit.read_bytes,
                                failures=[Failure(source=unit.path, reason=f"Ray worker failed: {_first_line(exc)}")])
        del ref
        for nxt in work:
            pending.append((nxt, remote.remote(nxt, max_file_mb, stages_ref)))
            break
        yield result


def _first_line(exc: BaseException) -> str:
    lines = [line for line in str(exc).splitlines() if line.strip()]
    return f"{type(exc).__name__}: {lines[-1][:200]}" if lines else type(exc).__name__
