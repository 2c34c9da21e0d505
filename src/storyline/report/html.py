"""The HTML report: one self-contained file (no script, font or style from elsewhere)."""

from __future__ import annotations

from collections import Counter
from datetime import UTC, datetime
from pathlib import Path

from jinja2 import Environment, PackageLoader, select_autoescape

from storyline import __version__
from storyline.api import Analysis
from storyline.link.compare import source_mix, who_speaks
from storyline.report.json_codec import write_atomic
from storyline.report.markup import anchor, map_svg, marked_paragraphs, quote_anchor

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
        paragraphs=marked_paragraphs, anchor=anchor, quote_anchor=quote_anchor, source_mix=source_mix,
        who_speaks=lambda story: who_speaks(story, result.dossier.quotes), map_svg=map_svg(result.dossier.entities),
        events={e.id: e for e in result.dossier.events},
        claims={c.id: c for c in result.dossier.claims},
        article_of={a.id: a for a in arts},
        article_anchor={a.id: f"a-{i}" for i, a in enumerate(arts, start=1)},
        changes={c.story: c for c in result.changes},
    )


def write(result: Analysis, path: str | Path) -> Path:
    return write_atomic(Path(path), render(result))
