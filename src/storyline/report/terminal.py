"""The terminal summary of a run: what came in, what was cleaned, what failed."""

from __future__ import annotations

from collections import Counter

from storyline.api import Analysis
from storyline.link.changes import StoryChange
from storyline.link.compare import source_mix
from storyline.model import Story
from storyline.report import sourcing


def _counts(counter: Counter[str], *, limit: int = 8) -> str:
    parts = [f"{k} {v}" for k, v in counter.most_common(limit)]
    if len(counter) > limit:
        parts.append(f"… {len(counter) - limit} more")
    return ", ".join(parts) or "none"


_MARK = {"evolving": "▲ evolving   ", "conflicting": "✗ conflicting", "consistent": "= consistent ",
         "single_source": "· single     "}
FACT_LINES = 12
STORIES_IN_FULL = 3
STORY_LINES = 20


def stories(result: Analysis, *, width: int = 150) -> list[str]:
    """Each story: its title and articles, what changed since the last run, a short
    summary citing its articles, then its facts; the smaller stories by title only."""
    outlets = {a.id: a.outlet or a.id for a in result.dossier.articles}
    changes = {c.story: c for c in result.changes}
    all_stories = result.dossier.stories
    lines: list[str] = []
    if len(all_stories) > 1:
        lines.append(f"stories:   {len(all_stories)}")
    for number, story in enumerate(all_stories, start=1):
        if number > STORIES_IN_FULL + STORY_LINES:
            lines.append(f"  … {len(all_stories) - number + 1} more stories in the JSON and HTML outputs")
            break
        sources = Counter(outlets.get(a, a) for a in story.articles)
        head = f"story {number}: {story.title} — {len(story.articles)} article(s): {_counts(sources, limit=5)}"
        lines.append(_cut(head, width))
        change = changes.get(story.id)
        if number > STORIES_IN_FULL:
            if change and change.changed and not change.is_new:
                lines.append(f"  changed:   +{len(change.new_articles)} article(s), {len(change.figures)} figure(s)")
            continue
        lines.extend(_cut(line, width) for line in _changes(change))
        for sentence in story.summary:
            cited = ", ".join(dict.fromkeys(outlets.get(a, a) for a in sentence.articles))
            lines.append(_cut(f"  » {sentence.text} [{cited}]", width))
        lines.extend(_cut(line, width) for line in _framing(story, outlets))
        lines.extend(_cut(line, width) for line in _blind_spots(story))
        lines.extend(_cut(line, width) for line in _sources(story))
        lines.extend(_facts(result, story, width))
    return lines


def _framing(story: Story, outlets: dict[str, str]) -> list[str]:
    """Per outlet, the words for the people protesting: its own, and those it only quotes."""
    rows = [f for f in story.framing if f.terms_for_protesters or f.terms_in_quotes]
    if not rows:
        return []
    out = ["  framing:   words for the people protesting (own voice | only quoted)"]
    for f in rows:
        quoted = [t for t in f.terms_in_quotes if t not in f.terms_for_protesters]
        out.append(f"    {f.outlet or outlets.get(f.article, f.article)}: {', '.join(f.terms_for_protesters) or '—'}"
                   f" | {', '.join(quoted) or '—'}")
    return out


def _blind_spots(story: Story) -> list[str]:
    """Per outlet, briefly: how many facts it reports, and what others report that it leaves out."""
    if len(story.outlets) < 2:
        return []
    labels = {f.id: f.label for f in story.facts}
    out = ["  outlets:   facts reported | blind spots (facts two other outlets report)"]
    for view in story.outlets:
        missed = [labels[f] for f in view.missing_facts if f in labels]
        shown = "; ".join(missed[:3]) + (f" (+{len(missed) - 3})" if len(missed) > 3 else "")
        events = f", {len(view.missing_events)} timeline entr{'y' if len(view.missing_events) == 1 else 'ies'}" \
            if view.missing_events else ""
        if not view.read:
            shown, events = "its language is not parsed: no blind spots", ""
        out.append(f"    {view.outlet}: {len(view.facts)} | {shown or '—'}{events}")
    return out


def _sources(story: Story) -> list[str]:
    """Per outlet, briefly: whom it relies on by kind, its figures in its own voice and
    credited, its quotes and its hedges."""
    rows = [v for v in story.outlets if v.sources or v.figures_asserted or v.hedges]
    if not rows:
        return []
    out = ["  sources:   relied on (figures + quotes) | figures own voice/credited | quotes direct/reported | hedges"]
    for view in rows:
        mix = ", ".join(f"{kind} {n}" for kind, n in source_mix(view.sources)) or "—"
        hedges = ", ".join(f"{h} ×{n}" if n > 1 else h for h, n in Counter(h.lower() for h in view.hedges).items())
        out.append(f"    {view.outlet}: {mix} | {view.figures_asserted}/{view.figures_credited}"
                   f" | {view.quotes_direct}/{view.quotes_reported} | {hedges or '—'}")
    return out


def _cut(line: str, width: int) -> str:
    return line if len(line) <= width else line[: width - 1] + "…"


def _changes(change: StoryChange | None) -> list[str]:
    if change is None:
        return []
    if change.is_new:
        return ["  new:       a story this store did not have"]
    if not change.changed:
        return [f"  unchanged since run {change.since_run}"]
    out = [f"  since run {change.since_run}: +{len(change.new_articles)} article(s)"
           + (f" (new outlets: {', '.join(change.new_outlets)})" if change.new_outlets else "")]
    out += [f"    Δ {f.describe()}" for f in change.figures[:FACT_LINES]]
    return out


def facts_table(result: Analysis, *, width: int = 150) -> list[str]:
    """The facts first: where sources agree, where figures move, where they clash."""
    return [line for story in result.dossier.stories for line in _facts(result, story, width)]


def _facts(result: Analysis, story: Story, width: int) -> list[str]:
    """The story's facts in rank order, each with who stands behind it ("3 outlets, 1 source:
    copies of one AP report"); figures one source gives that are not core quantities are
    folded into one line."""
    claims = {c.id: c for c in result.dossier.claims}
    articles = {a.id: a for a in result.dossier.articles}
    outlets = {a.id: a.outlet or a.id for a in result.dossier.articles}
    lines: list[str] = []
    if story.facts:
        counts: Counter[str] = Counter(f.assessment for f in story.facts)
        lines.append(f"facts:     {len(story.facts)} from {sum(len(f.claims) for f in story.facts)} claim(s) — "
                     + ", ".join(f"{counts[k]} {k.replace('_', '-')}" for k in _MARK if counts[k]))
        leading, minor = sourcing.split(story.facts, claims)
        for fact in leading[:FACT_LINES]:
            figures = "; ".join(f"{claims[c].number_text} ({outlets.get(claims[c].article, '?')})"
                                for c in fact.claims if c in claims)
            behind = sourcing.reported_by(fact, claims, articles)
            line = f"  {_MARK[fact.assessment]} {fact.label}" + (f" [{behind}]" if behind else "") + f": {figures}"
            lines.append(_cut(line, width))
        if len(leading) > FACT_LINES:
            lines.append(f"  … {len(leading) - FACT_LINES} more in the JSON and HTML outputs")
        if minor:
            lines.append(_cut(f"  + {len(minor)} minor figure(s), one source each: "
                              + "; ".join(f.label for f in minor), width))
    return lines


def summary(result: Analysis) -> str:
    """A few lines a person can read at a glance: the facts first; one line per failure."""
    arts = result.dossier.articles
    lines = [f"storyline: {len(arts)} article(s) from {result.files} file(s) — {len(result.new)} new, "
             f"{len(result.updated)} updated, {len(result.unchanged)} unchanged; store {result.store}"]
    lines.extend(stories(result))
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
