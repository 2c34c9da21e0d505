"""Deterministic article ids: the same input always gets the same id."""

from __future__ import annotations

import hashlib
import re
from pathlib import Path

_SAFE = re.compile(r"[^\w.@+-]+")


def file_id(path: Path) -> str:
    """A file's name without its extensions (``abc.html.gz`` → ``abc``), as DOSSIER.md says."""
    name = path.name
    for ext in (".gz", ".html", ".htm", ".txt", ".jsonl", ".json"):
        if name.lower().endswith(ext):
            name = name[: -len(ext)]
    return _SAFE.sub("_", name) or "article"


def content_id(text: str, *, prefix: str = "a") -> str:
    """An id from content, for records that carry none."""
    return f"{prefix}{hashlib.sha1(text.encode('utf-8', 'surrogatepass')).hexdigest()[:15]}"


def digest(data: bytes) -> str:
    return hashlib.sha1(data).hexdigest()
