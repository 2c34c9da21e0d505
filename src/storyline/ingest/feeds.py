"""RSS and Atom feeds: feed files (``.rss``, ``.atom``) and feed URLs fetched politely.

A feed *file* gives one article per entry from the text the entry carries (its content,
else its summary); an entry with too little text is one failure saying so. A feed *URL*
is fetched, then each entry's linked page, which is read as any HTML page (the entry's
date and title fill what the page lacks); an entry whose link the caller already knows
(``known``) is not fetched again, so re-reading a feed adds only what is new.

Fetching is polite (:class:`Fetcher`): it names itself (user agent), waits between two
requests to one host, obeys robots.txt, gives up after a timeout and refuses a body over
a size cap. Feeds are parsed by feedparser (BSD-2-Clause), which reads every RSS and
Atom version and the broken feeds found in the wild.
"""

from __future__ import annotations

import time
import urllib.error
import urllib.request
import urllib.robotparser
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from lxml import html as lxml_html

from storyline import __version__
from storyline.errors import IngestError
from storyline.ingest.decode import MB, decode, read_bytes
from storyline.ingest.html import MIN_BODY_CHARS, document_from_html
from storyline.ingest.ids import content_id
from storyline.model import Document, Evidence, Failure

USER_AGENT = f"storyline/{__version__} (news analysis; +https://pypi.org/project/storyline/)"
_BLOCKS = ("p", "div", "li", "br", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "tr")


def is_url(value: object) -> bool:
    return isinstance(value, str) and value.lower().startswith(("http://", "https://"))


# -- feed files ------------------------------------------------------------------------------


def read_feed(path: Path, *, limit: int) -> Iterator[Document | Failure]:
    """One article per entry of an RSS or Atom file, from the text the entry carries."""
    parsed = _parse(read_bytes(path, limit=limit), source=str(path))
    outlet = _feed_title(parsed)
    for n, entry in enumerate(parsed.entries, start=1):
        where = f"{path}#{n}"
        doc = entry_document(entry, source=where, outlet=outlet)
        if doc is None:
            yield Failure(source=where, reason="feed entry carries no article text (give the feed's URL to fetch "
                                               "the page it links to)")
        else:
            yield doc


def _parse(data: bytes, *, source: str) -> Any:
    import feedparser  # imported on first use: only a feed needs it

    parsed = feedparser.parse(data)
    if not parsed.entries and (parsed.get("bozo") or not parsed.get("version")):
        why = parsed.get("bozo_exception")
        raise IngestError(source, f"not an RSS or Atom feed ({why})" if why else "not an RSS or Atom feed")
    return parsed


def _feed_title(parsed: Any) -> str | None:
    title = parsed.feed.get("title")
    return title.strip() if isinstance(title, str) and title.strip() else None


def entry_date(entry: Any) -> str | None:
    """The entry's publication (else update) date as YYYY-MM-DD."""
    for key in ("published_parsed", "updated_parsed"):
        value = entry.get(key)
        if value:
            return date(value[0], value[1], value[2]).isoformat()  # feedparser gives UTC
    return None


def entry_text(entry: Any) -> str:
    """The entry's own text: its full content when it has one, else its summary, as plain lines."""
    parts = [c.get("value", "") for c in entry.get("content") or ()]
    raw = max(parts, key=len) if parts else entry.get("summary") or ""
    return html_text(raw)


def html_text(fragment: str) -> str:
    """Plain text of an HTML fragment, one block (paragraph, item, heading) per line."""
    if "<" not in fragment:
        return fragment.strip()
    try:
        tree = lxml_html.fragment_fromstring(fragment, create_parent="div")
    except (ValueError, lxml_html.etree.ParserError):
        return ""
    for element in tree.iter(*_BLOCKS):
        element.tail = "\n" + (element.tail or "")
    lines = (" ".join(line.split()) for line in tree.text_content().splitlines())
    return "\n".join(line for line in lines if line)


def entry_document(entry: Any, *, source: str, outlet: str | None) -> Document | None:
    """An article from the text a feed entry carries; None when it carries too little."""
    body = entry_text(entry)
    if len(body) < MIN_BODY_CHARS:
        return None
    link = entry.get("link") or None
    title = html_text(entry.get("title") or "") or None
    published = entry_date(entry)
    evidence = [Evidence(field=k, value=v, source="feed entry") for k, v in
                (("title", title), ("url", link), ("published", published)) if v]
    if outlet:
        evidence.append(Evidence(field="outlet", value=outlet, source="feed title"))
    return Document(id=content_id(link or entry.get("id") or body, prefix="f"), source=source, format="html",
                    body=body, title=title, url=link, published=published, outlet=outlet,
                    evidence=tuple(evidence), extracted=True)


# -- feed URLs -------------------------------------------------------------------------------


class FetchError(Exception):
    """A URL could not be fetched (with the reason, in one line)."""


@dataclass
class Fetcher:
    """A polite HTTP client: user agent, a delay between requests to one host, robots.txt,
    a timeout and a size cap. One per run; it remembers each host's robots.txt and last visit."""

    user_agent: str = USER_AGENT
    delay: float = 1.0  # seconds between two requests to one host
    timeout: float = 10.0
    max_bytes: int = 5 * MB
    _robots: dict[str, urllib.robotparser.RobotFileParser | None] = field(default_factory=dict)
    _last: dict[str, float] = field(default_factory=dict)
    sleep: Callable[[float], None] = time.sleep

    def get(self, url: str) -> tuple[bytes, str]:
        """The body of ``url`` and its Content-Type; FetchError when it cannot be had."""
        if not self.allowed(url):
            raise FetchError("robots.txt disallows it")
        return self._get(url)

    def allowed(self, url: str) -> bool:
        parts = urlsplit(url)
        host = f"{parts.scheme}://{parts.netloc}"
        if host not in self._robots:
            self._robots[host] = self._read_robots(host)
        robots = self._robots[host]
        return robots is None or robots.can_fetch(self.user_agent, url)

    def _read_robots(self, host: str) -> urllib.robotparser.RobotFileParser | None:
        """The host's rules; None (everything allowed) when it has no robots.txt. A host that
        refuses robots.txt (401, 403) is taken to refuse everything, as RFC 9309 says."""
        rules = urllib.robotparser.RobotFileParser()
        try:
            body, _ = self._get(f"{host}/robots.txt")
        except FetchError as exc:
            if str(exc).startswith(("HTTP 401", "HTTP 403")):
                rules.parse(["User-agent: *", "Disallow: /"])
                return rules
            return None
        rules.parse(body.decode("utf-8", "replace").splitlines())
        return rules

    def _get(self, url: str) -> tuple[bytes, str]:
        host = urlsplit(url).netloc
        wait = self._last.get(host, -1e9) + self.delay - time.monotonic()
        if wait > 0:
            self.sleep(wait)
        request = urllib.request.Request(url, headers={"User-Agent": self.user_agent})  # noqa: S310 - http(s) only
        try:
            with urllib.request.urlopen(request, timeout=self.timeout) as response:  # noqa: S310 - checked by is_url
                length = response.headers.get("Content-Length")
                if length and length.isdigit() and int(length) > self.max_bytes:
                    raise FetchError(f"over the {self.max_bytes / MB:.0f} MB cap ({int(length) / MB:.1f} MB)")
                body = response.read(self.max_bytes + 1)
                if len(body) > self.max_bytes:
                    raise FetchError(f"over the {self.max_bytes / MB:.0f} MB cap")
                return body, response.headers.get("Content-Type") or ""
        except urllib.error.HTTPError as exc:
            raise FetchError(f"HTTP {exc.code}") from exc
        except (urllib.error.URLError, TimeoutError, OSError, ValueError) as exc:
            reason = getattr(exc, "reason", exc)
            raise FetchError(f"could not be fetched ({reason})") from exc
        finally:
            self._last[host] = time.monotonic()


@dataclass(frozen=True, slots=True)
class Known:
    """A feed entry whose link the caller already has (not fetched again)."""

    url: str


def read_feed_url(url: str, *, fetcher: Fetcher, known: Callable[[str], bool] = lambda _: False,
                  ) -> Iterator[Document | Failure | Known]:
    """Fetch a feed, then the page of each entry not ``known``; raises IngestError only when
    the feed itself cannot be fetched or parsed."""
    if not is_url(url):
        raise IngestError(url, "not an http(s) URL")
    try:
        data, _ = fetcher.get(url)
    except FetchError as exc:
        raise IngestError(url, f"feed {exc}") from exc
    parsed = _parse(data, source=url)
    outlet = _feed_title(parsed)
    for n, entry in enumerate(parsed.entries, start=1):
        link = entry.get("link")
        if not is_url(link):
            doc = entry_document(entry, source=f"{url}#{n}", outlet=outlet)
            yield doc or Failure(source=f"{url}#{n}", reason="feed entry has neither a link nor article text")
        elif known(link):
            yield Known(url=link)
        else:
            yield _page(link, entry, fetcher=fetcher, outlet=outlet)


def _page(link: str, entry: Any, *, fetcher: Fetcher, outlet: str | None) -> Document | Failure:
    """The entry's linked page as an article; the entry's own text when the page cannot be had."""
    try:
        body, content_type = fetcher.get(link)
        charset = content_type.lower().split("charset=")[-1].strip(" \"'") if "charset=" in content_type else None
        decoded = decode(body, source=link, declared=charset)
        doc = document_from_html(decoded.text, doc_id=content_id(link, prefix="f"), source=link, url=link,
                                 encoding=decoded.encoding)
    except (FetchError, IngestError) as exc:
        fallback = entry_document(entry, source=link, outlet=outlet)
        if fallback is None:
            return Failure(source=link, reason=f"page {exc.reason if isinstance(exc, IngestError) else exc}")
        return fallback
    evidence = list(doc.evidence)
    published, title = doc.published, doc.title
    if not published and entry_date(entry):
        published = entry_date(entry)
        evidence.append(Evidence(field="published", value=str(published), source="feed entry"))
    if not title and entry.get("title"):
        title = html_text(entry["title"])
        evidence.append(Evidence(field="title", value=title, source="feed entry"))
    return Document(id=doc.id, source=link, format="html", body=doc.body, title=title, url=link,
                    published=published, outlet=doc.outlet or outlet, language=doc.language,
                    encoding=doc.encoding, evidence=tuple(evidence), warnings=doc.warnings, extracted=True)
