"""The articles with some claims read again: one pass that keeps an article untouched when none of its claims is.

The facts code reads some claims again before it keys them (a figure set at the place its clause names, an age
counted as the person it refers to, a count of people in critical condition as injured, a toll's agent as a
count): each pass maps every claim of every article and rebuilds only the articles whose claims changed.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Sequence

from storyline.model import Article, Claim


def reread(articles: Sequence[Article], read: Callable[[Claim, Article], Claim]) -> list[Article]:
    """The articles with each claim replaced by ``read(claim, article)``; an article none of whose claims
    changed is returned as it was."""
    out = []
    for article in articles:
        claims = tuple(read(c, article) for c in article.claims)
        same = all(a is b for a, b in zip(claims, article.claims, strict=True))
        out.append(article if same else dataclasses.replace(article, claims=claims))
    return out
