"""Who stands behind a fact, in words a reader takes in at a glance: "3 outlets, 1 source:
copies of one AP report". Shared by the terminal, the HTML report and the web app.

Wire copies (``link.copies``) make several outlets' articles one source. The agency is
named when the articles say it: a dateline ("MARSK (AP) —"), a byline or credit line
("By Jane Doe, Associated Press", "© AFP 2024", "Reporting by ... for Reuters"), kept in
the text or removed by the cleaner; an article whose outlet is itself an agency names it.
Nothing is guessed from style: a copy group no line names is "copies of one text".

The order a reader sees: facts several sources report, then the story's core quantities
(casualties, arrests, damage...), then the rest (``Fact.rank``); the rest, figures one
source gives that are not core quantities, are *minor*: shown folded.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from functools import cache

from storyline.clean.header import HEADER_LINES
from storyline.clean.outlets import known_outlets
from storyline.extract.claim_words import CORE_MEASURES
from storyline.model import Article, Claim, Fact

_TAIL_LINES = 3  # lines at the bottom of a text where bylines and credits stand (the top: HEADER_LINES)
_SHORT = 15  # words: a byline or a credit line is short; a sentence that cites an agency is not
_DATELINE = re.compile(r"^[^()\n]{0,60}\((?P<name>[^()\n]{1,40})\)\s*[-–—:]")


@cache
def _agencies() -> tuple[re.Pattern[str], dict[str, str]]:
    """A pattern matching any wire agency's name or alias as whole words, and each spelling's
    short name (the capitalised alias when there is one: "AP", "AFP"; else the name)."""
    spellings: dict[str, str] = {}
    for outlet in known_outlets():
        if not outlet.wire:
            continue
        short = next((a for a in outlet.aliases if a.isascii() and a.isupper() and len(a) <= 5), outlet.name)
        for spelling in (outlet.name, *outlet.aliases):
            spellings.setdefault(spelling, short)
    names = sorted(spellings, key=len, reverse=True)
    return re.compile(r"(?<![\w-])(?:" + "|".join(re.escape(n) for n in names) + r")(?![\w-])"), spellings


def agency(article: Article) -> str | None:
    """The wire agency an article says its text comes from, by its short name, or None."""
    pattern, spellings = _agencies()
    if article.outlet and (m := pattern.fullmatch(article.outlet.strip())):
        return spellings[m.group(0)]
    lines = [ln.strip() for ln in article.text.splitlines() if ln.strip()]
    found: list[str] = []
    for line in lines[:HEADER_LINES]:
        dateline = _DATELINE.match(line)
        if dateline and (m := pattern.fullmatch(dateline.group("name").strip())):
            found.append(spellings[m.group(0)])
    short = [ln for ln in (*lines[:HEADER_LINES], *lines[-_TAIL_LINES:], *(r.text for r in article.removed))
             if len(ln.split()) <= _SHORT]
    found += [spellings[m.group(0)] for ln in short for m in pattern.finditer(ln)]
    named = list(dict.fromkeys(found))
    return named[0] if len(named) == 1 else None


def fact_articles(fact: Fact, claims: Mapping[str, Claim]) -> list[str]:
    """The articles that report a fact, in the order of its claims."""
    return list(dict.fromkeys(claims[c].article for c in fact.claims if c in claims))


def reported_by(fact: Fact, claims: Mapping[str, Claim], articles: Mapping[str, Article]) -> str:
    """"3 outlets, 1 source: copies of one AP report", "4 outlets, 2 sources: 3 are copies of
    one Reuters report", "9 articles, 5 sources: 6 are copies of 2 texts (4 and 2)",
    "2 outlets, 2 sources", "1 outlet". Articles are counted as outlets when each names its
    outlet."""
    ids = fact_articles(fact, claims)
    if not ids:
        return ""
    named = [articles[a].outlet for a in ids if a in articles and articles[a].outlet]
    outlets = len(set(named))
    if len(named) < len(ids):
        who = _many(len(ids), "article")
    else:
        who = _many(outlets, "outlet") if outlets == len(ids) else \
            f"{_many(len(ids), 'article')} from {_many(outlets, 'outlet')}"
    if len(ids) == 1:
        return who
    groups = [g for g in fact.copies if len(g) > 1]
    sources = fact.sources or len(ids)
    if not groups:
        return f"{who}, {_many(sources, 'source')}"
    agencies = [_agency_of(g, articles) for g in groups]
    if sources == 1 and len(groups) == 1:
        return f"{who}, 1 source: copies of one {agencies[0] + ' report' if agencies[0] else 'text'}"
    parts = [f"{len(g)} are copies of one {name} report" for g, name in zip(groups, agencies, strict=True) if name]
    unnamed = [len(g) for g, name in zip(groups, agencies, strict=True) if not name]
    if len(unnamed) == 1:
        parts.append(f"{unnamed[0]} are copies of one {'other ' if parts else ''}text")
    elif unnamed:
        sizes = ", ".join(map(str, unnamed[:-1])) + f" and {unnamed[-1]}"
        parts.append(f"{sum(unnamed)} are copies of {len(unnamed)} {'other ' if parts else ''}texts ({sizes})")
    return f"{who}, {_many(sources, 'source')}: {'; '.join(parts)}"


def _agency_of(group: Iterable[str], articles: Mapping[str, Article]) -> str | None:
    """The agency the copies of one text name, when they name one and only one."""
    named = {agency(articles[a]) for a in group if a in articles} - {None}
    return named.pop() if len(named) == 1 else None


def _many(n: int, word: str) -> str:
    return f"{n} {word}{'' if n == 1 else 's'}"


def is_minor(fact: Fact, claims: Mapping[str, Claim]) -> bool:
    """A figure one source gives that is not one of the story's core quantities: shown folded."""
    several = (fact.sources or len(fact_articles(fact, claims))) >= 2
    return not several and fact.measure not in CORE_MEASURES


def ordered(facts: Sequence[Fact]) -> list[Fact]:
    """Facts in the order a reader sees them (``rank``; facts without a rank keep their place, last)."""
    return sorted(facts, key=lambda f: (f.rank == 0, f.rank))


def split(facts: Sequence[Fact], claims: Mapping[str, Claim]) -> tuple[list[Fact], list[Fact]]:
    """The facts a reader sees first, and the minor ones shown folded, each in rank order."""
    ranked = ordered(facts)
    minor = [is_minor(f, claims) for f in ranked]
    return ([f for f, m in zip(ranked, minor, strict=True) if not m],
            [f for f, m in zip(ranked, minor, strict=True) if m])
