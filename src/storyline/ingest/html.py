"""Web pages (``.html``, ``.htm``, ``.html.gz``): the article body and the page's metadata.

The body comes from trafilatura (Barbaresi, 2021), in its precision mode. When that
keeps less than half of the page's paragraph text, the page is extracted again in
recall mode and the fuller text is kept if the precise one is under half its length:
on the AEB benchmark this recovers pages that precision mode cuts short (see
benchmarks/README.md for the measurement).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from lxml import html as lxml_html

from storyline.errors import IngestError
from storyline.ingest.decode import decode, read_bytes
from storyline.ingest.ids import file_id
from storyline.model import Document, Evidence

_CHARSET = re.compile(rb"""<meta[^>]+charset=["']?([\w-]+)""", re.IGNORECASE)
_LANG = re.compile(r"""<html[^>]*?\blang=["']?([A-Za-z]{2,3})(?:[-_][A-Za-z0-9]+)?""", re.IGNORECASE)
_FALLBACK_RATIO = 0.5
MIN_BODY_CHARS = 25


def read_html(path: Path, *, limit: int) -> Iterator[Document]:
    """One article per page."""
    data = read_bytes(path, limit=limit)
    declared = _CHARSET.search(data[:4096])
    decoded = decode(data, source=str(path), declared=declared.group(1).decode("ascii", "ignore") if declared else None)
    yield document_from_html(decoded.text, doc_id=file_id(path), source=str(path), encoding=decoded.encoding,
                             warnings=(decoded.warning,) if decoded.warning else ())


def document_from_html(page: str, *, doc_id: str, source: str, url: str | None = None,
                       encoding: str | None = None, warnings: tuple[str, ...] = ()) -> Document:
    """Extract the article and its metadata from one HTML page (also used for JSONL ``html``)."""
    if not page.strip():
        raise IngestError(source, "HTML page is empty")
    data = _extract(page, url=url, favor="precision", source=source)
    body = data.get("text") or ""
    if len(body) < _FALLBACK_RATIO * _paragraph_chars(page):
        fuller = _extract(page, url=url, favor="recall", source=source)
        if len(body) < _FALLBACK_RATIO * len(fuller.get("text") or ""):
            data = {**data, "text": fuller.get("text")}
            body = data["text"] or ""
    if len(body.strip()) < MIN_BODY_CHARS:
        raise IngestError(source, "no article text found in the HTML page")
    evidence: list[Evidence] = []
    title = _field(data, "title", "html metadata", evidence)
    published = _field(data, "date", "html metadata (htmldate)", evidence)
    page_url = url or _field(data, "url", "html metadata", evidence)
    outlet = _field(data, "sitename", "html metadata (site name)", evidence)
    lang_match = _LANG.search(page[:5000])
    language = lang_match.group(1).lower() if lang_match else None
    if language:
        evidence.append(Evidence(field="language", value=language, source="html lang attribute"))
    return Document(id=doc_id, source=source, format="html", body=body, title=title, url=page_url,
                    published=published, outlet=outlet, language=language, encoding=encoding,
                    evidence=tuple(evidence), warnings=warnings, extracted=True)


def _extract(page: str, *, url: str | None, favor: str, source: str) -> dict[str, Any]:
    import trafilatura  # imported on first use: ~0.1 s that a run without HTML, or a server, need not pay

    try:
        result = trafilatura.bare_extraction(
            page, url=url, with_metadata=True, include_comments=False, include_tables=True,
            deduplicate=False, favor_precision=favor == "precision", favor_recall=favor == "recall")
    except Exception as exc:  # malformed markup trips the extractor's own checks (an assert in htmldate, too)
        raise IngestError(source, f"HTML could not be parsed ({type(exc).__name__}: {exc})") from exc
    if result is None:
        return {}
    return dict(result.as_dict()) if hasattr(result, "as_dict") else dict(result)


def _paragraph_chars(page: str) -> int:
    """Characters of text inside the page's <p> elements: a cheap yardstick for the body."""
    try:
        tree = lxml_html.fromstring(page)
    except (ValueError, lxml_html.etree.ParserError):
        return 0
    return sum(len(p.text_content()) for p in tree.iter("p"))


def _field(data: dict[str, Any], key: str, how: str, evidence: list[Evidence]) -> str | None:
    value = data.get(key)
    if not isinstance(value, str) or not value.strip():
        return None
    evidence.append(Evidence(field={"date": "published", "sitename": "outlet"}.get(key, key),
                             value=value.strip(), source=how))
    return value.strip()
