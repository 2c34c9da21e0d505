"""Groups named by common nouns: the people protesting, the security forces, the government.

News names the sides of a story with common nouns ("protesters", "rioters", "security
forces", "the cabinet"), and outlets disagree on the words: one side's "protesters" are
another's "terrorists" and "bandits". Each side is one entity per story, whatever it is
called; its aliases keep every label used, for the framing comparison.

The labels come from a general table (``data/groups.tsv``). A label may carry a
country's demonym ("Kazakh forces", "Russian troops"): the story's own country's
demonym keeps the label in the story's group, another country's makes a separate group.
A label that modifies a noun ("government buildings", "law enforcement officers") is not
a mention of the group.
"""

from __future__ import annotations

import bisect
import functools
import hashlib
import itertools
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from importlib import resources

from storyline.link.gazetteer import Country, countries, country_by_name_key
from storyline.link.names import name_key
from storyline.model import Article, Entity, Mention


@dataclass(frozen=True, slots=True)
class Role:
    role: str
    type: str
    name: str
    labels: tuple[str, ...]
    needs_demonym: frozenset[str]


@cache
def roles() -> tuple[Role, ...]:
    rows = resources.files("storyline.data").joinpath("groups.tsv").read_text(encoding="utf-8")
    out = []
    for line in rows.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        role, kind, name, labels = line.split("\t")
        words = [w.strip() for w in labels.split("|") if w.strip()]
        out.append(Role(role=role, type=kind, name=name, labels=tuple(w.lstrip("~") for w in words),
                        needs_demonym=frozenset(w[1:] for w in words if w.startswith("~"))))
    return tuple(out)


# Nouns a label can modify; then it names something else ("government buildings").
_HEADS = frozenset({
    "officer", "officers", "official", "officials", "building", "buildings", "commission", "spokesman",
    "spokeswoman", "spokesperson", "spokespeople", "source", "sources", "agency", "agencies", "body", "bodies",
    "member", "members", "personnel", "vehicle", "vehicles", "office", "offices", "headquarters", "facility",
    "facilities", "website", "websites", "statement", "statements", "decree", "decrees", "decision", "decisions",
    "resignation", "property", "supporter", "supporters", "leader", "leaders", "representative", "representatives",
    "car", "cars", "post", "posts", "checkpoint", "checkpoints", "unit", "units", "chief", "chiefs", "ministry",
    "ministries", "crackdown",
})
_OPEN, _CLOSE = "[“\"‘']", "[”\"’']"


def _label_pattern(label: str) -> str:
    words = [re.escape(w) for w in label.split()]
    # scare quotes inside a label are part of it: "“armed” people"
    return f"(?:{_OPEN}(?=[\\w-]+{_CLOSE}))?" + f"{_CLOSE}?\\s+{_OPEN}?".join(words)


@cache
def _pattern() -> re.Pattern[str]:
    labels = sorted({label for r in roles() for label in r.labels}, key=len, reverse=True)
    body = "|".join(_label_pattern(label) for label in labels)
    return re.compile(rf"(?<![\w-])(?P<label>{body})(?![\w-])", re.IGNORECASE)


_DEMONYM_BEFORE = re.compile(r"\b([A-Z][a-z]+(?:-[A-Z]?[a-z]+)?)\s+$")


@cache
def _role_of() -> dict[str, Role]:
    return {_plain_label(label): r for r in roles() for label in r.labels}


def _plain_label(text: str) -> str:
    return " ".join(re.findall(r"[\w-]+", text.lower()))


def country_of_word(word: str) -> Country | None:
    """The country a demonym or adjective belongs to: "Kazakhstani", "Kazakh", "Russian"."""
    return _country_of_key(word.lower())


@functools.lru_cache(maxsize=4096)
def _country_of_key(key: str) -> Country | None:
    exact = [c for c in countries() if c.demonym and c.demonym.lower() == key]
    if exact:  # "American" is also the Northern Mariana Islands' demonym
        return max(exact, key=lambda c: c.place.population)
    best, best_len = None, 0
    for c in countries():
        name = c.name.lower()
        if " " in name:
            continue
        common = len(_common_prefix(name, key))
        if common >= min(5, len(name)) and common > best_len and (common >= len(name) - 1 or len(key) <= len(name) + 4):
            best, best_len = c, common
    return best


def _common_prefix(a: str, b: str) -> str:
    n = 0
    while n < min(len(a), len(b)) and a[n] == b[n]:
        n += 1
    return a[:n]


def home_country(articles: Sequence[Article]) -> Country | None:
    """The country the articles name most."""
    by_key = country_by_name_key()
    votes: Counter[str] = Counter()
    for article in articles:
        for span in article.names:
            if span.label == "GPE":
                country = by_key.get(name_key(span.text))
                if country is not None:
                    votes[country.name] += 1
    if not votes:
        return None
    top = votes.most_common(1)[0][0]
    return next(c for c in countries() if c.name == top)


@dataclass
class _Group:
    role: Role
    country: Country | None
    forms: Counter[str]
    mentions: list[Mention]


def group_entities(articles: Sequence[Article]) -> list[Entity]:
    """One entity per side of the story, with every label used for it and each mention."""
    home = home_country(articles)
    groups: dict[tuple[str, str], _Group] = {}
    for article in articles:
        taken = sorted((n.start, n.end) for n in article.names if n.label not in ("NORP", "GPE", "DATE", "CARDINAL"))
        starts = [s for s, _ in taken]
        reach = list(itertools.accumulate((e for _, e in taken), max))  # the furthest end so far
        for m in _pattern().finditer(article.text):
            role = _role_of().get(_plain_label(m.group("label")))
            if role is None or _modifies_noun(article.text, m.end()):
                continue
            before = _DEMONYM_BEFORE.search(article.text, max(0, m.start() - 40), m.start())
            country = country_of_word(before.group(1)) if before else None
            start = before.start(1) if before and country is not None else m.start("label")
            if country is None and _plain_label(m.group("label")) in role.needs_demonym:
                continue
            before_end = bisect.bisect_left(starts, m.end())  # names starting before the match ends
            if before_end and reach[before_end - 1] > m.start("label"):
                continue  # part of a proper name ("Government House", "Security Service of Ukraine")
            owner = country or home
            key = (role.role, owner.name if owner else "")
            g = groups.setdefault(key, _Group(role=role, country=owner, forms=Counter(), mentions=[]))
            form = article.text[start:m.end()]
            if form[0] in "“\"‘'" and not re.search(_CLOSE, form[1:]):
                form, start = form[1:], start + 1
            g.forms[form] += 1
            g.mentions.append(Mention(article=article.id, start=start, end=m.end()))
    return [_entity(g, home) for g in groups.values()]


def _modifies_noun(text: str, end: int) -> bool:
    nxt = re.match(r"\s+([a-z]+)", text[end:end + 40])
    return bool(nxt) and nxt.group(1) in _HEADS  # type: ignore[union-attr]


def _entity(g: _Group, home: Country | None) -> Entity:
    role, country = g.role, g.country
    if country is None:
        name = role.name
    elif role.role == "government":
        name = f"Government of {country.name}"
    elif country is home:
        name = f"{role.name} in {country.name}"
    else:
        name = f"{role.name} of {country.name}"
    digest = hashlib.sha1(f"group {role.role} {country.name if country else ''}".encode()).hexdigest()[:10]
    mentions = tuple(sorted(g.mentions, key=lambda m: (m.article, m.start)))
    return Entity(id=f"g{digest}", name=name, type=role.type,  # type: ignore[arg-type]
                  aliases=tuple(sorted(g.forms)), mentions=mentions, role=role.role)
