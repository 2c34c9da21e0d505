"""Who speaks and whom each article relies on, across the story's articles.

Quotes come out of each article with their speaker as written (extract/quotes.py). Here,
with the story's entities resolved:
- a speaker whose words are a mention of an entity takes the entity's name ("Tokajev",
  "Tokayev" → one person);
- a description ("the president", "the Kazakh foreign minister", "the ministry") takes
  the one person the story's articles give that title, or the one organisation whose name
  holds that word, when there is exactly one (preferring the article's own);
- every speaker and every source a figure is credited to gets a category: official,
  agency, media, expert, eyewitness, organisation, anonymous or other. It is read from
  the entity's kind, the known-outlets table (wires are agencies), the titles the story
  gives a person ("Foreign Minister X", "X, a researcher at ...") and the words of a
  description ("witnesses", "sources familiar with ...").
"""

from __future__ import annotations

import dataclasses
import re
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence

from storyline.clean.outlets import by_name
from storyline.link.entities import organisation_names
from storyline.link.names import name_key
from storyline.model import Article, Claim, Entity, Quote, Source

CATEGORIES = ("official", "agency", "media", "expert", "eyewitness", "organisation", "anonymous", "other")

# General English vocabulary of who speaks; the first category whose words a source holds wins.
_WORDS: dict[str, frozenset[str]] = {name: frozenset(words.split()) for name, words in {
    "anonymous": "anonymous anonymity unnamed unidentified source sources insider insiders familiar",
    "agency": "agency agencies wire",
    "media": "media newspaper newspapers paper daily tv television broadcaster broadcasters radio channel website "
             "portal outlet outlets magazine journalist journalists reporter reporters correspondent correspondents "
             "editor press blogger bloggers telegram reports report",
    "expert": "expert experts analyst analysts researcher researchers professor scholar scholars economist "
              "economists scientist scientists specialist specialists lecturer institute university think-tank "
              "academic academics historian observers observer consultant",
    "eyewitness": "witness witnesses eyewitness eyewitnesses resident residents locals protester protesters "
                  "demonstrator demonstrators participant participants survivor survivors passer-by passers-by "
                  "shopkeeper driver drivers student students worker workers villager villagers relative relatives "
                  "victim victims doctor doctors nurse medic medics",
    "organisation": "ngo ngos charity group groups organisation organization union unions watchdog association "
                    "committee-to-protect rights foundation movement party opposition company firm bank red cross",
    "official": "president minister ministry ministries government governments official officials authorities "
                "authority police army military spokesman spokeswoman spokesperson spokespeople kremlin "
                "administration governor mayor parliament senate senator lawmaker lawmakers deputy "
                "prosecutor prosecutors court judge embassy ambassador diplomat diplomats commander general "
                "secretary chairman office department service council commission state premier chancellor "
                "presidency cabinet guard regime leader leaders head akimat secretariat statement statistics "
                "prime king emir sheikh monarch mp mps coast-guard ministers troops forces enforcement",
}.items()}
_OFFICIAL_TITLES = _WORDS["official"] - {"statement", "statistics", "office", "department", "service", "council",
                                         "commission", "state", "troops", "forces"}
_TITLE_WORDS = _OFFICIAL_TITLES | _WORDS["expert"] | _WORDS["media"] | _WORDS["eyewitness"] | {"activist", "founder",
                                                                                               "director", "chief"}
# Titles that describe one person ("the president", "the analyst"), not a body ("the ministry").
_PERSON_TITLES = (_OFFICIAL_TITLES | _WORDS["expert"]) - {"ministry", "government", "authorities", "police", "army",
                                                          "military", "office"}
_BEFORE = re.compile(r"((?:[\w’'.-]+\s+){1,4})$")
_APPOSITIVE = re.compile(r"^,\s+(?:the|a|an|its|their|his|her)\s+([^,.;:()]{3,90})")
_DESCRIPTION = re.compile(r"^(?:the|a|an|this|that)\s+(?:(?P<mods>(?:[\w’'-]+\s+){0,3}))?(?P<head>[\w-]+)$",
                          re.IGNORECASE)


def attribute(articles: Sequence[Article], entities: Sequence[Entity]) -> tuple[Quote, ...]:
    """Every article's quotes with their speakers resolved to the story's entities and
    given a category."""
    named = [e for e in entities if e.role is None]
    at: dict[str, list[tuple[int, int, Entity]]] = defaultdict(list)
    for e in named:
        for m in e.mentions:
            at[m.article].append((m.start, m.end, e))
    titles = person_titles(articles, named)
    out = []
    for article in articles:
        for q in article.quotes:
            entity = _entity_at(at.get(article.id, []), q.speaker_start, q.speaker_end)
            if entity is None and q.speaker_text:
                entity = _described(q.speaker_text, article.id, named, titles) or \
                    _surname(q.speaker_text, article.id, named)
            if entity is not None:
                category = category_of(entity.name, entity=entity, titles=titles.get(entity.id, set()))
                out.append(dataclasses.replace(q, speaker=entity.name, speaker_entity=entity.id,
                                               source_type=category))
            else:
                out.append(dataclasses.replace(q, source_type=category_of(q.speaker_text or q.speaker or "")
                                               if q.speaker else None))
    return tuple(out)


def person_titles(articles: Sequence[Article], entities: Sequence[Entity]) -> dict[str, set[str]]:
    """Entity id → the title and role words the articles put before or beside its mentions
    ("Kazakh President X", "X, a researcher at ...")."""
    texts = {a.id: a.text for a in articles}
    out: dict[str, set[str]] = defaultdict(set)
    for e in entities:
        if e.type != "PERSON":
            continue
        for m in e.mentions:
            text = texts.get(m.article)
            if text is None:
                continue
            before = _BEFORE.search(text[max(0, m.start - 60):m.start])
            if before:
                words = before.group(1).lower().split()
                out[e.id].update(_title_run(words))
            after = _APPOSITIVE.match(text[m.end:m.end + 100])
            if after:
                out[e.id].update(w for w in re.findall(r"[\w-]+", after.group(1).lower())[:4] if w in _TITLE_WORDS)
    return out


def _title_run(words: list[str]) -> set[str]:
    """The title words among the few right before a name, back to a comma or an article:
    "kazakh president", "minister of foreign affairs", "head of state"."""
    found: set[str] = set()
    for w in reversed(words):
        if w.endswith((",", ".", ";", ":")) or w in {"the", "a", "an", "and", "told", "said", "says"}:
            break
        word = w.strip("’'")
        if word in _TITLE_WORDS:
            found.add(word)
    return found


def _entity_at(spans: list[tuple[int, int, Entity]], start: int | None, end: int | None) -> Entity | None:
    if start is None or end is None:
        return None
    hits = [(min(e, end) - max(s, start), ent) for s, e, ent in spans if s < end and start < e]
    best = max(hits, key=lambda h: h[0]) if hits else None
    # the mention must be (most of) the speaker's words: "Kazakh" is no speaker of "a Kazakh news website"
    return best[1] if best is not None and best[0] >= 0.6 * (end - start) else None


def _described(description: str, article: str, entities: Sequence[Entity],
               titles: dict[str, set[str]]) -> Entity | None:
    """The one entity a description names in this story: "the president" → the person the
    articles call president; "the ministry" → the organisation named ...Ministry."""
    m = _DESCRIPTION.match(description.strip())
    if m is None:
        return None
    head = m.group("head").lower()
    mods = [re.sub(r"[’']s?$", "", w.lower()) for w in (m.group("mods") or "").split()]  # "country’s" → "country"
    mods = [w for w in mods if w not in {"country", "nation", "new", "former", "then"}]
    if head in _PERSON_TITLES:
        options = [e for e in entities if e.type == "PERSON" and head in titles.get(e.id, set())]
        if mods:
            narrowed = [e for e in options if all(w in titles.get(e.id, set()) or _modifier_fits(w, e)
                                                  for w in mods)]
            options = narrowed or options
    else:
        options = [e for e in entities if e.type == "ORG" and head in e.name.lower().split()
                   and all(w in e.name.lower() for w in mods if w.isalpha() and len(w) > 3)]
    if len(options) > 1:
        local = [e for e in options if any(mn.article == article for mn in e.mentions)]
        options = local if len(local) == 1 else options
    return options[0] if len(options) == 1 else None


def _surname(text: str, article: str, entities: Sequence[Entity]) -> Entity | None:
    """The one person of the article whose last name a one-word speaker is ("Price" → Ned Price)."""
    word = text.strip()
    if not re.fullmatch(r"[A-Z][\w’'-]+", word):
        return None
    options = [e for e in entities if e.type == "PERSON" and any(m.article == article for m in e.mentions)
               and any(alias.split()[-1] == word for alias in (e.name, *e.aliases) if alias.split())]
    return options[0] if len(options) == 1 else None


def _modifier_fits(word: str, entity: Entity) -> bool:
    return any(word in alias.lower() for alias in (entity.name, *entity.aliases))


def category_of(name: str, *, entity: Entity | None = None, titles: Iterable[str] = ()) -> str:
    """A source's category from its name or description, its entity's kind and titles."""
    low = name.lower()
    words = set(re.findall(r"[\w’'-]+", low))
    if words & _WORDS["anonymous"] and not (entity is not None and entity.type == "PERSON"):
        return "anonymous"
    known = by_name(name) or (by_name(entity.name) if entity is not None else None)
    if known is not None:
        return "agency" if known.wire else "media"
    if re.search(r"\bnews agency\b|\bagency\b.*\bnews\b", low):
        return "agency"
    if entity is not None and entity.type == "PERSON":
        title = set(titles)
        for category in ("official", "expert", "media", "eyewitness"):
            if title & (_OFFICIAL_TITLES if category == "official" else _WORDS[category]):
                return category
        if words & _OFFICIAL_TITLES:
            return "official"
        return "other"
    if name_key(_plain(name)) in organisation_names() or \
            (entity is not None and entity.type == "ORG" and name_key(entity.name) in organisation_names()):
        return "organisation"  # the international bodies of the general table
    if entity is not None and entity.type in ("GPE", "NORP"):
        return "official"  # "Kazakhstan said", "the Russians announced": a government speaking
    for category in ("agency", "media", "expert", "eyewitness", "official", "organisation"):
        if words & _WORDS[category]:
            return category
    return "other"


@dataclasses.dataclass
class _Row:
    name: str
    category: str
    entity: str | None
    claims: list[str] = dataclasses.field(default_factory=list)
    quotes: list[str] = dataclasses.field(default_factory=list)


def sources(article: Article, quotes: Sequence[Quote], entities: Sequence[Entity],
            index: Mapping[str, Entity]) -> tuple[Source, ...]:
    """Whom one article relies on: the speakers of its quotes and the sources of its figures,
    one record per source (an entity, else a name), most used first. ``index`` is
    ``name_index(entities)``, built once for all of a story's articles."""
    rows: dict[str, _Row] = {}
    titles = person_titles([article], entities)
    for q in quotes:
        if q.article == article.id and q.speaker:
            key = q.speaker_entity or _plain(q.speaker)
            rows.setdefault(key, _Row(q.speaker, q.source_type or "other", q.speaker_entity)).quotes.append(q.id)
    for claim in article.claims:
        for credited in _credited(claim):
            entity = index.get(name_key(credited))
            if entity is not None:
                row = rows.setdefault(entity.id, _Row(entity.name, category_of(
                    credited, entity=entity, titles=titles.get(entity.id, set())), entity.id))
            else:
                row = rows.setdefault(_plain(credited), _Row(credited, category_of(credited), None))
            row.claims.append(claim.id)
    ordered = sorted(rows.values(), key=lambda r: -(len(r.claims) + len(r.quotes)))
    return tuple(Source(name=r.name, category=r.category, entity=r.entity, claims=tuple(dict.fromkeys(r.claims)),
                        quotes=tuple(r.quotes)) for r in ordered)


def _credited(claim: Claim) -> list[str]:
    """The sources one claim credits: "X (via Y)" and "X citing Y" name two."""
    text = claim.attributed_to or ""
    if not text:
        return []
    parts = re.split(r"\s+\(via\s+|\s+citing\s+", text)
    return [p.strip(" )") for p in parts if p.strip(" )")]


def name_index(entities: Sequence[Entity]) -> dict[str, Entity]:
    """Name key of every name and alias → its (named, not group) entity."""
    out: dict[str, Entity] = {}
    for e in entities:
        if e.role is not None:
            continue
        for alias in (e.name, *e.aliases):
            out.setdefault(name_key(alias), e)
    return out


def _plain(name: str) -> str:
    return re.sub(r"^(?:the|a|an)\s+", "", name.strip(), flags=re.IGNORECASE).lower()
