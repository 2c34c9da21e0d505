"""Figures dated apart from the story, kept when outlets of two sources give them and none tells them plainly.

A sentence that names another year than the story's ("Born in 1928, one of five sons ...", "the 2008
telecast drew 32 million viewers") or an earlier time ("last year's ceremony", "In February, ...") most often
recalls another event, and the facts table leaves its figures out. But when outlets of different sources, each
in its own words, give the same figure for the same quantity in the same place, and no outlet tells that
quantity at that value without such a date, the dated figure is what the story is about (a life told in an
obituary, last year's audience a new one is measured against): writers apart do not agree by chance on a figure
they mention in passing. Copies of one wire text and one quote reprinted are one writer. Where an outlet tells
the quantity plainly, its row stands already, and a dated retelling would only add another time's report to it.

A toll of another year at another place than the story's stays out however many outlets recall it (a story of
a shooting in Braga recalls "In 2016, three people were killed in a shooting at a bank in Leiria" in most of its
ten articles): ``reconcile`` drops such claims from what this module keeps. So does it a toll of another year
at the story's own place whose figure the story never tells of its own event ("Semeru's last major eruption, in
December 2021, killed more than 50 people", beside this eruption's 14, then 23 dead). A story with many outlets
repeats its background as often as its news.

A duration that counts back from the writer's day ("two years ago", "the past three decades") dates an event,
it is no length of the story's, and stays out however many outlets give it.
Each test reads only the figures, their sentences and the articles' sources, never a story's words.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Mapping, Sequence

from storyline.link.kept_figures import independent, window
from storyline.model import Article, Claim


def retold(articles: Sequence[Article], *, dated: Callable[[Claim, Article], bool],
           key: Callable[[Claim], Hashable], copies: Mapping[str, str] | None = None) -> frozenset[str]:
    """The ids of claims ``dated`` sets apart that an article of another source gives too, for the same
    ``key`` and value and in other words, when no claim of that key and value is told without a date."""
    copies = copies or {}
    told: dict[tuple[Hashable, float], list[tuple[str, Claim, bool]]] = {}  # source, claim, dated apart
    for article in articles:
        for claim in article.claims:
            value = claim.value if claim.value is not None else claim.high
            if value is None or (claim.measure == "duration" and window(claim)):
                continue
            told.setdefault((key(claim), value), []).append(
                (copies.get(article.id, article.id), claim, dated(claim, article)))
    kept: set[str] = set()
    for reports in told.values():
        if not all(apart for _, _, apart in reports):
            continue  # told plainly somewhere: its row stands without the dated retellings
        kept.update(claim.id for source, claim, _ in reports
                    if any(independent(source, claim, other_source, other)
                           for other_source, other, _ in reports))
    return frozenset(kept)
