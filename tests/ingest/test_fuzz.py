"""Fuzzing every reader (text, HTML, JSON Lines, gzip) with Hypothesis: whatever bytes a
file holds, ``ingest.read`` yields Documents and Failures and never raises, and every
Failure is one line that names its file (and its line, for JSON Lines).

Each reader gets ``STORYLINE_FUZZ_EXAMPLES`` generated inputs (500 by default: every CI
run); ``benchmarks/bench_fuzz.py`` runs 10,000 each and records the counts.
"""

from __future__ import annotations

import gzip
import json
import os
import shutil
import tempfile
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from storyline import ingest
from storyline.ingest.jsonl import document_from_line
from storyline.model import Document, Failure

EXAMPLES = int(os.environ.get("STORYLINE_FUZZ_EXAMPLES", "500"))
FUZZ = settings(max_examples=EXAMPLES, deadline=None, database=None,
                suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large, HealthCheck.filter_too_much])
COUNTS: Counter[str] = Counter()  # inputs tried, per reader (the benchmark reports them)
_DIR = Path(tempfile.mkdtemp(prefix="storyline-fuzz-"))
pytestmark = pytest.mark.slow

# -- what the inputs are made of ---------------------------------------------------------

words = st.sampled_from(["Floods", "rose", "on", "Tuesday", "2,000", "people", "said", "the", "governor", "«",
                         "Наводнение", "洪水", "\u200b", "\ufeff", "\x00", "\r\n", "\t", "é", "\udcff", "\U0001f30a",
                         "date", "2024-02-03", "2022-13-45", "9999-12-31", "<p>", "</p>", "&amp;", "&#0;", "\\"])
prose = st.lists(st.one_of(words, st.text(max_size=20)), max_size=60).map(" ".join)
encodings = st.sampled_from(["utf-8", "utf-8-sig", "utf-16", "latin-1", "cp1251", "gb18030", "shift_jis"])


@st.composite
def encoded(draw: st.DrawFn, text: st.SearchStrategy[str]) -> bytes:
    """Text in some encoding (whatever it cannot hold is replaced), or raw bytes."""
    if draw(st.booleans()):
        return draw(st.binary(max_size=3000))
    return draw(text).encode(draw(encodings), "replace")


text_files = st.one_of(
    encoded(prose),
    st.builds(lambda day, rest: f" date {day} Headline\n\n{rest}", st.sampled_from(
        ["2024-02-03", "2022-13-45", "9999-12-31", "0001-01-01", "0000-00-00"]), prose).map(
        lambda s: s.encode("utf-8", "surrogatepass")),
)
tags = st.sampled_from(["html", "body", "article", "p", "div", "script", "style", "title", "meta", "nav", "table",
                        "td", "br", "!--", "![CDATA[", "?xml", "svg", "iframe", "h1"])


@st.composite
def html_pages(draw: st.DrawFn) -> str:
    parts = []
    for _ in range(draw(st.integers(0, 16))):
        tag = draw(tags)
        attrs = draw(st.sampled_from(["", ' lang="fr"', ' charset="koi8-r"', ' content="2024-01-01"',
                                      ' property="og:site_name" content="X"', ' lang=', ' href="javascript:x"']))
        parts.append(draw(st.sampled_from([f"<{tag}{attrs}>", f"</{tag}>", f"<{tag}{attrs}/>"])))
        parts.append(draw(prose))
    return "".join(parts)


html_files = st.one_of(encoded(html_pages()), st.binary(max_size=2000))
json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=40) | prose,
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner, max_size=4),
    max_leaves=12)
fields = st.sampled_from(["id", "text", "html", "title", "url", "outlet", "language", "published"])


@st.composite
def json_lines(draw: st.DrawFn) -> bytes:
    """One line: an article record with fields of any type, or something else entirely."""
    kind = draw(st.integers(0, 9))
    if kind == 0:
        return draw(st.binary(max_size=300)).replace(b"\n", b" ")
    if kind == 1:
        return draw(st.sampled_from([b"[" * 20_000 + b"]" * 20_000, b'{"id": ' + b"9" * 5000 + b"}",
                                     b'{"text": "\\ud800 lone", "id": "\\udfff"}', b'{"text": 1e999}',
                                     b'{"text": "x", "published": "9999-12-31"}', b"\xef\xbb\xbf{}"]))
    record = draw(st.dictionaries(fields, json_values, max_size=8))
    if kind < 7:
        record["text" if kind < 5 else "html"] = draw(prose if kind < 5 else html_pages())
    return json.dumps(record, ensure_ascii=draw(st.booleans())).encode("utf-8", "surrogatepass")


jsonl_files = st.lists(json_lines(), max_size=12).map(lambda lines: b"\n".join(lines))


@st.composite
def gzip_files(draw: st.DrawFn) -> tuple[str, bytes]:
    """A packed JSON Lines file or page: whole, cut short, with bytes flipped, or not gzip at all."""
    ext, inner = draw(st.sampled_from([(".jsonl.gz", jsonl_files), (".html.gz", html_files)]))
    packed = gzip.compress(draw(inner))
    damage = draw(st.integers(0, 3))
    if damage == 1:
        packed = packed[: draw(st.integers(0, len(packed)))]
    elif damage == 2 and len(packed) > 12:
        at = draw(st.integers(10, len(packed) - 1))
        packed = packed[:at] + bytes([packed[at] ^ 0xFF]) + packed[at + 1:]
    elif damage == 3:
        packed = draw(st.binary(max_size=500))
    return ext, packed


# -- the property ------------------------------------------------------------------------


def _read(reader: str, ext: str, data: bytes) -> list[Document | Failure]:
    COUNTS[reader] += 1
    path = _DIR / f"in-{COUNTS[reader]}{ext}"
    path.write_bytes(data)
    try:
        out = list(ingest.read(path, max_file_mb=1))  # nothing may escape
    finally:
        path.unlink()
    for item in out:
        _check(item, path)
    return out


def _check(item: Document | Failure, path: Path) -> None:
    if isinstance(item, Failure):
        assert item.source.startswith(str(path)), item
        assert item.reason and "\n" not in item.reason and "\r" not in item.reason, item
        item.reason.encode("utf-8")  # printable as it is
    else:
        assert isinstance(item, Document) and item.source.startswith(str(path)) and item.id
        item.body.encode("utf-8")  # storable: no lone surrogates
        item.id.encode("utf-8")


@FUZZ
@given(text_files)
def test_fuzz_text_reader(data: bytes) -> None:
    _read("text", ".txt", data)


@FUZZ
@given(html_files)
def test_fuzz_html_reader(data: bytes) -> None:
    _read("html", ".html", data)


@FUZZ
@given(jsonl_files)
def test_fuzz_jsonl_reader(data: bytes) -> None:
    out = _read("jsonl", ".jsonl", data)
    lines = [ln for ln in data.split(b"\n") if ln.strip()]
    assert len(out) == (len(lines) if data else 1)  # one result per line (a bad one never costs another)


@FUZZ
@given(gzip_files())
def test_fuzz_gzip_reader(packed: tuple[str, bytes]) -> None:
    _read("gzip", *packed)


@FUZZ
@given(json_lines())
def test_fuzz_one_json_line(line: bytes) -> None:
    COUNTS["json line"] += 1
    item = document_from_line(line, source="feed.jsonl", lineno=7)
    _check(item, Path("feed.jsonl"))
    assert isinstance(item, Document) or item.source == "feed.jsonl:7"


@pytest.fixture(scope="module", autouse=True)
def _report() -> Iterator[None]:
    yield
    shutil.rmtree(_DIR, ignore_errors=True)
    out = os.environ.get("STORYLINE_FUZZ_REPORT")
    if out:
        Path(out).write_text(json.dumps(dict(COUNTS), indent=1) + "\n", encoding="utf-8")
