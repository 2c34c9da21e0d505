"""Ordinals that place something in a line, read as claims: a rank.

Several outlets tell the same place in a line, and a reader puts it in the facts table: which
time someone does something ("will host the show for the second time"), which one of a line
("the 12th actor to play the role", "the team's 21st head coach"), which round, season or
series ("floored him in the sixth round", "his third season", "the show's eighth series"),
which of a run ("their sixth come-from-behind win"). The claim reader passed them over, as
their figure is no amount.

A rank is told by an ordinal that qualifies a noun after it (``amod`` in the parse) or by an
ordinal that stands alone for the noun a rank just before it named ("in the sixth round ... in
the seventh"). Ordinals that name rather than rank stay out: dates ("the 3rd of May", "6th
June"), periods of time and parts of a game or a race ("the 21st century", "the third quarter",
"the first half", "the third set", "the 12th lap"), places and bodies named by number ("Fifth
Avenue", "the 102nd Precinct", "the 3rd arrondissement", "the 2nd Division"), editions of a yearly
event ("the 81st Academy Awards", "its 50th anniversary"), grades and kinds ("second-degree murder",
"a third party"), places and things picked out among several ("in the second square", "the third
building"), "a second X" (another X, not a place
in a line), and "first", which more often tells an order of telling than a rank.

The measure is ``rank``; the claim counts the noun's plural ("rounds", "head coaches",
"times"), so that one rank told by several outlets makes one fact (``rank_key``).
"""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass

from storyline.extract import claim_words as W
from storyline.extract.more_figures import plural
from storyline.extract.quantities import ORDINALS, Quantity
from storyline.extract.reading import ArticleReader, Sentence
from storyline.model import Claim

RANK = "rank"
LAST_RANK = 199  # "the 800th episode", "the 1000th customer": a milestone, not a place in a line a reader tabulates
NOUN_REACH = 5  # tokens between an ordinal and the noun it qualifies ("the fifth IBF title defence")
ELLIPSIS_REACH = 2  # sentences back a noun left out after an ordinal is looked for ("... in the seventh")

_WORDS = {**{w: n for w, n in ORDINALS.items() if n >= 2},
          "thirteenth": 13, "fourteenth": 14, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18,
          "nineteenth": 19}
_DIGITS = re.compile(r"(\d{1,3})(?:st|nd|rd|th)", re.IGNORECASE)

# Nouns an ordinal names rather than ranks: periods of time and of a game, places and bodies named by number,
# editions of a yearly event, grades and kinds. General language, not a story's words.
_NAMING = frozenset({
    *W.TIME_UNITS, "century", "millennium", "anniversary", "birthday", "weekend", "half", "quarter", "period",
    "inning", "innings", "overtime", "minute", "semester", "term",
    "floor", "storey", "story", "street", "avenue", "precinct", "district", "ward", "circuit", "block",
    "arrondissement", "borough", "canton", "constituency", "prefecture", "municipality",
    "set", "tiebreak", "tie-break", "lap", "frame", "hole", "heat", "leg", "stage",  # parts of a match or a race
    "division", "battalion", "brigade", "regiment", "fleet", "army", "corps", "infantry", "amendment", "article",
    "republic", "congress", "parliament", "reich", "dynasty", "world",
    "grade", "degree", "class", "rate", "party", "hand", "person", "base", "string", "generation", "cousin",
    "edition", "annual", "session", "ceremony", "election", "festival", "summit", "conference", "reading",
    "place", "pick", "overall", "draft", "option", "thought", "opinion", "look", "chance", "wave", "phase",
    "st", "ave", "blvd", "rd",  # "E. 52nd St.": an address
    # a place or a thing picked out by its order among several ("seen in the second square", "the third building
    # collapsed", "the fourth car"): which one, not a place in a line
    # (not nouns that often qualify a ranked one: "road defeat", "home win", "school shooting", "city council")
    "square", "building", "room", "carriage", "vehicle", "truck", "plane", "aircraft", "ship", "boat", "village",
    "site", "camp", "checkpoint", "gate", "bridge", "tower", "reactor", "hospital", "church", "mosque", "terminal",
    # a work in a franchise: "the second book in the series", "the third film" names which work
    "book", "novel", "film", "movie", "installment", "instalment", "album", "episode", "chapter", "volume", "part",
    "sequel",
})
_IN_HISTORY = re.compile(r"^\s+(?:in|of)\s+(?:[\w'’.-]+\s+){0,3}?history\b", re.IGNORECASE)
_MONTHS_AND_DAYS = W.MONTH_NAMES | W.WEEKDAY_NAMES


@dataclass(frozen=True, slots=True)
class Rank:
    """One ordinal read as a rank: its figure (offsets in the sentence) and what it ranks, in the plural."""

    quantity: Quantity
    counted: str


def value_of(word: str) -> int | None:
    """The number an ordinal word says ("twelfth", "12th", "21st"), None for any other word."""
    low = word.lower()
    if low in _WORDS:
        return _WORDS[low]
    m = _DIGITS.fullmatch(word)
    return int(m.group(1)) if m else None


def ranks(reader: ArticleReader, sent: Sentence, *, taken: list[Quantity]) -> list[Rank]:
    """The ordinals of a sentence that rank something (not those ``taken`` by another reading)."""
    found: list[Rank] = []
    for i in sent.tokens:
        n = value_of(reader.words(i))
        if n is None or not 2 <= n <= LAST_RANK or _after_number(reader, sent, i):
            continue
        tok = reader.tokens[i]
        start, end = tok.start - sent.start, tok.end - sent.start
        if any(q.start < end and start < q.end for q in taken):
            continue
        noun = _ranked_noun(reader, sent, i)
        counted = _counted(reader, noun) if noun is not None else _left_out(reader, sent, i)
        if counted is None:
            continue
        found.append(Rank(Quantity(start=start, end=end, text=reader.text[tok.start:tok.end], value=float(n),
                                   low=float(n), high=float(n), qualifier="exact", ordinal=True), counted))
    return found


def as_rank(claim: Claim, rank: Rank) -> Claim:
    """The claim of a rank: the measure ``rank``, counting the noun's plural, of no side of the story."""
    return dataclasses.replace(claim, measure=RANK, unit=rank.counted, counted=rank.counted, counted_as=None,
                               subject=rank.counted, subject_group="not_people", role="other", background=False)


def rank_key(claim: Claim) -> tuple[str, ...]:
    """What makes two ranks one fact: what they rank and the place in the line ("the 12th Doctor" told by
    ten outlets); another place in the same line is another fact ("the 11th Doctor" is someone else)."""
    head = (claim.counted or "").lower().split()
    noun = head[-1] if head else ""
    noun = noun[:-1] if noun.endswith("s") and not noun.endswith("ss") else noun
    return (RANK, noun, f"{claim.value:g}" if claim.value is not None else "")


def _after_number(reader: ArticleReader, sent: Sentence, i: int) -> bool:
    """"a 10-second runoff", "one second": "second" is a unit of time after a number."""
    return any(reader.tokens[k].pos == "NUM" for k in range(max(sent.tokens.start, i - 2), i))


def _ranked_noun(reader: ArticleReader, sent: Sentence, i: int) -> int | None:
    """The noun an ordinal ranks, when it qualifies one after it: "the sixth round", "his third NFL season",
    "the 12th Doctor", "the seventh-round knockout" (round). None when it names rather than ranks."""
    tok = reader.tokens[i]
    hyphen = i + 2 < sent.tokens.stop and reader.words(i + 1) in ("-", "–")
    if hyphen:  # "third-year", "second-degree", "seventh-round": the word after the hyphen is what is ranked
        noun = i + 2
        if reader.tokens[noun].pos not in ("NOUN", "PROPN"):
            return None  # "third-biggest", "second-leading": a superlative's rank among others
    else:
        if tok.dep not in ("amod", "compound", "nummod") or not i < tok.head <= i + NOUN_REACH \
                or tok.head >= sent.tokens.stop:
            return None
        noun = tok.head
        while reader.tokens[noun].dep == "compound" and i < reader.tokens[noun].head <= i + NOUN_REACH + 1:
            noun = reader.tokens[noun].head
        between = range(i + 1, noun)
        if any(reader.tokens[k].tag in ("JJS", "RBS") or _names(reader, k) or
               reader.words(k).lower() in ("most", "straight", "consecutive", "successive", "such")
               for k in between):
            # "the 81st annual awards", "the 67th Precinct station", "the 13th month bonus", "the second most",
            # a run or a running count (read elsewhere)
            return None
    head = reader.tokens[noun]
    if head.pos not in ("NOUN", "PROPN") or head.tag == "NNPS" or _names(reader, noun):
        return None  # "the 86th Oscars": an edition of an event named in the plural
    if head.lemma.lower() in W.PERSON_NOUNS and not reader.words(noun)[:1].isupper():
        # "the third victim died", "a second gunman", "the 14th player to reach ...": one of the people
        # picked out, not a place in a line of roles ("the 21st head coach") or of a title ("the 12th Doctor")
        return None
    if head.lemma.lower() == "time" and head.dep in ("nsubj", "nsubjpass", "poss", "csubj"):
        return None  # "the third time's the charm": a saying; how often something is done is told adverbially
    if _IN_HISTORY.match(reader.text[head.end:sent.end]):
        return None  # "the fifth player in NFL history to ...": a record book's aside
    det = [c for c in reader.children.get(noun, []) if reader.tokens[c].dep in ("det", "poss") and c < i]
    if any(reader.words(c).lower() in ("a", "an", "another") for c in det) and head.lemma.lower() != "time":
        return None  # "a second platform was called in": another one, not a place in a line
    return noun


def _names(reader: ArticleReader, noun: int) -> bool:
    word, lemma = reader.words(noun).lower().rstrip("."), reader.tokens[noun].lemma.lower()
    return lemma in _NAMING or word in _NAMING or word in _MONTHS_AND_DAYS or lemma.rstrip("s") in W.TIME_UNITS


def _counted(reader: ArticleReader, noun: int) -> str:
    """The noun phrase ranked, in the plural: its compounds and adjectives and the noun ("head coaches", "NFL
    seasons", "chief executives")."""
    words = [reader.words(k) for k in range(noun) if reader.tokens[k].dep in ("compound", "amod") and
             reader.tokens[k].head == noun and value_of(reader.words(k)) is None]
    words = [w for w in words if w not in ("-", "–")][-2:]
    return plural(" ".join([*words, reader.words(noun)]).lower())


def _left_out(reader: ArticleReader, sent: Sentence, i: int) -> str | None:
    """What an ordinal standing alone ranks: the noun of a rank told just before it, in its sentence or the
    paragraph's sentences before ("floored him in the sixth round and stopped him in the seventh")."""
    tok = reader.tokens[i]
    kids = reader.children.get(i, [])
    if tok.dep not in ("pobj", "dobj", "attr", "appos", "nsubj") or \
            not any(reader.tokens[c].dep in ("det", "poss") and reader.words(c).lower() not in ("a", "an", "another")
                    for c in kids if c < i) or \
            any(reader.tokens[c].pos in ("NOUN", "PROPN") for c in kids if c > i):
        return None
    at = sent.index
    for back in reader.sentences[max(0, at - ELLIPSIS_REACH):at + 1][::-1]:
        if back.paragraph != sent.paragraph:
            break
        for k in reversed(back.tokens):
            if back is sent and k >= i:
                continue
            if value_of(reader.words(k)) is not None and (noun := _ranked_noun(reader, back, k)) is not None:
                return _counted(reader, noun)
    return None
