"""The HTML report: one self-contained file (no script, font or style from elsewhere)."""

from __future__ import annotations

import itertools
import re
from collections import Counter
from datetime import UTC, datetime
from pathlib import Path

from jinja2 import Environment, PackageLoader, select_autoescape
from markupsafe import Markup, escape

from storyline import __version__
from storyline.api import Analysis
from storyline.model import Article
from storyline.report.json_codec import write_atomic

_ENV = Environment(loader=PackageLoader("storyline.report", "templates"),
                   autoescape=select_autoescape(default=True, default_for_string=True),
                   trim_blocks=True, lstrip_blocks=True)


def render(result: Analysis) -> str:
    # chronological, undated last; outlet then id break ties so the order is stable
    arts = sorted(result.dossier.articles, key=lambda a: (a.published is None, a.published or "", a.outlet or "", a.id))
    return _ENV.get_template("report.html.j2").render(
        result=result, articles=arts, version=__version__,
        generated=datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC"),
        outlets=Counter(a.outlet or "unknown" for a in arts).most_common(),
        languages=Counter(a.language or "unknown" for a in arts).most_common(),
        removed_total=sum(len(a.removed) for a in arts),
        paragraphs=_marked_paragraphs, anchor=_anchor,
        claims={c.id: c for c in result.dossier.claims},
        article_of={a.id: a for a in arts},
    )


def _marked_paragraphs(article: Article) -> list[tuple[bool, Markup]]:
    """The clean text as escaped HTML paragraphs; each claim's sentence is an anchor, its number marked."""
    text = article.text
    sentences = sorted({(c.start, c.end) for c in article.claims})
    numbers = []
    for c in article.claims:
        at = text.find(c.number_text, c.start, c.end)
        if at >= 0:
            numbers.append((at, at + len(c.number_text)))
    out: list[tuple[bool, Markup]] = []
    offset = 0
    for para in text.split("\n\n"):
        lo, hi = offset, offset + len(para)
        offset = hi + 2
        cuts = sorted({lo, hi, *(x for s in sentences for x in s if lo <= x <= hi),
                       *(x for n in numbers for x in n if lo <= x <= hi)})
        html = []
        for a, b in itertools.pairwise(cuts):
            piece = escape(text[a:b])
            if (a, b) in numbers or any(n[0] <= a and b <= n[1] for n in numbers):
                piece = Markup("<mark>") + piece + Markup("</mark>")
            html.append(piece)
        body = Markup("").join(html)
        for s_lo, s_hi in sentences:  # wrap each claim sentence (sentences never cross paragraphs)
            if lo <= s_lo and s_hi <= hi:
                inner = Markup("").join(html[cuts.index(s_lo):cuts.index(s_hi)])
                opening = Markup('<span class="claim" id="{}">').format(_anchor(article.id, s_lo))
                body = body.replace(inner, opening + inner + Markup("</span>"), 1)
        out.append((_is_heading(para), body))
    return out


def _anchor(article_id: str, start: int) -> str:
    return "s-" + re.sub(r"[^\w-]", "_", article_id) + f"-{start}"


def _is_heading(paragraph: str) -> bool:
    """A short line without sentence punctuation: a subheading, shown as one."""
    return len(paragraph.split()) <= 10 and not paragraph.rstrip("”’\"' )").endswith((".", "!", "?", ":", ";"))


def write(result: Analysis, path: str | Path) -> Path:
    return write_atomic(Path(path), render(result))
