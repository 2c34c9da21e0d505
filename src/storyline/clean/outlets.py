"""Which outlet published an article: from metadata, a URL, a page stamp, or the text.

Known outlets come from a general table (``data/outlets.tsv``: names, other-language
names, abbreviations, domains). An outlet the table does not know is still reported
as the input names it, or as its URL's domain; nothing is guessed from style.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from importlib import resources
from urllib.parse import urlsplit


@dataclass(frozen=True, slots=True)
class Outlet:
    name: str
    aliases: tuple[str, ...]
    domains: tuple[str, ...]
    wire: bool


@cache
def known_outlets() -> tuple[Outlet, ...]:
    rows = resources.files("storyline.data").joinpath("outlets.tsv").read_text(encoding="utf-8")
    out = []
    for line in rows.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        name, aliases, domains, kind = ([*line.split("\t"), "", "", ""])[:4]
        out.append(Outlet(name=name, aliases=tuple(a for a in aliases.split("|") if a),
                          domains=tuple(d for d in domains.split("|") if d), wire=kind.strip() == "wire"))
    return tuple(out)


def _key(name: str) -> str:
    return re.sub(r"[^\w]+", " ", name.lower()).strip()


@cache
def _by_name() -> dict[str, Outlet]:
    table: dict[str, Outlet] = {}
    for outlet in known_outlets():
        for name in (outlet.name, *outlet.aliases):
            table.setdefault(_key(name), outlet)
    return table


def by_name(name: str) -> Outlet | None:
    """The known outlet with this name or alias, case and punctuation aside."""
    return _by_name().get(_key(name))


def by_url(url: str) -> Outlet | None:
    host = domain_of(url)
    if not host:
        return None
    for outlet in known_outlets():
        if any(host == d or host.endswith("." + d) for d in outlet.domains):
            return outlet
    return None


def domain_of(url: str) -> str | None:
    try:
        host = urlsplit(url if "//" in url else "//" + url).hostname
    except ValueError:
        return None
    if not host:
        return None
    return host[4:] if host.startswith("www.") else host


def canonical(name: str) -> str:
    """The table's name for an outlet the input names, or the name as given."""
    outlet = by_name(name)
    if outlet is None and " " in name:  # "Sputnik International" → "Sputnik" when only the head is known
        outlet = by_name(name.split()[0])
        if outlet is not None and outlet.wire:
            outlet = None
    return outlet.name if outlet else name.strip()


# Phrases in which an article names the outlet it appears in: an interview given to it,
# its own video or correspondent. "X told Reuters" in another outlet's article is common,
# so wire agencies never count, and two such mentions are required.
_SELF = (
    r"\btold\s+(?:the\s+)?(?P<a>{n})\b",
    r"\b(?:in\s+an\s+)?interview\s+(?:with|to)\s+(?:the\s+)?(?P<b>{n})\b",
    r"\b(?:shared|obtained|seen|filmed|published)\s+by\s+(?:the\s+)?(?P<c>{n})\b",
    r"\b(?P<d>{n})(?:'s|’s)?\s+(?:correspondent|reporter|has learned|has contacted|asked)\b",
    r"\bspeaking\s+to\s+(?:the\s+)?(?P<e>{n})\b",
)


@cache
def _self_pattern() -> re.Pattern[str]:
    names = sorted({n for o in known_outlets() if not o.wire for n in (o.name, *o.aliases) if len(n) >= 2},
                   key=len, reverse=True)
    alternation = "|".join(re.escape(n) for n in names)
    return re.compile("|".join(p.format(n=alternation) for p in _SELF))


def self_named(text: str) -> tuple[str, str] | None:
    """The outlet an article names as itself at least twice, with the first such phrase."""
    counts: dict[str, int] = {}
    first: dict[str, str] = {}
    for m in _self_pattern().finditer(text):
        said = next(g for g in m.groups() if g)
        outlet = by_name(said)
        if outlet is None or outlet.wire:
            continue
        counts[outlet.name] = counts.get(outlet.name, 0) + 1
        first.setdefault(outlet.name, m.group(0))
    named = [n for n, c in counts.items() if c >= 2]
    return (named[0], first[named[0]]) if len(named) == 1 else None
