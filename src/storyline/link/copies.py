"""Wire copies: articles that republish one text.

Outlets run an agency's report as it came, under a headline of their own, with its end
trimmed or a byline, a dateline or a photo credit added. Ten such copies confirm nothing
ten times: for the facts table they are one source.

Two articles are copies when most of the shorter one's word 5-grams (shingles) stand in the
longer one: a re-headlined, trimmed or bylined copy keeps most of them, while two articles
written apart on the same event share only names and stock phrases.

Shared shingles alone also join an agency's *rewrite* to its first version: the update
keeps the background paragraphs and the quotes but opens on a new lead ("killing at least
one" where the first said "injuring five"), and it reports new figures: two reports, not one.
A copy keeps its lead, so the shorter text's lead (its first full sentence) must stand in the
longer one too, read on word 3-grams so that a copy's edits of spelling, currency or
dateline ("jewelry" / "jewellery", "two million euros" / "€2 million") do not hide it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from storyline.model import Article

SHINGLE = 5
CONTAINMENT = 0.6  # share of the shorter text's shingles found in the longer one
MIN_SHINGLES = 12  # below this a text is too short to call a copy (a one-line item)
LEAD_WORDS = 12  # a lead is a full sentence of at least this many words (not a headline)
LEAD_KEPT = 0.5  # share of the shorter text's lead 3-grams found in the longer text

_WORD = re.compile(r"[^\W_]+")
# A sentence ends at a line break or after . ! ? (and a closing quote) before a capital.
_SENTENCE = re.compile(r"\n+|(?<=[.!?])[\"'”’]?\s+(?=[\"“‘(]?[A-Z])")
_ENDS = re.compile(r"[.!?][\"'”’)]?\s*$")


def shingles(text: str, *, size: int = SHINGLE) -> frozenset[int]:
    words = _WORD.findall(text.lower())
    return frozenset(hash(tuple(words[i:i + size])) for i in range(max(0, len(words) - size + 1)))


def containment(a: frozenset[int], b: frozenset[int]) -> float:
    """The share of the smaller set found in the larger one."""
    if not a or not b:
        return 0.0
    small, large = (a, b) if len(a) <= len(b) else (b, a)
    return len(small & large) / len(small)


def lead(text: str) -> str:
    """The text's first full sentence: ends as a sentence does and has ``LEAD_WORDS`` words
    or more (headlines, standfirsts without a full stop, bylines and datelines are passed)."""
    for sentence in _SENTENCE.split(text):
        if _ENDS.search(sentence) and len(_WORD.findall(sentence)) >= LEAD_WORDS:
            return sentence
    return ""


def lead_kept(lead_text: str, other: frozenset[int]) -> bool:
    """Whether a lead stands in a text whose word 3-grams are ``other``."""
    own = shingles(lead_text, size=3)
    return not own or len(own & other) / len(own) >= LEAD_KEPT


def copy_groups(articles: Sequence[Article], *, threshold: float = CONTAINMENT) -> dict[str, str]:
    """Each article's copy group, named by its first member in input order: articles that
    are copies of one text share a group; an article copied by none is its own."""
    bodies = [_body(a) for a in articles]
    sets = [shingles(b) for b in bodies]
    trigrams = [shingles(b, size=3) for b in bodies]
    leads = [lead(b) for b in bodies]
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
            if len(sets[j]) < MIN_SHINGLES or containment(sets[i], sets[j]) < threshold:
                continue
            short, long_ = (i, j) if len(sets[i]) <= len(sets[j]) else (j, i)
            if lead_kept(leads[short], trigrams[long_]):
                a, b = find(i), find(j)
                parent[max(a, b)] = min(a, b)
    return {a.id: articles[find(i)].id for i, a in enumerate(articles)}


def _body(article: Article) -> str:
    """The text without its title line, which outlets rewrite."""
    text = article.text
    if article.title and text.startswith(article.title):
        text = text[len(article.title):]
    return text
