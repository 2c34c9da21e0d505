"""The HTML report: one self-contained file (no script, font or style from elsewhere)."""

from __future__ import annotations

from collections import Counter
from datetime import UTC, datetime
from pathlib import Path

from jinja2 import Environment, PackageLoader, select_autoescape

from storyline import __version__
from storyline.api import Analysis
from storyline.link.compare import source_mix, who_speaks
from storyline.report import charts, geo, sourcing
from storyline.report.json_codec import write_atomic
from storyline.report.markup import anchor, marked_paragraphs, quote_anchor

_ENV = Environment(loader=PackageLoader("storyline.report", "templates"),
                   autoescape=select_autoescape(default=True, default_for_string=True),
                   trim_blocks=True, lstrip_blocks=True)


def render(result: Analysis) -> str:
    # chronological, undated last; outlet then id break ties so the order is stable
    arts = sorted(result.dossier.articles, key=lambda a: (a.published is None, a.published or "", a.outlet or "", a.id))
    article_anchor = {a.id: f"a-{i}" for i, a in enumerate(arts, start=1)}
    d = result.dossier
    by_id, claims, events = {a.id: a for a in arts}, {c.id: c for c in d.claims}, {e.id: e for e in d.events}
    # places link to the first article that names them (the report has no entity pages); events to their sentence
    found = geo.markers(d.entities, d.events, event_href=lambda e: "#" + anchor(e.article, e.start),
                        place_href=lambda e: next(("#" + article_anchor[m.article] for m in e.mentions
                                                   if m.article in article_anchor), None))
    pictures = {s.id: (charts.figure_charts(s, claims, by_id, href=lambda c: "#" + anchor(c.article, c.start)),
                       charts.coverage_svg(s, by_id, events, article_href=lambda a: "#" + article_anchor[a.id],
                                           event_href=lambda e: "#" + anchor(e.article, e.start)))
                for s in d.stories}
    return _ENV.get_template("report.html.j2").render(
        result=result, articles=arts, version=__version__,
        generated=datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC"),
        outlets=Counter(a.outlet or "unknown" for a in arts).most_common(),
        languages=Counter(a.language or "unknown" for a in arts).most_common(),
        removed_total=sum(len(a.removed) for a in arts),
        paragraphs=marked_paragraphs, anchor=anchor, quote_anchor=quote_anchor, source_mix=source_mix,
        who_speaks=lambda story: who_speaks(story, result.dossier.quotes), map_svg=geo.map_svg(found),
        events=events, claims=claims, article_of=by_id, article_anchor=article_anchor, pictures=pictures,
        changes={c.story: c for c in result.changes},
        split=lambda story: sourcing.split(story.facts, claims),
        reported_by=lambda fact: sourcing.reported_by(fact, claims, by_id),
    )


def write(result: Analysis, path: str | Path) -> Path:
    return write_atomic(Path(path), render(result))
