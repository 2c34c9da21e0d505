"""The terminal summary of a run: what came in, what was cleaned, what failed."""

from __future__ import annotations

from collections import Counter

from storyline.api import Analysis


def _counts(counter: Counter[str], *, limit: int = 8) -> str:
    parts = [f"{k} {v}" for k, v in counter.most_common(limit)]
    if len(counter) > limit:
        parts.append(f"… {len(counter) - limit} more")
    return ", ".join(parts) or "none"


_MARK = {"evolving": "▲ evolving   ", "conflicting": "✗ conflicting", "consistent": "= consistent ",
         "single_source": "· single     "}
FACT_LINES = 12


def facts_table(result: Analysis, *, width: int = 150) -> list[str]:
    """The facts first: where sources agree, where figures move, where they clash."""
    claims = {c.id: c for c in result.dossier.claims}
    outlets = {a.id: a.outlet or a.id for a in result.dossier.articles}
    lines: list[str] = []
    for story in result.dossier.stories:
        counts: Counter[str] = Counter(f.assessment for f in story.facts)
        lines.append(f"facts:     {len(story.facts)} from {sum(len(f.claims) for f in story.facts)} claim(s) — "
                     + ", ".join(f"{counts[k]} {k.replace('_', '-')}" for k in _MARK if counts[k]))
        for fact in story.facts[:FACT_LINES]:
            figures = "; ".join(f"{claims[c].number_text} ({outlets.get(claims[c].article, '?')})"
                                for c in fact.claims if c in claims)
            line = f"  {_MARK[fact.assessment]} {fact.label}: {figures}"
            lines.append(line if len(line) <= width else line[: width - 1] + "…")
        if len(story.facts) > FACT_LINES:
            lines.append(f"  … {len(story.facts) - FACT_LINES} more in the JSON and HTML outputs")
    return lines


def summary(result: Analysis) -> str:
    """A few lines a person can read at a glance: the facts first; one line per failure."""
    arts = result.dossier.articles
    lines = [f"storyline: {len(arts)} article(s) from {result.files} file(s) — {len(result.new)} new, "
             f"{len(result.updated)} updated, {len(result.unchanged)} unchanged; store {result.store}"]
    lines.extend(facts_table(result))
    if result.skipped_files:
        lines.append(f"  skipped:   {result.skipped_files} file(s) of other types in the folders given")
    if arts:
        outlets = Counter(a.outlet or "unknown" for a in arts)
        languages = Counter(a.language or "unknown" for a in arts)
        dated = sorted(a.published for a in arts if a.published)
        removed = Counter(r.reason for a in arts for r in a.removed)
        entities = result.dossier.entities
        if entities:
            kinds: Counter[str] = Counter(e.type for e in entities)
            placed = sum(1 for e in entities if e.lat is not None)
            lines.append(f"  entities:  {len(entities)} ({_counts(kinds, limit=7)}); {placed} place(s) on the map")
        lines.append(f"  outlets:   {_counts(outlets)}")
        lines.append(f"  languages: {_counts(languages)}")
        span = f"{dated[0]} … {dated[-1]}" if dated else "none"
        undated = len(arts) - len(dated)
        lines.append(f"  dates:     {span}" + (f" ({undated} undated)" if undated else ""))
        lines.append(f"  cleaning:  {sum(removed.values())} line(s) removed as boilerplate"
                     + (f" ({_counts(removed, limit=5)})" if removed else ""))
        warned = sum(1 for a in arts if a.warnings)
        if warned:
            lines.append(f"  warnings:  {warned} article(s) have warnings (see the report)")
    lines.append(f"  failures:  {len(result.failures)}")
    lines.extend(f"    ✗ {f.source}: {f.reason}" for f in result.failures)
    return "\n".join(lines)
