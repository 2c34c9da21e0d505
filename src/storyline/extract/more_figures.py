"""Figures about a story's main people that the claim reader used to pass over.

Several outlets tell the same things about the people a story is about, and a reader puts
them in the facts table; the claim reader read them as something else or not at all:

- an **age told bare**: "He was 95." closing an obituary's paragraph, "Ana Ruiz was 41.",
  and an age at death after its verb, "dies at 95", "died Sunday at 88" (not 88 killed);
- a **count told with a noun of number**: "at least a dozen people were inside", "about a
  dozen workers left" ("dozen" is itself a noun: the people, not the dozen, are counted);
- a **tenure**: a length of service, membership or marriage, "a 15-year veteran of the
  department", "had worked for the company for 15 years", "a member of the unit for the past
  five years", "married for 12 days". Durations longer than a month are otherwise a
  programme's or a history's (``reconcile._long``); a tenure is the story's own person's.

The functions here read the words around a figure (``before`` and ``after`` are the text of
its sentence before and after it); whose the figure is, the callers read from the parse.
"""

from __future__ import annotations

import dataclasses
import re

from storyline.extract import claim_words as W
from storyline.extract import not_counts
from storyline.extract.quantities import Quantity
from storyline.extract.reading import ArticleReader, Sentence
from storyline.model import Claim

OLDEST = 120  # no one is older: a figure this large is no age

# "He was 95.", "Mark Felt was 95.": the verb right before, nothing after but the sentence's end
# (or the source that tells it: "He was 77, his lawyer said.")
_WAS_BEFORE = re.compile(r"(?:^|\s)(?:was|is)\s+$", re.IGNORECASE)
_WAS_AFTER = re.compile(r"^\s*(?:[.!?;]|$)|^\s*,\s*(?:according\s+to\b|(?:[\w'’.-]+\s+){0,4}?(?:said|says|told)\b)",
                        re.IGNORECASE)
# "dies at 95", "died Thursday at 88", "dead at 77", "passed away peacefully at home at 90"
_DIED_BEFORE = re.compile(r"\b(?:dies|died|die|dead|dying|passed\s+away|passes\s+away)\b(?:\s+[\w'’.,-]+){0,5}?"
                          r"\s+at\s+$", re.IGNORECASE)
# ... and after it, no noun it counts: the sentence's end, a clause, a date or place, "after ..."
_DIED_AFTER = re.compile(r"^\s*(?:$|[,.;:!?)'\"’”—–-]|(?:on|in|after|of|from|following|at|last|this|early|late|"
                         r"surrounded|while|when|following)\b)", re.IGNORECASE)


def _whole_age(value: float | None, qualifier: str) -> bool:
    return qualifier == "exact" and value is not None and 0 < value < OLDEST and value == int(value)


def age_at_death(before: str, after: str, *, value: float | None, qualifier: str) -> bool:
    """Whether the figure is the age someone died at: "Felt dies at 95", "died Sunday at 88, his
    family said". Not "died at 40 Main Street" (a noun follows) nor a clock time (read before)."""
    return _whole_age(value, qualifier) and bool(_DIED_BEFORE.search(before)) and bool(_DIED_AFTER.match(after))


def age_told_bare(before: str, after: str, *, value: float | None, qualifier: str) -> bool:
    """Whether the words around the figure tell an age with "was" and nothing else: "He was 95.",
    "Mark Felt was 95, his son said." The caller checks that the subject is a person (not "the
    toll was 95")."""
    return _whole_age(value, qualifier) and bool(_WAS_BEFORE.search(before)) and bool(_WAS_AFTER.match(after))


# Nouns of number that the parser takes for the counted noun's modifier: "a dozen people"
NUMBER_NOUNS = frozenset({"dozen", "score", "hundred", "thousand", "million", "billion"})


def counted_after_number_noun(lemma: str, dep: str, head: str, head_pos: str, *, head_after: bool) -> bool:
    """Whether the noun a noun of number modifies is what it counts: "at least a dozen people"
    (dozen -nummod-> people), "about a dozen employees"; not "dozens of" (read before), a noun of
    number that heads its own phrase ("a dozen were hurt"), nor "a dozen others", which stands for
    a noun told before (the others of "the property and a half-dozen others" are properties)."""
    return lemma.lower() in NUMBER_NOUNS and dep in ("nummod", "quantmod") and head_pos in ("NOUN", "PROPN") \
        and head_after and head.lower() not in ("other", "others")


# A tenure: the figure's unit, then a noun of service or membership ("a 15-year veteran", "a 15 - year
# department veteran", "his 30-year career", "a 10-year member of the board")
_SERVICE_NOUNS = (r"(?:veteran|employee|member|career|tenure|stint|service|marriage|reign|officer|deputy|agent|"
                  r"staffer|worker|volunteer|incumbent|partnership)s?")
_TENURE_AFTER = re.compile(r"^\s*-?\s*(?:years?|months?|decades?|seasons?)\s*-?\s*(?:[a-z]+\s+){0,2}?"
                           + _SERVICE_NOUNS + r"\b", re.IGNORECASE)
# ... or a verb of service (or a noun of membership) and "for" before it: "had served with the department for
# 15 years", "has worked for Kraft for about 15 years", "a member of its anti-gang unit for the past five years",
# "was married for 12 days", "coached the team for three seasons"
_TENURE_BEFORE = re.compile(r"\b(?:serv(?:ed|es|ing)|work(?:ed|s|ing)?|employed|coach(?:ed|es|ing)?|married|wed|"
                            r"member|veteran|stay(?:ed|ing)|spent)\b(?:\s+[\w'’.&-]+){0,7}?\s+for\s+"
                            r"(?:(?:the|his|her|their)\s+)?(?:(?:past|last|first|nearly|almost|about|around|some|"
                            r"more\s+than|over|just|only)\s+)*$", re.IGNORECASE)
# ... or "spent"/"served" right before it: "spent 19 seasons with the club", "served 14 years"
_SPENT_BEFORE = re.compile(r"\b(?:spent|served|serving|worked)\s+(?:(?:nearly|almost|about|more\s+than|over|"
                           r"some|just)\s+)*$", re.IGNORECASE)


def tenure(claim: Claim) -> bool:
    """Whether a duration is how long a person served, worked, belonged or was married: a fact about
    the story's people, however long ("a 15-year veteran of the department")."""
    if claim.measure != "duration":
        return False
    at = claim.figure_at()
    if at < 0:
        return False
    before, after = claim.text[:at], claim.text[at + len(claim.number_text):]
    return bool(_TENURE_AFTER.match(after) or _TENURE_BEFORE.search(before) or _SPENT_BEFORE.search(before))


def up_to_its_verb(ancestors: list[int], pos: list[str]) -> list[int]:
    """The ancestors of a counted noun up to the first verb, the one its clause hangs on: in "the gunman
    entered the business, which had a dozen people inside", the people are had, not entered; in "the
    gunman entered the party of a dozen people", the people are not what was entered."""
    for i, p in enumerate(pos):
        if p in ("VERB", "AUX"):
            return ancestors[:i + 1]
    return ancestors


# A running count told as an ordinal: "Cheeks is the fifth NBA head coach to be fired this season" (five coaches
# fired so far), "the fifth coach fired within the first quarter", "the team's second such arrest in a month".
# The ordinal qualifies the noun counted, and the noun says what was done to it (a participle after it:
# "fired", "to be arrested") or "such" points back to the act just told. Not a rank ("the 67th precinct"), a
# time ("the second time", "the third quarter") or a sequence without an act ("his second term").
_ORDINAL_WORDS = {"second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8,
                  "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13, "fourteenth": 14,
                  "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18, "nineteenth": 19,
                  "twentieth": 20}
_ORDINAL_DIGITS = re.compile(r"(\d+)(?:st|nd|rd|th)", re.IGNORECASE)
_NOT_COUNTED = frozenset({"time", "times", "half", "quarter", "round", "term", "place", "straight", "day", "week",
                          "month", "year", "season", "period", "inning", "set", "game", "floor", "grade", "century",
                          "anniversary", "birthday", "generation", "edition", "row", "stage", "leg", "lap"})


def _ordinal(word: str) -> int | None:
    if word.lower() in _ORDINAL_WORDS:
        return _ORDINAL_WORDS[word.lower()]
    m = _ORDINAL_DIGITS.fullmatch(word)
    return int(m.group(1)) if m else None


def _counted_head(reader: ArticleReader, i: int) -> int:
    """The noun an ordinal qualifies, past the nouns that modify it ("the fifth league manager": manager)."""
    noun = reader.tokens[i].head
    while reader.tokens[noun].dep == "compound" and reader.tokens[noun].head > noun:
        noun = reader.tokens[noun].head
    return noun


def _done_to(reader: ArticleReader, noun: int) -> str | None:
    """The participle telling what was done to the noun: after it ("the fifth coach fired", "the 12th official
    charged in ..."), or after the copula the noun completes ("is the fifth manager to be sacked")."""
    around = list(reader.children.get(noun, []))
    tok = reader.tokens[noun]
    if tok.dep == "attr":
        around += [c for c in reader.children.get(tok.head, []) if c > noun and reader.tokens[c].dep == "xcomp"]
    return next((reader.words(c).lower() for c in around
                 if reader.tokens[c].tag == "VBN" and reader.tokens[c].dep in ("acl", "relcl", "xcomp")), None)


# the tolls "a fourth person" adds to: the dead and the arrested ("left two dead and a third employee wounded" tells
# one more hurt, beside the dead, as often as a third hurt)
_TOLL_MEASURES = frozenset({"killed", "detained"})


def _toll_so_far(reader: ArticleReader, noun: int) -> bool:
    """Whether "a fourth person", "a third victim", "a second suspect" is the toll so far: the subject of a finite
    verb saying the person died or was arrested ("A fourth person has died", "a second suspect was arrested").
    Four have died by then; "a third bomb went off" counts no toll."""
    tok = reader.tokens[noun]
    if tok.dep not in ("nsubj", "nsubjpass") or not not_counts.person_noun(reader, noun):
        return False
    verb = reader.tokens[tok.head]
    finite = verb.tag in ("VBD", "VBZ", "VBP") or any(reader.tokens[c].dep in ("aux", "auxpass")
                                                      for c in reader.children.get(tok.head, []))
    return finite and W.MEASURE_LEMMAS.get(verb.lemma.lower()) in _TOLL_MEASURES


def running_counts(reader: ArticleReader, sent: Sentence) -> list[Quantity]:
    """The ordinals of a sentence that count the things done so far ("the fifth coach fired")."""
    found: list[Quantity] = []
    for i in sent.tokens:
        n = _ordinal(reader.words(i))
        tok = reader.tokens[i]
        if n is None or n < 2 or tok.dep != "amod" or not i < tok.head < min(i + 5, sent.tokens.stop):
            continue
        noun = _counted_head(reader, i)
        toll = noun < sent.tokens.stop and _toll_so_far(reader, noun)  # "A fourth person has died"
        if i > sent.tokens.start and reader.words(i - 1).lower() in ("a", "an") and not toll:
            continue  # "travelling in a second vehicle", "a third bomb went off": another one, not a count so far
        if reader.tokens[noun].pos not in ("NOUN", "PROPN") or reader.tokens[noun].lemma.lower() in _NOT_COUNTED \
                or noun >= sent.tokens.stop:
            continue
        such = any(reader.words(k).lower() == "such" for k in range(i + 1, noun))
        if such or toll or _done_to(reader, noun):
            start, end = tok.start - sent.start, tok.end - sent.start
            found.append(Quantity(start=start, end=end, text=reader.text[tok.start:tok.end], value=float(n),
                                  low=float(n), high=float(n), qualifier="exact"))
    return found


_IRREGULAR = {"person": "people", "man": "men", "woman": "women", "child": "children"}


def plural(noun: str) -> str:
    """The plural of a counted noun phrase told in the singular ("head coach" -> "head coaches")."""
    if noun.endswith(("s", "people", "men", "police", "staff", "personnel")):
        return noun
    head = noun.rsplit(" ", 1)[-1]
    if head.lower() in _IRREGULAR:  # "a fourth person has died": people, "a second man": men
        return noun[:len(noun) - len(head)] + _IRREGULAR[head.lower()]
    if noun.endswith(("ch", "sh", "x", "z")):
        return noun + "es"
    if noun.endswith("y") and noun[-2:-1] not in ("a", "e", "o", "u"):
        return noun[:-1] + "ies"
    return noun + "s"


def as_running_count(reader: ArticleReader, sent: Sentence, q: Quantity, claim: Claim) -> Claim:
    """A running count's claim: the things counted in the plural, without the ordinal ("NBA head coaches",
    not "fifth NBA head coach"), and what was done to them ("fired"), the participle after the noun."""
    at = sent.start + q.start
    i = next((k for k in sent.tokens if reader.tokens[k].start == at), None)
    done = _done_to(reader, _counted_head(reader, i)) if i is not None else None
    words = [w for w in (claim.counted or "").split() if w.lower() not in (q.text.lower(), "such")]
    counted = plural(" ".join(words)) if words else claim.counted
    counted_as = done or (None if (claim.counted_as or "").lower() in (q.text.lower(), "such") else claim.counted_as)
    return dataclasses.replace(claim, counted=counted, counted_as=counted_as)
