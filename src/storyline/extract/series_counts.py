"""Ordinals that count a series so far, read as counts: "a third case of the disease" (three cases).

An outlet that reports one more instance of what a story counts tells the count by its ordinal:
"the region reported its third case of measles" and "a fourth instance of fraud was found" say
three cases and four instances so far, as "three cases" does in another outlet; "she is the second
patient to receive the implant" says two patients have. The rank reader (``ordinals``) passes these
over or reads them as a place in a line (a rank): "a second X" is read as another X, and a person
picked out ("the third resident") is left out.

An ordinal counts its noun's series when the noun is qualified by what it is an instance of ("case
of measles", "instance of fraud", "allegation of misconduct": a prepositional "of" and a noun) or by
what each did ("patient to receive the implant": an infinitive after the noun). Ordinals that name
rather than count stay out, as they do for ranks: periods and parts of time or of a game ("the third
day of talks", "the second half of the season"), places and bodies named by number, grades, editions
("the fifth edition of the fair"), a thing picked out among several ("the third building of the
campus"), rounds and stages of a contest ("the second round of voting"), superlatives and runs ("the
second largest", "the fifth straight win", read elsewhere). A person picked out by "of" ("the second
son of the king", "the third member of the board") is one of a group, not a count of a series.
"""

from __future__ import annotations

from storyline.extract import claim_words as W
from storyline.extract.ordinals import LAST_RANK, NOUN_REACH, _names, value_of
from storyline.extract.quantities import Quantity
from storyline.extract.reading import ArticleReader, Sentence

# Nouns of a contest's or a process's stages and of parts of a whole: an ordinal before them places, not counts
_STAGES = frozenset({"round", "stage", "leg", "lap", "set", "game", "match", "heat", "step", "level", "tier",
                     "row", "line", "page", "paragraph", "section", "item", "point", "member", "son", "daughter",
                     "child", "wife", "husband", "half", "quarter", "time", "place", "straight", "seed"})
# Endings of nouns of persons and of posts ("conductor", "manager", "chairman", "president", "nominee"): a post
# of an institution "of" names ("the 14th conductor of the orchestra") is a place in a line, read as a rank
_AGENT_ENDINGS = ("or", "er", "ist", "ian", "man", "woman", "ent", "ant", "ee")
# A span a count runs over, after "of": "the eleventh road defeat of the campaign" places a defeat in a season
_PERIODS = frozenset({"season", "campaign", "career", "tournament", "series", "term", "tenure", "reign", "year",
                      "decade", "month", "week", "day", "night", "game", "match", "race", "competition"})
_RUNS = frozenset({"most", "straight", "consecutive", "successive", "such", "largest", "biggest"})


def series_counts(reader: ArticleReader, sent: Sentence) -> list[Quantity]:
    """The ordinals of a sentence that count a series so far ("a third case of the disease")."""
    found: list[Quantity] = []
    for i in sent.tokens:
        n = value_of(reader.words(i))
        tok = reader.tokens[i]
        if n is None or not 2 <= n <= LAST_RANK or tok.dep not in ("amod", "compound", "nummod") \
                or not i < tok.head <= min(i + NOUN_REACH, sent.tokens.stop - 1):
            continue
        if any(reader.tokens[k].pos == "NUM" for k in range(max(sent.tokens.start, i - 2), i)):
            continue  # "a 10-second delay": a unit of time after a number
        noun = _head(reader, i)
        if noun is None or not _series(reader, noun):
            continue
        found.append(Quantity(start=tok.start - sent.start, end=tok.end - sent.start,
                              text=reader.text[tok.start:tok.end], value=float(n), low=float(n), high=float(n),
                              qualifier="exact"))
    return found


def _head(reader: ArticleReader, i: int) -> int | None:
    """The common noun the ordinal qualifies, past the nouns that modify it ("its third measles case":
    case), or None when it names, places or runs rather than counts."""
    noun = reader.tokens[i].head
    while reader.tokens[noun].dep == "compound" and i < reader.tokens[noun].head <= i + NOUN_REACH + 1:
        noun = reader.tokens[noun].head
    head = reader.tokens[noun]
    lemma = head.lemma.lower()
    if head.pos != "NOUN" or _names(reader, noun) or lemma in _STAGES or lemma.rstrip("s") in W.TIME_UNITS:
        return None
    if any(reader.tokens[k].tag in ("JJS", "RBS") or reader.words(k).lower() in _RUNS for k in range(i + 1, noun)):
        return None  # "the second most", "the fifth straight case": a superlative or a run
    return noun


def _series(reader: ArticleReader, noun: int) -> bool:
    """Whether the noun is told as one instance of a series: what it is an instance of ("case of
    measles"), or what each one did ("patient to receive the implant")."""
    lemma = reader.tokens[noun].lemma.lower()
    person = lemma in W.PERSON_NOUNS or lemma.endswith(_AGENT_ENDINGS)  # "the 14th conductor of the orchestra"
    for c in reader.children.get(noun, []):
        kid = reader.tokens[c]
        if not person and kid.dep == "prep" and reader.words(c).lower() == "of" and c == noun + 1:
            objects = [g for g in reader.children.get(c, []) if reader.tokens[g].dep == "pobj"]
            if any(reader.tokens[g].pos in ("NOUN", "PROPN") and not _names(reader, g)
                   and reader.tokens[g].lemma.lower() not in _PERIODS for g in objects):
                return True
        if kid.dep in ("acl", "relcl") and kid.pos == "VERB" and c > noun and any(
                reader.tokens[g].dep == "aux" and reader.words(g).lower() == "to"
                for g in reader.children.get(c, [])):
            return True
    return False
