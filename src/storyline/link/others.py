"""Figures of someone the story is not about, which a reader leaves out of the facts table
although an article prints them.

A story names its own people in most of its articles; a roundup, a profile or a comparison also
names people in passing and gives their figures: another player's season, a fine handed to a
player of another team, a contract someone else signed. Who the story is about is read from the
story itself (how many of its articles name someone), never from a list of names:

- a sentence whose subject is a person, a team or a firm few of the story's articles name
  ("Wing back Ray Dole sat out practice and had 3 yards on 6 carries two weeks ago", "Lina Ortiz
  wants a four-year deal near $48 million", "The Gulls lost three more starters to injury"),
  when no one the story is about is named in it, tells that one's figures, not the story's. A
  person who only tells ("Jon Vale, 51, said the roof fell") is a source, and is read by the
  claim's attribution, not here;
- a sum told by whose it is, in a relative clause or a possessive ("beating the $57 million that
  the midfielder Lina Ortiz took", "nearer Dan Rhee's $19 million"), when that
  owner is named in fewer than half of the story's articles: a deal of someone else, given as a
  yardstick for the story's own;
- a record set right after a name, in brackets or between commas ("the Gulls (10-5) visit next
  Sunday", "Petra Lund, 31-2, won on points"), when fewer than half of the story's articles name
  that one: another team's or another fighter's standing, not that of the story's sides.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from storyline.extract import claim_words as W
from storyline.model import Article, Claim, NamedSpan

# a capitalised word of a name ("Ortiz", "McAllister", "O'Brien"), as a story's articles print it
_NAME_WORD = re.compile(r"[A-Z][\w'’&-]{2,}")
_POSSESSIVE = re.compile(r"['’]s?$")
_OWNS = re.compile(r"^\s*['’](?:s\b|\s)")  # "Ray Dole's record", "Ray Dolesworth' record": an owner, not a subject
PERIPHERAL_SHARE = 0.25  # a person fewer of a story's articles name than this is named in passing
MAIN_SHARE = 0.5  # a name at least half of a story's articles print is someone the story is about
MIN_ARTICLES = 3  # with fewer articles, how often a name recurs says nothing
SUBJECT_SPAN = 5  # words a subject's title may take before the name ("All-Star wing back Ray Dole")
# what may not stand before the subject's name: a preposition, a verb of being or having, a pronoun or a
# clause mark makes the name an object or a place ("In Pell village", "She moved to Elm Park", "The leader of
# the crew, Ann Vale, counted")
_NOT_A_TITLE = re.compile(r"\b(?:in|at|from|of|on|to|with|for|by|into|near|under|over|about|is|was|are|were|be|"
                          r"been|has|have|had|would|will|could|can|may|might|must|should|not|said|says|he|she|they|"
                          r"it|this|that|there|his|her|their|its|after|before|when|while|as|if|than|and|but|or)\b|"
                          r"[,;:()\"“”]", re.IGNORECASE)
# a short opener before the subject: a time or a place set off by a comma ("On Friday,", "Earlier this year,")
_OPENER = re.compile(r"^\s*(?:[\w'’.-]+\s+){0,4}[\w'’.-]+\s*,\s*")
# a name that tells rather than does: "Ann Vale said", "Ann Vale, the county's fire chief, confirmed"
_TELLS = re.compile(r"^(?:\s*,[^,]{1,80},)?\s*(?:(?:\w+ly|later|also|then)\s+)?(?:also\s+|has\s+|had\s+)?"
                    r"(?:said|says|told|tells|reported|reports|confirmed|confirms|wrote|writes|added|adds|noted|notes|explained|estimated|estimates|"
                    r"stated|announced|announces|believes|thinks|recalled|recalls)\b", re.IGNORECASE)
_SUBJECTS = frozenset({"PERSON", "ORG"})  # who a figure may be told of: a person, a team, a firm
# a verb of telling anywhere between the subject and the figure: the figure is reported speech, its subject a source
# ("Ann Vale, chief executive of Norcal, later said that 85% of customers are back")
_TOLD = re.compile(r"\b(?:said|says|told|tells|reported|confirmed|wrote|added|noted|explained|estimated|stated|"
                   r"announced|claimed|claims)\b", re.IGNORECASE)
_NAMED = frozenset({"PERSON", "ORG", "GPE", "NORP"})


class StoryNames:
    """How many of a story's articles name someone: the share of them that print any word of a name."""

    def __init__(self, articles: Sequence[Article]) -> None:
        self.size = len(articles)
        self._words = [frozenset(_NAME_WORD.findall(a.text)) for a in articles]
        self._seen: dict[str, float] = {}

    def share(self, name: str) -> float:
        """The share of the story's articles that print a word of ``name`` ("Ray Dole's": "Ray" or "Dole")."""
        if name not in self._seen:
            words = {_POSSESSIVE.sub("", w) for w in _NAME_WORD.findall(name)}
            words = {w for w in words if len(w) >= 3}
            self._seen[name] = sum(1 for seen in self._words if words & seen) / self.size \
                if words and self.size else 1.0
        return self._seen[name]


def _names_in(claim: Claim, article: Article) -> list[NamedSpan]:
    """The names of people, bodies and places in the claim's sentence, in their order."""
    end = claim.start + len(claim.text)
    return sorted((n for n in article.names if claim.start <= n.start < end and n.label in _NAMED),
                  key=lambda n: n.start)


def _shouted(opening: str) -> bool:
    """Whether a sentence opens in capitals up to its first name ("A DRIVER was questioned", "FIRE CREWS said"): a
    headline's shout, whose "name" is a common noun (an acronym alone, "KTV lost", is a name)."""
    words = opening.split()
    return len(words) > 1 and all(w.isupper() for w in words)


def _common_group(name: NamedSpan) -> bool:
    """Whether a tagged "name" opens on a common noun of people ("Residents of Pell", "Citizens of Dorn"): a
    group of the story's people told by where they live, which a parser may tag as a body, not a name."""
    first = name.text.split()[0].lower() if name.text.split() else ""
    return first in W.PERSON_NOUNS


def another_subject(claim: Claim, article: Article, names: StoryNames) -> bool:
    """Whether the figure's sentence is about someone the story names in passing: its subject, the
    first name it prints, is a person, a team or a firm few of the story's articles name (not one who
    only tells, nor a group of people told by a common noun), and no name the story is about stands in
    it ("Wing back Ray Dole had 3 yards on 6 carries two weeks ago", in a story of another team's
    win). Not an age: "The seventh, Alan Birtwistle, 64, died in hospital" tells the age of the one it names,
    whoever the sentence is about, and the table's gate weighs an age by its sources."""
    if names.size < MIN_ARTICLES or claim.measure == "age":
        return False
    at = claim.figure_at()
    named = _names_in(claim, article)
    if at < 0 or not named or named[0].label not in _SUBJECTS \
            or _shouted(claim.text[:named[0].end - claim.start]) or _common_group(named[0]):
        return False
    subject = named[0]
    offset = subject.start - claim.start
    if offset > at or any(names.share(n.text) >= MAIN_SHARE for n in named):
        return False
    title = _OPENER.sub("", claim.text[:offset], count=1)  # "On Friday, outfielder Ray Dole": after the opener
    after = claim.text[subject.end - claim.start:]
    if _NOT_A_TITLE.search(title) or len(title.split()) > SUBJECT_SPAN or _POSSESSIVE.search(subject.text) \
            or _OWNS.match(after) or _TELLS.match(after) or _TOLD.search(claim.text, subject.end - claim.start, at):
        return False
    return names.share(subject.text) < PERIPHERAL_SHARE


_SUMS = frozenset({"money", "price"})
# after the sum: a few words of its noun, then a relative pronoun and a few lower-case words before the owner's
# name ("$41 million pact that Lina Ortiz signed", "$57 million (over five years) that the midfielder Lina Ortiz")
_WHOSE_AFTER = re.compile(r"^(?:\s*\([^)]*\))?\s*(?:[\w-]+\s+){0,3}?(?:that|which)\s+(?:[a-z][\w-]*\s+){0,3}$")
# before the sum: the owner's possessive and at most three words ("Dan Rhee's $19 million", "Rhee's first $85 million
# bid")
_WHOSE_BEFORE = re.compile(r"^\s*['’]s?\s+(?:[\w$-]+\s+){0,3}$")


def another_owner(claim: Claim, article: Article, names: StoryNames) -> bool:
    """Whether a sum is told as someone else's: a relative clause after it or a possessive before it names
    its owner, a person or a body fewer than half of the story's articles name ("beating the $41 million
    pact that Lina Ortiz signed", "nearer Dan Rhee's $19 million"), as against the story's own deal
    ("the $70 million offer that the Gulls made", when most articles name the Gulls)."""
    if claim.measure not in _SUMS or names.size < MIN_ARTICLES:
        return False
    at = claim.figure_at()
    if at < 0:
        return False
    end = at + len(claim.number_text)
    for name in _names_in(claim, article):
        if name.label not in _SUBJECTS:
            continue
        start, stop = name.start - claim.start, name.end - claim.start
        if start >= end and _WHOSE_AFTER.match(claim.text[end:start]):
            return names.share(name.text) < MAIN_SHARE
        # the possessive's "'s" is the tagged name's own ("Dan Rhee's") or follows it ("Dan Rhee 's")
        owns = ("'s" if _POSSESSIVE.search(name.text) else "") + claim.text[stop:at]
        if stop <= at and _WHOSE_BEFORE.match(owns):
            return names.share(name.text) < MAIN_SHARE
    return False


_RECORD = "record"  # ``counted_as`` of a won-lost record the claim reader read whole ("10-5", "31-2")
# what ends the name before a record: an opening bracket or a comma ("the Gulls (10-5)", "Petra Lund, 31-2,")
_SET_OFF = re.compile(r"(?:\(|,)\s*$")


def another_record(claim: Claim, article: Article, names: StoryNames) -> bool:
    """Whether a won-lost record is set right after a name fewer than half of the story's articles name
    ("when the Gulls (10-5) visit", "Petra Lund, 31-2, won on points"): someone else's standing,
    as against a record of the story's sides ("the Otters (6-17) fired their coach") or one told with no
    name before it ("a 7-9 record")."""
    if claim.counted_as != _RECORD or names.size < MIN_ARTICLES:
        return False
    at = claim.figure_at()
    mark = _SET_OFF.search(claim.text, 0, at) if at >= 0 else None
    if mark is None:
        return False
    before = [n for n in _names_in(claim, article) if n.end - claim.start <= mark.start()
              and not claim.text[n.end - claim.start:mark.start()].strip()]
    return bool(before) and names.share(before[-1].text) < MAIN_SHARE
