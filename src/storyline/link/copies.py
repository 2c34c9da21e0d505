"""Wire copies: articles that republish one text.

Outlets run an agency's report as it came, under a headline of their own, with its end
trimmed or a byline, a dateline or a photo credit added. Ten such copies confirm nothing
ten times: for the facts table they are one source.

Two articles are copies when most of the shorter one's word 5-grams (shingles) stand in the
longer one: a re-headlined, trimmed or bylined copy keeps most of them, while two articles
written apart on the same event share only names and stock phrases.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from storyline.model import Article

SHINGLE = 5
CONTAINMENT = 0.6  # share of the shorter text's shingles found in the longer one
MIN_SHINGLES = 12  # below this a text is too short to call a copy (a one-line item)

_WORD = re.compile(r"[^\W_]+")


def shingles(text: str, *, size: int = SHINGLE) -> frozenset[int]:
    words = _WORD.findall(text.lower())
    return frozenset(hash(tuple(words[i:i + size])) for i in range(max(0, len(words) - size + 1)))


def containment(a: frozenset[int], b: frozenset[int]) -> float:
    """The share of the smaller set found in the larger one."""
    if not a or not b:
        return 0.0
    small, large = (a, b) if len(a) <= len(b) else (b, a)
    return len(small & large) / len(small)


def copy_groups(articles: Sequence[Article], *, threshold: float = CONTAINMENT) -> dict[str, str]:
    """Each article's copy group, named by its first member in input order: articles that
    are copies of one text share a group; an article copied by none is its own."""
    sets = [shingles(_body(a)) for a in articles]
    parent = list(range(len(articles)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for i in range(len(articles)):
        if len(sets[i]) < MIN_SHINGLES:
            continue
        for j in range(i + 1, len(articles)):
            if len(sets[j]) >= MIN_SHINGLES and containment(sets[i], sets[j]) >= threshold:
                a, b = find(i), find(j)
                parent[max(a, b)] = min(a, b)
    return {a.id: articles[find(i)].id for i, a in enumerate(articles)}


def _body(article: Article) -> str:
    """The text without its title line, which outlets rewrite."""
    text = article.text
    if article.title and text.startswith(article.title):
        text = text[len(article.title):]
    return text
