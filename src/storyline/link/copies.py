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

A copy also keeps the body's order: the shorter text is the longer one's opening run, trimmed,
with a sentence reworded here and there. So two further checks, on full sentences (a sentence is
shared when most of its word 3-grams stand in the other text):
- no new paragraphs: over the run of the longer text from the first to the last sentence the two
  share, most of the words are in shared sentences. An update or a rewrite inserts paragraphs of
  its own (a statement, a new figure, a witness) between the ones it kept.
- the shared run opens the longer text: a short item that stands whole in the middle of a long
  article (a brief the long piece quotes, or a round-up that took one agency paragraph) is not a
  copy of it; a copy adds at most a dateline, a byline or an editor's note before the lead.
A text that is one line (its title and its whole text) is read whole.

An outlet may put its own words on the lead and run the body as it came: still a copy. But a
rewritten lead (under ``LEAD_WHOLE`` of its 3-grams kept) over a body with a paragraph of the
outlet's own put in is an edited version (a desk's rewrite, an agency's write-through), so when
the lead was rewritten the shared run must have no sentence of the longer text's own.

Copies of one text are copies of one another, so a group is not a chain of pairs: an agency's
first version and its write-through may each be copied, and one copy of each may read as a copy
of the other. Pairs join closest first, and two groups join when most pairs across them are copies.
"""

from __future__ import annotations

import re
from collections.abc import Sequence, Set

from storyline.model import Article

SHINGLE = 5
CONTAINMENT = 0.6  # share of the shorter text's shingles found in the longer one
MIN_SHINGLES = 12  # below this a text is too short to call a copy (a one-line item)
LEAD_WORDS = 12  # a lead is a full sentence of at least this many words (not a headline)
LEAD_KEPT = 0.5  # share of the shorter text's lead 3-grams found in the longer text
LEAD_WHOLE = 0.7  # below this share the lead is rewritten: the body must then be kept without insertions
SENTENCE_KEPT = 0.6  # share of a sentence's word 3-grams found in the other text: the sentence is shared
RUN_SHARED = 0.75  # share of the words of the longer text's shared run that are in shared sentences
LEAD_IN = 2  # full sentences of its own a copy may put before the lead (an editor's note, a standfirst)
SENTENCE_WORDS = 4  # a full sentence has at least this many words

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
    return lead_share(lead_text, other) >= LEAD_KEPT


def lead_share(lead_text: str, other: frozenset[int]) -> float:
    """The share of a lead's word 3-grams found in a text whose word 3-grams are ``other``
    (1.0 for a text without a lead)."""
    own = shingles(lead_text, size=3)
    return len(own & other) / len(own) if own else 1.0


def copy_groups(articles: Sequence[Article], *, threshold: float = CONTAINMENT) -> dict[str, str]:
    """Each article's copy group, named by its first member in input order: articles that
    are copies of one text share a group; an article copied by none is its own.

    Copies of one text are copies of one another, so a group is not a chain: the closest pairs
    join first, and two groups join only when most of the pairs across them are copies. An
    agency's first version, copied by some, and its rewrite, copied by others, each keep theirs
    even when a member of one reads as a copy of a member of the other."""
    bodies = [_body(a) for a in articles]
    sets = [shingles(b) for b in bodies]
    trigrams = [shingles(b, size=3) for b in bodies]
    leads = [lead(b) for b in bodies]
    pairs: list[tuple[float, int, int]] = []
    for i in range(len(articles)):
        if len(sets[i]) < MIN_SHINGLES:
            continue
        for j in range(i + 1, len(articles)):
            if len(sets[j]) < MIN_SHINGLES:
                continue
            share = containment(sets[i], sets[j])
            if share < threshold:
                continue
            short, long_ = (i, j) if len(sets[i]) <= len(sets[j]) else (j, i)
            kept = lead_share(leads[short], trigrams[long_])
            if kept >= LEAD_KEPT and same_run(bodies[long_], trigrams[short], whole=kept < LEAD_WHOLE):
                pairs.append((share, i, j))
    return {a.id: articles[g].id for a, g in zip(articles, _link(len(articles), pairs), strict=True)}


def _link(count: int, pairs: Sequence[tuple[float, int, int]]) -> list[int]:
    """Each of ``count`` items' group, named by its first member: the copy ``pairs`` (closeness,
    item, item) join their groups closest first, when more than half the pairs across the two
    groups are copy pairs."""
    copies = {(min(i, j), max(i, j)) for _, i, j in pairs}
    group = list(range(count))
    for _, i, j in sorted(pairs, key=lambda p: (-p[0], p[1], p[2])):
        a, b = group[i], group[j]
        if a == b:
            continue
        left = [k for k in range(count) if group[k] == a]
        right = [k for k in range(count) if group[k] == b]
        across = sum((min(x, y), max(x, y)) in copies for x in left for y in right)
        if 2 * across > len(left) * len(right):
            for k in right + left:
                group[k] = min(a, b)
    return group


def same_run(long_text: str, short_trigrams: frozenset[int], *, whole: bool = False) -> bool:
    """Whether the shorter text (its word 3-grams ``short_trigrams``) is the longer text's opening
    run without paragraphs of the longer one's own inserted: the full sentences they share start
    within ``LEAD_IN`` sentences of the longer text's start and fill most of the run they span
    (all of it when ``whole``: a text whose lead was rewritten is a copy only if the body it kept
    has no paragraph put in). A line the longer text repeats (a sign-off, a question to readers)
    is read once, where it first stands."""
    run: list[tuple[int, bool]] = []  # each full sentence of the longer text: its words, whether shared
    seen: set[int] = set()
    for line in _SENTENCE.split(long_text):
        own = shingles(line, size=3)
        repeated = _stands(own, seen)
        seen |= own
        words = len(_WORD.findall(line))
        if _ENDS.search(line) and words >= SENTENCE_WORDS and not repeated:
            run.append((words, _stands(own, short_trigrams)))
    at = [i for i, (_, shared) in enumerate(run) if shared]
    if not at:
        return True  # no full sentence to align: containment and the lead decide
    run = run[at[0]:at[-1] + 1]
    least = 1.0 if whole else RUN_SHARED
    return at[0] <= LEAD_IN and sum(n for n, shared in run if shared) >= least * sum(n for n, _ in run)


def _stands(own: frozenset[int], other: Set[int]) -> bool:
    """Whether most of a sentence's word 3-grams (``own``) stand in ``other``."""
    return bool(own) and len(own & other) >= SENTENCE_KEPT * len(own)


def _body(article: Article) -> str:
    """The text without its title line, which outlets rewrite; a text that is only its title
    line (a one-line item) is its own body."""
    text = article.text
    if article.title and text.startswith(article.title) and text[len(article.title):].strip():
        text = text[len(article.title):]
    return text
