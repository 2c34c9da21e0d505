"""Outlets side by side within a story: what each reports, what each leaves out that the
others report (blind spots), the words it uses and whom it cites."""

from __future__ import annotations

import dataclasses
from collections import Counter, defaultdict
from collections.abc import Collection, Sequence

from storyline.model import Article, OutletView, Quote, Source, Story

_COUNTS = ("figures_asserted", "figures_credited", "quotes_direct", "quotes_reported")
CORROBORATED = 2  # outlets: a blind spot is what at least this many others report


def compare_outlets(story: Story, articles: Sequence[Article], *,
                    parsed: Collection[str] | None = None) -> tuple[OutletView, ...]:
    """One view per outlet of the story, most articles first. A blind spot is a fact or a
    timeline entry that other outlets report — at least two of them (or the only other one)
    — and this outlet does not: what one outlet alone says is no omission of the others.
    ``parsed``: the languages whose figures and events storyline reads (all when None); an
    outlet with no article in them is marked unread and given no blind spots."""
    members = set(story.articles)
    language_of = {a.id: a.language for a in articles}
    outlet_of = {a.id: a.outlet or f"unknown outlet ({a.id})" for a in articles if a.id in members}  # never pooled
    claim_article = {c.id: c.article for a in articles if a.id in members for c in a.claims}
    by_outlet: dict[str, list[str]] = defaultdict(list)
    for article_id in story.articles:
        if article_id in outlet_of:
            by_outlet[outlet_of[article_id]].append(article_id)
    fact_outlets = {f.id: {outlet_of[claim_article[c]] for c in f.claims if claim_article.get(c) in outlet_of}
                    for f in story.facts}
    entry_outlets = [{outlet_of[a] for a in e.articles if a in outlet_of} for e in story.timeline_entries]
    words: dict[str, dict[str, list[str]]] = defaultdict(lambda: defaultdict(list))
    counts: dict[str, Counter[str]] = defaultdict(Counter)
    pooled: dict[str, dict[str, Source]] = defaultdict(dict)
    for f in story.framing:
        outlet = outlet_of.get(f.article, f.outlet or f.article)
        bucket = words[outlet]
        for name in ("terms_for_protesters", "terms_in_quotes", "scare_quotes", "sources_cited", "hedges"):
            bucket[name].extend(getattr(f, name))
        for name in _COUNTS:
            counts[outlet][name] += getattr(f, name)
        for src in f.sources:
            key = src.entity or src.name.lower()
            had = pooled[outlet].get(key)
            pooled[outlet][key] = src if had is None else dataclasses.replace(
                had, claims=had.claims + src.claims, quotes=had.quotes + src.quotes)
    need = min(CORROBORATED, max(1, len(by_outlet) - 1))
    views = []
    for outlet, ids in sorted(by_outlet.items(), key=lambda kv: (-len(kv[1]), kv[0])):
        reported = [fid for fid, outlets in fact_outlets.items() if outlet in outlets]
        missing = [fid for fid, outlets in fact_outlets.items() if len(outlets) >= need and outlet not in outlets]
        seen = [i for i, outlets in enumerate(entry_outlets) if outlet in outlets]
        unseen = [i for i, outlets in enumerate(entry_outlets) if len(outlets) >= need and outlet not in outlets]
        read = parsed is None or any(language_of.get(a) in parsed for a in ids)
        if not read:
            missing, unseen = [], []
        bucket = words[outlet]
        views.append(OutletView(
            outlet=outlet, articles=tuple(ids), facts=tuple(reported), missing_facts=tuple(missing),
            events=tuple(seen), missing_events=tuple(unseen), read=read, hedges=tuple(bucket["hedges"]),
            sources=tuple(sorted(pooled[outlet].values(), key=lambda s: -(len(s.claims) + len(s.quotes)))),
            terms_for_protesters=tuple(dict.fromkeys(bucket["terms_for_protesters"])),
            terms_in_quotes=tuple(dict.fromkeys(bucket["terms_in_quotes"])),
            scare_quotes=tuple(dict.fromkeys(bucket["scare_quotes"])),
            sources_cited=tuple(dict.fromkeys(bucket["sources_cited"])),
            figures_asserted=counts[outlet]["figures_asserted"], figures_credited=counts[outlet]["figures_credited"],
            quotes_direct=counts[outlet]["quotes_direct"], quotes_reported=counts[outlet]["quotes_reported"]))
    return tuple(views)


def source_mix(sources: Sequence[Source]) -> list[tuple[str, int]]:
    """How often each category of source is relied on (a figure or a quote each), most first."""
    counts: Counter[str] = Counter()
    for src in sources:
        counts[src.category] += len(src.claims) + len(src.quotes)
    return [(c, n) for c, n in counts.most_common() if n]


def who_speaks(story: Story, quotes: Sequence[Quote]) -> list[tuple[str, str, list[Quote]]]:
    """The story's speakers, most quoted first: (name, category, their quotes in text order);
    quotes with no speaker come last, as "unattributed"."""
    members = set(story.articles)
    groups: dict[str, list[Quote]] = defaultdict(list)
    names: dict[str, tuple[str, str]] = {}
    for q in quotes:
        if q.article not in members:
            continue
        key = q.speaker_entity or (q.speaker or "").lower() or "\0"
        groups[key].append(q)
        names.setdefault(key, (q.speaker or "unattributed", q.source_type or "—"))
    ordered = sorted(groups, key=lambda k: (k == "\0", -len(groups[k]), names[k][0]))
    return [(names[k][0], names[k][1], groups[k]) for k in ordered]
