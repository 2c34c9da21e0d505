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
from storyline.model import Article, Evidence, Story


def build_stories(articles: Sequence[Article]) -> tuple[tuple[Article, ...], tuple[Story, ...]]:
    """The stories of a set of articles, and the articles as the stories completed them
    (partial dates given their year from the story's dated articles)."""
    if not articles:
        return tuple(articles), ()
    digest = hashlib.sha1("|".join(sorted(a.id for a in articles)).encode()).hexdigest()[:10]
    story_id = f"s{digest}"
    completed = tuple(complete_years(articles))
    title = next((a.title for a in sorted(completed, key=lambda a: a.published or "9999") if a.title), story_id)
    story = Story(id=story_id, title=title, articles=tuple(a.id for a in completed),
                  facts=reconcile(completed, story=story_id))
    return completed, (story,)


_PARTIAL = re.compile(r"XXXX-(\d{2})-(\d{2})")


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
        fixed = []
        for claim in article.claims:
            m = _PARTIAL.fullmatch(claim.as_of or "")
            if m:
                guess = _plausible(year, int(m.group(1)), int(m.group(2)), latest)
                if guess:
                    claim = dataclasses.replace(claim, as_of=guess)
            fixed.append(claim)
        if fixed != list(article.claims):
            note = Evidence(field="as_of year", value=str(year), source="the story's dated articles",
                            text=f"dates without a year read in {year}, the year of the story's other articles")
            article = dataclasses.replace(article, claims=tuple(fixed), evidence=(*article.evidence, note))
        out.append(article)
    return out


def _plausible(year: int, month: int, day: int, latest: date) -> str | None:
    for y in (year, year - 1):
        try:
            d = date(y, month, day)
        except ValueError:
            return None
        if latest - timedelta(days=62) <= d <= latest + timedelta(days=1):
            return d.isoformat()
    return None
