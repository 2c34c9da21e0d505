"""HTML pieces shared by the report and the web app: an article's text with its claims
marked, and the offline map (drawn by :mod:`storyline.report.geo`). Every piece of article
text goes through ``escape``."""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence

from markupsafe import Markup, escape

from storyline.model import Article, Entity
from storyline.report import geo


def marked_paragraphs(article: Article) -> list[tuple[bool, Markup]]:
    """The clean text as escaped HTML paragraphs; each claim's sentence is an anchor, its number
    marked; quoted and reported words are set apart, each quote's start an anchor."""
    text = article.text
    sentences = sorted({(c.start, c.end) for c in article.claims} | {(e.start, e.end) for e in article.events})
    numbers = []
    for c in article.claims:
        at = text.find(c.number_text, c.start, c.end)
        if at >= 0:
            numbers.append((at, at + len(c.number_text)))
    said = sorted((q.start, q.end) for q in article.quotes)
    quote_starts = {q.start for q in article.quotes}
    out: list[tuple[bool, Markup]] = []
    offset = 0
    for para in text.split("\n\n"):
        lo, hi = offset, offset + len(para)
        offset = hi + 2
        inside = [s for s in sentences if lo <= s[0] and s[1] <= hi]  # sentences never cross paragraphs
        starts, ends = {s[0] for s in inside}, {s[1] for s in inside}
        cuts = sorted({lo, hi, *starts, *ends, *(x for n in numbers for x in n if lo <= x <= hi),
                       *(x for q in said for x in q if lo <= x <= hi)})
        html = []
        for a, b in itertools.pairwise(cuts):
            if a in starts:  # each claim or event sentence is an anchor a figure can link to
                html.append(Markup('<span class="claim" id="{}">').format(anchor(article.id, a)))
            if a in quote_starts:  # each quote's start is an anchor a quote list can link to
                html.append(Markup('<span class="quote-at" id="{}"></span>').format(quote_anchor(article.id, a)))
            piece = escape(text[a:b])
            if any(n[0] <= a and b <= n[1] for n in numbers):
                piece = Markup("<mark>") + piece + Markup("</mark>")
            if any(q[0] <= a and b <= q[1] for q in said):  # words given to someone, each piece on its own
                piece = Markup('<span class="said">') + piece + Markup("</span>")
            html.append(piece)
            if b in ends:
                html.append(Markup("</span>"))
        out.append((is_heading(para), Markup("").join(html)))
    return out


def map_svg(entities: Sequence[Entity]) -> Markup:
    """The places on Natural Earth's borders, without links (see :mod:`storyline.report.geo`)."""
    return geo.map_svg(geo.markers(entities, (), place_href=lambda e: None, event_href=lambda e: None))


def anchor(article_id: str, start: int) -> str:
    return "s-" + re.sub(r"[^\w-]", "_", article_id) + f"-{start}"


def quote_anchor(article_id: str, start: int) -> str:
    return "q-" + re.sub(r"[^\w-]", "_", article_id) + f"-{start}"


def is_heading(paragraph: str) -> bool:
    """A short line without sentence punctuation: a subheading, shown as one."""
    return len(paragraph.split()) <= 10 and not paragraph.rstrip("”’\"' )").endswith((".", "!", "?", ":", ";"))


def marked_span(text: str, start: int, end: int, *, mark: tuple[int, int] | None = None,
                context: int = 0) -> Markup:
    """``text[start:end]`` (widened by ``context`` characters to word boundaries) as escaped
    HTML, with ``mark`` (offsets into ``text``) inside ``<mark>``."""
    if context:
        lo, hi = max(0, start - context), min(len(text), end + context)
        while lo > 0 and not text[lo - 1].isspace() and lo > start - context - 20:
            lo -= 1
        while hi < len(text) and not text[hi].isspace() and hi < end + context + 20:
            hi += 1
        start, end = lo, hi
    lead = Markup("…") if context and start > 0 else Markup("")
    tail = Markup("…") if context and end < len(text) else Markup("")
    if mark is None or not (start <= mark[0] < mark[1] <= end):
        return lead + escape(text[start:end]) + tail
    return (lead + escape(text[start:mark[0]]) + Markup("<mark>") + escape(text[mark[0]:mark[1]]) + Markup("</mark>")
            + escape(text[mark[1]:end]) + tail)
