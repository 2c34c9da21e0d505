"""Reading one parsed article: its sentences, paragraphs, dependency tree and dates.

Shared by the per-article extractors (claims, events): the lookups they all need, built
once per article.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable
from dataclasses import dataclass

from storyline.dates import day_month, fold, parse_iso_date, resolve_date, week_span
from storyline.extract import time_scan
from storyline.extract.places import place_judge
from storyline.model import Article, NamedSpan

_SINCE = re.compile(r"\bsince\s+$", re.IGNORECASE)


@dataclass
class Sentence:
    index: int
    start: int
    end: int
    paragraph: int
    tokens: range  # indices into the article's tokens


class ArticleReader:
    """One article's text and parse, with the lookups the extractors need."""

    def __init__(self, article: Article) -> None:
        self.article = article
        self.text = article.text
        self.tokens = article.tokens
        self.starts = [t.start for t in self.tokens]
        self.anchor = parse_iso_date(article.written or article.published or "")
        self.children: dict[int, list[int]] = {}
        for i, tok in enumerate(self.tokens):
            if tok.head != i:
                self.children.setdefault(tok.head, []).append(i)
        breaks = [m.start() for m in re.finditer(r"\n\n", self.text)]
        self.sentences = []
        for si, span in enumerate(article.sentences):
            lo = bisect.bisect_left(self.starts, span.start)
            hi = bisect.bisect_left(self.starts, span.end)
            self.sentences.append(Sentence(index=si, start=span.start, end=span.end,
                                            paragraph=bisect.bisect_left(breaks, span.start), tokens=range(lo, hi)))
        self.sentence_starts = [s.start for s in self.sentences]
        # whether a name the parser calls a place is one the article treats as a place ("said Payton", "Nvidia": no)
        self.is_place = place_judge(article)
        self.main_place = self._main_place()

    def tokens_in(self, start: int, end: int) -> range:
        """The indices of the tokens that start within [start, end)."""
        return range(bisect.bisect_left(self.starts, start), bisect.bisect_left(self.starts, end))

    def sentence_at(self, offset: int) -> Sentence | None:
        """The sentence that holds an offset (or the next one, for an offset between sentences)."""
        if not self.sentences:
            return None
        at = bisect.bisect_right(self.sentence_starts, offset) - 1
        sent = self.sentences[max(at, 0)]
        return sent if offset < sent.end or at + 1 >= len(self.sentences) else self.sentences[at + 1]

    def words(self, i: int) -> str:
        tok = self.tokens[i]
        return self.text[tok.start:tok.end]

    def ancestors(self, i: int) -> list[int]:
        out, seen = [], {i}
        while self.tokens[i].head not in seen:
            i = self.tokens[i].head
            seen.add(i)
            out.append(i)
        return out

    def subtree(self, i: int) -> list[int]:
        out, todo = [], [i]
        while todo:
            j = todo.pop()
            out.append(j)
            todo.extend(self.children.get(j, []))
        return sorted(out)

    def names_in(self, sent: Sentence, labels: Iterable[str], *, before: int | None = None) -> list[NamedSpan]:
        """The named spans of these labels inside a sentence (or, with ``before``, starting in
        it before that offset), in text order."""
        wanted = set(labels)
        if before is not None:
            return [n for n in self.article.names if n.label in wanted and sent.start <= n.start < before]
        return [n for n in self.article.names if n.label in wanted and sent.start <= n.start and n.end <= sent.end]

    def nearest_name(self, sent: Sentence, at: int, labels: Iterable[str]) -> str | None:
        """The text of the named span of these labels in a sentence that starts nearest ``at``."""
        spans = self.names_in(sent, labels)
        return min(spans, key=lambda n: abs(n.start - at)).text if spans else None

    def addressed(self, name: NamedSpan) -> bool:
        """Whether a name is one a source told or was quoted by ("a spokeswoman told the
        Nordsee-Zeitung"): a newspaper or an agency, not a place the news is about ("told
        Kazakhstan's parliament" names a place)."""
        return bool(_ADDRESSEE.search(self.text[max(0, name.start - 40):name.start])) \
            and not self.text.startswith(("'s", "’s"), name.end)

    def _main_place(self) -> str | None:
        counts: dict[str, int] = {}
        for name in self.article.names:
            if name.label == "GPE" and not self.addressed(name) and self.is_place(name.text):
                counts[name.text] = counts.get(name.text, 0) + 1
        return max(counts, key=lambda k: counts[k]) if counts else None



_ADDRESSEE = re.compile(r"\b(?:told|tells|telling|quoted\s+by|in\s+an\s+interview\s+with)\s+(?:the\s+)?$",
                        re.IGNORECASE)
_REPORTED_ON = re.compile(r"\b(?:said|says|reported|announced|confirmed|stated|added|told\s+\w+(?:\s+\w+)?)"
                          r"\s+(?P<when>(?:on|late\s+on|early\s+on|late|early|)\s*[A-Z]?\w+(?:\s+\d{1,2})?)",
                          re.IGNORECASE)
_REPORTED_WORDS = time_scan.folded_needs(_REPORTED_ON)  # one in each match


def explicit_date(reader: ArticleReader, s_text: str) -> str | None:
    """The date a sentence names for what it reports: the day its source spoke ("the agency
    said on Saturday") over the day of the event told ("collapsed on Thursday"); never a
    "since ..." starting point."""
    low = fold(s_text).lower()  # holds every ASCII word an IGNORECASE pattern matches in s_text
    for m in _REPORTED_ON.finditer(s_text) if any(w in low for w in _REPORTED_WORDS) else ():
        spoken = resolve_date(m.group("when"), reader.anchor)
        if spoken is not None:
            return spoken[0]
    found = resolve_date(s_text, reader.anchor)
    if found is None:
        partial = day_month(s_text)  # no date to read the year from: a TIMEX3 date with an unknown year
        if partial is None or _SINCE.search(s_text[:partial[1]]):
            return None
        return partial[0]
    value, written = found
    at = s_text.find(written)
    if at > 0 and _SINCE.search(s_text[:at]):
        return None
    return week_span(value)  # an event's date is a day or a span of days
