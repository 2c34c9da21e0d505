"""What changed in each story since the last run that touched it.

At the end of a run each story's state is kept (its articles and, per fact, the latest
figure with its source and date). The next run compares against it: new articles and
outlets, new facts, and figures that moved, e.g.
"people detained: almost 4,000 → 5,800 (Interior Ministry, 9 January)".
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from storyline.dates import parse_iso_date
from storyline.model import Article, Claim, Fact, Story
from storyline.store.base import Store

# New facts worth a line of their own; any fact whose figure moves is reported whatever it measures.
HEADLINE_MEASURES = frozenset({"killed", "injured", "detained", "deployed", "price", "damage"})


@dataclass(frozen=True, slots=True, kw_only=True)
class FigureChange:
    label: str
    before: str | None  # None: a fact the story did not have
    after: str
    source: str | None
    as_of: str | None

    def describe(self) -> str:
        where = ", ".join(x for x in (self.source, _day(self.as_of)) if x)
        move = f"{self.before} → {self.after}" if self.before else f"new: {self.after}"
        return f"{self.label}: {move}" + (f" ({where})" if where else "")


@dataclass(frozen=True, slots=True, kw_only=True)
class StoryChange:
    story: str
    title: str
    is_new: bool  # no earlier run knew this story
    since_run: int | None
    new_articles: tuple[str, ...]
    new_outlets: tuple[str, ...]
    figures: tuple[FigureChange, ...]

    @property
    def changed(self) -> bool:
        return self.is_new or bool(self.new_articles or self.figures)

    def lines(self) -> tuple[str, ...]:
        if self.is_new:
            return ("new story",)
        if not self.changed:
            return (f"unchanged since run {self.since_run}",)
        head = f"since run {self.since_run}: {len(self.new_articles)} new article(s)"
        if self.new_outlets:
            head += f", new outlets: {', '.join(self.new_outlets)}"
        return (head, *(f.describe() for f in self.figures))


def _day(iso: str | None) -> str | None:
    d = parse_iso_date((iso or "")[:10])
    return f"{d.day} {d.strftime('%B')}" if d else None


def _latest(fact: Fact, claims: dict[str, Claim], published: dict[str, str]) -> Claim | None:
    found = [claims[c] for c in fact.claims if c in claims]
    if not found:
        return None
    return max(found, key=lambda c: (c.as_of or published.get(c.article, "") or "", c.id))


def snapshot(story: Story, articles: Sequence[Article]) -> dict[str, Any]:
    claims = {c.id: c for a in articles for c in a.claims}
    published = {a.id: a.published or "" for a in articles}
    facts = {}
    for fact in story.facts:
        latest = _latest(fact, claims, published)
        if latest is None:
            continue
        facts[fact.label] = {
            "label": fact.label, "measure": fact.measure, "figure": latest.number_text, "source": latest.attributed_to,
            "as_of": latest.as_of, "low": fact.low, "high": fact.high}
    outlets = {a.id: a.outlet for a in articles}
    return {"title": story.title, "articles": sorted(story.articles),
            "outlets": sorted({o for i in story.articles if (o := outlets.get(i))}), "facts": facts}


def what_changed(store: Store, stories: Sequence[Story], articles: Sequence[Article], run: int) -> list[StoryChange]:
    """Compare each story with its state after the last run that touched it; keep the new state."""
    by_id = {a.id: a for a in articles}
    changes, states = [], {}
    for story in stories:
        state = snapshot(story, [by_id[i] for i in story.articles if i in by_id])
        states[story.id] = state
        previous = store.last_snapshot(story.id, run)
        if previous is None:
            changes.append(StoryChange(story=story.id, title=story.title, is_new=True, since_run=None,
                                       new_articles=tuple(story.articles), new_outlets=tuple(state["outlets"]),
                                       figures=()))
            continue
        before_run, before = previous
        moved, added = [], []
        for key, fact in state["facts"].items():
            old = before["facts"].get(key)
            change = FigureChange(label=fact["label"], before=old["figure"] if old else None, after=fact["figure"],
                                  source=fact["source"], as_of=fact["as_of"])
            if old is None:
                if fact.get("measure") in HEADLINE_MEASURES:  # a new count of the dead, the detained...
                    added.append(change)
            elif (old["low"], old["high"], old["figure"]) != (fact["low"], fact["high"], fact["figure"]):
                moved.append(change)
        figures = moved + added
        changes.append(StoryChange(
            story=story.id, title=story.title, is_new=False, since_run=before_run,
            new_articles=tuple(a for a in story.articles if a not in set(before["articles"])),
            new_outlets=tuple(o for o in state["outlets"] if o not in set(before["outlets"])), figures=tuple(figures)))
    store.save_snapshots(run, states)
    return changes
