import gzip
import json

from storyline.ingest import discover, read
from storyline.model import Document, Failure
from tests.conftest import ARTICLE

PAGE = """<!doctype html><html lang="de"><head><meta charset="utf-8">
<title>Hochwasser im Norden | Nordkurier Test</title>
<meta property="og:site_name" content="Nordkurier Test">
<meta property="article:published_time" content="2024-09-17T08:00:00Z">
<link rel="canonical" href="https://nordkurier-test.example/artikel/hochwasser"></head>
<body><nav><a href="/">Startseite</a> <a href="/politik">Politik</a></nav>
<article><h1>Hochwasser im Norden</h1>
<p>Das Hochwasser hat in der nördlichen Provinz mehr als 2.000 Menschen aus ihren Häusern vertrieben, teilte der
Gouverneur am Dienstag mit. Rettungskräfte erreichten abgeschnittene Dörfer mit Booten.</p>
<p>Mindestens neun Menschen kamen ums Leben, Dutzende werden vermisst. Die Armee schickte 300 Soldaten in die Region,
wie das Verteidigungsministerium mitteilte.</p></article>
<footer>© 2024 Nordkurier Test</footer></body></html>"""


def only(items):
    items = list(items)
    assert len(items) == 1, items
    return items[0]


def test_txt_with_date_prefix(write) -> None:
    path = write("flood-01.txt", " date 2024-09-17 Floods force thousands from their homes\n\n" + ARTICLE)
    doc = only(read(path))
    assert isinstance(doc, Document)
    assert doc.id == "flood-01" and doc.format == "txt" and doc.has_date_prefix
    assert "2,000 people" in doc.body


def test_html_page_metadata_and_body(write) -> None:
    doc = only(read(write("nk.html", PAGE)))
    assert isinstance(doc, Document) and doc.extracted
    assert doc.title == "Hochwasser im Norden"
    assert doc.published == "2024-09-17"
    assert doc.language == "de"
    assert doc.url == "https://nordkurier-test.example/artikel/hochwasser"
    assert "2.000 Menschen" in doc.body and "Startseite" not in doc.body
    assert {e.field for e in doc.evidence} >= {"title", "published", "outlet"}


def test_html_gz_id_drops_every_extension(write) -> None:
    doc = only(read(write("page.one.html.gz", gzip.compress(PAGE.encode()))))
    assert isinstance(doc, Document) and doc.id == "page.one"


def test_html_with_no_article(write) -> None:
    failure = only(read(write("nav.html", "<html><body><nav><a href='/'>Home</a></nav></body></html>")))
    assert isinstance(failure, Failure)
    assert "no article text" in failure.reason and failure.source.endswith("nav.html")


def test_jsonl_good_bad_and_html_lines(write) -> None:
    lines = [
        json.dumps({"id": "w1", "text": ARTICLE, "published": "2024-09-17T10:00:00+02:00", "outlet": "Wire One",
                    "title": "Floods", "language": "en"}),
        '{"id": "broken", "text": ',
        json.dumps({"id": "w2", "title": "no body"}),
        json.dumps(["not", "an", "object"]),
        json.dumps({"html": PAGE}),
        json.dumps({"text": ARTICLE, "published": "last Tuesday"}),
    ]
    items = list(read(write("feed.jsonl", "\n".join(lines) + "\n")))
    docs = [i for i in items if isinstance(i, Document)]
    fails = [i for i in items if isinstance(i, Failure)]
    assert docs[0].id == "w1"
    assert docs[0].published == "2024-09-17" and docs[0].outlet == "Wire One" and docs[0].title == "Floods"
    assert docs[1].extracted and docs[1].title == "Hochwasser im Norden"
    assert docs[2].published is None and "not an ISO date" in docs[2].warnings[0]
    assert docs[1].id.startswith("a") and docs[1].id == next(read(write("again.jsonl", lines[4]))).id  # stable
    assert [f.source.rsplit(":", 1)[1] for f in fails] == ["2", "3", "4"]
    assert "malformed JSON" in fails[0].reason
    assert "neither" in fails[1].reason
    assert "not a JSON object" in fails[2].reason


def test_jsonl_gz_truncated_keeps_earlier_lines(write) -> None:
    body = "\n".join(json.dumps({"id": f"n{i}", "text": ARTICLE}) for i in range(400)).encode()
    packed = gzip.compress(body)
    items = list(read(write("cut.jsonl.gz", packed[: len(packed) * 2 // 3])))
    docs = [i for i in items if isinstance(i, Document)]
    assert 10 < len(docs) < 400
    assert isinstance(items[-1], Failure) and "damaged gzip" in items[-1].reason


def test_discover_recurses_sorts_and_reports(write, tmp_path) -> None:
    write("b/two.txt", ARTICLE)
    write("a/one.html", PAGE)
    write("a/notes.md", "# not an article")
    write("a/.hidden.txt", ARTICLE)
    found = discover([tmp_path, tmp_path / "missing.txt", write("x.pdf", b"%PDF")])
    assert [p.name for p in found.files] == ["one.html", "two.txt"]
    assert found.skipped == 3  # notes.md, .hidden.txt, and x.pdf met inside the folder
    assert [f.reason.split(" (")[0] for f in found.failures] == ["no such file or folder", "unsupported file type"]


def test_markup_that_trips_the_extractor_fails_its_page_only(write) -> None:
    """Found by the fuzz suite: '<svg><html>' makes htmldate fail an assert, which escaped
    the reader and, in a JSON Lines file, lost every line after it."""
    page = write("in/odd.html", "<svg><html>")
    assert [(type(x).__name__, x.source) for x in read(page)] == [("Failure", str(page))]
    feed = write("in/feed.jsonl", json.dumps({"html": "<svg><html>"}) + "\n"
                 + json.dumps({"id": "next", "text": "Rain fell."}))
    out = list(read(feed))
    assert isinstance(out[0], Failure) and out[0].source.endswith("feed.jsonl:1")
    assert isinstance(out[1], Document) and out[1].id == "next"


def test_a_pipe_named_on_the_command_line_is_refused_not_waited_on(tmp_path) -> None:
    import os
    import subprocess
    import sys
    fifo = tmp_path / "feed.txt"
    os.mkfifo(fifo)
    found = discover([fifo])
    assert found.files == [] and [f.reason for f in found.failures] == ["not a regular file (a pipe, socket or device)"]
    proc = subprocess.run([sys.executable, "-m", "storyline", "analyze", str(fifo), "--db", str(tmp_path / "s.db")],
                          capture_output=True, text=True, timeout=120, check=False)
    assert proc.returncode == 1 and "not a regular file" in proc.stdout
