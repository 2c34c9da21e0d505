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


# Words that mark a name as a news outlet's, in the languages news comes in.
OUTLET_WORDS = re.compile(
    r"\b(?:Herald|Times|Post|News|Daily|Tribune|Gazette|Journal|Courier|Kurier|Chronicle|Tageblatt|Zeitung|"
    r"Allgemeine|Rundschau|Sanomat|Uutiset|Observer|Telegraph|Express|Mirror|Independent|Standard|Record|Review|"
    r"Press|Dispatch|Inquirer|Monitor|Bulletin|Examiner|Live|Today|Radio|Television|TV|Nieuws|Nachrichten|"
    r"Noticias|Notizie|Novosti|Vesti|Pravda|Izvestia|Kurir|Kuriren|Dagblad|Tidning|Tidningen|Posten|Bladet|"
    r"Gazeta|Gazzetta|Corriere|Diario|Diário|Journal|Quotidien|Matin|Soir|Nouvelles|Wire|Agency|Agentur)\b")
_NAME = r"(?:The\s+)?[A-Z][\w&.'’-]*(?:[\s-][A-Z][\w&.'’-]*){0,4}"

# Phrases in which an article names the outlet it appears in: an interview given to it,
# its own video or correspondent. "X told Reuters" in another outlet's article is common,
# so wire agencies never count, and two such mentions are required.
_SELF = re.compile(
    rf"\b(?:told|interview\s+(?:with|to)|(?:shared|obtained|seen|filmed|published)\s+by|speaking\s+to)"
    rf"\s+(?:the\s+)?(?P<a>{_NAME})"
    rf"|\b(?P<b>{_NAME})(?:'s|’s)?\s+(?:correspondent|reporter|has\s+learned|has\s+contacted)\b")


def _outlet_named(said: str) -> str | None:
    """The outlet a name refers to: a known one (also when words follow it, as in "Le Monde
    Wednesday"), or one whose name says it is an outlet."""
    words = said.strip().rstrip(".,;:’'").split()
    for n in range(len(words), 0, -1):
        outlet = by_name(" ".join(words[:n]))
        if outlet is not None:
            return None if outlet.wire else outlet.name
    name = re.sub(r"^the\s+", "", " ".join(words), flags=re.IGNORECASE)
    return name if OUTLET_WORDS.search(name) else None


def self_named(text: str) -> tuple[str, str] | None:
    """The outlet an article names as itself at least twice, with the first such phrase."""
    counts: dict[str, int] = {}
    first: dict[str, str] = {}
    for m in _SELF.finditer(text):
        name = _outlet_named(m.group("a") or m.group("b"))
        if name is None:
            continue
        counts[name] = counts.get(name, 0) + 1
        first.setdefault(name, m.group(0))
    named = [n for n, c in counts.items() if c >= 2]
    return (named[0], first[named[0]]) if len(named) == 1 else None


# A site's own furniture names the site: its newsletter, its copyright line.
_FURNITURE = re.compile(
    rf"(?:\bsubscribe\s+to\s+(?P<a>{_NAME})(?:'s|’s)?\s+(?:newsletters?|app|podcast)"
    rf"|^\W*(?:©|\(c\)|copyright)\s*(?:\d{{4}}\s+)?(?P<b>{_NAME})[.,]?\s*(?:\d{{4}}\s*)?"
    rf"(?:all\s+rights\s+reserved|$))", re.IGNORECASE)


def named_in_furniture(lines: list[str]) -> tuple[str, str] | None:
    """The outlet that a removed subscription or copyright line names, if exactly one."""
    found: dict[str, str] = {}
    for line in lines:
        m = _FURNITURE.search(line.strip())
        if m:
            name = _outlet_named(next(g for g in m.groups() if g))
            if name:
                found.setdefault(name, line.strip())
    return next(iter(found.items())) if len(found) == 1 else None
