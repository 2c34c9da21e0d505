"""Stories: the articles about one event, with their title, summary, timeline and facts.

Which articles form a story is decided by link/cluster.py; this module writes each
story up: a title (the headline of the article most representative of the story), a
short extractive summary whose every sentence cites the articles that support it, the
timeline and the reconciled facts.
"""

from __future__ import annotations

import dataclasses
import hashlib
import math
import re
from collections import Counter
from collections.abc import Mapping, Sequence
from datetime import date, timedelta

from storyline.dates import parse_iso_date
from storyline.link.cluster import STOPWORDS
from storyline.link.other_stories import retold_rows
from storyline.link.reconcile import reconcile
from storyline.model import Article, Evidence, Story, SummarySentence, TimelineEntry

SUMMARY_SENTENCES = 3


def build_stories(articles: Sequence[Article], groups: Mapping[str, Sequence[str]] | None = None,
                  ) -> tuple[tuple[Article, ...], tuple[Story, ...]]:
    """The stories of a set of articles (``groups``: story id → its article ids; without
    it, all the articles are one story), and the articles as the stories completed them
    (partial dates given their year from the story's dated articles)."""
    if not articles:
        return tuple(articles), ()
    by_id = {a.id: a for a in articles}
    if groups is None:
        groups = {"s" + _digest("|".join(sorted(by_id))): list(by_id)}
    done: dict[str, Article] = {}
    stories = []
    for story_id, ids in groups.items():
        members = [by_id[i] for i in ids if i in by_id]
        if not members:
            continue
        completed = complete_years(members)
        done.update((a.id, a) for a in completed)
        entries = timeline(completed)
        stories.append(Story(id=story_id, title=title(completed) or story_id, articles=tuple(a.id for a in completed),
                             summary=summary(completed), timeline=tuple(e.events[0] for e in entries),
                             timeline_entries=entries, facts=reconcile(completed, story=story_id)))
    stories = retold_rows(stories)  # a sequel's row retelling a row of the event's story (link/other_stories.py)
    stories.sort(key=lambda s: (-len(s.articles), s.title))
    return tuple(done.get(a.id, a) for a in articles), tuple(stories)


def _digest(text: str) -> str:
    return hashlib.sha1(text.encode("utf-8", "surrogatepass")).hexdigest()[:10]


_WORD = re.compile(r"[^\W\d_][\w'’-]+|\d[\d.,]*\d|\d", re.UNICODE)


def _content(text: str) -> set[str]:
    return {w.lower() for w in _WORD.findall(text) if w.lower() not in STOPWORDS}


def title(articles: Sequence[Article]) -> str | None:
    """The headline most of the story's articles bear out: the title whose words the
    other articles contain most (the earliest such headline on a tie)."""
    texts = [_content(f"{a.title or ''} {a.text}") for a in articles]
    ranked = []
    for i, a in enumerate(articles):
        words = _content(a.title or "")
        if words:
            support = sum(len(words & t) / len(words) for j, t in enumerate(texts) if j != i)
            ranked.append((-support, a.published or "9999", a.title or ""))
    if ranked:
        return min(ranked)[2]
    first = next((s for a in articles for s in _sentences(a)), None)
    return first[:120] if first else None


_SPLIT = re.compile(r"(?:(?<=[.!?])|(?<=[.!?][\"”’)]))\s+(?=[\"“‘(]?[A-Z0-9])")


def _sentences(article: Article) -> list[str]:
    out = []
    for paragraph in article.text.split("\n"):
        paragraph = paragraph.strip()
        if not paragraph or paragraph[-1:] not in ".!?\"”’)":
            continue  # headings and captions are not summary material
        out += [s.strip() for s in _SPLIT.split(paragraph) if 8 <= len(s.split()) <= 60]
    return out


def summary(articles: Sequence[Article], size: int = SUMMARY_SENTENCES) -> tuple[SummarySentence, ...]:
    """A few sentences that say what most of the story's articles say, each citing the
    articles whose text contains most of its words (its own article first)."""
    texts = {a.id: _content(a.text) for a in articles}
    spread: Counter[str] = Counter(w for t in texts.values() for w in t)
    n = len(articles)
    scored = []
    for a in articles:
        for position, sentence in enumerate(_sentences(a)):
            words = _content(sentence)
            if len(words) < 5:
                continue
            shared = sum(spread[w] - 1 for w in words) / (n - 1 if n > 1 else 1)
            score = shared / math.sqrt(len(words)) + (0.5 if position < 3 else 0.0)
            scored.append((score, position, a.id, sentence, words))
    scored.sort(key=lambda x: (-x[0], x[1], x[2]))
    chosen: list[tuple[str, str, set[str]]] = []
    for _, _, aid, sentence, words in scored:
        if any(len(words & w) / len(words | w) > 0.35 for _, _, w in chosen):
            continue
        chosen.append((aid, sentence, words))
        if len(chosen) == size:
            break
    out = []
    for aid, sentence, words in chosen:
        support = [aid] + [other for other, t in texts.items() if other != aid and len(words & t) / len(words) >= 0.6]
        out.append(SummarySentence(text=sentence, articles=tuple(support)))
    return tuple(out)


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
