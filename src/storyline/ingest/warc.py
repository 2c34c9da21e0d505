"""Web archives (``.warc``, ``.warc.gz``, as Common Crawl's CC-NEWS ships them): one article
per HTML page a crawler fetched, streamed record by record, never read whole.

Every ``response`` record whose HTTP status is 200 and whose body is HTML becomes an
article: its ``WARC-Target-URI`` is the url, the HTTP ``charset`` is honoured (before the
page's ``<meta charset>``), and the record's ``WARC-Date`` is the date when the page
names none. Other records (``request``, ``metadata``, ``warcinfo``), non-HTML bodies and
non-200 answers are counted and passed over. A damaged record is one :class:`Failure`;
reading resumes at the next record the file holds (the next gzip member of a
``.warc.gz``, or the next ``WARC/1.x`` line of a plain ``.warc``).

The reader is warcio (Webrecorder, Apache-2.0): pure Python, 42 kB, its one dependency
``six``; fastwarc is faster but a 1.9 MB compiled wheel pulling brotli, click and tqdm,
and on news pages the reading is under 1 % of the per-article work (benchmarks/results/i23.md).
"""

from __future__ import annotations

import logging
import re
import zlib
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import IO

from warcio.archiveiterator import ArchiveIterator
from warcio.exceptions import ArchiveLoadFailed

from storyline.dates import parse_iso_date
from storyline.errors import IngestError
from storyline.ingest.decode import MB, decode
from storyline.ingest.html import document_from_html
from storyline.ingest.ids import content_id
from storyline.model import Document, Evidence, Failure

log = logging.getLogger(__name__)

_HTML_TYPES = ("text/html", "application/xhtml+xml")
_HTTP_CHARSET = re.compile(r"charset\s*=\s*[\"']?([\w.:-]+)", re.IGNORECASE)
_META_CHARSET = re.compile(rb"""<meta[^>]+charset=["']?([\w-]+)""", re.IGNORECASE)
_SNIFF = re.compile(rb"^\s*(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html)\b", re.IGNORECASE | re.DOTALL)
_GZIP_MAGIC = b"\x1f\x8b\x08"
_WARC_LINE = re.compile(rb"(?:^|\n)(WARC/1\.[01]\r?\n)")
_SCAN = 1 << 20


@dataclass(frozen=True, slots=True)
class Page:
    """One HTML page a WARC response record holds, not yet extracted (a worker's unit of work)."""

    source: str  # "archive.warc.gz@1234": the file and the record's byte offset in it
    offset: int  # that offset (bytes of the file on disk before the record)
    url: str | None
    date: str | None  # the record's WARC-Date
    charset: str | None  # from the HTTP Content-Type header
    payload: bytes


@dataclass(frozen=True, slots=True)
class Skipped:
    """A record that is not an article page, and why (counted, not reported as a failure)."""

    source: str
    why: str  # "not a response", "HTTP 404", "not HTML"


def iter_records(path: Path, *, limit: int) -> Iterator[Page | Skipped | Failure]:
    """Every record of a WARC file as a :class:`Page`, a :class:`Skipped` or a :class:`Failure`.

    Raises :class:`IngestError` only when the file cannot be opened at all.
    """
    source = str(path)
    try:
        if path.stat().st_size == 0:
            raise IngestError(source, "file is empty")
        fh = path.open("rb")
    except FileNotFoundError as exc:
        raise IngestError(source, "file vanished before it could be read") from exc
    except OSError as exc:
        raise IngestError(source, f"cannot read file ({exc.strerror or exc})") from exc
    with fh:
        start: int | None = 0
        while start is not None:
            fh.seek(start)
            records = ArchiveIterator(fh)
            try:
                for record in records:
                    yield _classify(record, source=source, limit=limit, offset=records.get_record_offset)
                return
            except (ArchiveLoadFailed, EOFError, zlib.error, OSError, ValueError, IndexError) as exc:
                # the damaged record starts where the last whole one ended
                damaged = sum(records.member_info) if records.member_info else start
                yield Failure(source=f"{source}@{damaged}", reason=f"damaged WARC record ({_short(exc)}); "
                                                                   "the records after it are still read")
                start = _next_record(fh, after=damaged + 1, gz=path.name.lower().endswith(".gz"))


def _classify(record: object, *, source: str, limit: int, offset: Callable[[], int]) -> Page | Skipped:
    """``offset`` is asked only once the payload is read: warcio finds a record's offset by
    reading it to its end."""
    rec_type = getattr(record, "rec_type", None)
    headers = getattr(record, "http_headers", None)
    if rec_type != "response" or headers is None:
        why = f"{rec_type} record" if rec_type != "response" else "not an HTTP response"
        return Skipped(source=f"{source}@{offset()}", why=why)
    status = headers.get_statuscode()
    if status != "200":
        return Skipped(source=f"{source}@{offset()}", why=f"HTTP {status}")
    content_type = (headers.get_header("Content-Type") or "").lower()
    payload = record.content_stream().read(limit + 1)  # type: ignore[attr-defined]
    at = offset()
    source = f"{source}@{at}"
    if len(payload) > limit:
        return Skipped(source=source, why=f"page over {limit / MB:.0f} MB")
    if not (any(t in content_type for t in _HTML_TYPES) or (not content_type and _SNIFF.match(payload[:2048]))):
        return Skipped(source=source, why=f"not HTML ({content_type.split(';')[0] or 'no type'})")
    charset = _HTTP_CHARSET.search(content_type)
    rec_headers = record.rec_headers  # type: ignore[attr-defined]
    return Page(source=source, offset=at, url=rec_headers.get_header("WARC-Target-URI"),
                date=rec_headers.get_header("WARC-Date"), charset=charset.group(1) if charset else None,
                payload=payload)


@dataclass(frozen=True, slots=True)
class PageBatch:
    """Consecutive pages of one WARC file (a runner's unit of work), and the failures met
    while reading them; ``read_bytes`` is how much of the file on disk they account for."""

    pages: tuple[Page, ...]
    failures: tuple[Failure, ...]
    last: bool
    read_bytes: int


BATCH_PAGES = 50
BATCH_BYTES = 8 * MB


def page_batches(path: Path, *, limit: int, pages: int | None = None) -> Iterator[PageBatch]:
    """A WARC file's pages in batches, read here so that one large archive is spread over
    every worker and never held whole; the last batch (perhaps empty) has ``last``."""
    batch: list[Page] = []
    failures: list[Failure] = []
    size = reported = 0
    try:
        for item in iter_records(path, limit=limit):
            if isinstance(item, Failure):
                failures.append(item)
            elif isinstance(item, Page):
                batch.append(item)
                size += len(item.payload)
                if len(batch) >= (pages or BATCH_PAGES) or size >= BATCH_BYTES:
                    yield PageBatch(pages=tuple(batch), failures=tuple(failures), last=False,
                                    read_bytes=item.offset - reported)
                    reported, batch, failures, size = item.offset, [], [], 0
    except IngestError as exc:
        failures.append(Failure(source=exc.source, reason=exc.reason))
    total = path.stat().st_size if path.exists() else reported
    yield PageBatch(pages=tuple(batch), failures=tuple(failures), last=True, read_bytes=max(0, total - reported))


def _next_record(fh: IO[bytes], *, after: int, gz: bool) -> int | None:
    """The offset of the next record's start at or after ``after``, or None at the end."""
    fh.seek(after)
    carry = b""
    base = after
    while chunk := fh.read(_SCAN):
        data = carry + chunk
        if gz:
            found = data.find(_GZIP_MAGIC)
            if found >= 0:
                return base + found
        else:
            m = _WARC_LINE.search(data)
            if m:
                return base + m.start(1)
        keep = 16
        carry = data[-keep:]
        base += len(data) - len(carry)
    return None


def _short(exc: BaseException) -> str:
    text = str(exc).strip().splitlines()
    return f"{type(exc).__name__}: {text[0][:120]}" if text else type(exc).__name__


def document_from_page(page: Page) -> Document:
    """Extract the article of one page (raises :class:`IngestError` when there is none).

    Bytes that are valid UTF-8 are read as UTF-8 whatever the server said (servers label
    UTF-8 pages ISO-8859-1 far more often than the reverse); otherwise the HTTP charset,
    then the page's own ``<meta charset>``, then the most plausible legacy encoding."""
    declared = page.charset
    if not declared:
        meta = _META_CHARSET.search(page.payload[:4096])
        declared = meta.group(1).decode("ascii", "ignore") if meta else None
    decoded = decode(page.payload, source=page.source, declared=declared)
    doc_id = content_id(page.url or page.source, prefix="w")  # the same page crawled twice is one article
    doc = document_from_html(decoded.text, doc_id=doc_id, source=page.source, url=page.url,
                             encoding=decoded.encoding, warnings=(decoded.warning,) if decoded.warning else ())
    if doc.published or not page.date:
        return doc
    day = parse_iso_date(page.date)
    if day is None:
        return doc
    evidence = (*doc.evidence, Evidence(field="published", value=day.isoformat(), source="warc record date",
                                        text=page.date))
    return Document(id=doc.id, source=doc.source, format=doc.format, body=doc.body, title=doc.title, url=doc.url,
                    published=day.isoformat(), outlet=doc.outlet, language=doc.language, encoding=doc.encoding,
                    evidence=evidence, warnings=doc.warnings, extracted=doc.extracted)


def page_document(page: Page) -> Document | Failure:
    """One page as an article, or the reason it is not one."""
    try:
        return document_from_page(page)
    except IngestError as exc:
        return Failure(source=page.source, reason=exc.reason)


def read_warc(path: Path, *, limit: int) -> Iterator[Document | Failure]:
    """Every HTML page of a WARC file as an article; records that are not pages are counted."""
    skipped: Counter[str] = Counter()
    for item in iter_records(path, limit=limit):
        if isinstance(item, Skipped):
            skipped[item.why.split(" (")[0]] += 1
        elif isinstance(item, Failure):
            yield item
        else:
            yield page_document(item)
    if skipped:
        log.info("%s: records passed over: %s", path, ", ".join(f"{n} {why}" for why, n in skipped.most_common()))
