"""Run the per-file work (read, clean, per-article stages) on this machine's cores.

Workers never touch the store: they return results, and the caller writes them in
input order. A worker that dies or raises loses only its own file.
"""

from __future__ import annotations

import os
from collections import deque
from collections.abc import Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass, field
from itertools import islice
from pathlib import Path

from storyline import ingest
from storyline.errors import StageError
from storyline.model import Article, Failure
from storyline.pipeline import Pipeline

_PIPELINE: Pipeline | None = None
SERIAL_BELOW = 24  # fewer files than this are not worth starting workers for
IN_FLIGHT_PER_JOB = 16


@dataclass
class FileResult:
    path: str
    articles: list[Article] = field(default_factory=list)
    failures: list[Failure] = field(default_factory=list)


def process_file(path: str, max_file_mb: float) -> FileResult:
    """Read one input file and turn each document in it into an Article."""
    global _PIPELINE
    if _PIPELINE is None:
        _PIPELINE = Pipeline()
        _PIPELINE.setup()
    result = FileResult(path=path)
    for item in ingest.read(Path(path), max_file_mb=max_file_mb):
        if isinstance(item, Failure):
            result.failures.append(item)
            continue
        try:
            result.articles.append(_PIPELINE(item))
        except StageError as exc:
            result.failures.append(Failure(source=item.source, reason=exc.reason, stage=exc.stage))
    return result


def default_jobs() -> int:
    return max(1, min(os.cpu_count() or 1, 8))


def run(paths: Sequence[str], *, max_file_mb: float, jobs: int | None = None) -> Iterator[FileResult]:
    """Process files, yielding results in input order."""
    jobs = jobs or default_jobs()
    if jobs <= 1 or len(paths) < SERIAL_BELOW:
        for path in paths:
            yield process_file(path, max_file_mb)
        return
    window = jobs * IN_FLIGHT_PER_JOB  # bounded: results never pile up behind one slow file
    with ProcessPoolExecutor(max_workers=jobs) as pool:
        pending: deque[tuple[str, Future[FileResult]]] = deque()
        queue = iter(paths)
        for path in islice(queue, window):
            pending.append((path, pool.submit(process_file, path, max_file_mb)))
        while pending:
            path, future = pending.popleft()
            try:
                result = future.result()
            except Exception as exc:  # noqa: BLE001 - a crashed worker fails its file, not the run
                result = FileResult(path=path, failures=[Failure(source=path, reason=f"worker failed: {exc}")])
            for nxt in islice(queue, 1):
                pending.append((nxt, pool.submit(process_file, nxt, max_file_mb)))
            yield result
