"""The place of a fact, when it has one: a place a reader can find on a map, given to a figure of
something that happened there.

``fact_labels`` sets a fact at its sentence's place or at the story's place; this module says
when neither is right.

- **A piece of a name, or a common noun phrase, is no place.** "Valley" of "the Missouri Valley
  Conference", "Fish and" cut from "the U.S. Fish and Wildlife Service", "the red zone", "a navy
  hospital": a parser calls them places, but a reader finds none of them on a map. The fact falls
  back to the next candidate (the story's place).
- **A figure that happens nowhere has no place** (DOSSIER: ``location`` is the most specific place
  the figure applies to; nothing unknown is filled in). The age of someone who is neither a victim
  nor a suspect, a price, a speed, a sum of money (a deal, an offer, a company's results) are
  figures of someone or something, not of an event at a place: they get no place unless their own
  sentence sets them at one ("at the fair in Harwick the lamb sold for $900"). Figures of an event
  (tolls, arrests, damage, a quake's measures, the age of a victim or a suspect) keep theirs.

Measured and not kept (round 13): a figure its sentence sums over a season or a career ("716 yards
this season", "career-high 14 points") set at no place helps the training stories but sets fewer
places right on held-out ones, whose readers often give a season figure the team's city.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

from storyline.link.fact_place import KEEP_MEASURES, named_in_sentence
from storyline.link.gazetteer import candidates, own_name
from storyline.model import Article, Claim, Fact

# roles of those an event happens to or who do it: their ages are told at the event's place
_EVENT_ROLES = frozenset({"victims", "perpetrators"})
# a figure of a thing rather than an event: what it costs, how fast it goes
_THING_MEASURES = frozenset({"price", "speed", "money"})


def happens_nowhere(fact: Fact, claims: Sequence[Claim]) -> bool:
    """Whether a fact is a figure of someone or something that happens at no place (the module's
    docstring), and no sentence of its figures sets it at one."""
    if (fact.measure in KEEP_MEASURES and fact.measure != "age") or fact.scope or not claims:
        return False
    if any(named_in_sentence(c) for c in claims):
        return False
    if fact.measure == "age":
        return not any(c.role in _EVENT_ROLES for c in claims)
    return fact.measure in _THING_MEASURES


# -- a piece of a name, or a common noun phrase ----------------------------------------------

# small words inside a place's own name ("Gulf of Aden", "Trinidad and Tobago", "Grand Hotel du Cap")
_NAME_LINKS = frozenset({"of", "and", "de", "du", "des", "la", "le", "les", "del", "della", "da", "di", "do", "dos",
                         "upon", "on", "en", "am", "im", "an", "der", "al", "el", "y"})
# small words that join a phrase, never a name: "the Jaguars at Jacksonville Stadium"
_PHRASE_LINKS = frozenset({"at", "in", "near", "with", "to", "for", "from", "by", "or", "vs", "vs."})
_POSSESSIVE = re.compile(r"['’]s$")
_ARTICLE = re.compile(r"^(?:the|a|an)\s+", re.IGNORECASE)
# a capitalised word right before a name's occurrence: "Missouri Valley", "Fish and Wildlife"
_WORD_BEFORE = re.compile(r"([A-Z][\w.&-]*)[ -]$")
# what follows a name's first words: "Building 6000", "Fish and Wildlife Service"
_WORD_AFTER = re.compile(r"[ -](?:\d|[A-Z][a-z])")
# capitalised words that open a sentence or a phrase rather than a name ("In Valley", "The Valley")
_OPENERS = frozenset({"the", "a", "an", "in", "at", "on", "of", "from", "to", "for", "by", "near", "across", "into",
                      "around", "outside", "inside", "and", "but", "or", "as", "after", "before", "with", "this",
                      "that", "their", "its", "his", "her", "our"})
_PLACE_LABELS = ("GPE", "LOC")
# a town's name seen inside a longer name once ("Assistant Oakland County Prosecutor") may still be where it is
FRAGMENT_MIN = 2


def common_or_cut(name: str) -> bool:
    """Whether a place's name is a common noun phrase ("the red zone", "a navy hospital") or a
    name cut short ("U. S. Fish and"): words a parser took for a place that no map holds."""
    words = _ARTICLE.sub("", name.strip()).split()
    if not words:
        return True
    if not words[0][:1].isupper() and not words[0][:1].isdigit():
        return not own_name(name)  # "red zone", "navy hospital": a common noun, not a name ("iran" is one)
    if words[-1].lower() in _NAME_LINKS or words[-1] in ("&", "-"):
        return True  # a name cut before its last words
    return any(w in _PHRASE_LINKS for w in words[1:-1])  # "the Jaguars at Jacksonville Stadium": a phrase


class NoPlaces:
    """Which names a story's articles use as a piece of a longer name rather than as a place
    (the module's docstring): "Valley" of "the Missouri Valley Conference"."""

    def __init__(self, articles: Sequence[Article]) -> None:
        self.articles = articles
        self._seen: dict[str, bool] = {}

    def __call__(self, name: str | None) -> bool:
        """Whether ``name`` is no place: a common noun phrase, a cut name, or a word the story's
        articles mostly write inside a longer name after another of its words."""
        if not name:
            return False
        if name not in self._seen:
            bare = _POSSESSIVE.sub("", _ARTICLE.sub("", name.strip()))  # "the Valley's" -> "Valley"
            self._seen[name] = common_or_cut(name) or self._fragment(bare)
        return self._seen[name]

    def _fragment(self, name: str) -> bool:
        if any(p.is_country for p in candidates(name)):
            return False  # "Republican U.S. vice-presidential candidate": a country is never a piece
        inside = alone = 0
        known = own_name(name)
        single = " " not in name and not known  # one word no gazetteer holds: "Building" of "Building 6000"
        pattern = re.compile(r"(?<![\w-])" + re.escape(name) + r"(?![\w-])")
        for article in self.articles:
            places = [(n.start, n.end) for n in article.names if n.label in _PLACE_LABELS and len(n.text) > len(name)]
            for m in pattern.finditer(article.text):
                if any(s <= m.start() and m.end() <= e for s, e in places):
                    continue  # inside a longer place's name ("Northeast Philadelphia"): that place's concern
                before = _WORD_BEFORE.search(article.text, max(0, m.start() - 40), m.start())
                opener = before is None or before.group(1).lower() in _OPENERS or before.group(1).isupper() \
                    or _opens_sentence(article.text, before.start()) \
                    or own_name(f"{before.group(1)} {name.split()[0]}")  # "West Papua province": a longer place
                opens_longer = single and _WORD_AFTER.match(article.text, m.end()) is not None
                if opener and not opens_longer:
                    alone += 1
                else:
                    inside += 1
        return inside >= (FRAGMENT_MIN if known else 1) and inside > alone


def _opens_sentence(text: str, at: int) -> bool:
    """Whether the word at ``at`` opens a sentence, a line or a quotation: its capital says nothing
    ("Remember New Jersey's ..." names no "Remember New Jersey")."""
    head = text[max(0, at - 3):at]
    return at == 0 or bool(re.search(r"[.!?:;\n\"“(]\s*$", head))


def figures_at(articles: Sequence[Article]) -> Counter[str]:
    """How many of the story's figures their sentences set at each place (lower-cased, without
    "the"): between two places the articles name as widely, the one the figures are told at."""
    return Counter(_ARTICLE.sub("", c.location).lower() for a in articles for c in a.claims if c.location)
