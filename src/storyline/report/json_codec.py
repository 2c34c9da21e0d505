"""The dossier's JSON form (shared/spec/DOSSIER.md): the one codec, both directions.

Field names and meanings of the spec are kept; storyline adds fields (``format``,
``url``, ``removed_detail``, ``evidence``, ``warnings``, ``failures``; on each fact
``reported_by``, who stands behind it as the views show it: "3 outlets, 2 sources: 2 are
copies of one AP report"), never renames.
"""

from __future__ import annotations

import dataclasses
import json
import os
import tempfile
from pathlib import Path
from typing import Any

from storyline import __version__
from storyline.model import SCHEMA, Article, Dossier, Evidence, Failure, RemovedLine
from storyline.report import sourcing

_SECTIONS = ("entities", "claims", "events", "times", "quotes", "stories")


def article_to_dict(a: Article) -> dict[str, Any]:
    return {
        "id": a.id, "source": a.source, "outlet": a.outlet, "language": a.language, "published": a.published,
        "written": a.written,
        "title": a.title, "text": a.text, "removed": [r.text for r in a.removed],
        # additions to the spec
        "translated_from": a.translated_from, "format": a.format, "url": a.url, "encoding": a.encoding,
        "content_hash": a.content_hash,
        "removed_detail": [dataclasses.asdict(r) for r in a.removed],
        "evidence": [dataclasses.asdict(e) for e in a.evidence],
        "warnings": list(a.warnings),
    }


def article_from_dict(d: dict[str, Any]) -> Article:
    detail = d.get("removed_detail")
    removed = (tuple(RemovedLine(**r) for r in detail) if detail is not None
               else tuple(RemovedLine(text=t, reason="") for t in d.get("removed", [])))
    return Article(id=d["id"], source=d["source"], format=d.get("format", "txt"), text=d["text"], title=d.get("title"),
                   url=d.get("url"), outlet=d.get("outlet"), language=d.get("language"),
                   translated_from=d.get("translated_from"), published=d.get("published"), written=d.get("written"),
                   removed=removed, evidence=tuple(Evidence(**e) for e in d.get("evidence", [])),
                   warnings=tuple(d.get("warnings", [])), encoding=d.get("encoding"),
                   content_hash=d.get("content_hash", ""))


def to_dict(dossier: Dossier) -> dict[str, Any]:
    out: dict[str, Any] = {"schema": SCHEMA, "generator": f"storyline {__version__}",
                           "articles": [article_to_dict(a) for a in dossier.articles]}
    for section in _SECTIONS:
        out[section] = [plain(x) for x in getattr(dossier, section)]
    claims, articles = {c.id: c for c in dossier.claims}, {a.id: a for a in dossier.articles}
    for story, shown in zip(dossier.stories, out["stories"], strict=True):
        for fact, row in zip(story.facts, shown["facts"], strict=True):
            row["reported_by"] = sourcing.reported_by(fact, claims, articles)
    out["failures"] = [dataclasses.asdict(f) for f in dossier.failures]
    return out


def from_dict(data: dict[str, Any]) -> Dossier:
    """Read back the articles and failures of a dossier (later sections: as they land)."""
    if data.get("schema") != SCHEMA:
        raise ValueError(f"not a storyline dossier (schema {data.get('schema')!r}, expected {SCHEMA!r})")
    return Dossier(articles=tuple(article_from_dict(a) for a in data.get("articles", [])),
                   failures=tuple(Failure(**f) for f in data.get("failures", [])))


def plain(obj: Any) -> Any:
    if dataclasses.is_dataclass(obj) and not isinstance(obj, type):
        return {f.name: plain(getattr(obj, f.name)) for f in dataclasses.fields(obj)}
    if isinstance(obj, (list, tuple)):
        return [plain(x) for x in obj]
    return obj


def dumps(dossier: Dossier) -> str:
    return json.dumps(to_dict(dossier), ensure_ascii=False, indent=2)


def write(dossier: Dossier, path: str | Path) -> Path:
    """Write the dossier atomically: a reader never sees half a file."""
    return write_atomic(Path(path), dumps(dossier))


def write_atomic(path: Path, content: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            fh.write(content)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return path
