"""Run the per-article work (read, clean, per-article stages) on this machine's cores.

The unit of work is a task: a whole file, or a batch of lines of a JSON Lines file (read
by this process, so one large file still uses every core and is never held whole in
memory). Workers never touch the store: they return results, in input order, and the
caller writes them. A worker that dies or raises loses only its own task.
"""

from __future__ import annotations

import multiprocessing
import os
import threading
import time
from collections import deque
from collections.abc import Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass, field
from itertools import chain, islice
from pathlib import Path

from storyline import ingest
from storyline.errors import IngestError, StageError
from storyline.ingest.decode import MB
from storyline.ingest.jsonl import document_from_line, iter_lines
from storyline.ingest.warc import Page, page_batches, page_document
from storyline.model import Article, Document, Failure
from storyline.pipeline import DEFAULT_STAGES, Pipeline, Stage

_PIPELINES: dict[tuple[str, ...], Pipeline] = {}
SERIAL_BELOW = 24  # fewer documents than this are not worth starting workers for
IN_FLIGHT_PER_JOB = 64
# JSON lines per task: few, so that a file of a hundred articles keeps every worker busy
# (with 200, a file under 4,800 lines was fewer than 24 tasks and ran in one process).
BATCH_LINES = 16
BATCH_BYTES = 4 * MB


@dataclass(frozen=True, slots=True)
class Task:
    """A whole file (``lines`` and ``pages`` are None), a batch of one JSON Lines file's
    lines, or a batch of one WARC file's pages."""

    path: str
    lines: tuple[tuple[int, bytes], ...] | None = None
    pages: tuple[Page, ...] | None = None
    failures: tuple[Failure, ...] = ()  # found while reading, before any work
    last: bool = True  # the last task of its file
    read_bytes: int = 0  # bytes of the file on disk this task accounts for (progress)


@dataclass
class FileResult:
    """What one task produced."""

    path: str
    articles: list[Article] = field(default_factory=list)
    failures: list[Failure] = field(default_factory=list)
    last: bool = True
    read_bytes: int = 0
    complete: bool = True  # False when the task failed as a whole: its file must be read again next run


def warm_pipeline(stages: tuple[Stage, ...]) -> Pipeline:
    """One pipeline per process and stage list, set up (models loaded) on first use."""
    key = tuple(s.name for s in stages)
    if key not in _PIPELINES:
        _PIPELINES[key] = Pipeline(stages)
        _PIPELINES[key].setup()
    return _PIPELINES[key]


def analyse_into(result: FileResult, item: Document | Failure, stages: tuple[Stage, ...]) -> None:
    """One document analysed into ``result``: its article, or one failure line (any error of
    one document is that document's, never its batch's). Shared by every runner."""
    if isinstance(item, Failure):
        result.failures.append(item)
        return
    try:
        result.articles.append(warm_pipeline(stages)(item))
    except StageError as exc:
        result.failures.append(Failure(source=item.source, reason=exc.reason, stage=exc.stage))
    except Exception as exc:  # noqa: BLE001 - one document must not cost its batch
        result.failures.append(Failure(source=item.source, reason=f"{type(exc).__name__}: {str(exc)[:120]}",
                                       stage="clean"))


def process(task: Task, max_file_mb: float, stages: tuple[Stage, ...] = DEFAULT_STAGES) -> FileResult:
    """Do one task: read (or parse) its documents and run the stages on each."""
    result = FileResult(path=task.path, failures=list(task.failures), last=task.last, read_bytes=task.read_bytes)
    if task.pages is not None:
        for page in task.pages:
            analyse_into(result, page_document(page), stages)
    elif task.lines is None:
        for item in ingest.read(Path(task.path), max_file_mb=max_file_mb):
            analyse_into(result, item, stages)
    else:
        for lineno, raw in task.lines:
            analyse_into(result, document_from_line(raw, source=task.path, lineno=lineno), stages)
    return result


def _failed(task: Task, exc: BaseException) -> FileResult:
    """A task that failed as a whole: its file is reported, and not remembered as read."""
    return FileResult(path=task.path, last=task.last, read_bytes=task.read_bytes, complete=False,
                      failures=[*task.failures, Failure(source=task.path, reason=f"worker failed: "
                                                        f"{type(exc).__name__}: {str(exc)[:120]}")])


def _process_safely(task: Task, max_file_mb: float, stages: tuple[Stage, ...]) -> FileResult:
    try:
        return process(task, max_file_mb, stages)
    except Exception as exc:  # noqa: BLE001 - a reader bug fails its task, not the run
        return _failed(task, exc)


def process_file(path: str, max_file_mb: float, stages: tuple[Stage, ...] = DEFAULT_STAGES) -> FileResult:
    """Read one whole input file and run the stages on each document in it."""
    return process(Task(path=path), max_file_mb, stages)


def tasks(paths: Sequence[str], *, max_file_mb: float) -> Iterator[Task]:
    """Whole files, except JSON Lines files, which become batches of lines, and WARC files,
    batches of pages."""
    for path in paths:
        if path.lower().endswith((".warc", ".warc.gz")):
            for batch in page_batches(Path(path), limit=int(max_file_mb * MB)):
                yield Task(path=path, pages=batch.pages, failures=batch.failures, last=batch.last,
                           read_bytes=batch.read_bytes)
            continue
        if not path.lower().endswith((".jsonl", ".jsonl.gz")):
            yield Task(path=path, read_bytes=_size(path))
            continue
        yield from _line_batches(path, max_file_mb=max_file_mb)


def _line_batches(path: str, *, max_file_mb: float) -> Iterator[Task]:
    batch: list[tuple[int, bytes]] = []
    failures: list[Failure] = []
    size = reported = 0
    try:
        for item in iter_lines(Path(path), limit=int(max_file_mb * MB)):
            if isinstance(item, Failure):
                failures.append(item)
                continue
            lineno, line, position = item
            batch.append((lineno, line))
            size += len(line)
            if len(batch) >= BATCH_LINES or size >= BATCH_BYTES:
                yield Task(path=path, lines=tuple(batch), failures=tuple(failures), last=False,
                           read_bytes=position - reported)
                reported, batch, failures, size = position, [], [], 0
    except IngestError as exc:
        failures.append(Failure(source=exc.source, reason=exc.reason))
    yield Task(path=path, lines=tuple(batch), failures=tuple(failures), last=True,
               read_bytes=max(0, _size(path) - reported))


def _size(path: str) -> int:
    try:
        return os.path.getsize(path)
    except OSError:
        return 0


def _watch_parent(parent: int) -> None:
    """In a worker: exit as soon as the process that started it is gone (killed with -9, it
    cannot tell its workers; without this they would idle forever, each holding its models)."""

    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(0.5)
        os._exit(1)

    threading.Thread(target=watch, name="storyline-parent-watch", daemon=True).start()


def default_jobs() -> int:
    return max(1, min(os.cpu_count() or 1, 8))


def run(paths: Sequence[str], *, max_file_mb: float, jobs: int | None = None,
        stages: tuple[Stage, ...] = DEFAULT_STAGES) -> Iterator[FileResult]:
    """Process files, yielding task results in input order."""
    jobs = jobs or default_jobs()
    work = tasks(paths, max_file_mb=max_file_mb)
    first: list[Task] = []
    documents = 0  # a file counts one (an HTML or text file is one article), a batch its lines
    for task in work:
        first.append(task)
        documents += 1 if task.lines is None else len(task.lines)
        if documents >= SERIAL_BELOW:
            break
    queue = chain(first, work)  # tasks are produced as they are consumed: memory stays bounded
    if jobs <= 1 or documents < SERIAL_BELOW:
        for task in queue:
            yield _process_safely(task, max_file_mb, stages)
        return
    window = jobs * IN_FLIGHT_PER_JOB  # bounded: results never pile up behind one slow task
    if multiprocessing.get_start_method() == "fork":
        # Load the models here, once: forked workers start with them (pages shared until
        # written) instead of each loading its own (~2 s of CPU per worker).
        warm_pipeline(stages)
    with ProcessPoolExecutor(max_workers=jobs, initializer=_watch_parent, initargs=(os.getpid(),)) as pool:
        pending: deque[tuple[Task, Future[FileResult]]] = deque()
        for task in islice(queue, window):
            pending.append((task, pool.submit(process, task, max_file_mb, stages)))
        while pending:
            task, future = pending.popleft()
            try:
                result = future.result()
            except Exception as exc:  # noqa: BLE001 - a crashed worker fails its task, not the run
                result = _failed(task, exc)
            for nxt in islice(queue, 1):
                pending.append((nxt, pool.submit(process, nxt, max_file_mb, stages)))
            yield result

