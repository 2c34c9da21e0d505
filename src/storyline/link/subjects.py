"""Whose figure it is: the same kind of figure told of different named things is different facts.

A car show gives each car's range and power, a market report each index's move, a box score each
player's points, a roundup each product's price. The facts table keys figures by what they measure
and count, so "range (miles)" of two cars would share a row and be judged conflicting. This module
reads each figure's subject from its sentence and the names the parser tagged in it, and keeps
figures of different subjects apart:

- the subject is the first name before the figure in its clause (a product, a firm, a person, an
  index: "the Brava GT's battery gives 260 miles", "the Orla index fell 1.2%, while the Vento index
  rose 0.4%"), not one that only tells ("Kestrel says the van can go 300 miles"), one a figure is
  compared with ("faster than the old Brava"), nor a place: a place sets a figure or owns its subject
  ("in Europe", "Norland's Orla index"), and where a figure is told is read elsewhere; a clause whose
  subject is a place has no named subject, the names after it being objects ("Norland wants Kestrel
  to drop its 15% tariff");
- a figure whose sentence names no such subject has none read ("It reaches 60 mph in 5.1 seconds"):
  which thing a pronoun stands for is not guessed from the sentence before;
- a count of people and an age are left to the readers that tell whose they are, and a quake's
  magnitude and depth are the event's own;
- two names are one subject when one's words hold the other's ("the Brava GT", "the Brava") or one
  is the other's initials ("KMW", "Kestrel Motor Works"; "VW" in "Volkswagen").

Figures of two named subjects stay apart unless they are the same figure: one figure told of two
names is most often one thing named two ways (a tariff told as a country's and as its leader's). A
figure of no named subject joins the subject whose figure it repeats; the others stay one quantity.
"""

from __future__ import annotations

import bisect
import dataclasses
import functools
import itertools
import re
from collections.abc import Sequence
from typing import TypeVar

from storyline.link.assess import Told
from storyline.link.datelines import opens_dateline
from storyline.link.label_heads import by_doer, passing
from storyline.model import Article, Claim, Fact, NamedSpan

# labels of a figure, a time or an amount: never a subject
FIGURE_LABELS = frozenset({"CARDINAL", "MONEY", "PERCENT", "QUANTITY", "DATE", "TIME", "ORDINAL"})
_PLACES = frozenset({"GPE", "LOC", "NORP"})
# what closes the clause a figure's subject stands in, before the figure
_CLAUSE_END = re.compile(r";|\s[—–]\s|,?\s+(?:while|whereas|but|although|though)\s+|,\s+and\s+(?=the\s|[A-Z])")
# a name that only tells: "Kestrel says", "Kestrel, the maker, estimates", "according to Kestrel"
_TELLS_AFTER = re.compile(r"^(?:['’]s?)?(?:\s*\([^()]{1,20}\))?(?:(?:\s*,[^,]{1,80}){1,2},)?\s*,?\s*"
                          r"(?:(?:\w+ly|now|also|later|then|still|again)\s+)?"
                          r"(?:(?:has|have|had)\s+(?:\w+ly\s+|now\s+|also\s+)?)?"
                          r"(?:says|said|saying|estimates|estimated|claims|claimed|reports|reported|told|tells|expects|"
                          r"expected|predicts|predicted|announced|confirmed|noted|added|believes|thinks|disputed|disputes|"
                          r"insisted|insists|stated|states|put\s+(?:the|its|their|his|her)\b[^.;]{0,60}?\bat)\b"
                          # a teller's own finding: "ZEMA's preliminary assessment found 214 houses burned"
                          r"|^['’]s?\s+(?:\w+\s+){0,2}(?:assessment|estimate|report|figures?|count|tally|survey|"
                          r"statement|data)\b", re.IGNORECASE)
# a name in the teller's own words: "Army spokesman Captain Yusuf Idris said troops rescued 12"
_IN_TELLER = re.compile(r"^['’]?s?(?:\s+[\w'’.-]+){1,5}?,?\s+(?:(?:has|have|had)\s+)?"
                        r"(?:said|says|told|estimated|estimates|reported)\b")
# a name the clause opens with a setting: "In Kadawa, a farming village, about 70 homes were burned"
_SET_BEFORE = re.compile(r"(?:^|[,;:]\s*)(?:in|at)\s+$", re.IGNORECASE)
_TELLS_BEFORE = re.compile(r"\b(?:according\s+to|reports?\s+(?:for|to)|writes?\s+(?:for|in)|said|says|told)\s+"
                           r"(?:the\s+)?$", re.IGNORECASE)
# a name a figure is compared with, or a place it is set in: "than the old Brava", "in Europe"
_COMPARED = re.compile(r"\b(?:than|versus|vs\.?|like|unlike)\s+(?:the\s+|a\s+|an\s+)?(?:[\w'’-]+\s+){0,2}$",
                       re.IGNORECASE)
_SETTING = re.compile(r"\b(?:in|at|from|to|into|across|throughout|outside|inside|near|around|of|for|on|by|with)\s+"
                      r"(?:the\s+)?$", re.IGNORECASE)
_OWNER = re.compile(r"^['’]s?\s")
# a verb right after a name: it is the clause's subject ("Norland also wants", "Norland has asked")
_VERB_AFTER = re.compile(r"^\s+(?:\w+ly\s+|also\s+|still\s+|now\s+)?(?:\w+(?:s|ed)|is|are|was|were|has|have|had|will|"
                         r"would|can|could|may|might|must|should|wants|plans)\b")
_WORD = re.compile(r"[\w]+")
_TRAILING_POSSESSIVE = re.compile(r"['’]s?$")
# a clause that opens on a verb or an adverb, with no subject of its own
_SHARED = re.compile(r"^(?!(?:the|a|an|its|it|they|he|she|we|this|that|these|those|there)\b)[a-z]")
_OWN_READERS = frozenset({"age", "magnitude", "depth"})  # a person's age; the size of the event itself
# the agency a dateline names, "MANILA (Pacific Wire) -", "LONDON, May 2 (Reuters) -": who files, never a subject
_AGENCY_BEFORE = re.compile(r"\(\s*$")
_AGENCY_AFTER = re.compile(r"^\s*\)\s*(?:[-–—:]|$)")
# a name the next word makes a place, whatever the parser tagged: "Aurora province", "Kanawha County"
_PLACE_KIND = re.compile(r"^\s+(?:province|state|county|district|region|prefecture|department|municipality|"
                         r"governorate|oblast|canton|parish|borough|township|territory)\b", re.IGNORECASE)


def _qualifies(name: NamedSpan, text: str, start: int) -> bool:
    """Whether a name in a sentence (``text`` begins at the sentence's offset ``start``) may be its
    figure's subject: not a figure, not a teller, not compared with, not a place."""
    letters = [ch for ch in name.text if ch.isalpha()]
    if name.label in FIGURE_LABELS or not letters or letters[0].islower():
        return False
    before, after = text[:name.start - start], text[name.end - start:]
    if _TELLS_AFTER.match(after) or _TELLS_BEFORE.search(before) or _COMPARED.search(before) or \
            _IN_TELLER.match(after):
        return False
    if _SET_BEFORE.search(before) and after.lstrip().startswith(","):
        return False  # "In Kadawa, ...": where the clause is set, not whose its figure is
    if (_AGENCY_BEFORE.search(before) and _AGENCY_AFTER.match(after)) or _PLACE_KIND.match(after):
        return False  # the dateline's agency; a place named with its kind
    if not before.strip() and opens_dateline(text[name.start - start:]):
        return False  # "GUAYAQUIL, Ecuador - Police have seized ...": where the story is filed from
    return name.label not in _PLACES


def _names(article: Article, start: int, end: int) -> list[NamedSpan]:
    return sorted((n for n in article.names if start <= n.start and n.end <= end), key=lambda n: n.start)


def _first_name(article: Article, *, text: str, start: int, stop: int) -> str | None:
    """The first name that may be a subject in ``text[:stop]`` (``text`` begins at offset ``start``): the
    clause's subject or its owner ("the Brava's battery") stands before its objects."""
    for name in _names(article, start, start + stop):
        if _qualifies(name, text, start):
            return _TRAILING_POSSESSIVE.sub("", name.text).strip()
        if _subject_place(name, text, start):
            return None  # "Norland wants Kestrel to cut its 15% tariff": a place's clause; the name after is an object
    return None


def _subject_place(name: NamedSpan, text: str, start: int) -> bool:
    """Whether a place stands as its clause's subject: not set in ("in Europe"), not an owner ("Norland's Orla
    index"), not a word before a noun ("the Norland talks")."""
    if name.label not in _PLACES or name.label == "NORP":
        return False
    before, after = text[:name.start - start], text[name.end - start:]
    return not (_SETTING.search(before) or _TRAILING_POSSESSIVE.search(name.text) or _OWNER.match(after)
                or not _VERB_AFTER.match(after))


def of_something(claim: Claim) -> bool:
    """Whether a figure measures a thing a story may give for several named subjects (a range, a price, a move,
    a count of things), as against a count of people or an age, whose own readers tell whose they are."""
    return claim.subject_group == "not_people" and claim.measure not in _OWN_READERS


def subject(claim: Claim, article: Article, *, sentences: _Index | None = None) -> str | None:
    """The named thing a figure is told of: the first name before it in its clause (else in its sentence, when
    the clause has no subject of its own); None when none is read (the module's docstring). In a list of figures
    each told of its own name ("the SDU on 34.7 percent, the HB on 28.6 percent"; "ahead of the HB on 24.3
    percent"), a name that opens the item since the figure before is this figure's, and an item's further figure
    is its name's ("the HB on 28.6 percent and 12 seats"). ``sentences``: the article's figures by sentence
    (``by_sentence``), when a caller reads many of its figures."""
    if claim.figure_at() < 0 or not of_something(claim):
        return None
    if sentences is None:
        sentences = by_sentence(article)
    chain = [claim]  # the figure, and the figures before it in its item whose name it shares
    while len(chain) <= _LIST_REACH:
        last = chain[-1]
        at, text = last.figure_at(), last.text
        before = _figure_before(last, sentences, at)
        since = before.figure_at() + len(before.number_text) if before else 0
        if before is None or since <= _clause_start(text, at):
            break
        named = _listed_name(article, text=text[since:], start=last.start + since, stop=at - since)
        if named:
            return named
        if not (of_something(before) and _INHERITS.match(text[since:at])):
            break
        chain.append(before)
    return next((own for figure in reversed(chain) if (own := _clause_subject(figure, article))), None)


_Index = dict[tuple[int, str], tuple[tuple[int, ...], tuple[Claim, ...]]]  # (start, text) -> (ends, figures)
_LIST_REACH = 6  # figures of one item looked back over ("on 28.6 percent and 12 seats"): a bound for a long list


def _clause_start(text: str, at: int) -> int:
    """Where the clause that holds offset ``at`` of a sentence starts (0: the sentence's first)."""
    ends, looked = _clause_ends(text)
    k = bisect.bisect_right(ends, at)
    while k and ends[k - 1] == at and looked[k - 1]:
        k -= 1  # ", and " is a clause's end only by what follows it: the figure itself is not read for that
    return ends[k - 1] if k else 0


@functools.lru_cache(maxsize=256)
def _clause_ends(text: str) -> tuple[tuple[int, ...], tuple[bool, ...]]:
    """Where each clause of a sentence ends, and whether its end was told by the word after it (", and The")."""
    found = list(_CLAUSE_END.finditer(text))
    return tuple(m.end() for m in found), tuple(m.group().rstrip().endswith("and") for m in found)


def _clause_subject(claim: Claim, article: Article) -> str | None:
    """The first name before a figure in its clause, else in its sentence when the clause has no subject of its own
    ("..., but was last trading up 1%" shares its sentence's)."""
    at, text = claim.figure_at(), claim.text
    if at < 0:
        return None
    clause = _clause_start(text, at)
    shares = bool(clause) and bool(_SHARED.match(text[clause:]))
    return _first_name(article, text=text[clause:], start=claim.start + clause, stop=at - clause) \
        or (_first_name(article, text=text, start=claim.start, stop=at) if not clause or shares else None)


# what opens the next item of a list of figures, before its name: "34.7 percent, the HB on 28.6 percent", "beat
# Jarry 6-4, 6-3 and Schwartzman defeated Garin 6-2, 6-2", "well ahead of the HB on 24.3 percent"
_NEXT_ITEM = re.compile(r"(?:[,;:]|\b(?:and|while|whereas|ahead\s+of|against|behind|followed\s+by))\s+"
                        r"(?:the\s+)?[\"“]?$", re.IGNORECASE)

# between an item's name and its figure, a few words and no other item: "the HB on", "Shapovalov defeated Fritz",
# not "a controller, Chromecast Ultra and three months"
_ITEM_VERB = re.compile(r"^['’]?s?(?:\s+(?!and\b|or\b)[\w'’.-]+){0,5}\s*$")

# what stands between two figures of one item ("28.6 percent and 12 seats"): no new item, no name
_INHERITS = re.compile(r"^[^,;:A-Z]*$")


def _listed_name(article: Article, *, text: str, start: int, stop: int) -> str | None:
    """The first name in ``text[:stop]`` that opens a list's next item (``_NEXT_ITEM``) and may be a subject; None
    when none does (a name in the middle of a clause, "dismissed by Sheffield Rovers, ending a spell of ...", is
    an object)."""
    for name in _names(article, start, start + stop):
        if name.text.startswith("the "):  # "the New Liberals" as the parser spans it
            name = dataclasses.replace(name, start=name.start + 4, text=name.text[4:])
        if _NEXT_ITEM.search(text[:name.start - start]) and _ITEM_VERB.match(text[name.end - start:stop]) \
                and (_qualifies(name, text, start) or _group(name)):
            return _TRAILING_POSSESSIVE.sub("", name.text).strip()
    return None


def _group(name: NamedSpan) -> bool:
    """Whether a nationality, religious or political name is a group told as a noun ("the Greens", "the
    Liberals", "Democrats"), not an adjective ("Polish", "Somali")."""
    return name.label == "NORP" and name.text[:1].isupper() and name.text.endswith("s")


def _figure_before(claim: Claim, sentences: _Index, at: int) -> Claim | None:
    """The figure read last before a claim's own in its sentence (``at``), if any."""
    ends, figures = sentences.get((claim.start, claim.text), ((), ()))
    k = bisect.bisect_right(ends, at)
    while k > 0 and (figures[k - 1].id == claim.id or ends[k - 1] <= 0):
        k -= 1
    if k == 0:
        return None
    first = bisect.bisect_left(ends, ends[k - 1])  # of figures ending at one place, the first told
    return next(f for f in figures[first:k] if f.id != claim.id)


def by_sentence(article: Article) -> _Index:
    """An article's figures by sentence, in the order they end in it, with where each ends."""
    found: dict[tuple[int, str], list[tuple[int, int, Claim]]] = {}
    for n, other in enumerate(article.claims):
        found.setdefault((other.start, other.text), []).append((other.figure_at() + len(other.number_text), n, other))
    index: _Index = {}
    for key, figures in found.items():
        figures.sort(key=lambda f: (f[0], f[1]))
        index[key] = (tuple(f[0] for f in figures), tuple(f[2] for f in figures))
    return index


def _words(name: str) -> list[str]:
    return [w.lower() for w in _WORD.findall(name)]


def _initials(short: str, long: str) -> bool:
    """Whether ``short`` is written in capitals from ``long``'s letters in order, starting with its first
    ("KMW" of "Kestrel Motor Works", "VW" of "Volkswagen")."""
    if not (2 <= len(short) <= 5 and short.isupper() and short.isalpha()):
        return False
    rest = long.lower()
    if not rest.startswith(short[0].lower()):
        return False
    at = 0
    for ch in short.lower():
        at = rest.find(ch, at)
        if at < 0:
            return False
        at += 1
    return True


def same_subject(a: str, b: str) -> bool:
    """Whether two names are one subject: one's words hold the other's ("the Brava" in "the Brava GT"), or
    one is the other's initials."""
    wa, wb = set(_words(a)) - {"the"}, set(_words(b)) - {"the"}
    if not wa or not wb:
        return False
    return wa <= wb or wb <= wa or _initials(a.strip(), b) or _initials(b.strip(), a)


R = TypeVar("R", bound=Told)
F = TypeVar("F", bound=Fact)


def _same_figure(a: Told, b: Told) -> bool:
    """Whether two reports give one figure, however loosely each words it ("roughly $449,000", "$449,000")."""
    if a.claim.value is not None and b.claim.value is not None:
        return a.claim.value == b.claim.value
    return (a.low, a.high) == (b.low, b.high)


def _apart(reports: list[R], whose: dict[str, str]) -> list[list[R]]:
    """One quantity's reports split by whose figure they are (the module's docstring): reports of two named
    subjects stay apart unless they give the same figure."""
    named = [r for r in reports if r.claim.id in whose]
    if len({whose[r.claim.id] for r in named}) < 2:
        return [reports]
    parent = list(range(len(reports)))

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    def join(i: int, j: int) -> None:
        parent[root(i)] = root(j)

    for i, j in itertools.combinations(range(len(reports)), 2):
        a, b = whose.get(reports[i].claim.id), whose.get(reports[j].claim.id)
        same = _same_figure(reports[i], reports[j])
        if (a and b and same_subject(a, b)) or same:
            join(i, j)
    groups: dict[int, list[R]] = {}
    unnamed: list[R] = []  # figures of no named subject that repeat none of a named one's: one quantity, as before
    for i, r in enumerate(reports):
        groups.setdefault(root(i), []).append(r)
    out = []
    for group in groups.values():
        if any(r.claim.id in whose for r in group):
            out.append(group)
        else:
            unnamed.extend(group)
    if len(out) < 2:
        return [reports]
    return [*out, unnamed] if unnamed else out


def name_of(claims: Sequence[Claim], whose: dict[str, str]) -> str | None:
    """The subject a row's figures are told of, when all that name one name the same (the longest way it
    is written); None otherwise."""
    names = [whose[c.id] for c in claims if c.id in whose]
    if not names or any(not same_subject(names[0], n) for n in names[1:]):
        return None
    return max(names, key=len)


def with_subject(label: str, *, name: str, location: str | None) -> str:
    """A row's label naming whose figure it is: "distance of range (miles)" -> "distance of range of the Brava
    GT (miles)"; a label that names it already stays."""
    if set(_words(name)) - {"the"} <= set(_words(label)):
        return label
    suffix = f" in {location}" if location and label.endswith(f" in {location}") else ""
    base = label[:-len(suffix)] if suffix else label
    unit = re.search(r"\s\([^()]*\)$", base)
    head, tail = (base[:unit.start()], unit.group()) if unit else (base, "")
    return f"{head} of {name}{tail}{suffix}"


class Subjects:
    """Whose each figure of a story is, and which of its quantities were split by whose they are."""

    def __init__(self, articles: Sequence[Article]) -> None:
        self.whose = {claim.id: name for article in articles
                      for sentences in (by_sentence(article),) for claim in article.claims
                      if (name := subject(claim, article, sentences=sentences))}
        self._split: set[str] = set()  # claims of a quantity split by subject

    def apart(self, reports: list[R]) -> list[list[R]]:
        """One quantity's reports split by whose figure they are (the module's docstring): reports of two named
        subjects stay apart unless they give the same figure."""
        out = _apart(reports, self.whose)
        if len(out) > 1:
            self._split.update(r.claim.id for r in reports)
        return out

    def name_rows(self, facts: Sequence[F], claims: dict[str, Claim]) -> list[F]:
        """The rows with labels that name whose figure each is, for quantities split by subject (two cars'
        ranges, two indexes' moves); other rows keep their labels."""
        out = []
        for fact in facts:
            mine = [claims[c] for c in fact.claims if c in claims]
            name = name_of(mine, self.whose) if any(c in self._split for c in fact.claims) else None
            if name and all(passing(self.whose[c.id], c) for c in mine if c.id in self.whose):
                name = None  # named only in passing: not whose the figures are
            if name:
                label = by_doer(fact.label, name=name, location=fact.location, claims=mine) \
                    or with_subject(fact.label, name=name, location=fact.location)
                fact = dataclasses.replace(fact, label=label, whose=name)
            out.append(fact)
        return out
