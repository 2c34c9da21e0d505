"""Plain-text articles (``.txt``), as scrapers save them."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from storyline.clean.header import DATE_PREFIX
from storyline.ingest.decode import decode, read_bytes
from storyline.ingest.ids import file_id
from storyline.model import Document


def read_text(path: Path, *, limit: int) -> Iterator[Document]:
    """One article per file. A first line starting `` date YYYY-MM-DD `` gives the date;
    the cleaner reads it (and the title that may follow it)."""
    decoded = decode(read_bytes(path, limit=limit), source=str(path))
    text = decoded.text
    yield Document(
        id=file_id(path), source=str(path), format="txt", body=text, encoding=decoded.encoding,
        warnings=(decoded.warning,) if decoded.warning else (),
        has_date_prefix=bool(DATE_PREFIX.match(text.lstrip("\ufeff").split("\n", 1)[0])),
    )
