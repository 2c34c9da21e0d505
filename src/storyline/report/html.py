"""The HTML report: one self-contained file (no script, font or style from elsewhere)."""

from __future__ import annotations

from collections import Counter
from datetime import UTC, datetime
from pathlib import Path

from jinja2 import Environment, PackageLoader, select_autoescape

from storyline import __version__
from storyline.api import Analysis
from storyline.report.json_codec import write_atomic

_ENV = Environment(loader=PackageLoader("storyline.report", "templates"),
                   autoescape=select_autoescape(default=True, default_for_string=True),
                   trim_blocks=True, lstrip_blocks=True)


def render(result: Analysis) -> str:
    arts = result.dossier.articles
    return _ENV.get_template("report.html.j2").render(
        result=result, articles=arts, version=__version__,
        generated=datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC"),
        outlets=Counter(a.outlet or "unknown" for a in arts).most_common(),
        languages=Counter(a.language or "unknown" for a in arts).most_common(),
        removed_total=sum(len(a.removed) for a in arts),
    )


def write(result: Analysis, path: str | Path) -> Path:
    return write_atomic(Path(path), render(result))
