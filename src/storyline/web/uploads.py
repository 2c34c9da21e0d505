"""Uploaded files: safe names, a size limit, written where nothing else lives."""

from __future__ import annotations

import gzip
import re
import unicodedata
import zlib
from pathlib import Path
from typing import BinaryIO

from storyline.ingest import READERS

CHUNK = 1 << 16
MAX_NAME = 120  # characters of a stored upload's name


class UploadRejected(ValueError):
    """An upload storyline will not take; the message says which file and why."""

    def __init__(self, message: str, *, status: int = 400) -> None:
        super().__init__(message)
        self.status = status


def safe_name(filename: str | None, *, index: int, taken: set[str]) -> str:
    """A file name that cannot leave its folder: the last path part, letters, digits, ``.-_`` only,
    keeping the suffix that tells the reader to use. Refuses types storyline cannot read."""
    base = re.split(r"[\\/]", filename or "")[-1]
    base = unicodedata.normalize("NFKD", base).encode("ascii", "ignore").decode()
    base = re.sub(r"[^A-Za-z0-9._-]+", "_", base).lstrip(".") or f"upload-{index}"
    ext = next((e for e in sorted(READERS, key=len, reverse=True) if base.lower().endswith(e)), None)
    if len(base) > MAX_NAME and ext:  # a long name keeps the suffix that says what it is
        base = base[: MAX_NAME - len(ext)] + base[-len(ext):]
    if ext is None:
        kinds = ", ".join(sorted(READERS))
        raise UploadRejected(f"{filename or '(unnamed file)'}: storyline reads {kinds}; this file is none of them",
                             status=415)
    name = base
    while name.lower() in taken:  # two files of one upload with the same name
        name = f"{index}-{name}"
    taken.add(name.lower())
    return name


def save(stream: BinaryIO, target: Path, *, max_bytes: int, label: str) -> int:
    """Copy an uploaded stream to ``target``; refuses (and removes the part written) past ``max_bytes``."""
    written = 0
    with target.open("wb") as out:
        while chunk := stream.read(CHUNK):
            written += len(chunk)
            if written > max_bytes:
                out.close()
                target.unlink(missing_ok=True)
                raise UploadRejected(f"{label}: larger than the {max_bytes // (1 << 20)} MB allowed per file",
                                     status=413)
            out.write(chunk)
    if written == 0:
        target.unlink(missing_ok=True)
        raise UploadRejected(f"{label}: the file is empty")
    return written


def unpacked_size(path: Path, *, stop: int) -> int:
    """A file's size once unpacked (``.gz`` streamed, counting stops past ``stop``); a damaged
    archive counts what unpacks before the damage (its reader reports the rest)."""
    if not path.name.lower().endswith(".gz"):
        return path.stat().st_size
    total = 0
    try:
        with gzip.open(path, "rb") as fh:
            while total <= stop and (chunk := fh.read(CHUNK * 16)):
                total += len(chunk)
    except (OSError, EOFError, zlib.error):
        pass
    return total
