"""RSS/Atom feeds: files, and feed URLs served here from 127.0.0.1 (nothing leaves the machine)."""

from __future__ import annotations

import itertools
import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from storyline import api
from storyline.errors import IngestError
from storyline.ingest import discover, read
from storyline.ingest.feeds import USER_AGENT, Fetcher, Known, read_feed_url
from storyline.model import Document, Failure
from storyline.pipeline import CLEAN_STAGES

PARAS = {
    "a": ["The regional water board raised the flood alert to its highest level on Wednesday as the river rose "
          "by 80 centimetres overnight.", "Some 600 residents of low-lying streets were asked to leave, the board "
          "said, and two schools were turned into shelters."],
    "b": ["Farmers blocked the ring road with 150 tractors on Thursday morning to protest against the new "
          "fertiliser rules.", "Police said traffic was diverted for five hours; the farmers' union promised "
          "more protests next week."],
    "c": ["The museum reopened its east wing after a renovation that took three years and cost 45 million "
          "euros, the director said."],
    "d": ["A cargo train derailed near the border crossing on Friday, spilling grain over the tracks; no one "
          "was hurt, the railway operator said.", "Repairs are expected to take two days."],
}


def article_page(key: str, *, dated: bool = True) -> str:
    meta = '<meta property="article:published_time" content="2025-05-14T07:00:00Z">' if dated else ""
    body = "".join(f"<p>{p}</p>" for p in PARAS[key])
    return (f"<!doctype html><html lang='en'><head><title>Story {key}</title>{meta}</head><body>"
            f"<nav>Home · World · Sport</nav><article><h1>Story {key}</h1>{body}</article></body></html>")


def rss(base: str, keys: list[str], *, summaries: bool = False) -> str:
    items = "".join(
        f"<item><title>Story {k}</title><link>{base}/{'private/' if k == 'c' else ''}{k}</link>"
        f"<pubDate>Wed, 14 May 2025 0{i}:00:00 GMT</pubDate>"
        f"<description>{PARAS[k][0] if summaries else 'Read more.'}</description></item>"
        for i, k in enumerate(keys))
    return f"<?xml version='1.0'?><rss version='2.0'><channel><title>Valley Courier</title>{items}</channel></rss>"


class Site:
    """Pages served from 127.0.0.1, and the requests it received (path, user agent, time)."""

    def __init__(self) -> None:
        self.pages: dict[str, tuple[int, str, bytes]] = {}
        self.requests: list[tuple[str, str, float]] = []
        self.slow: set[str] = set()
        site = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:
                site.requests.append((self.path, self.headers.get("User-Agent", ""), time.monotonic()))
                if self.path in site.slow:
                    time.sleep(1.5)
                status, ctype, body = site.pages.get(self.path, (404, "text/plain", b"not found"))
                self.send_response(status)
                self.send_header("Content-Type", ctype)
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def log_message(self, *args: object) -> None:
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.base = f"http://127.0.0.1:{self.server.server_address[1]}"

    def put(self, path: str, body: str, ctype: str = "text/html; charset=utf-8", status: int = 200) -> None:
        self.pages[path] = (status, ctype, body.encode())

    def paths(self) -> list[str]:
        return [p for p, _, _ in self.requests]


@pytest.fixture
def site() -> Iterator[Site]:
    s = Site()
    thread = threading.Thread(target=s.server.serve_forever, daemon=True)
    thread.start()
    yield s
    s.server.shutdown()
    s.server.server_close()


def fast() -> Fetcher:
    return Fetcher(delay=0.0, timeout=1.0)


# -- files -----------------------------------------------------------------------------------


def test_an_rss_file_gives_one_article_per_entry_with_text(write) -> None:
    path = write("courier.rss", rss("https://courier.example", ["a", "b"], summaries=True)
                 .replace("<item><title>Story b", "<item><title>Short</title><description>Hi</description></item>"
                                                   "<item><title>Story b"))
    assert discover([path.parent]).files == [path.resolve()]
    items = list(read(path))
    assert [type(i).__name__ for i in items] == ["Document", "Failure", "Document"]
    first = items[0]
    assert first.url == "https://courier.example/a" and first.outlet == "Valley Courier"
    assert first.published == "2025-05-14" and "80 centimetres" in first.body
    assert "no article text" in items[1].reason


def test_an_atom_file_reads_full_content_before_the_summary(write) -> None:
    content = "".join(f"<p>{p}</p>" for p in PARAS["d"])
    atom = ("<?xml version='1.0' encoding='utf-8'?><feed xmlns='http://www.w3.org/2005/Atom'><title>Rail News</title>"
            "<entry><title>Train derails</title><link href='https://rail.example/derail'/><id>tag:rail,1</id>"
            "<updated>2025-06-06T10:00:00Z</updated><summary>Short summary.</summary>"
            f"<content type='html'><![CDATA[{content}]]></content></entry></feed>")
    (doc,) = read(write("rail.atom", atom))
    assert isinstance(doc, Document) and doc.published == "2025-06-06"
    assert doc.body.splitlines() == PARAS["d"]  # one paragraph per line, the markup gone


def test_a_file_that_is_not_a_feed_is_one_failure(write) -> None:
    (item,) = read(write("notes.rss", "just some notes, no XML here"))
    assert isinstance(item, Failure) and "not an RSS or Atom feed" in item.reason


# -- URLs ------------------------------------------------------------------------------------


def test_a_feed_url_fetches_its_pages_politely(site: Site) -> None:
    site.put("/robots.txt", "User-agent: *\nDisallow: /private/\n", "text/plain")
    site.put("/feed.xml", rss(site.base, ["a", "b", "c"]), "application/rss+xml")
    site.put("/a", article_page("a"))
    site.put("/b", article_page("b", dated=False))
    site.put("/private/c", article_page("c"))
    items = list(read_feed_url(f"{site.base}/feed.xml", fetcher=Fetcher(delay=0.3, timeout=2.0)))
    docs = [i for i in items if isinstance(i, Document)]
    assert [d.url for d in docs] == [f"{site.base}/a", f"{site.base}/b"]
    assert "600 residents" in docs[0].body and "Home" not in docs[0].body
    assert docs[1].published == "2025-05-14"  # the page has no date: the entry's
    assert any(e.source == "feed entry" and e.field == "published" for e in docs[1].evidence)
    # robots.txt is read once and obeyed: the private page is never asked for, and its
    # entry carries too little text of its own to stand in for it
    assert site.paths() == ["/robots.txt", "/feed.xml", "/a", "/b"]
    (failure,) = [i for i in items if isinstance(i, Failure)]
    assert failure.source == f"{site.base}/private/c" and "robots.txt" in failure.reason
    assert {ua for _, ua, _ in site.requests} == {USER_AGENT}
    times = [t for _, _, t in site.requests]
    assert min(b - a for a, b in itertools.pairwise(times)) >= 0.29  # the per-host delay


def test_timeouts_size_caps_and_errors_are_failures_not_crashes(site: Site) -> None:
    site.put("/feed.xml", rss(site.base, ["a", "b", "d"]), "application/rss+xml")
    site.slow.add("/a")
    site.put("/a", article_page("a"))
    site.put("/b", article_page("b") + "<!--" + "x" * 300_000 + "-->")
    fetcher = Fetcher(delay=0.0, timeout=0.5, max_bytes=100_000)
    items = list(read_feed_url(f"{site.base}/feed.xml", fetcher=fetcher))
    reasons = [i.reason for i in items if isinstance(i, Failure)]
    assert len(reasons) == 3, items
    assert "timed out" in reasons[0] and "cap" in reasons[1] and "HTTP 404" in reasons[2]
    with pytest.raises(IngestError, match="feed HTTP 404"):
        list(read_feed_url(f"{site.base}/nowhere.xml", fetcher=fetcher))


def test_a_host_that_forbids_robots_txt_is_not_crawled(site: Site) -> None:
    site.put("/robots.txt", "no", "text/plain", status=403)
    site.put("/feed.xml", rss(site.base, ["a"]), "application/rss+xml")
    with pytest.raises(IngestError, match=r"robots\.txt"):
        list(read_feed_url(f"{site.base}/feed.xml", fetcher=fast()))
    assert site.paths() == ["/robots.txt"]


def test_known_links_are_not_fetched_again(site: Site) -> None:
    site.put("/feed.xml", rss(site.base, ["a", "b"]), "application/rss+xml")
    site.put("/a", article_page("a"))
    site.put("/b", article_page("b"))
    items = list(read_feed_url(f"{site.base}/feed.xml", fetcher=fast(), known=lambda u: u.endswith("/a")))
    assert items[0] == Known(url=f"{site.base}/a") and isinstance(items[1], Document)
    assert "/a" not in site.paths()


def test_a_feed_read_again_later_adds_only_what_is_new(site: Site, tmp_path: Path) -> None:
    site.put("/feed.xml", rss(site.base, ["a", "b"]), "application/rss+xml")
    for key in "abd":
        site.put(f"/{key}", article_page(key))
    db = tmp_path / "s.db"
    first = api.analyze([f"{site.base}/feed.xml"], db=db, stages=CLEAN_STAGES, fetcher=fast())
    assert first.ok and len(first.new) == 2
    site.requests.clear()
    site.put("/feed.xml", rss(site.base, ["d", "a", "b"]), "application/rss+xml")  # one new entry on top
    second = api.analyze([f"{site.base}/feed.xml"], db=db, stages=CLEAN_STAGES, fetcher=fast())
    assert second.ok and len(second.new) == 1 and sorted(second.unchanged) == sorted(first.new)
    assert site.paths() == ["/robots.txt", "/feed.xml", "/d"]
    assert {a.url for a in second.dossier.articles} == {f"{site.base}/{k}" for k in "abd"}
