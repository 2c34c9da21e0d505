"""Readers: one per input format. ``discover`` finds the files, ``read`` reads one.

A reader yields :class:`~storyline.model.Document` records, or a
:class:`~storyline.model.Failure` for a part it could not read; a file it cannot read
at all becomes one Failure. Nothing here raises past ``read``.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from storyline.errors import IngestError
from storyline.ingest.decode import MB
from storyline.ingest.feeds import read_feed
from storyline.ingest.html import read_html
from storyline.ingest.jsonl import read_jsonl
from storyline.ingest.text import read_text
from storyline.ingest.warc import read_warc
from storyline.model import Document, Failure

Reader = Callable[..., Iterator[Document]] | Callable[..., Iterator[Document | Failure]]

READERS: dict[str, Reader] = {
    ".txt": read_text,
    ".html": read_html, ".htm": read_html, ".html.gz": read_html, ".htm.gz": read_html,
    ".jsonl": read_jsonl, ".jsonl.gz": read_jsonl,
    ".warc": read_warc, ".warc.gz": read_warc,
    ".rss": read_feed, ".atom": read_feed,
}
DEFAULT_MAX_FILE_MB = 50


def reader_for(path: Path) -> Reader | None:
    name = path.name.lower()
    for ext in sorted(READERS, key=len, reverse=True):
        if name.endswith(ext):
            return READERS[ext]
    return None


@dataclass
class Discovery:
    """The files to read, the paths that failed, and how many others were passed over."""

    files: list[Path] = field(default_factory=list)
    failures: list[Failure] = field(default_factory=list)
    skipped: int = 0


def discover(paths: Iterable[str | Path]) -> Discovery:
    """Expand files and folders (recursively, in a stable order) into readable inputs.

    A path given by name that does not exist or has an unknown type is a failure; files
    of other types met inside a folder are only counted. Files are returned resolved
    (absolute), so the same file is the same input whatever the working folder.
    """
    found = Discovery()
    seen: set[Path] = set()
    for raw in paths:
        path = Path(raw)
        if not path.exists():
            found.failures.append(Failure(source=str(path), reason="no such file or folder"))
        elif path.is_dir():
            for child in sorted(p for p in path.rglob("*") if p.is_file()):
                if reader_for(child) is None or child.name.startswith("."):
                    found.skipped += 1
                elif child.resolve() not in seen:
                    seen.add(child.resolve())
                    found.files.append(child.resolve())
        elif not path.is_file():  # a pipe, socket or device: reading it could wait forever
            found.failures.append(Failure(source=str(path), reason="not a regular file (a pipe, socket or device)"))
        elif reader_for(path) is None:
            found.failures.append(Failure(source=str(path), reason="unsupported file type (storyline reads "
                                          ".txt, .html, .htm, .html.gz, .jsonl, .jsonl.gz, .warc, .warc.gz, "
                                          ".rss, .atom; or a feed's http(s) URL)"))
        elif path.resolve() not in seen:
            seen.add(path.resolve())
            found.files.append(path.resolve())
    return found


def read(path: Path, *, max_file_mb: float = DEFAULT_MAX_FILE_MB) -> Iterator[Document | Failure]:
    """Every document in one file, or the reason it could not be read."""
    reader = reader_for(path)
    if reader is None:
        yield Failure(source=str(path), reason="unsupported file type")
        return
    try:
        yield from reader(path, limit=int(max_file_mb * MB))
    except IngestError as exc:
        yield Failure(source=exc.source, reason=exc.reason)
    except Exception as exc:  # noqa: BLE001 - a reader bug must not stop the run
        yield Failure(source=str(path), reason=f"could not be read ({type(exc).__name__}: {exc})")
