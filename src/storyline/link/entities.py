"""Entities: one record per real-world referent, across articles, spellings and languages.

Mentions are the parser's named spans. They are merged when their names meet:
- the same name key (``names.name_key``: transliterations, diacritics, doubled letters);
- a case ending left by machine translation on a name found elsewhere ("Haaviston" →
  "Haavisto", "Nazarbajeville" → "Nazarbajev"), only when the stem is another mention's name;
- a person's surname alone, when exactly one full name ends with it;
- an acronym equal to a multi-word organisation's initials, or a name in another language
  from the general table of international organisations (``data/organisations.tsv``).
Distinct referents whose names differ by a word ("Almaty" and "Almaty Region") stay apart.
The type is decided by a vote over the mentions.
"""

from __future__ import annotations

import bisect
import hashlib
import itertools
import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import cache
from importlib import resources

from storyline.clean import outlets
from storyline.link.gazetteer import (
    candidates,
    countries,
    country_by_name_key,
    feature_name,
    is_city_name,
    is_place_name,
    region_name,
    small_towns,
    state_abbreviated,
)
from storyline.link.groups import group_entities
from storyline.link.names import clean_surface, name_key, undotted, word_keys
from storyline.link.places import LISTED, LOCATIVE, MEASURED_NAME, PLACE_PEOPLE, named_by_kind
from storyline.model import Article, Entity, Mention, NamedSpan

TYPES = {"PERSON", "ORG", "GPE", "LOC", "FAC", "NORP", "EVENT"}
# Case endings that machine translation leaves on names (Finnish, Estonian, Hungarian, Slavic),
# as they look after name_key (doubled letters collapsed): "-lle" is "le".
ENDINGS = ("ile", "le", "ssa", "sa", "sta", "la", "lta", "ksi", "iin", "in", "n", "na", "nak", "nek", "val", "vel",
           "om", "ym", "oy")
_SMALL_WORDS = {"of", "the", "and", "for", "in", "on", "to", "de", "des", "du", "la", "le", "et"}


@dataclass
class _Cluster:
    keys: set[str] = field(default_factory=set)
    forms: Counter[str] = field(default_factory=Counter)
    labels: Counter[str] = field(default_factory=Counter)
    mentions: list[Mention] = field(default_factory=list)
    named: set[str] = field(default_factory=set)  # a canonical name the text implies ("Almaty Region")


@cache
def organisation_names() -> dict[str, str]:
    """Name key → the organisation's English name, from the general table."""
    table: dict[str, str] = {}
    rows = resources.files("storyline.data").joinpath("organisations.tsv").read_text(encoding="utf-8")
    for line in rows.splitlines():
        if line.strip() and not line.startswith("#"):
            names = [n.strip() for n in line.split("\t")[0:1] + line.split("\t")[1].split("|") if n.strip()]
            for name in names:
                table[name_key(name)] = names[0]
    return table


def resolve(articles: Sequence[Article]) -> tuple[Entity, ...]:
    """The entities named in a set of articles, each with all its spellings and mentions."""
    clusters: dict[str, _Cluster] = {}
    for article in articles:
        in_names = [*_places_in_names(article), *_places_before_names(article), *_places_named_by_kind(article)]
        for span in (*_reshaped(article), *_known_names(article, in_names), *in_names):
            if span.label not in TYPES:
                continue
            form = clean_surface(span.text)
            key = _ordered(name_key(undotted(form)))
            if not key or not any(ch.isupper() for ch in form):
                continue
            feature = feature_name(article.text, span, form)  # "near the Caspian coast": the Caspian Sea
            region = (None if feature or len(form.split()) > 3 or key in _demonyms()  # "Balkan region" (NORP)
                      or _country(key)  # "Russian regions" are Russia's; "US State Department" is the US's
                      else region_name(article.text, span, form))
            implied = feature or region  # "the Mangistau and Almaty regions": not the city of Almaty
            if implied:
                key = name_key(implied)
            key = _organisation(key) or _country(key) or key
            c = clusters.setdefault(key, _Cluster(keys={key}))
            c.forms[form] += 1
            c.labels["LOC" if feature else "GPE" if region else span.label] += 1
            if implied:
                c.named.add(implied)
            c.mentions.append(Mention(article=article.id, start=span.start, end=span.end))
    merged = _merge(list(clusters.values()))
    found = [_entity(c) for c in merged] + group_entities(articles)
    return tuple(sorted(found, key=lambda e: (-len(e.mentions), e.name)))


_SPACED_ABBREVIATION = re.compile(r"(?<![\w.])(?:[A-Z]\. ){1,2}[A-Z]\.(?!\w)")
_JOINED = re.compile(r"\s+[-–/]\s+")  # "Turkmenistan - Ashgabat": tokenised text spaces the dash
_NEXT_WORDS = re.compile(r" ([A-Z][a-z]+(?: [A-Z][a-z]+)?)(?![\w'’-])")
_WORD_BEFORE = re.compile(r"(?<![\w.'’-])([A-Z][a-z]+) $")
JOINED_TOWN = 5_000  # a town of the main gazetteer: "Hawaiian Gardens", "Diamond Bar"


def _reshaped(article: Article) -> list[NamedSpan]:
    """The parser's names, with the place names it cut or joined set right: two places it
    joined across a spaced dash are two ("Turkmenistan - Ashgabat"); a people's name or a
    place it cut from a town's name is the town ("Hawaiian" in "Hawaiian Gardens", "Bar" in
    "The Diamond Bar resident"), when the gazetteer holds a town of 5,000 people or more by
    the whole name and no other name takes the words."""
    text = article.text
    taken = _Spans((n.start, n.end) for n in article.names)
    out: list[NamedSpan] = []
    for span in article.names:
        if span.label not in ("GPE", "LOC", "NORP"):
            out.append(span)
            continue
        written = text[span.start:span.end]
        cuts = [0, *(x for m in _JOINED.finditer(written) for x in m.span()), len(written)]
        parts = list(zip(cuts[::2], cuts[1::2], strict=True))
        if _JOINED.search(written) and len(parts) > 1 and all(
                is_place_name(written[a:b]) or candidates(written[a:b]) for a, b in parts):
            out += [NamedSpan(start=span.start + a, end=span.start + b, label="GPE", text=written[a:b])
                    for a, b in parts]
            continue
        after = _NEXT_WORDS.match(text, span.end)
        if after is not None and not taken.overlaps(after.start(1), after.end(1)):
            words = after.group(1).split()
            for n in range(len(words), 0, -1):  # the longest town's name first
                end = after.start(1) + len(" ".join(words[:n]))
                if is_place_name(text[span.start:end], town=JOINED_TOWN):
                    span = NamedSpan(start=span.start, end=end, label="GPE", text=text[span.start:end])
                    break
        before = _WORD_BEFORE.search(text, max(0, span.start - 30), span.start)
        if before is not None and not taken.overlaps(before.start(1), before.end(1)) and is_place_name(
                text[before.start(1):span.end], town=JOINED_TOWN):
            span = NamedSpan(start=before.start(1), end=span.end, label="GPE", text=text[before.start(1):span.end])
        out.append(span)
    return out


@cache
def _known_pattern() -> re.Pattern[str]:
    """Names of known news outlets and international organisations, as written."""
    names = {n for o in outlets.known_outlets() for n in (o.name, *o.aliases) if len(n) >= 4 or n.isupper()}
    rows = resources.files("storyline.data").joinpath("organisations.tsv").read_text(encoding="utf-8")
    for line in rows.splitlines():
        if line.strip() and not line.startswith("#"):
            first, _, rest = line.partition("\t")
            names.update(n for n in [first, *rest.split("|")] if len(n) >= 4 and not re.search(r"[^\w\s.'’-]", n))
    alternation = "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))
    return re.compile(rf"(?<![\w-])(?:{alternation})(?![\w-])")


def _known_names(article: Article, in_names: Sequence[NamedSpan] = ()) -> list[NamedSpan]:
    """Known outlets and organisations the parser did not mark, found by their names, and
    large cities it did not mark where the words around say a place ("shelling hit
    Kharkiv", "in Lyon and Marseille"), or towns before the people who guard or run them
    ("said Troy police"; at a sentence's start or in a title-case headline too, "Troy Police
    said", "Spiro Man Convicted", unless the text uses the word in lower case), and the later
    unmarked repeats of a place the article names; a town of any size listed after a place
    ("Lakeport, Clearlake and Cobb"); a country's name or its people's that the parser marked as
    none of the kinds kept ("Turkmen" taken for a product); a name a distance is measured from ("two miles east of
    The Geysers"); towns listed together with a large city ("for Anchorage,
    Palmer, Wasilla"). A place found inside an organisation's name (``in_names``: "Palmer" of
    "Palmer Fire Department") is repeated like one the parser marked."""
    taken = _Spans((n.start, n.end) for n in article.names)
    out = []
    for m in _known_pattern().finditer(article.text):
        if not taken.overlaps(m.start(), m.end()):
            out.append(NamedSpan(start=m.start(), end=m.end(), label="ORG", text=m.group(0)))
    exact = {(n.start, n.end) for n in article.names if n.label in ("GPE", "LOC")}
    for m in _SPACED_ABBREVIATION.finditer(article.text):  # "U. S.", "B. C.": tokenised text spaces the initials
        compact = m.group(0).replace(" ", "")
        if (m.start(), m.end()) not in exact and (m.start(), m.end() - 1) not in exact and (
                _country(name_key(undotted(compact))) or state_abbreviated(compact) or _city_initials(compact)):
            out.append(NamedSpan(start=m.start(), end=m.end(), label="GPE", text=compact))
    place_ends = {n.end for n in article.names if n.label in ("GPE", "LOC")}
    lowered = None
    for m in _OPENING.finditer(article.text):  # "Palmer police ask", a headline's "Spiro Man Convicted"
        if taken.overlaps(m.start(), m.end()) or _CAPITALISED.match(article.text, m.start()):
            continue
        if _PEOPLE_ANY_CASE.match(article.text, m.end()) and is_place_name(m.group(0)):
            lowered = lowered if lowered is not None else set(_LOWER_WORD.findall(article.text))
            if m.group(0).lower() not in lowered:  # "Young men", "Union officials": words, not towns
                out.append(NamedSpan(start=m.start(), end=m.end(), label="GPE", text=m.group(0)))
    for m in _CAPITALISED.finditer(article.text):
        if taken.overlaps(m.start(), m.end()):
            continue
        if PLACE_PEOPLE.match(article.text, m.end()):  # "said Troy police"
            joined = _WORD_BEFORE.search(article.text, max(0, m.start() - 30), m.start())
            if joined is not None:  # "The Diamond Bar resident": the town is both words, or none
                start = joined.start(1)
                if not taken.overlaps(start, m.start()) and is_place_name(article.text[start:m.end()],
                                                                         town=JOINED_TOWN):
                    out.append(NamedSpan(start=start, end=m.end(), label="GPE", text=article.text[start:m.end()]))
                continue
            if is_place_name(m.group(0)):
                out.append(NamedSpan(start=m.start(), end=m.end(), label="GPE", text=m.group(0)))
                continue
        before = article.text[max(0, m.start() - 40):m.start()]
        listed = LISTED.search(before)
        after_place = listed and m.start() - len(listed.group(0)) in place_ends
        # listed after a place, a town of any size ("Lakeport, Clearlake and Cobb"); after "in", a large city
        if (after_place and is_place_name(m.group(0))) or (LOCATIVE.search(before) and is_city_name(m.group(0))):
            out.append(NamedSpan(start=m.start(), end=m.end(), label="GPE", text=m.group(0)))
    out += _listed_towns(article, _Spans((n.start, n.end) for n in (*article.names, *out)))
    named = _Spans((n.start, n.end) for n in (*article.names, *out) if n.label in TYPES)
    for m in _ONE_WORD.finditer(article.text):  # "Turkmen citizens" taken for a product, "Soviet Turkmenistan's"
        if named.overlaps(m.start(), m.end()):
            continue
        key = name_key(m.group(0))
        if key in _demonyms() or _country(key):
            out.append(NamedSpan(start=m.start(), end=m.end(), label="NORP" if key in _demonyms() else "GPE",
                                 text=m.group(0)))
    for m in MEASURED_NAME.finditer(article.text):  # "three miles east of The Geysers": a place, marked or not
        if not taken.overlaps(m.start("name"), m.end("name")):
            out.append(NamedSpan(start=m.start("name"), end=m.end("name"), label="LOC", text=m.group("name")))
    return out + _repeated_places(article, [*article.names, *out, *(n for n in in_names if n.label == "GPE")])


_ONE_WORD = re.compile(r"(?<![\w'’.-])[A-Z][a-z]{3,}(?![\w-])")
_TOWN_WORDS = r"[A-Z][a-z]+(?: [A-Z][a-z]+)?"
_TOWN_LIST = re.compile(rf"(?<![\w'’.-]){_TOWN_WORDS}(?:, {_TOWN_WORDS}){{1,}},? (?:and|or) {_TOWN_WORDS}(?![\w'’-])"
                        rf"|(?<![\w'’.-]){_TOWN_WORDS}(?:, {_TOWN_WORDS}){{2,}}(?=,| and | or )")


def _listed_towns(article: Article, taken: _Spans) -> list[NamedSpan]:
    """Three or more names in a list ("Anchorage, Palmer, Wasilla, and …"), each a town's
    name, two of them the main names of towns of 5,000 people or more and one of a city of
    100,000 or more: the towns the parser did not mark."""
    out = []
    for m in _TOWN_LIST.finditer(article.text):
        items = [(i.start(), i.end()) for i in re.finditer(_TOWN_WORDS, m.group(0))]
        words = [m.group(0)[a:b] for a, b in items]
        towns = [w for w in words if is_place_name(w, town=JOINED_TOWN)]
        if any(w.split()[0] in ("And", "Or", "The") for w in words) or len(towns) < 2 or not all(
                w in towns or small_towns(w) for w in words) or not any(is_city_name(w) for w in towns):
            continue
        for (a, b), word in zip(items, words, strict=True):
            if not taken.overlaps(m.start() + a, m.start() + b):
                out.append(NamedSpan(start=m.start() + a, end=m.start() + b, label="GPE", text=word))
    return out


def _repeated_places(article: Article, spans: Sequence[NamedSpan]) -> list[NamedSpan]:
    """A place's name again where the parser marked nothing ("Palmer police ask …" and
    later "the centre of Palmer"): every unmarked capitalised repeat of a one- or two-word
    name marked as a place in the same article, unless it follows a capitalised word (a
    person's surname: "Arnold Palmer")."""
    names = {clean_surface(s.text) for s in spans if s.label == "GPE"}
    names = {n for n in names if 1 <= len(n.split()) <= 2 and n[:1].isupper() and len(n) >= 3}
    if not names:
        return []
    taken = _Spans((s.start, s.end) for s in spans)
    alternation = "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))
    out = []
    for m in re.finditer(rf"(?<![\w.'’-])(?:{alternation})(?![\w'’-])", article.text):
        before = article.text[max(0, m.start() - 40):m.start()]
        if taken.overlaps(m.start(), m.end()) or _AFTER_CAPITALISED.search(before):
            continue
        out.append(NamedSpan(start=m.start(), end=m.end(), label="GPE", text=m.group(0)))
    return out


IN_NAME_TOWN = {"ORG": 15_000, "FAC": 100_000}  # a building's name opens with a large city's ("Republic Square")
LOCAL_TOWN = 5_000  # any town of the main gazetteer, before the word for a local institution
# The last word of a local institution's name: the town before it is where it is ("Wasilla Bible
# Church", "Creston RCMP", "Lake County News"), whatever the parser took the whole for (a person:
# "Somerset Fire"; a place: "New York Police").
LOCAL_INSTITUTION = re.compile(r"\b(?:police|sheriff|sheriffs|fire|rcmp|news|herald|gazette|tribune|"
                               r"courier|church|hospital|school|college|jail|prison|council|department|"
                               r"airport|library|museum|zoo|university)(?:['’]s)?$", re.IGNORECASE)


_TITLE_WORDS = re.compile(r"(?:[Tt]he\s+)?[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)*")  # not 'the Pacific "Ring of Fire'


def _places_in_names(article: Article) -> list[NamedSpan]:
    """The place an organisation's name begins with, as a place of its own: "Rochester" in
    "Rochester Fire Department", "Ohio" in "Ohio State University" (the organisation stays);
    a people's name likewise ("Canadian" in "The Canadian Press"). A place is a country, a
    US state or county, or a city whose main name it is: a city of 15,000 people or more, or
    any town of the gazetteer when the name ends with a local institution's word ("Wasilla
    Bible Church", "Creston RCMP"); such a name counts whatever the parser labelled it
    ("Somerset Fire" as a person, "New York Police" as a place)."""
    out = []
    for span in article.names:
        written = article.text[span.start:span.end]
        local = bool(LOCAL_INSTITUTION.search(written.rstrip()) and _TITLE_WORDS.fullmatch(written.rstrip()))
        if span.label not in ("ORG", "FAC") and not (local and span.label in ("PERSON", "GPE", "LOC")):
            continue  # "the Phoenix Suns", "Jamaica Hospital": often called a building
        lead = len(m.group(0)) if (m := re.match(r"the\s+", written, re.IGNORECASE)) else 0
        if span.label == "ORG" and is_place_name(written[lead:], town=IN_NAME_TOWN["ORG"]):
            out.append(NamedSpan(start=span.start + lead, end=span.end, label="GPE", text=written[lead:]))
            continue  # "Banda Aceh" taken for an organisation: the city, not "Banda" in India
        words = list(re.finditer(r"[A-Z][\w'’.-]*", written[lead:]))
        for n in range(min(3, len(words) - 1), 0, -1):
            if any(w.start() != (words[i - 1].end() + 1 if i else 0) for i, w in enumerate(words[:n])):
                continue  # the first words only, one space apart: "Rochester Fire Department"
            start, end = span.start + lead, span.start + lead + words[n - 1].end()
            name = article.text[start:end]
            place = is_place_name(name, town=LOCAL_TOWN if local else IN_NAME_TOWN.get(span.label, 100_000))
            if place or (n == 1 and name_key(name) in _demonyms()):
                label = "GPE" if place else "NORP"
                out.append(NamedSpan(start=start, end=end, label=label, text=name))
                break
    return out


# "the Philadelphia 76ers", "the NBA's Charlotte Bobcats", "the Timaru Herald": a city's name between "the"
# (or a league's possessive) and a team's plural name or a local institution's word, which the parser
# often leaves unmarked or takes, with the next word, for a person or a number.
_BEFORE_A_NAME = re.compile(r"(?:\b[Tt]he|\b[A-Z]{2,}['’]s)\s+(?P<city>[A-Z][a-z]+(?: [A-Z][a-z]+)?) "
                            r"(?P<next>\d+[a-z]+|[A-Z][a-z]+)(?![\w'’-])")
TEAM_TOWN = 100_000  # a city this large before a team's plural name


def _places_before_names(article: Article) -> list[NamedSpan]:
    """The city a team or a local paper is named by, as a place of its own, where the parser
    marked no place there: before a plural name ("Bobcats", "76ers"), a city of 100,000 people
    or more; before a local institution's word ("Herald", "Police"), any town of the main
    gazetteer. The team or paper stays whatever the parser made of it."""
    places = _Spans((n.start, n.end) for n in article.names if n.label in ("GPE", "LOC", "NORP", "ORG", "FAC"))
    out = []
    for m in _BEFORE_A_NAME.finditer(article.text):
        nxt = m.group("next")
        local = bool(LOCAL_INSTITUTION.fullmatch(nxt))
        plural = nxt.endswith("s") and not nxt.endswith("ss") and len(nxt) > 3
        if not (local or plural) or places.overlaps(m.start("city"), m.end("city")):
            continue
        words = m.group("city").split()
        for n in range(len(words), 0, -1):
            name = " ".join(words[-n:])
            start = m.end("city") - len(name)
            if is_place_name(name, town=LOCAL_TOWN if local else TEAM_TOWN) and not _country(name_key(name)):
                out.append(NamedSpan(start=start, end=m.end("city"), label="GPE", text=name))
                break
    return out


_LEADING_WORDS = re.compile(r"(?:[Tt]he\s+)?(?P<words>[A-Z][\w'’-]*(?: [A-Z][\w'’-]*)*)")


def _places_named_by_kind(article: Article) -> list[NamedSpan]:
    """Places an organisation's name begins with that the gazetteer may lack, known by their
    kind: "Matanuska Colony" of "Matanuska Colony Project", "Matanuska Valley" of "Matanuska
    Valley Farmers Association"; and the first word of such a place, or of one the text names
    ("Matanuska Colony"), where it opens another organisation's name ("Matanuska Maid")."""
    out: list[NamedSpan] = []
    stems: set[str] = set()
    heads: list[tuple[int, list[str]]] = []  # organisations: where their words start, and the words
    for span in article.names:
        lead = _LEADING_WORDS.match(article.text, span.start, span.end)
        if lead is None:
            continue
        words = lead.group("words").split(" ")
        if span.label in ("GPE", "LOC", "FAC", "ORG", "PERSON") and 2 <= len(words) <= 4 and named_by_kind(
                lead.group("words")):
            stems.add(words[0])
        if span.label not in ("ORG", "FAC", "PERSON") or len(words) < 2:
            continue
        heads.append((lead.start("words"), words))
        for n in range(min(3, len(words) - 1), 1, -1):
            kind = named_by_kind(" ".join(words[:n]))
            if kind is not None:
                start = lead.start("words")
                out.append(NamedSpan(start=start, end=start + len(" ".join(words[:n])), label=kind,
                                     text=" ".join(words[:n])))
                stems.add(words[0])
                break
    taken = _Spans((s.start, s.end) for s in out)
    for start, words in heads:
        if words[0] in stems and not taken.overlaps(start, start + len(words[0])) and not named_by_kind(
                " ".join(words[:2])):
            out.append(NamedSpan(start=start, end=start + len(words[0]), label="GPE", text=words[0]))
    return out


CITY_INITIALS = 1_000_000  # "L.A.": initials a city this large is known by


def _city_initials(compact: str) -> bool:
    """Whether dotted initials ("L.A.") are the short name of one large city the gazetteer holds."""
    towns = [p for p in candidates(compact) if not p.is_country]
    return len(towns) == 1 and towns[0].population >= CITY_INITIALS


class _Spans:
    """Character spans, asked in O(log n) whether any overlaps a range (a long article has
    thousands of names: testing each match against each was quadratic)."""

    def __init__(self, spans: Iterable[tuple[int, int]]) -> None:
        ordered = sorted(spans)
        self._starts = [s for s, _ in ordered]
        self._reach = list(itertools.accumulate((e for _, e in ordered), max))  # furthest end so far

    def overlaps(self, start: int, end: int) -> bool:
        i = bisect.bisect_left(self._starts, end)  # the spans that start before ``end``
        return i > 0 and self._reach[i - 1] > start


_CAPITALISED = re.compile(r"(?<=[a-z,] )[A-Z][a-z]+(?:-[A-Z][a-z]+)?(?![\w-])")
_OPENING = re.compile(r"(?<![\w.,'’-])[A-Z][a-z]+(?![\w'’-])")  # at a sentence's start, after a quote, in a headline
_LOWER_WORD = re.compile(r"(?<![\w/.-])[a-z]+(?![\w/.-])")  # a word of the text, not of a web address
_PEOPLE_ANY_CASE = re.compile(PLACE_PEOPLE.pattern, re.IGNORECASE)
_AFTER_CAPITALISED = re.compile(r"(?:\b[A-Z][\w'’-]*|\b(?:Mr|Mrs|Ms|Dr)\.)\s+$")


def _ordered(key: str) -> str:
    """"(Kazakh) ministry of the interior" and "(Kazakh) interior ministry" are one name."""
    words = key.split()
    for i, word in enumerate(words[:-2]):
        if word in _HEADS and words[i + 1] == "of":
            rest = [w for w in words[i + 2:] if w != "the"]
            return " ".join([*words[:i], *rest, word])
    return key


_HEADS = {"ministry", "department", "office", "council", "committee", "agency", "bank", "court", "service", "army",
          "parliament", "government", "police", "embassy", "union"}


def _organisation(key: str) -> str | None:
    english = organisation_names().get(key)
    return name_key(english) if english else None


@cache
def _demonyms() -> frozenset[str]:
    """Name keys of the peoples of the world's countries, singular and plural ("finn", "finns")."""
    keys = {name_key(c.demonym) for c in countries() if c.demonym}
    return frozenset(keys | {k + "s" for k in keys})


def _country(key: str) -> str | None:
    """"Republic of Kazakhstan" is Kazakhstan."""
    country = country_by_name_key().get(key)
    return name_key(country.name) if country else None


def _merge(clusters: list[_Cluster]) -> list[_Cluster]:
    by_key = {k: c for c in clusters for k in c.keys}
    parent: dict[int, int] = {id(c): id(c) for c in clusters}

    def find(x: int) -> int:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    def union(a: _Cluster, b: _Cluster) -> None:
        parent[find(id(a))] = find(id(b))

    keys = set(by_key)
    last_words = {k.split()[-1] for k in keys if " " in k}
    for c in clusters:
        for key in list(c.keys):
            words = key.split()
            stem = _stem(words[-1], keys, last_words)  # "nazarbayevile" -> "nazarbayev" when that is a name here
            if stem:
                target = " ".join([*words[:-1], stem])
                other = by_key.get(target) or (by_key.get(stem) if len(words) > 1 else None)
                if other is not None and _compatible(c, other):
                    union(c, other)
    surnames: dict[str, list[_Cluster]] = {}  # last word of a person's full name -> those persons
    for o in clusters:
        if o.labels["PERSON"] >= max(o.labels.values()) / 2:
            for k in o.keys:
                if " " in k:
                    surnames.setdefault(k.split()[-1], []).append(o)
    for c in clusters:  # a surname alone joins the one person whose full name ends with it
        for key in c.keys:
            if " " in key or c.labels["GPE"] + c.labels["NORP"] > sum(c.labels.values()) / 2:
                continue
            owners = surnames.get(key, []) + surnames.get(_stem(key, keys, last_words) or key, [])
            full = {find(id(o)) for o in owners if o is not c}
            if len(full) == 1:
                parent[find(id(c))] = full.pop()
    for c in clusters:  # "Russians" are the "Russian" people
        for key in c.keys:
            if " " not in key and key.endswith("s") and key[:-1] in by_key and by_key[key[:-1]] is not c:
                other = by_key[key[:-1]]
                if other.labels["NORP"] * 2 >= sum(other.labels.values()) or key in _demonyms():
                    union(c, other)
                    c.labels["NORP"] += sum(c.labels.values())
    home = _home_prefix(clusters)
    demonyms = [c for c in clusters if home and all(" " not in k and k.startswith(home) for k in c.keys)
                and c.labels["GPE"] <= sum(c.labels.values()) / 2]
    for c in demonyms[1:]:  # "Kazakh", "Kazakhs", "Kazakhstani": the people of the story's country
        union(c, demonyms[0])
    for c in demonyms:
        c.labels["NORP"] += sum(c.labels.values())  # a nationality, whatever the parser thought
    for c in clusters:  # "Kazakhstani Interior Ministry" is the "Interior Ministry" of the story's country
        for key in list(c.keys):
            words = key.split()
            if home and len(words) >= 2 and words[0].startswith(home) and " ".join(words[1:]) in by_key:
                union(c, by_key[" ".join(words[1:])])
    by_initials: dict[str, list[_Cluster]] = {}
    for o in clusters:
        for f in o.forms:
            if " " in f:
                by_initials.setdefault(_initials(f), []).append(o)
    for c in clusters:  # an acronym joins the one organisation whose initials it spells
        form = c.forms.most_common(1)[0][0]
        if form.isupper() and 2 <= len(form) <= 6 and form.isalpha():
            spelled = {find(id(o)) for o in by_initials.get(form.lower(), [])}
            if len(spelled) == 1:
                parent[find(id(c))] = spelled.pop()
    groups: dict[int, _Cluster] = {}
    for c in clusters:
        root = find(id(c))
        g = groups.setdefault(root, _Cluster())
        g.keys |= c.keys
        g.forms.update(c.forms)
        g.labels.update(c.labels)
        g.mentions.extend(c.mentions)
        g.named |= c.named
    return list(groups.values())


def _compatible(a: _Cluster, b: _Cluster) -> bool:
    """Merge by a case ending only between names of one kind: "Russian" (a nationality) is
    not "Russia" (a country), but a person may be mislabelled as an organisation."""
    la, lb = a.labels.most_common(1)[0][0], b.labels.most_common(1)[0][0]
    return la == lb or {la, lb} <= {"PERSON", "ORG"}


def _home_prefix(clusters: list[_Cluster]) -> str | None:
    """The first letters of the most named country or city: its adjectives start with them
    ("kazak" for Kazakhstan, Kazakh, Kazakhstani)."""
    places = [c for c in clusters if c.labels["GPE"] > sum(c.labels.values()) / 2]
    if not places:
        return None
    top = max(places, key=lambda c: len(c.mentions))
    key = min(top.keys, key=len)
    return key[:5] if len(key) >= 5 and " " not in key else None


def _stem(word: str, keys: set[str], last_words: set[str] | None = None) -> str | None:
    """The word without a case ending, when the rest is a name (or a name's last word) here."""
    for ending in ENDINGS:
        if word.endswith(ending) and len(word) - len(ending) >= 5:
            stem = word[: -len(ending)]
            if last_words is None:
                last_words = {k.split()[-1] for k in keys if " " in k}
            if stem in keys or stem in last_words:
                return stem
    return None


def _without_ending(form: str, stem: str) -> str | None:
    """The form with the case ending taken off its last word, as written."""
    for n in range(1, 5):
        if len(form) > n and name_key(form[:-n]).split()[-1:] == [stem]:
            return form[:-n]
    return None


def _initials(form: str) -> str:
    return "".join(w[0] for w in word_keys(form) if w not in _SMALL_WORDS)


def _entity(c: _Cluster) -> Entity:
    keys = {name_key(f) for f in c.forms}
    counts: Counter[str] = Counter()
    for form, n in c.forms.items():
        stem = _stem(name_key(form).split()[-1], keys) if name_key(form) else None
        restored = _without_ending(form, stem) if stem else form  # "Pekka Haaviston" → "Pekka Haavisto"
        if restored:
            counts[restored] += n
    clean = list(counts) or list(c.forms)
    most_words = max(len(word_keys(f)) for f in clean)
    # the canonical name: the most used among the fullest forms free of translation endings
    name = max((f for f in clean if len(word_keys(f)) == most_words), key=lambda f: (counts[f], f in c.forms, len(f)))
    named = {name_key(n) for n in c.named}
    if named and not any(name_key(f) in named for f in c.forms):
        name = sorted(c.named)[0]
    english = organisation_names().get(name_key(name))
    if english:
        name = english
    kind = c.labels.most_common(1)[0][0]
    if any(outlets.by_name(f) for f in c.forms):
        kind = "ORG"  # a news outlet or agency, whatever the parser thought
    elif name_key(name) in country_by_name_key():
        kind = "GPE"  # a country, whatever the parser thought ("Tajikistan" as a nationality)
    elif name_key(name) in _demonyms():
        kind = "NORP"
    digest = hashlib.sha1(name_key(name).encode()).hexdigest()[:10]
    mentions = tuple(sorted(c.mentions, key=lambda m: (m.article, m.start)))
    return Entity(id=f"e{digest}", name=name, type=kind,  # type: ignore[arg-type]
                  aliases=tuple(sorted(c.forms)), mentions=mentions)
