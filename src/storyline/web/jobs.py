"""Long runs in the background: uploaded files are analysed one job at a time, in a worker
thread, and a job's progress can be read while it runs."""

from __future__ import annotations

import dataclasses
import threading
import uuid
from collections.abc import Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

from storyline import api
from storyline.errors import StorylineError

State = Literal["queued", "running", "done", "failed"]


@dataclass
class Job:
    id: str
    files: list[str]
    state: State = "queued"
    files_done: int = 0
    bytes_done: int = 0
    bytes_total: int = 0
    new: int = 0
    updated: int = 0
    unchanged: int = 0
    failures: list[dict[str, str]] = field(default_factory=list)
    stories: list[str] = field(default_factory=list)  # the stories the run touched
    error: str | None = None

    def as_dict(self) -> dict[str, Any]:
        out = dataclasses.asdict(self)
        out["files"] = [Path(f).name for f in self.files]  # never the server's paths
        out["files_total"] = len(self.files)
        return out


class Jobs:
    """A queue of analysis runs against one store, run in order by one worker thread."""

    def __init__(self, db: Path | str, *, keep: int = 200) -> None:
        self._db = db
        self._keep = keep
        self._jobs: dict[str, Job] = {}
        self._lock = threading.Lock()
        self._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="storyline-job")

    def submit(self, files: Sequence[Path]) -> Job:
        job = Job(id=uuid.uuid4().hex[:12], files=[str(f) for f in files])
        with self._lock:
            self._jobs[job.id] = job
            while len(self._jobs) > self._keep:  # forget the oldest finished jobs
                oldest = next((j for j in self._jobs.values() if j.state in ("done", "failed")), None)
                if oldest is None:
                    break
                del self._jobs[oldest.id]
        self._pool.submit(self._run, job)
        return job

    def get(self, job_id: str) -> Job | None:
        with self._lock:
            job = self._jobs.get(job_id)
            return dataclasses.replace(job) if job else None

    def _run(self, job: Job) -> None:
        self._update(job, state="running")

        def progress(state: api.ProgressState) -> None:
            self._update(job, files_done=state.files_done, bytes_done=state.bytes_done,
                         bytes_total=state.bytes_total)

        try:
            # one process: this runs beside the web server, which must stay responsive
            result = api.analyze(job.files, db=self._db, jobs=1, progress=progress)
        except StorylineError as exc:
            self._update(job, state="failed", error=str(exc))
            return
        except Exception as exc:  # noqa: BLE001 - a crashed run fails its job, never the server
            self._update(job, state="failed", error=f"analysis failed: {type(exc).__name__}: {exc}")
            return
        self._update(job, state="done", files_done=len(job.files), new=len(result.new),
                     updated=len(result.updated), unchanged=len(result.unchanged),
                     failures=[{"source": Path(f.source).name, "stage": f.stage,
                                "reason": _without_paths(f.reason, job.files)} for f in result.failures],
                     stories=[s.id for s in result.dossier.stories])

    def _update(self, job: Job, **values: Any) -> None:
        with self._lock:
            for key, value in values.items():
                setattr(job, key, value)

    def shutdown(self) -> None:
        self._pool.shutdown(wait=True, cancel_futures=True)


def _without_paths(reason: str, files: Sequence[str]) -> str:
    """A failure's reason with the server's upload paths cut down to file names."""
    for f in files:
        reason = reason.replace(f, Path(f).name)
    return reason
