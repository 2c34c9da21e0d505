"""Whose figure a fact's row is about, named as a reader looks for it.

``fact_labels`` writes a label naming what is counted; for an age, what is counted is a
person, and the claims name that person unevenly: by a surname alone ("Riva, 47"), a noun
("the 26-year-old actress"), a pronoun ("He was 77.") or, when a parser slips, a date word
("Friday, 44" read as a name). The label names the person as the story's articles do at
their fullest, with the role the figures give them:

- a surname alone or a shorter form takes the fullest form the articles name the person by
  ("Teixeira" → "Mark Teixeira", "Ann Lee" → "Ann Lee Jr."), when only one person of the
  story bears it ("Gomes" stays "Gomes" beside "Gary Gomes" and "Catherine Gomes");
- a noun, a pronoun or a date word stands for one of the story's main persons (named in at
  least half of its articles): the one its article named last before the figure; but a plain noun
  most figures bring in with an indefinite article ("a 9-year-old boy", "the victims were a
  78-year-old woman and ...") is someone met there first, never a person named before (a speaker,
  an official, a place the parser took for a name): "age of the boy";
- the role noun follows the name: the side most of the figures give the person ("suspect",
  "victim"), else the noun the text calls them by ("actress").

A label whose head is only a measure or a unit says nothing a reader can use: "duration
(seconds)", "ghz", "percent (percent)". What is measured is read from the figure's sentence
by its grammar: what lasted ("the initial tremor lasted 10 seconds"), what a figure and its
unit modify ("a 1.8 GHz dual core processor"), what rose or fell by a percentage ("Greek
stocks plunged 5.4 per cent"), of what a share is ("ninety percent of the candidates"). A
sentence that does not say ("It lasted 30 seconds") leaves the label as it is.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

from storyline.dates import MONTHS, WEEKDAYS
from storyline.extract.quantities import MEASURE_UNITS
from storyline.model import Article, Claim

MAIN_SHARE = 0.5  # a main person of the story is named in at least this share of its articles

_ROLE_NOUNS = {"victims": "victim", "perpetrators": "suspect"}
_TITLES = frozenset({"mr", "mrs", "ms", "miss", "dr", "sir", "dame", "lord", "lady", "gen", "col", "sgt", "lt",
                     "capt", "rev", "prof"})
# "the 48-year-old man": a noun that says no more than a person's sex or age is no role
_PLAIN = frozenset({"man", "woman", "person", "boy", "girl", "men", "women", "people", "he", "she", "him", "her"})
_TIME_WORDS = frozenset({"today", "yesterday", "tomorrow", "tonight", "morning", "evening", "afternoon", "night"})


def _words(name: str) -> list[str]:
    return [w for w in re.findall(r"[^\W\d_][\w'’.-]*", name) if w.lower().rstrip(".") not in _TITLES]


def _is_time(word: str) -> bool:
    """A date word the parser read as a person: "Friday", "January", "Tonight"."""
    folded = word.lower().strip(".,")
    return folded in WEEKDAYS or folded in MONTHS or folded in _TIME_WORDS


def _is_name(counted: str) -> bool:
    """A person's name (capitalised words), not a noun nor a date word."""
    words = _words(counted)
    return bool(words) and all(w[:1].isupper() for w in words) and not any(_is_time(w) for w in words)


def _persons(articles: Sequence[Article]) -> Counter[str]:
    """Each PERSON name of the story, with the number of articles naming it; not a name that half as many
    articles or more tag as a place ("Bramley Heath blast: ... as man, 47, arrested", a town the parser read as a
    person in a headline)."""
    found: Counter[str] = Counter()
    places: Counter[str] = Counter()
    for article in articles:
        found.update(_person_names(article))
        places.update({n.text.strip() for n in article.names if n.label in ("GPE", "LOC", "FAC")})
    return Counter({name: count for name, count in found.items() if 2 * places[name] < count})


def _person_names(article: Article) -> set[str]:
    """The PERSON names an article prints that may be a person's, without a possessive "'s"."""
    return {re.sub(r"['’]s$", "", n.text.strip()) for n in article.names
            if n.label == "PERSON" and _is_name(n.text) and _plausible(n.text)}


def fullest(name: str, persons: Counter[str]) -> str:
    """The fullest form the story names a person by that holds every word of ``name``:
    "Teixeira" → "Mark Teixeira"; ``name`` itself when no longer form holds it or when
    several persons do ("Gomes" of "Gary Gomes" and "Catherine Gomes")."""
    mine = {w.lower() for w in _words(name)}
    if not mine:
        return name
    longer = [p for p in persons if mine < {w.lower() for w in _words(p)}]
    if not longer:
        return name
    longest = [p for p in longer
               if not any({w.lower() for w in _words(p)} < {w.lower() for w in _words(q)} for q in longer)]
    forms = {frozenset(w.lower() for w in _words(p)) for p in longest}
    if len(forms) > 1:
        return name  # two persons bear it
    return max(longest, key=lambda p: (persons[p], len(p)))


_NOT_IN_NAMES = frozenset({"the", "of", "into", "in", "on", "at", "to", "for", "with", "and", "after", "as", "is",
                           "says", "said", "by", "from"})


def _plausible(name: str) -> bool:
    """A person's full name, not a headline the parser read as one ("Lindsay Lohan Checks Into
    Rehab") nor a nickname's quotes ("Vincent 'The Chin' Gigante" is named "Vincent Gigante")."""
    words = _words(name)
    return len(words) <= 4 and not any(w.lower() in _NOT_IN_NAMES for w in words) and not re.search(r"[\"“”]", name)


def _main_persons(articles: Sequence[Article], persons: Counter[str]) -> list[str]:
    """The story's main persons, by their fullest name: named (by any form) in at least half of
    its articles."""
    reach: Counter[str] = Counter()
    for article in articles:
        reach.update({fullest(name, persons) for name in _person_names(article)})
    need = max(2.0, MAIN_SHARE * len(articles))
    return sorted(p for p, k in reach.items() if k >= need and p in persons)  # (not a place read as a person)


def _named_last(claim: Claim, article: Article, main: list[str]) -> str:
    """The main person the article names last before the figure (by their surname, which a parser
    may miss in a headline: "Bettie Page dies at 85"). Two forms ending in one surname match at one
    place: the fullest wins, then the alphabetical first, whatever order ``main`` comes in."""
    at = claim.start + max(0, claim.figure_at())
    last, found = -1, ""
    for person in sorted(main, key=lambda p: (-len(_words(p)), p)):
        words = _words(person)
        if not words:
            continue
        for m in re.finditer(rf"(?<![\w-]){re.escape(words[-1])}(?![\w-])", article.text[:at]):
            if m.start() > last:
                last, found = m.start(), person
    return found


# "Cheeks, 48, was fired", "Cheeks, aged 48": the name an age stands beside
_BESIDE_BEFORE = re.compile(r"(?<![\w'’.-])((?:[A-Z][\w'’.-]*\s+){0,3}[A-Z][\w'’.-]*)\s*,\s*(?:aged\s+)?$")
# "the 48-year-old Maurice Cheeks"
_BESIDE_AFTER = re.compile(r"^\s*-?\s*years?\s*-?\s*old\s+((?:[A-Z][\w'’.-]*\s+){0,3}[A-Z][\w'’.-]*)")


def _known(name: str, persons: Counter[str]) -> bool:
    """Whether every word of a name is a word of a person the story names."""
    mine = {w.lower() for w in _words(name)}
    return bool(mine) and any(mine <= {w.lower() for w in _words(p)} for p in persons)


def _who(claim: Claim, persons: Counter[str]) -> str:
    """The person a claim gives the age of, by name: its counted name; a counted word that is a
    person's name in lower case ("klitschko"); the name the figure stands beside in its sentence."""
    counted = (claim.counted or "").strip()
    if counted and _is_name(counted):
        return counted
    if counted and _known(counted, persons) and " " not in counted:
        return counted.capitalize()
    at = claim.figure_at()
    if at < 0:
        return ""
    before = _BESIDE_BEFORE.search(claim.text[:at])
    after = _BESIDE_AFTER.match(claim.text[at + len(claim.number_text):])
    for found in (before, after):
        name = found.group(1) if found else ""
        words = _words(name)
        while words and not _known(words[0], persons):
            words = words[1:]  # "Police said Cheeks": the name is the part the story knows as a person's
        name = " ".join(words)
        if name and _is_name(name) and _known(name, persons):
            return name
    return ""


# "a 39-year-old man", "an 8-year-old boy": an indefinite article before an age brings in someone new,
# unless it follows a name or a copula ("Reyes, a 39-year-old man", "She was a 78-year-old woman")
_INDEFINITE = re.compile(r"(?<![\w'’-])(?:a|an)\s+$", re.IGNORECASE)
_SAID_OF = re.compile(r"(?:[A-Z][\w'’.-]*\s*,\s*|(?<![\w'’-])(?:[A-Z][\w'’.-]*|he|she|who)\s+(?:was|is|became)\s+)"
                      r"(?:a|an)\s+$")
_YEARS_OLD = re.compile(r"^\s*-?\s*years?\s*-?\s*old\b", re.IGNORECASE)


def _newcomer(claims: Sequence[Claim]) -> str:
    """The plain noun ("man", "woman", "boy") most of an age's figures bring someone in by, with an
    indefinite article ("a 39-year-old man who collapsed", "the victims were a 78-year-old woman and
    ..."): a person met there for the first time, never one the story named before (a speaker, an
    official, a place read as a name); "" when most figures do not ("the 39-year-old", "He was 77",
    "Reyes, a 39-year-old man", "a 52-year-old plumber", a role that may be a named person's)."""
    met: Counter[str] = Counter()
    for claim in claims:
        at = claim.figure_at()
        before = claim.text[:max(at, 0)]
        noun = (claim.counted or "").strip().lower()
        if at >= 0 and noun in _PLAIN and not _plural(noun) and _INDEFINITE.search(before) \
                and not _SAID_OF.search(before) and _YEARS_OLD.match(claim.text[at + len(claim.number_text):]):
            met[noun] += 1
    return met.most_common(1)[0][0] if 2 * sum(met.values()) > len(claims) else ""


def _plural(noun: str) -> bool:
    """Whether a counted noun names several people ("men", "sons", "the two girls"), not one."""
    last = noun.split()[-1].lower() if noun.split() else ""
    return last in ("men", "women", "people", "children") or (last.endswith("s") and not last.endswith("ss")
                                                              and not last[:1].isupper() and len(last) > 3)


def _called(noun: str, who: str, articles: Sequence[Article]) -> bool:
    """Whether the story calls the person by the noun beside their name: "actress Lindsay Lohan",
    "the champion, Wladimir Klitschko", "Lohan, the actress" (a noun that is the person's, not a
    thing's: "the 30-year-old congregation" of a church)."""
    last = _words(who)[-1] if _words(who) else ""
    head = noun.split()[-1] if noun else ""
    if not last or not head:
        return False
    head = head.lower()  # the noun as a common noun, never a name's word ("Church Street"), save a sentence's first
    opening = rf"(?:(?<![\w-]){re.escape(head)}|(?:^|(?<=[.!?]\s)|(?<=\n)){re.escape(head.capitalize())})"
    pattern = re.compile(rf"{opening},?\s+(?:[A-Z][\w'’.-]*\s+){{0,3}}{re.escape(last)}\b|"
                         rf"\b{re.escape(last)},\s+(?:the|a|an)\s+(?:[\w-]+\s+){{0,3}}{re.escape(head)}\b")
    return any(pattern.search(a.text) for a in articles)


def _most_named(names: Counter[str]) -> str:
    """The name most figures give; on a tie the fullest ("Orla Venn" over "Venn"), then the first in
    alphabetical order, so that the label never hangs on the order the claims came in."""
    return min(names.items(), key=lambda item: (-item[1], -len(item[0]), item[0]))[0]


def whose_age(claims: Sequence[Claim], articles: Sequence[Article]) -> str:
    """The label of an age fact naming the person, "age of Mark Teixeira (suspect)", or "" when
    the claims name nobody the story does (the row keeps the label it has)."""
    if not claims:
        return ""
    persons = _persons(articles)
    by_id = {a.id: a for a in articles}
    names = [n for c in claims if (n := _who(c, persons))]
    nouns = Counter(n for c in claims if c.counted and not _is_name(c.counted) and not _known(c.counted, persons)
                    and not any(_is_time(w) for w in c.counted.split())
                    and (n := c.counted.strip().lower()).split()[-1] not in _PLAIN and len(n.split()) <= 2)
    if names:
        who = _most_named(Counter(fullest(n, persons) for n in names))
    elif any(c.counted and _plural(c.counted) for c in claims):
        return ""  # "the men, aged 24 and 31": an age of one of several, never the main person's
    elif met := _newcomer(claims):  # "a 39-year-old man": someone unnamed, never one named before
        roles = Counter(_ROLE_NOUNS[c.role] for c in claims if c.role in _ROLE_NOUNS)
        return f"age of the {met} ({roles.most_common(1)[0][0]})" if roles else f"age of the {met}"
    else:
        main = _main_persons(articles, persons)
        found = Counter(p for c in claims if c.article in by_id
                        and (p := _named_last(c, by_id[c.article], main)))
        if not found:
            return ""
        who = _most_named(found)
        counting = sum(1 for c in claims if c.counted)
        if 2 * counting >= len(claims) and not all(_called(n, who, articles) for n in nouns):
            return ""  # the figure is a thing's ("the 30-year-old congregation"), not the person's
    roles = Counter(_ROLE_NOUNS[c.role] for c in claims if c.role in _ROLE_NOUNS)
    called = [n for n, _ in nouns.most_common() if _called(n, who, articles)]
    role = roles.most_common(1)[0][0] if roles else called[0] if called else ""
    return f"age of {who} ({role})" if role and role.lower() not in who.lower() else f"age of {who}"


# -- what a measure is of --------------------------------------------------------------------

_GENERIC = re.compile(r"^(?P<measure>duration|distance|speed) \((?P<unit>[^)]+)\)$")
_LEAD = r"(?:(?:just|about|around|some|nearly|almost|over|under|roughly|only|barely|at\s+least|more\s+than|" \
        r"less\s+than|up\s+to)\s+)*"
# a noun phrase a sentence opens or a determiner opens: "The initial tremor", "total downtime"
_NP = r"(?:^|(?i:\b(?:the|a|an|its|their|his|her|this|that|total|overall)\s+))" \
      r"(?P<np>(?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*)"
# "the initial tremor lasted just over 10 seconds", "the strike, lasting 24 hours"
_LASTED = re.compile(_NP + r",?\s+(?i:lasted|lasts|lasting|went\s+on|continued)\s+(?i:for\s+)?(?i:" + _LEAD + ")$")
# "Total downtime was 1hr 4 mins", "the delay is three hours"
_WAS = re.compile(_NP + r"\s+(?i:was|were|is|are|stood\s+at|totalled|totaled)\s+(?i:" + _LEAD + ")$")
# "with 12 seconds left", "29 seconds remaining", "two minutes to play"
_LEFT = re.compile(r"^\s*-?\s*[A-Za-z]+\s+(?:left|remaining|to\s+go|to\s+play)\b", re.IGNORECASE)
# "it would take 12 days to repair the cable"
_TAKES = re.compile(r"\b(?:take|takes|took|taking|need|needs|needed)\s+" + _LEAD + "$", re.IGNORECASE)
_TO_DO = re.compile(r"^\s*-?\s*[A-Za-z]+\s+to\s+(?P<verb>[a-z]+)(?:\s+(?P<np>(?:the|a|an|its|their)\s+[a-z][\w-]*))?")
# a unit of measure or of time as a label's head ("ghz", "inch", "mins"), never a counted noun
_TIME_UNIT = r"sec(?:ond)?s?|min(?:ute)?s?|h(?:ou)?rs?|days?|weeks?|months?|years?"
_UNIT_WORD = re.compile(r"(?:" + "|".join(p for p, _ in MEASURE_UNITS) + "|" + _TIME_UNIT + r")\.?", re.IGNORECASE)
# "a 1.8 GHz dual core processor", "the 17-inch notebook"
_UNIT_THEN = re.compile(r"^\s*-?\s*(?P<unit>[A-Za-z]+)\.?\s+(?P<words>(?:[\w-]+[,.;]?\s*){1,4})")
_NOT_NOUNS = frozenset({"the", "a", "an", "and", "or", "of", "in", "on", "at", "to", "for", "with", "by", "from",
                        "was", "were", "is", "are", "be", "has", "have", "had", "will", "would", "that", "which",
                        "than", "as", "but", "its", "their", "his", "her", "total", "each", "per", "before",
                        "after", "ago", "earlier", "later", "into", "while", "when", "since", "until", "during"})


def _noun_run(words: str) -> str:
    """The lowercase noun phrase a run of words begins with, after words holding figures or
    names ("i5 dual core processor and" → "dual core processor")."""
    kept: list[str] = []
    for word in words.split():
        bare = word.strip(",.;:()\"'")
        if not kept and (re.search(r"\d", bare) or bare[:1].isupper()):
            continue
        if not re.fullmatch(r"[a-z][a-z-]*", bare) or bare in _NOT_NOUNS or bare in _PRONOUNS or bare.endswith("ly"):
            break
        kept.append(bare)
        if bare != word or len(kept) == 3:
            break
    return " ".join(kept)


def _subject(np: str) -> str:
    """A noun phrase of plain words, or "" ("it", "before he", an adverb)."""
    words = np.split()
    if any(w in _NOT_NOUNS or w in _PRONOUNS or w.endswith("ly") for w in words):
        return ""
    return " ".join(words)


_PRONOUNS = frozenset({"it", "this", "that", "they", "he", "she", "which", "who", "there", "we", "you", "i"})


def measured_thing(claim: Claim, *, unit_first: bool = False) -> str:
    """What a duration, a distance or a figure given in a unit is of, in its sentence's words:
    "initial tremor" (the initial tremor lasted 10 seconds), "downtime" (total downtime was 64
    mins), "time remaining" (with 12 seconds left), "time to repair the cable" (it would take 12
    days to repair the cable); with ``unit_first``, also the noun a figure and its unit modify
    ("dual core processor" of "a 1.8 GHz dual core processor"); "" when the sentence does not say."""
    at = claim.figure_at()
    if at < 0:
        return ""
    before, after = claim.text[:at], claim.text[at + len(claim.number_text):]
    if _LEFT.match(after):
        return "time remaining"
    todo = _TO_DO.match(after)
    if _TAKES.search(before) and todo:
        return " ".join(p for p in ("time to", todo.group("verb"), todo.group("np")) if p)
    for pattern in (_LASTED, _WAS):
        found = pattern.search(before)
        if found and (thing := _subject(found.group("np"))):
            return thing
    then = _UNIT_THEN.match(after) if unit_first else None
    return _noun_run(then.group("words")) if then and _UNIT_WORD.fullmatch(then.group("unit")) else ""


_DOWN = r"fell|fall|falls|plunged|plunges|dropped|drops|slid|slides|sank|sinks|tumbled|tumbles|declined|declines|" \
        r"lost|loses|slumped|slumps|closed\s+down|was\s+down|were\s+down|ended\s+down"
_UP = r"rose|rises|gained|gains|jumped|jumps|climbed|climbs|increased|increases|surged|surges|soared|soars|" \
      r"closed\s+up|was\s+up|were\s+up|ended\s+up"
# "Greek stocks plunged 5.4 per cent", "the index closed up 2 percent"
_CHANGED = re.compile(r"(?<![\w-])(?P<np>(?:[A-Za-z][\w-]*\s+){0,2}[A-Za-z][\w-]*)\s+"
                      r"(?P<way>(?i:" + _DOWN + "|" + _UP + r"))\s+(?i:by\s+)?(?i:" + _LEAD + ")$")
# "Ninety percent of the 288 candidates", "40% of their homes"
_SHARE = re.compile(r"^\s*(?:%|percent|per\s*cent)?\s+of\s+(?:the\s+|their\s+|its\s+|our\s+|all\s+)?"
                    r"(?:[\d,.]+\s+)?(?P<np>(?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*)")
# "a 27 percent premium to its close", "a 5% stake in the bank", "a 10 percent discount on": the noun the
# figure sizes, an article before the figure and a preposition after the noun
_SIZED = re.compile(r"^\s*(?:%|percent|per\s*cent)?\s+(?P<noun>[a-z]{3,}[a-rt-z])\s+(?:to|over|above|on|in|for|from|"
                    r"against|of)\b")
_ARTICLE = re.compile(r"\b(?:a|an)\s+(?:(?:about|nearly|almost|some|roughly|around|over)\s+)?$", re.IGNORECASE)
# "60 percent faster graphics", "graphics 60 percent faster than"
_COMPARED = re.compile(r"^\s*(?:%|percent|per\s*cent)?\s+(?P<adj>[a-z]+er|more\s+[a-z]+|less\s+[a-z]+)\b"
                       r"(?:\s+(?P<np>(?:[a-z][\w-]*\s+){0,1}[a-z][\w-]*))?")


def _trimmed(np: str) -> str:
    """A noun phrase without the function words it was read with ("as Greek stocks" → "Greek stocks")."""
    words = np.split()
    while words and (words[0].lower() in _NOT_NOUNS or words[0].lower() in _PRONOUNS):
        if words[0].lower() in _PREPOSITIONS:
            return ""  # "shares in the bank": the phrase's head lies before the window
        words = words[1:]
    return _subject(" ".join(words)) if words else ""


_PREPOSITIONS = frozenset({"in", "of", "on", "at", "for", "with", "by", "from", "to", "into"})


def _plural_head(run: str) -> str:
    """A run of words up to its first plural noun ("candidates come" → "candidates"), else its first word."""
    words = run.split()
    for i, word in enumerate(words):
        if word.endswith("s") and not word.endswith("ss"):
            return " ".join(words[:i + 1])
    return words[0] if words else ""


def share_thing(claim: Claim) -> str:
    """What a percentage is of or measures, in its sentence's words: "fall in Greek stocks" (Greek
    stocks plunged 5.4 per cent), "share of candidates" (ninety percent of the 288 candidates come
    from ...), "faster graphics" (60 percent faster graphics); "" when the sentence does not say."""
    at = claim.figure_at()
    if at < 0:
        return ""
    before, after = claim.text[:at], claim.text[at + len(claim.number_text):]
    changed = _CHANGED.search(before)
    if changed and (np := _trimmed(changed.group("np"))):
        way = "fall" if re.fullmatch(_DOWN, changed.group("way").lower()) else "rise"
        opens = not before[:changed.start()].strip() and np[1:2].islower()  # "Prices rose": a sentence's first word
        return f"{way} in {np[:1].lower() + np[1:] if opens else np}"
    share = _SHARE.match(after)
    if share and (np := _plural_head(_noun_run(share.group("np")))):
        return f"share of {np}"
    said = _WAS.search(before)
    if said and (np := _subject(said.group("np"))):
        return np  # "turnout was almost 90%"
    sized = _SIZED.match(after)
    if sized and _ARTICLE.search(before) and sized.group("noun") not in _NOT_NOUNS:
        return sized.group("noun")  # "a 27 percent premium to Friday's close"
    compared = _COMPARED.match(after)
    if compared and compared.group("adj") not in ("other", "under", "over", "per", "after", "later", "never"):
        if re.fullmatch(r"(?:more|less)\s+than", compared.group("adj")):
            return ""  # "27% more than Friday's close": a comparison, not a thing "more than"
        np = _noun_run(compared.group("np") or "") or _noun_run(" ".join(before.split()[-1:]))
        return f"{compared.group('adj')} {np}" if np else ""
    return ""


def thing_label(label: str, measure: str, claims: Sequence[Claim]) -> str:
    """A label whose head is only a measure or a unit ("duration (seconds)", "ghz", "mins") named
    by what the figures measure ("duration of the initial tremor (seconds)", "downtime (mins)",
    "dual core processor (ghz)"); "" when the claims do not say or the label names more."""
    if measure == "percent" and re.fullmatch(r"(?:percent|per cent|%)(?: \(percent\))?", label):
        shares = Counter(t for c in claims if (t := share_thing(c)))
        return f"{shares.most_common(1)[0][0]} (percent)" if shares else ""
    generic = _GENERIC.match(label)
    unit = not generic and bool(_UNIT_WORD.fullmatch(label)) and \
        any(label.lower() == (c.unit or "").lower() for c in claims)
    if not generic and not unit:
        return ""
    things = Counter(t for c in claims if (t := measured_thing(c, unit_first=unit)))
    if not things:
        return ""
    thing = things.most_common(1)[0][0]
    if generic:
        what = f"the {thing}" if not thing.startswith("time ") else thing
        return f"{generic.group('measure')} of {what} ({generic.group('unit')})"
    return f"{thing} ({label})"
