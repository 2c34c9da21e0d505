"""Stories: the articles about one event, with their facts.

INTERIM until story clustering lands (issue 5): every article of an analysis forms one
story. The README says so; nothing here pretends to cluster.
"""

from __future__ import annotations

import dataclasses
import hashlib
import re
from collections import Counter
from collections.abc import Sequence
from datetime import date, timedelta

from storyline.dates import parse_iso_date
from storyline.link.reconcile import reconcile
from storyline.model import Article, Evidence, Story, TimelineEntry


def build_stories(articles: Sequence[Article]) -> tuple[tuple[Article, ...], tuple[Story, ...]]:
    """The stories of a set of articles, and the articles as the stories completed them
    (partial dates given their year from the story's dated articles)."""
    if not articles:
        return tuple(articles), ()
    digest = hashlib.sha1("|".join(sorted(a.id for a in articles)).encode()).hexdigest()[:10]
    story_id = f"s{digest}"
    completed = tuple(complete_years(articles))
    title = next((a.title for a in sorted(completed, key=lambda a: a.published or "9999") if a.title), story_id)
    entries = timeline(completed)
    story = Story(id=story_id, title=title, articles=tuple(a.id for a in completed),
                  timeline=tuple(e.events[0] for e in entries), timeline_entries=entries,
                  facts=reconcile(completed, story=story_id))
    return completed, (story,)


_PARTIAL = re.compile(r"XXXX-(\d{2})-(\d{2})")


def timeline(articles: Sequence[Article]) -> tuple[TimelineEntry, ...]:
    """Dated events in date order; mentions of one happening (same type, date and place)
    across articles are one entry that keeps every mention. Undated events are left out."""
    groups: dict[tuple[str, str, str], list[tuple[str, str]]] = {}
    order = {a.id: i for i, a in enumerate(sorted(articles, key=lambda a: a.published or "9999"))}
    for article in articles:
        for event in article.events:
            if not event.date or "X" in event.date:
                continue
            key = (event.date, event.type, (event.location or "").lower())
            groups.setdefault(key, []).append((article.id, event.id))
    entries = []
    for (day, kind, _), mentions in sorted(groups.items(), key=lambda kv: (kv[0][0], kv[0][1])):
        mentions.sort(key=lambda m: order.get(m[0], 0))
        location = next((e.location for a in articles for e in a.events if e.id == mentions[0][1]), None)
        entries.append(TimelineEntry(date=day, type=kind, location=location, events=tuple(m[1] for m in mentions),
                                     articles=tuple(dict.fromkeys(m[0] for m in mentions))))
    return tuple(entries)


def complete_years(articles: Sequence[Article]) -> list[Article]:
    """Give a claim's date with no year ("Late on January 6" in an undated article) the year
    of the story's dated articles, when that puts it within two months before the latest of
    them; the article records that it did."""
    dates = [d for d in (parse_iso_date(a.published or "") for a in articles) if d]
    if not dates:
        return list(articles)
    year, _ = Counter(d.year for d in dates).most_common(1)[0]
    latest = max(dates)
    out = []
    for article in articles:
        claims = tuple(dataclasses.replace(c, as_of=_with_year(c.as_of, year, latest)) for c in article.claims)
        events = tuple(dataclasses.replace(e, date=_with_year(e.date, year, latest)) for e in article.events)
        if claims != article.claims or events != article.events:
            note = Evidence(field="as_of year", value=str(year), source="the story's dated articles",
                            text=f"dates without a year read in {year}, the year of the story's other articles")
            article = dataclasses.replace(article, claims=claims, events=events, evidence=(*article.evidence, note))
        out.append(article)
    return out


def _with_year(value: str | None, year: int, latest: date) -> str | None:
    m = _PARTIAL.fullmatch(value or "")
    if not m:
        return value
    return _plausible(year, int(m.group(1)), int(m.group(2)), latest) or value


def _plausible(year: int, month: int, day: int, latest: date) -> str | None:
    for y in (year, year - 1):
        try:
            d = date(y, month, day)
        except ValueError:
            return None
        if latest - timedelta(days=62) <= d <= latest + timedelta(days=1):
            return d.isoformat()
    return None
