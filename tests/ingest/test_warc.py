"""WARC input: archives written here with warcio itself, as a crawler (or CC-NEWS) writes them."""

from __future__ import annotations

import gzip
import io
from pathlib import Path

import pytest
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from storyline.ingest import discover, read
from storyline.ingest.warc import Page, Skipped, iter_records
from storyline.model import Document, Failure

LIMIT = 50 * 1024 * 1024


def page(title: str, paragraphs: list[str], *, date: str | None = None, meta_charset: str | None = None) -> str:
    head = f"<title>{title}</title>"
    if meta_charset:
        head += f'<meta charset="{meta_charset}">'
    if date:
        head += f'<meta property="article:published_time" content="{date}">'
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    return f"<!doctype html><html lang=\"en\"><head>{head}</head><body><article><h1>{title}</h1>{body}</article>" \
           f"<footer>Contact us · Privacy</footer></body></html>"


HARBOUR = page("Storm closes the harbour", [
    "The port authority closed the harbour on Tuesday after waves of six metres damaged two piers, officials said.",
    "About 40 fishing boats stayed at anchor and 120 dock workers were sent home, the authority added in a statement.",
])
VOTE = page("Council approves the new budget", [
    "The city council approved a budget of 310 million euros late on Monday, with 27 votes in favour and 14 against.",
    "The opposition said the plan cuts library hours, while the mayor promised three new schools by 2028.",
])
CYRILLIC = page("Мост открыт после ремонта", [
    "Городские власти во вторник открыли мост через реку после двух лет ремонта, сообщила мэрия.",
    "По словам инженеров, ремонт обошёлся в 850 миллионов рублей, а движение по мосту будет ограничено до весны.",
])


def response(writer: WARCWriter, url: str, body: bytes, *, status: str = "200 OK",
             content_type: str | None = "text/html; charset=utf-8", date: str = "2025-03-11T09:30:00Z") -> None:
    headers = [("Content-Length", str(len(body)))]
    if content_type:
        headers.insert(0, ("Content-Type", content_type))
    http = StatusAndHeaders(status, headers, protocol="HTTP/1.1")
    record = writer.create_warc_record(url, "response", payload=io.BytesIO(body), http_headers=http,
                                       warc_headers_dict={"WARC-Date": date})
    writer.write_record(record)


def request(writer: WARCWriter, url: str) -> None:
    http = StatusAndHeaders("GET / HTTP/1.1", [("Host", "news.example")], is_http_request=True)
    writer.write_record(writer.create_warc_record(url, "request", http_headers=http))


def build(path: Path, *, gz: bool, fill) -> Path:
    with path.open("wb") as fh:
        writer = WARCWriter(fh, gzip=gz)
        writer.write_record(writer.create_warcinfo_record(path.name, {"software": "storyline tests"}))
        fill(writer)
    return path


def mixed(writer: WARCWriter) -> None:
    request(writer, "https://news.example/harbour")
    response(writer, "https://news.example/harbour", HARBOUR.encode())
    response(writer, "https://news.example/logo.png", b"\x89PNG\r\n\x1a\n" + bytes(200), content_type="image/png")
    response(writer, "https://news.example/gone", b"<html><body>Not found</body></html>", status="404 Not Found")
    response(writer, "https://news.example/moved", b"", status="301 Moved Permanently")
    response(writer, "https://city.example/budget", VOTE.encode(), date="2025-03-10T22:05:00Z")


@pytest.mark.parametrize("gz", [True, False])
def test_every_html_200_response_is_an_article_and_the_rest_are_counted(tmp_path: Path, gz: bool) -> None:
    path = build(tmp_path / ("crawl.warc.gz" if gz else "crawl.warc"), gz=gz, fill=mixed)
    assert discover([tmp_path]).files == [path.resolve()]
    items = list(read(path))
    assert all(isinstance(i, Document) for i in items), items
    assert [d.url for d in items] == ["https://news.example/harbour", "https://city.example/budget"]
    harbour, vote = items
    assert "six metres" in harbour.body and harbour.title == "Storm closes the harbour"
    assert "27 votes" in vote.body
    # no date in the page: the record's date is the fallback, with its evidence
    assert vote.published == "2025-03-10"
    assert any(e.field == "published" and e.source == "warc record date" for e in vote.evidence)
    assert harbour.source.startswith(f"{path}@") and harbour.id != vote.id
    kinds = [i.why if isinstance(i, Skipped) else type(i).__name__ for i in iter_records(path, limit=LIMIT)]
    assert kinds == ["warcinfo record", "request record", "Page", "not HTML (image/png)", "HTTP 404", "HTTP 301",
                     "Page"]


def test_a_date_the_page_gives_wins_over_the_record_date(tmp_path: Path) -> None:
    dated = page("Storm closes the harbour", HARBOUR.split("<p>")[1:2], date="2025-03-04T08:00:00Z")
    path = build(tmp_path / "a.warc.gz", gz=True,
                 fill=lambda w: response(w, "https://news.example/h", dated.encode(), date="2025-06-01T00:00:00Z"))
    (doc,) = read(path)
    assert isinstance(doc, Document) and doc.published == "2025-03-04"


def test_the_http_charset_is_honoured(tmp_path: Path) -> None:
    # the page says nothing of its encoding; only the HTTP header names windows-1251
    def fill(w: WARCWriter) -> None:
        response(w, "https://ru.example/most", CYRILLIC.encode("cp1251"),
                 content_type="text/html; charset=windows-1251")
        # here the header and the page's meta disagree: the header wins, as in a browser
        both = page("Мост открыт после ремонта", CYRILLIC.split("<p>")[1:], meta_charset="koi8-r")
        response(w, "https://ru.example/most2", both.encode("cp1251"), content_type="text/html; charset=cp1251")

    first, second = read(build(tmp_path / "ru.warc", gz=False, fill=fill))
    # the encoding recorded is the header's name (a guess would say "cp1251"; the meta "koi8-r")
    assert (first.encoding, second.encoding) == ("windows-1251", "cp1251")
    for doc in (first, second):
        assert isinstance(doc, Document) and not doc.warnings
        assert "850 миллионов рублей" in doc.body and doc.title == "Мост открыт после ремонта"


def test_a_page_without_content_type_is_sniffed(tmp_path: Path) -> None:
    def fill(w: WARCWriter) -> None:
        response(w, "https://news.example/h", HARBOUR.encode(), content_type=None)
        response(w, "https://news.example/data", b'{"a": 1}', content_type=None)

    items = list(iter_records(build(tmp_path / "n.warc", gz=False, fill=fill), limit=LIMIT))
    assert [type(i) for i in items] == [Skipped, Page, Skipped]


def _gzip_members(path: Path) -> list[bytes]:
    """The raw gzip members of a .warc.gz (one per record), found by decompressing."""
    data = path.read_bytes()
    members, rest = [], data
    while rest:
        d = __import__("zlib").decompressobj(31)
        d.decompress(rest)
        used = len(rest) - len(d.unused_data)
        members.append(rest[:used])
        rest = d.unused_data
    return members


def test_a_damaged_record_is_one_failure_and_the_records_after_it_are_read(tmp_path: Path) -> None:
    def fill(w: WARCWriter) -> None:
        response(w, "https://news.example/harbour", HARBOUR.encode())
        response(w, "https://news.example/broken", VOTE.encode())
        response(w, "https://city.example/budget", VOTE.encode())

    path = build(tmp_path / "d.warc.gz", gz=True, fill=fill)
    members = _gzip_members(path)
    assert len(members) == 4
    broken = bytearray(members[2])
    broken[len(broken) // 2: len(broken) // 2 + 20] = b"\x00" * 20  # corrupt the middle of the deflate stream
    path.write_bytes(b"".join([members[0], members[1], bytes(broken), members[3]]))
    items = list(read(path))
    failures = [i for i in items if isinstance(i, Failure)]
    docs = [i for i in items if isinstance(i, Document)]
    assert len(failures) == 1, items
    assert "damaged WARC record" in failures[0].reason
    assert failures[0].source == f"{path}@{len(members[0]) + len(members[1])}"
    assert [d.url for d in docs] == ["https://news.example/harbour", "https://city.example/budget"]


def test_a_damaged_header_in_a_plain_warc_is_skipped_to_the_next_record(tmp_path: Path) -> None:
    def fill(w: WARCWriter) -> None:
        response(w, "https://news.example/harbour", HARBOUR.encode())
        response(w, "https://city.example/budget", VOTE.encode())

    path = build(tmp_path / "p.warc", gz=False, fill=fill)
    data = path.read_bytes()
    second = data.rindex(b"WARC/1", 0, data.index(b"https://news.example/harbour"))
    # the harbour record's header line is garbled
    path.write_bytes(data[:second] + b"WXRC/9.9" + data[second + 8:])
    items = list(read(path))
    assert [type(i).__name__ for i in items] == ["Failure", "Document"], items
    assert items[1].url == "https://city.example/budget"


def test_a_truncated_gzip_keeps_every_record_before_the_cut(tmp_path: Path) -> None:
    path = build(tmp_path / "t.warc.gz", gz=True, fill=mixed)
    data = path.read_bytes()
    path.write_bytes(data[: len(data) - 200])
    items = list(read(path))
    assert [i.url for i in items if isinstance(i, Document)] == ["https://news.example/harbour"]
    assert len([i for i in items if isinstance(i, Failure)]) == 1


def test_not_a_warc_is_one_failure(write) -> None:
    path = write("notes.warc.gz", gzip.compress(b"just some notes, not an archive\n" * 20))
    (item,) = read(path)
    assert isinstance(item, Failure)


def test_a_large_archive_is_cut_into_batches_spread_over_the_local_workers(tmp_path: Path,
                                                                            monkeypatch: pytest.MonkeyPatch) -> None:
    from storyline.ingest import warc
    from storyline.pipeline import CLEAN_STAGES
    from storyline.runners import local

    monkeypatch.setattr(warc, "BATCH_PAGES", 2)
    monkeypatch.setattr(local, "SERIAL_BELOW", 2)  # use the pool even for these few batches

    def fill(w: WARCWriter) -> None:
        for i in range(7):
            response(w, f"https://news.example/{i}", (HARBOUR if i % 2 else VOTE).replace("</h1>", f" {i}</h1>")
                     .encode())
            request(w, f"https://news.example/{i}")

    path = build(tmp_path / "big.warc.gz", gz=True, fill=fill)
    results = list(local.run([str(path)], max_file_mb=1, jobs=2, stages=CLEAN_STAGES))
    assert [len(r.articles) for r in results] == [2, 2, 2, 1] and [r.last for r in results] == [False] * 3 + [True]
    assert [a.url for r in results for a in r.articles] == [f"https://news.example/{i}" for i in range(7)]
    assert sum(r.read_bytes for r in results) == path.stat().st_size  # the progress bar reaches the end
