"""Counts news writes without a number: "no one was hurt", "no injuries were reported",
"no casualties", "a man was killed", "killed a child".

``extract.quantities`` reads amounts written as numbers and number words; these are the
tolls a reader still tabulates (a zero, or one person named by an article) that carry no
number word. Each comes with the measures it states, read from its own words: the verb
or noun after "no one" / "no", or the casualty verb that governs "a man".
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from storyline.dates import fold
from storyline.extract import claim_words as W
from storyline.extract import counted_fix, time_scan
from storyline.extract.more_figures import plural
from storyline.extract.quantities import Quantity
from storyline.extract.reading import ArticleReader, Sentence


@dataclass(frozen=True, slots=True)
class WordCount:
    quantity: Quantity  # offsets relative to the sentence
    measures: tuple[str, ...]  # what it counts: ("killed",), ("killed", "injured") for "no casualties"
    noun: str | None = None  # the person counted, for "a man": "man"
    things: str | None = None  # what a count of things counts, for "shot him twice": "bullets"
    kind: str = "count"  # the measure of a count of things: "count", or "duration" ("a third straight night")


# Words that say what a zero or a single person is counted as (a toll's verbs, adjectives, nouns), with
# the measure the claims' own lexicon gives each; "casualties" are both the dead and the injured.
_STATE: dict[str, tuple[str, ...]] = {
    **{w: (W.MEASURE_LEMMAS[w],) for w in (
        "killed", "dead", "died", "deaths", "death", "fatalities", "fatality", "injured", "hurt", "wounded",
        "injuries", "injury", "hospitalised", "hospitalized", "arrested", "detained", "arrests", "missing")},
    "harmed": ("injured",), "casualties": ("killed", "injured"), "casualty": ("killed", "injured"),
}
_STATE_WORDS = "|".join(sorted(_STATE, key=len, reverse=True))
# between "no one" and its state only auxiliaries, hedges and adverbs of degree: "no one is believed to
# have been seriously injured"; never "else" or "other" (a zero of the others is no toll)
_GAP = (r"(?:\s+(?:was|were|is|are|has|have|had|been|be|being|got|believed|thought|reported|reportedly|known|"
        r"said|confirmed|appeared|appears|seemed|seems|to|seriously|badly|critically|immediately|yet|apparently|"
        r"actually|at\s+this\s+time|so\s+far))*")
_ZERO_WHO = re.compile(rf"\b(?P<z>no\s?-\s?one|no\s+one|nobody|none(?!\s+of))(?:{_GAP})\s+(?P<w>{_STATE_WORDS})\b",
                       re.IGNORECASE)
# "no injuries", "no reports of casualties", "no dead or wounded"; never "no death toll was given"
_ZERO_NOUNS = "injuries|casualties|deaths|fatalities|dead|wounded|injured|arrests"
_ZERO_NOUN = re.compile(rf"\bno\s+(?:(?:immediate|initial|confirmed|known|serious|major|significant)\s+)?"
                        rf"(?:reports?\s+of\s+(?:any\s+)?(?:serious\s+)?)?(?P<w>{_ZERO_NOUNS})\b"
                        r"(?!\s*-?\s*(?:toll|figures?|numbers?|counts?|estimates?|details|list)\b)", re.IGNORECASE)
_OR_STATE = re.compile(rf"\s*(?:,|or|and|/)\s*(?:(?:any|serious)\s+)?(?P<w>{_STATE_WORDS})\b", re.IGNORECASE)
# "killing one", "wounding one", "wounded one in an exchange of fire": the number parser leaves a lone "one" before a
# comma or a place (not "one in five": a share)
_VERB_ONE = re.compile(r"\b(?P<v>kill(?:ing|ed|s)|wound(?:ing|ed|s)|injur(?:ing|ed|es))\s+(?P<n>one)\b"
                       r"(?=\s*(?:[,.;]|and\b|$)|\s+(?:in|at|near|during|when|as)\s+(?!(?:\d|one|two|three|four|five|"
                       r"six|seven|eight|nine|ten)\b))", re.IGNORECASE)
# nouns of a single person a toll can name: "a man", "a young girl", "an elderly woman"
_ONE_PERSON = frozenset({"man", "woman", "child", "boy", "girl", "baby", "person", "teenager", "toddler", "infant",
                         "resident", "villager", "civilian", "student", "worker", "officer", "policeman", "soldier",
                         "guard", "pedestrian", "passenger", "driver", "tourist", "firefighter", "journalist",
                         "suspect", "gunman", "teen", "youth", "mother", "father", "son", "daughter", "farmer"})
# "three of the four gunmen were shot dead and one was arrested": the one left of a count the clause before
# told, and what befell it
_ONE_OF_THEM = re.compile(r"(?:,|\b(?:and|while|but|whereas))\s+(?P<n>one)\s+(?:other\s+)?(?:was|has\s+been|had\s+been)"
                          r"\s+(?:(?:seriously|critically|badly|later|also|still)\s+)?(?P<w>killed|injured|wounded|"
                          r"hurt|arrested|detained|captured|taken\s+into\s+custody|rescued|missing)\b", re.IGNORECASE)
_FIGURE_BEFORE = re.compile(r"\b(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens?)\b",
                            re.IGNORECASE)
_ONE_MEASURES = frozenset({"killed", "injured"})  # one arrest is the story itself, rarely a figure to tabulate


def word_counts(reader: ArticleReader, sent: Sentence, *, taken: list[Quantity]) -> list[WordCount]:
    """The counts of a sentence written without a number, apart from the amounts already read."""
    s_text = reader.text[sent.start:sent.end]
    found: list[WordCount] = []

    def free(start: int, end: int) -> bool:
        return not any(q.start < end and start < q.end for q in taken) and \
            not any(w.quantity.start < end and start < w.quantity.end for w in found)

    # each pattern is searched only where the words it needs are written (the sentence folded and lowered as
    # IGNORECASE reads it): most sentences have none
    low = fold(s_text).lower()
    no = "no" in low
    for m in _ZERO_WHO.finditer(s_text) if no else ():
        measures = _measures(m.group("w"), s_text[m.end():])
        if free(m.start("z"), m.end("z")) and measures:
            found.append(WordCount(_zero(m.group("z"), m.start("z")), measures))
    for m in _ZERO_NOUN.finditer(s_text) if no else ():
        measures = _measures(m.group("w"), s_text[m.end():])
        if free(m.start(), m.end()) and measures:
            found.append(WordCount(_zero(m.group(0), m.start()), measures))
    for m in _VERB_ONE.finditer(s_text) if "one" in low else ():
        if free(m.start("n"), m.end("n")):  # "shooting three people, killing one,": one of them killed
            measure = "killed" if m.group("v").lower().startswith("kill") else "injured"
            found.append(WordCount(Quantity(start=m.start("n"), end=m.end("n"), text=m.group("n"), value=1.0,
                                            low=1.0, high=1.0, qualifier="exact"), (measure,)))
    for m in _ONE_OF_THEM.finditer(s_text) if "one" in low else ():
        fate = counted_fix.fate_measure(m.group("w"))  # "captured", "taken into custody": detained
        if fate and free(m.start("n"), m.end("n")) and _FIGURE_BEFORE.search(s_text[:m.start("n")]):
            found.append(WordCount(Quantity(start=m.start("n"), end=m.end("n"), text=m.group("n"), value=1.0,
                                            low=1.0, high=1.0, qualifier="exact"), (fate,)))
    found += _single_persons(reader, sent, s_text, taken=[*taken, *(w.quantity for w in found)])
    for m in _ONE_MORE.finditer(s_text) if any(w in low for w in _ONE_MORE_WORDS) else ():
        more = _one_more_measure(reader, sent, m)
        if more and free(m.start(), m.end()):  # "killing two and wounding a third": one more person, injured
            found.append(WordCount(Quantity(start=m.start(), end=m.end(), text=m.group(0), value=1.0, low=1.0,
                                            high=1.0, qualifier="exact"), (more,)))
    for m in _TWICE.finditer(s_text) if "twice" in low else ():
        shots = _shots(reader, sent, m)
        if shots and free(m.start(), m.end()):  # "shot him twice in the head": two shots
            found.append(WordCount(Quantity(start=m.start(), end=m.end(), text=m.group(0), value=2.0, low=2.0,
                                            high=2.0, qualifier="exact"), (), things=shots))
    for m in _NTH.finditer(s_text) if "straight" in low or "consecutive" in low or "success" in low else ():
        nth = _running_count(reader, sent, m)
        if nth and free(m.start("n"), m.end("n")):  # "the fifth successful operation": five so far
            value = float(_ORDINALS.get(m.group("n").lower()) or int(m.group("n")[:-2]))
            found.append(WordCount(Quantity(start=m.start("n"), end=m.end("n"), text=m.group("n"), value=value,
                                            low=value, high=value, qualifier="exact"), (), things=nth[0],
                                   kind=nth[1]))
    for m in _NTH_NIGHT.finditer(s_text) if "night" in low else ():
        if free(m.start("n"), m.end("n")):  # "a third night of unrest": three nights of it so far
            value = float(_ORDINALS.get(m.group("n").lower()) or int(m.group("n")[:-2]))
            found.append(WordCount(Quantity(start=m.start("n"), end=m.end("n"), text=m.group("n"), value=value,
                                            low=value, high=value, qualifier="exact"), (), things="nights",
                                   kind="duration"))
    for m in _TWO.finditer(s_text) if "both" in low or "twin" in low or "pair" in low else ():
        if free(m.start(), m.end()) and _counts_two(reader, sent, m):
            found.append(WordCount(Quantity(start=m.start(), end=m.end(), text=m.group(0), value=2.0, low=2.0,
                                            high=2.0, qualifier="exact"), ()))
    return found


# "wounding a third", "a third employee was hurt": one more person after those a sentence counted
_ONE_MORE = re.compile(r"\b(?:a|another)\s+(?:second|third|fourth|fifth|sixth)\b(?!\s*(?:of|-|time|day|night)\b)",
                       re.IGNORECASE)
_ONE_MORE_WORDS = time_scan.folded_needs(_ONE_MORE)


def _one_more_measure(reader: ArticleReader, sent: Sentence, m: re.Match[str]) -> str | None:
    """The toll "a third" is one more of: it (or the person noun it qualifies) is the object or
    the passive subject of a casualty verb, or the subject of one that has no object ("a third
    employee wounded"). "a third quake struck", "a second attack" count nothing."""
    inside = reader.tokens_in(sent.start + m.start(), sent.start + m.end())
    if not inside:
        return None
    at = inside[-1]
    tok = reader.tokens[at]
    if tok.dep == "amod" and reader.tokens[tok.head].pos == "NOUN" and tok.head > at:
        at = tok.head
        tok = reader.tokens[at]
        if tok.tag != "NN" and reader.tokens[at - 1].tag != "NN":
            return None
    while tok.dep == "conj" and tok.head != at:
        at = tok.head
        tok = reader.tokens[at]
    verb = reader.tokens[tok.head]
    measure = W.MEASURE_LEMMAS.get(verb.lemma.lower()) if tok.head != at else None
    if measure not in _ONE_MEASURES:
        return None
    objects = [c for c in reader.children.get(tok.head, []) if reader.tokens[c].dep == "dobj"]
    if tok.dep in ("dobj", "nsubjpass") or (tok.dep == "nsubj" and not objects):
        return measure
    return None


_TWICE = re.compile(r"\btwice\b", re.IGNORECASE)
# What a count of blows counts: "shot twice", "hit seven times" (by gunfire) are bullets that struck, the noun
# "seven bullets hit him" gives, so both wordings are one quantity; "stabbed twice" is two stab wounds.
_SHOT_LEMMAS = {"shoot": "bullets", "stab": "stab wounds", "hit": "bullets", "strike": "bullets"}
_GUN_LEMMAS = frozenset({"shot", "shoot", "bullet", "gun", "gunfire", "fire", "round", "gunman", "pistol", "rifle",
                         "revolver", "handgun"})


def _shots(reader: ArticleReader, sent: Sentence, m: re.Match[str]) -> str | None:
    """What "twice" counts when it says how often someone was shot or stabbed: bullets, stab wounds.
    Not "twice as many", "hit twice by floods"."""
    inside = reader.tokens_in(sent.start + m.start(), sent.start + m.end())
    return blows(reader, sent, inside[0]) if inside else None


def blows(reader: ArticleReader, sent: Sentence, at: int) -> str | None:
    """What a word of how often ("twice", the "times" of "seven times") counts when it modifies a
    verb of shooting or stabbing: "bullets" ("shot seven times", "hit twice" when the sentence
    speaks of guns), "stab wounds"; None otherwise ("three times as many", "arrested four times")."""
    tok = reader.tokens[at]
    verb = reader.tokens[tok.head]
    if tok.dep not in ("advmod", "npadvmod") or verb.pos != "VERB":
        return None
    kind = _SHOT_LEMMAS.get(verb.lemma.lower())
    if kind == "bullets" and verb.lemma.lower() != "shoot":
        # "hit twice", "struck twice": by gunfire only when the sentence says so
        words = {reader.tokens[i].lemma.lower() for i in sent.tokens}
        kind = kind if words & _GUN_LEMMAS else None
    return kind


# "the fifth successful operation", "a third straight night": a running count told as an ordinal
_ORDINALS = {"second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8, "ninth": 9,
             "tenth": 10}
# (and "his 16th straight fight", "their eighth straight win and seventh straight playoff berth")
_NTH = re.compile(rf"\b(?:the|a|its|their|his|her|and)\s+(?P<n>{'|'.join(_ORDINALS)}|[1-9]\d?(?:st|nd|rd|th))\s+"
                  r"(?:straight|consecutive|successive|successful)\b", re.IGNORECASE)

# "the second night of unrest", "Third night of violence", "stretches to third night": news numbers nights only
# of a happening that runs night after night (unrest, protests, a vigil), so the ordinal is how many nights it has
# lasted; days are not read so ("on the fourth day of the Test", "the sixth day of the trial" place a moment)
_NTH_NIGHT = re.compile(rf"\b(?P<n>{'|'.join(_ORDINALS)}|[1-9]\d?(?:st|nd|rd|th))\s+night\b(?!\s*-)", re.IGNORECASE)


def _running_count(reader: ArticleReader, sent: Sentence, m: re.Match[str]) -> tuple[str, str] | None:
    """What an ordinal that counts a run counts: the plural of the noun it qualifies
    ("operations", "nights"), and its measure (a duration for nights and days)."""
    inside = reader.tokens_in(sent.start + m.start("n"), sent.start + m.end("n"))
    if not inside:
        return None
    tok = reader.tokens[inside[0]]
    noun = tok.head
    while reader.tokens[noun].pos == "ADJ" and reader.tokens[noun].head != noun:  # "fifth" -> "successful" -> ...
        noun = reader.tokens[noun].head
    if noun <= inside[0] or reader.tokens[noun].pos != "NOUN" or noun - inside[0] > 6:
        return None
    lemma = reader.tokens[noun].lemma.lower()
    return plural(lemma), "duration" if lemma in W.TIME_UNITS else "count"


# Two written as a word: "both guards", "twin blasts", "a pair of gunmen"
_TWO = re.compile(r"\b(?:both|twin|a\s+pair\s+of)\b(?=\s+[a-z])", re.IGNORECASE)


def _counts_two(reader: ArticleReader, sent: Sentence, m: re.Match[str]) -> bool:
    """Whether the word counts the plural noun right after it: "both" and "a pair of" people,
    "twin" anything (blasts, attacks, towers)."""
    after = reader.tokens_in(sent.start + m.end(), sent.end)
    nouns = [i for i in after[:3] if reader.tokens[i].pos in ("NOUN", "PROPN")][:1]
    if not nouns or reader.tokens[nouns[0]].tag != "NNS":
        return False
    if m.group(0).lower() == "twin":
        return True
    lemma, word = reader.tokens[nouns[0]].lemma.lower(), reader.words(nouns[0]).lower()
    return lemma in W.PERSON_NOUNS or word in W.PERSON_NOUNS or lemma in W.ROLE_NOUNS
def _measures(word: str, after: str) -> tuple[str, ...]:
    """The measures a zero's word states, with a second word coordinated with it ("no dead or wounded")."""
    measures = list(_STATE[word.lower()])
    more = _OR_STATE.match(after)
    if more:
        measures += [m for m in _STATE[more.group("w").lower()] if m not in measures]
    return tuple(measures)


def _zero(text: str, start: int) -> Quantity:
    return Quantity(start=start, end=start + len(text), text=text, value=0.0, low=0.0, high=0.0, qualifier="exact")


def _single_persons(reader: ArticleReader, sent: Sentence, s_text: str, *, taken: list[Quantity]) -> list[WordCount]:
    """"A man was killed", "killed a child", "a young girl died": one person, object or subject of
    a casualty verb, written with the article "a"."""
    found: list[WordCount] = []
    for i in sent.tokens:
        tok = reader.tokens[i]
        if tok.tag != "NN" or tok.lemma.lower() not in _ONE_PERSON:
            continue
        kids = reader.children.get(i, [])
        det = [c for c in kids if reader.tokens[c].dep == "det" and reader.words(c).lower() in ("a", "an")]
        if not det or any(reader.tokens[c].dep == "nummod" for c in kids):
            continue
        measure = _governing_measure(reader, i)
        if measure is None:
            continue
        start = reader.tokens[det[0]].start - sent.start
        end = tok.end - sent.start
        if any(q.start < end and start < q.end for q in taken):
            continue
        found.append(WordCount(Quantity(start=start, end=end, text=s_text[start:end], value=1.0, low=1.0, high=1.0,
                                        qualifier="exact"), (measure,), noun=reader.words(i).lower()))
    return found


def _governing_measure(reader: ArticleReader, noun: int) -> str | None:
    """The casualty a person noun is the object or the passive subject of ("killed a man", "a man was
    killed", "a man and two women died"), through a coordination."""
    at = noun
    while reader.tokens[at].dep == "conj" and reader.tokens[at].head != at:
        at = reader.tokens[at].head
    tok = reader.tokens[at]
    head = reader.tokens[tok.head]
    if tok.dep in ("dobj", "nsubjpass") or (tok.dep == "nsubj" and head.lemma.lower() in ("die", "perish")):
        measure = W.MEASURE_LEMMAS.get(head.lemma.lower())
        return measure if measure in _ONE_MEASURES else None
    return None
