"""JSON Lines (``.jsonl``, ``.jsonl.gz``): one article per line, streamed.

A bad line is reported on its own (file and line number) and the rest of the file is
read; a truncated ``.gz`` keeps every line before the damage.
"""

from __future__ import annotations

import gzip
import io
import json
import zlib
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from storyline.dates import parse_iso_date
from storyline.errors import IngestError
from storyline.ingest.decode import MB
from storyline.ingest.html import document_from_html
from storyline.ingest.ids import content_id
from storyline.model import Document, Evidence, Failure

_FIELDS = ("title", "url", "outlet", "language")
_CHUNK = 1 << 20


def iter_lines(path: Path, *, limit: int) -> Iterator[tuple[int, bytes, int] | Failure]:
    """Stream a JSON Lines file's non-blank lines as (line number, raw bytes, bytes read so
    far of the file on disk). No line longer than ``limit`` is ever held in memory."""
    source = str(path)
    try:
        if path.stat().st_size == 0:
            raise IngestError(source, "file is empty")
        # closed by the ``with raw`` below; opened here so a vanished file is reported as such
        raw = gzip.open(path, "rb") if path.name.lower().endswith(".gz") else path.open("rb")  # noqa: SIM115
    except FileNotFoundError as exc:
        raise IngestError(source, "file vanished before it could be read") from exc
    except OSError as exc:
        raise IngestError(source, f"cannot read file ({exc.strerror or exc})") from exc
    lineno = 0
    with raw:
        disk: Any = raw.fileobj if isinstance(raw, gzip.GzipFile) else raw  # tell() gives bytes read on disk
        stream = io.BufferedReader(raw) if isinstance(raw, gzip.GzipFile) else raw
        try:
            while line := stream.readline(limit + 1):
                lineno += 1
                if len(line) > limit:
                    while line and not line.endswith(b"\n"):  # skip the rest of the long line
                        line = stream.readline(_CHUNK)
                    yield Failure(source=f"{source}:{lineno}", reason=f"line is over {limit / MB:.0f} MB")
                elif line.strip():
                    yield lineno, line, disk.tell() if disk is not None else 0
        except (EOFError, gzip.BadGzipFile, zlib.error) as exc:
            yield Failure(source=source, reason=f"damaged gzip data after line {lineno} ({exc}); "
                                                f"the lines before it were read")
        except OSError as exc:
            yield Failure(source=source, reason=f"read failed after line {lineno} ({exc.strerror or exc})")


def document_from_line(line: bytes, *, source: str, lineno: int) -> Document | Failure:
    """One JSON line as an article, or the reason it is not one."""
    where = f"{source}:{lineno}"
    try:
        return _document(json.loads(line), source=source, lineno=lineno)
    except json.JSONDecodeError as exc:
        return Failure(source=where, reason=f"malformed JSON ({exc.msg} at column {exc.colno})")
    except UnicodeDecodeError:
        return Failure(source=where, reason="line is not valid UTF-8")
    except IngestError as exc:
        return Failure(source=where, reason=exc.reason)
    except Exception as exc:  # noqa: BLE001
        # a 5,000-digit number, a 100,000-deep array, a value no field expects: this line only fails
        return Failure(source=where, reason=f"could not be read ({type(exc).__name__}: {str(exc)[:120]})")


def read_jsonl(path: Path, *, limit: int) -> Iterator[Document | Failure]:
    """Every article in the file; a :class:`Failure` for each line that is not one."""
    for item in iter_lines(path, limit=limit):
        if isinstance(item, Failure):
            yield item
        else:
            yield document_from_line(item[1], source=str(path), lineno=item[0])


def _document(rec: Any, *, source: str, lineno: int) -> Document:
    where = f"{source}:{lineno}"
    if not isinstance(rec, dict):
        raise IngestError(where, "line is not a JSON object")
    text, page = rec.get("text"), rec.get("html")
    if not (isinstance(text, str) and text.strip()) and not (isinstance(page, str) and page.strip()):
        raise IngestError(where, "line has neither a non-empty 'text' nor 'html' field")
    text, page = _valid(text), _valid(page)
    raw_id = rec.get("id")
    if isinstance(raw_id, str):
        raw_id = _valid(raw_id)
    body = text if isinstance(text, str) and text.strip() else str(page)
    doc_id = str(raw_id) if isinstance(raw_id, (str, int)) and str(raw_id).strip() else content_id(body)
    meta = {k: _valid(rec[k].strip()) for k in _FIELDS if isinstance(rec.get(k), str) and rec[k].strip()}
    evidence = [Evidence(field=k, value=v, source="jsonl field") for k, v in meta.items()]
    warnings: list[str] = []
    published = None
    if rec.get("published") is not None:
        day = parse_iso_date(str(rec["published"]))
        if day is None:
            warnings.append(f"'published' is not an ISO date: {str(rec['published'])[:40]!r}")
        else:
            published = day.isoformat()
            evidence.append(Evidence(field="published", value=published, source="jsonl field"))
    if isinstance(text, str) and text.strip():
        return Document(id=doc_id, source=where, format="jsonl", body=text, published=published,
                        evidence=tuple(evidence), warnings=tuple(warnings), **meta)
    doc = document_from_html(body, doc_id=doc_id, source=where, url=meta.get("url"))
    merged = {**{k: getattr(doc, k) for k in _FIELDS}, **meta}
    return Document(id=doc_id, source=where, format="jsonl", body=doc.body, published=published or doc.published,
                    evidence=tuple(evidence) + doc.evidence, warnings=tuple(warnings), extracted=True,
                    **merged)


def _valid(value: Any) -> Any:
    """A JSON string as valid Unicode: a lone surrogate escape (``"\\ud800"``) becomes U+FFFD."""
    if not isinstance(value, str):
        return value
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        return value.encode("utf-8", "surrogatepass").decode("utf-8", "replace")
    return value
