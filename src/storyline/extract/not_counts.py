"""Words near a figure that say nothing of what it counts.

The claims extractor looks for the word that says what a figure counts (its measure: killed,
injured, deployed, ...) in the figure's own phrase, up its parse to the verb that governs it, and
then, as a fallback, in a window of words either side. The window crosses clause boundaries: in
"No one was injured, but several people were inside", "injured" is what befell no one, and the
people inside are not counted as injured. A figure coordinated with the next one ("7.6 and 7.5
magnitude quakes") shares the word after that next one, which says what both figures are. And a
figure before a modifier of one thing ("a 40 acre plot") measures the modifier: it counts no plots.
A part told after "including" belongs to a figure that counts, not to a measurement told between.
"""
from __future__ import annotations

import re

from storyline.extract import claim_words as W
from storyline.extract.reading import ArticleReader
from storyline.model import Claim

_SUBJECTS = frozenset({"nsubj", "nsubjpass", "expl", "csubj", "csubjpass"})
_CLAUSE_POS = frozenset({"VERB", "AUX"})


def _clause_of(reader: ArticleReader, i: int) -> int | None:
    """The verb heading the clause a word stands in (the word itself if it is that verb)."""
    for j in (i, *reader.ancestors(i)):
        if reader.tokens[j].pos in _CLAUSE_POS:
            return j
    return None


_NOBODY = frozenset({"nobody", "none", "no-one", "noone"})


def _negative(reader: ArticleReader, subject: int) -> bool:
    """Whether a subject is no one: "no one", "nobody", "none of the 40 passengers", "no residents"."""
    if reader.words(subject).lower() in _NOBODY:
        return True
    return any(reader.tokens[c].dep == "det" and reader.words(c).lower() == "no"
               for c in reader.children.get(subject, []))


def _apart(reader: ArticleReader, verb: int, subject: int) -> bool:
    """Whether a clause's subject is someone apart from those a nearby figure counts: no one ("no one
    was hurt", "nobody", "none of them"), the subject of a verb said not to have happened, or a pronoun
    ("he was jailed", "they would kill him"). A noun may be the same people told again, and a subject
    a figure counts ("at least 50 people were hospitalised while 300 others were treated") is a
    parallel toll: their verbs may say what the figure counts."""
    if _negative(reader, subject) or any(reader.tokens[c].dep == "neg" for c in reader.children.get(verb, [])):
        return True
    counted = any(reader.tokens[k].pos == "NUM" for k in reader.subtree(subject))
    if reader.tokens[subject].pos == "PRON":
        return not counted
    # a subject that counts no one and is no toll ("a UN team was dispatched after two quakes struck"): what the
    # team underwent is not what the quakes are
    return not counted and reader.tokens[subject].pos in ("NOUN", "PROPN") and \
        reader.tokens[subject].lemma.lower() not in W.MEASURE_LEMMAS and not person_noun(reader, subject)


def person_noun(reader: ArticleReader, i: int) -> bool:
    """Whether a word is a noun of persons ("child", "guards", "prisoner"), by its form or its lemma."""
    word, lemma = reader.words(i).lower(), reader.tokens[i].lemma.lower()
    return word in W.PERSON_NOUNS or lemma in W.PERSON_NOUNS


def _has_own_subject(reader: ArticleReader, verb: int, anchor: int) -> bool:
    """Whether a verb states a subject of its own, apart from the anchor (not a relative pronoun, which
    is the anchor told again: "who", "which")."""
    return any(reader.tokens[c].dep in _SUBJECTS and reader.tokens[c].tag not in ("WDT", "WP")
               and anchor not in reader.subtree(c) and _apart(reader, verb, c)
               for c in reader.children.get(verb, []))


def other_clause(reader: ArticleReader, anchor: int, i: int) -> bool:
    """Whether word ``i``, near a figure's noun (or the figure itself) ``anchor``, stands in another
    clause than the anchor's, one whose subject is apart from what the figure counts: what that
    clause says befell its subject, not what the figure counts. "No one was injured, but two
    children were inside": "injured" is said of no one, in the clause the children's clause is
    joined to. A word of the anchor's own clause, or of a clause with no subject of its own ("60
    people spent the night in a church after being evacuated"), is not in another clause."""
    clause, own = _clause_of(reader, i), _clause_of(reader, anchor)
    if clause is None or own is None or clause == own:
        return False
    return _has_own_subject(reader, clause, anchor)


# the dependencies that join one clause to another: a verb so attached heads a clause of its own (not a clause on a
# noun: "of the 23 people injured, 11 remain in hospital" tells of the 11)
_CLAUSAL = frozenset({"conj", "ccomp", "advcl", "parataxis", "ROOT"})


def _clause_root(reader: ArticleReader, i: int) -> int:
    """The verb heading the whole clause a word stands in: up through its verb's complements ("were missing"
    is one clause, headed by "were") to the verb joined to another clause, or the sentence's root."""
    j = i
    while True:
        tok = reader.tokens[j]
        if (tok.pos in _CLAUSE_POS and tok.dep in _CLAUSAL) or tok.head == j:
            return j
        j = tok.head


def _figure(reader: ArticleReader, i: int) -> bool:
    """Whether a word is a figure or a noun a figure counts ("one", "rhinos" of "17 rhinos")."""
    return reader.tokens[i].pos == "NUM" or any(
        reader.tokens[c].dep == "nummod" and reader.tokens[c].pos == "NUM" for c in reader.children.get(i, []))


# a part told of a figure before: "including two", "counting three of the hijackers", "among them four"
_PART_BEFORE = re.compile(r"\b(?:including|counting|among\s+them|incl\.?)\s+(?:[\w-]+\s+){0,3}$", re.IGNORECASE)


def _own_figure(reader: ArticleReader, anchor: int) -> set[int]:
    """A figure's own words: its anchor (the figure or the noun it counts) and the figures that modify it."""
    return {anchor, *(c for c in reader.children.get(anchor, []) if reader.tokens[c].dep == "nummod")}


def anothers_fate(reader: ArticleReader, anchor: int, i: int) -> bool:
    """Whether word ``i``, in the window beside a figure, tells the fate of another figure: a verb joined to the
    figure's own verb whose object is another figure ("shot dead two poachers and wounded one": "wounded" befell
    the one; "opened four centres and deployed 120 health workers"), or a word told right after another figure
    that is a clause's subject or object, as headlines list them ("17 rhinos dead, eight suspects held": "dead"
    is the rhinos'; not "of the 23 people injured, 11 remain", whose 11 are a part of the injured)."""
    own = _own_figure(reader, anchor)
    verb = reader.tokens[anchor].head
    tok = reader.tokens[i]
    if tok.pos == "VERB" and tok.dep == "conj" and tok.head == verb and any(
            reader.tokens[c].dep in ("dobj", "nsubjpass") and c not in own and _figure(reader, c)
            for c in reader.children.get(i, [])):
        return True
    before, first = i - 1, min(own)
    if _PART_BEFORE.search(reader.text, max(0, reader.tokens[first].start - 40), reader.tokens[first].start):
        return False  # "left seven people dead, counting three of the hijackers": a part of the dead
    if before in own or before < 0 or reader.tokens[before].pos not in ("NUM", "NOUN") \
            or not _figure(reader, before) or tok.pos not in ("ADJ", "VERB"):
        return False
    other = reader.tokens[before].head if reader.tokens[before].pos == "NUM" else before
    joined = (reader.tokens[other].dep == "conj" and reader.tokens[other].head == anchor) or \
        (reader.tokens[anchor].dep == "conj" and verb == other)  # "300 officers and 200 soldiers sent": theirs too
    return other not in own and not joined and reader.tokens[other].dep in ("nsubj", "nsubjpass", "dobj", "ROOT",
                                                                            "conj")


def fate_of_a_part(reader: ArticleReader, anchor: int, i: int) -> bool:
    """Whether word ``i`` opens a clause of the figure's own verb that tells the fate of another figure, most
    often a part of it: "trapped 23 workers underground, killing two of them", "shot three people, killing one".
    The figure's own verb says what befell those it counts; nothing from that clause on speaks of them."""
    tok = reader.tokens[i]
    verb = reader.tokens[anchor].head
    own = _own_figure(reader, anchor)
    return tok.pos == "VERB" and tok.dep == "advcl" and tok.head == verb and verb != anchor and \
        reader.tokens[anchor].dep == "dobj" and any(
            reader.tokens[c].dep == "dobj" and c not in own and _figure(reader, c) for c in reader.children.get(i, []))


def doers_kind(reader: ArticleReader, anchor: int, i: int) -> bool:
    """Whether a measure word beside a figure only names the kind of those who do it, in another noun: "rescue"
    of "backed by rescue teams", "including mine rescue teams", "evacuation buses" (not "evacuation orders",
    "the death toll": a state those counted are in, a tally)."""
    tok = reader.tokens[i]
    if tok.dep != "compound" or tok.head in (anchor, i):
        return False
    return reader.tokens[tok.head].lemma.lower() in _AGENT_NOUNS


# the doers of an act a compound names: "rescue teams", "evacuation buses", "arrest squads"
_AGENT_NOUNS = frozenset({"team", "crew", "squad", "unit", "worker", "personnel", "volunteer", "service", "brigade",
                          "force", "staff", "diver", "dog", "helicopter", "boat", "vessel", "vehicle", "bus", "party",
                          "official", "officer", "specialist", "expert", "agency", "operation", "effort", "mission"})


def anothers_modifier(reader: ArticleReader, anchor: int, i: int) -> bool:
    """Whether word ``i``, in the window beside a figure, qualifies the noun of another figure: "rescue" of "300
    rescue workers and 45 divers" says what the workers are, not what befell the 45 divers."""
    tok = reader.tokens[i]
    if tok.dep not in ("compound", "amod") or tok.head in (anchor, i):
        return False
    own = _own_figure(reader, anchor)
    return tok.head not in own and any(reader.tokens[c].dep == "nummod" and reader.tokens[c].pos == "NUM"
                                       and c not in own for c in reader.children.get(tok.head, []))


def beside_own_verb(reader: ArticleReader, anchor: int, i: int) -> bool:
    """Whether word ``i`` stands in another clause than a figure whose noun is the subject of a clause of its
    own: "five people were still missing and nearly 40 survivors were in hospital", "12 people were missing and
    38 had been taken to hospital". That clause's own words say what befell those the figure counts; the clause
    beside, whatever its subject, says nothing of them."""
    if reader.tokens[anchor].dep not in ("nsubj", "nsubjpass"):
        return False
    return _clause_root(reader, anchor) != _clause_root(reader, i)


# a figure followed by the next figure of a pair: "7.6 and 7.5 ...", "20 or 30 ...", "six to eight ..."
_PAIRED = re.compile(r"^\s*(?:and|or|to|-|–)\s*(?:\d+(?:\s?[.,]\s?\d+)*|[a-z]+(?:-[a-z]+)?)(?=\s)", re.IGNORECASE)
_NUMBER_WORD = re.compile(r"(?:\d+(?:\s?[.,]\s?\d+)*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|"
                          r"twelve|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred)$", re.IGNORECASE)


def past_paired(after: str) -> str:
    """The words that follow a pair of figures, seen from the first of them: for "7.6" in
    "7.6 and 7.5 magnitude quakes" they are " magnitude quakes", what both figures are. The text
    after the figure as it is when no second figure follows."""
    m = _PAIRED.match(after)
    if m is None:
        return after
    second = re.sub(r"^\s*(?:and|or|to|-|–)\s*", "", m.group(0), flags=re.IGNORECASE)
    if _NUMBER_WORD.fullmatch(second) is None:
        return after
    return after[m.end():]


# articles and determiners that say the noun they go with is one thing
_ONE_THING = frozenset({"a", "an", "this", "that", "each", "every", "one"})
_ONE = frozenset({"1", "one", "a", "an"})


def sizes_one_thing(reader: ArticleReader, modifier: int) -> bool:
    """Whether a noun right after a figure, itself a modifier of the noun after it, is what the
    figure measures: the noun it modifies is one thing, its article says so, and a figure other
    than one cannot count it. "a 6.7 degree quake", "this nine acre site", "a 12 ton boulder":
    one quake, one site, one boulder, of 6.7 degrees, nine acres, 12 tons. Not "two police cars",
    "the 31 fire trucks": the figure counts the noun it agrees with."""
    tok = reader.tokens[modifier]
    figure = modifier - 1
    if figure < 0 or reader.tokens[figure].pos != "NUM" or reader.words(figure).lower() in _ONE:
        return False
    head = reader.tokens[tok.head]
    if tok.tag != "NN" or head.tag != "NN":
        return False
    return any(reader.tokens[c].dep == "det" and c < figure and reader.words(c).lower() in _ONE_THING
               for c in reader.children.get(tok.head, []))


# what a figure measures rather than counts: a subset of things is no part of it
_MEASUREMENTS = frozenset({"duration", "time", "age", "distance", "depth", "speed", "weight", "temperature",
                           "magnitude"})


def whole_of(before: list[Claim], part: Claim) -> Claim | None:
    """The figure a part told after "including" or "among them" belongs to: the last one before it
    in the sentence that counts, not one that measures ("842 aftershocks over a period of 29 hours,
    including 54 ...": the 54 are of the 842, not of the hours). A measurement may be a part of a
    measurement ("a 40-day fast, including ten days ...")."""
    if part.measure in _MEASUREMENTS:
        return before[-1] if before else None
    return next((c for c in reversed(before) if c.measure not in _MEASUREMENTS), None)
