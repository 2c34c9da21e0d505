"""Whose age a definite description gives: the person the story names with that age.

An outlet that has named its main person goes on to call them by a descriptor: "the 48-year-old
Australian was evicted", "the 55-year-old hunter fell ill", "The 61-year-old has denied it". The
claim reader takes the descriptor's noun ("australian", "hunter") or nothing for whose age it is,
so the age never meets the same person's age told by name in another article ("Lee, 47"), nor is
told apart from another person's a year older. A definite description (the article "the" before
the age) points back to someone the text has already introduced; an indefinite one ("a 55-year-old
man") brings in someone new and is left as it is, and so is a description that holds a name ("the
32-year-old champion Lee").

Whose it is, is read from evidence, not from nearness alone: the story's articles give one person
an age by name within a year of it ("Lee, 47" beside "the 48-year-old"), the article has named that
person before the figure, and no other person is named after that mention and before the figure in
the figure's sentence or the one before it (the descriptor may then be theirs: "Ann Lee met the
driver, Tom Hale. The 30-year-old said ..."). Two persons of about that age leave it unclear.
The age then counts that person, by the fullest name the story gives them.
"""

from __future__ import annotations

import dataclasses
import re
from collections import Counter
from collections.abc import Sequence

from storyline.link.fact_names import _is_name, _known, _persons, _words, fullest
from storyline.link.reread import reread
from storyline.model import Article, Claim

BIRTHDAY = 1.0  # an age a year from a named person's is theirs told before or after a birthday

# "the 48-year-old", "The 55-year-old": the article that makes the age a definite description
_THE_BEFORE = re.compile(r"(?:^|(?<=[\s(\"“]))the\s+$", re.IGNORECASE)
_YEARS_OLD_AFTER = re.compile(r"^\s*-?\s*years?\s*-?\s*old\b", re.IGNORECASE)
_WORD = re.compile(r"[^\W\d_][\w'’.]*")
_NOUN_REACH = 3  # words after "-year-old" where a name would stand in the noun phrase ("the 36-year-old champion Lee")


def named_ages(articles: Sequence[Article]) -> list[Article]:
    """The articles with each age a definite description gives counted as the person it refers
    to (the module)."""
    persons = _persons(articles)
    told = _told_ages(articles, persons)
    if not told:
        return list(articles)
    return reread(articles, lambda c, article: _named(c, article, told=told, persons=persons))


def _told_ages(articles: Sequence[Article], persons: Counter[str]) -> list[tuple[str, float]]:
    """The ages the story's articles give by a person's name ("Lee, 47"), by the fullest name."""
    return [(fullest(c.counted, persons), c.value) for a in articles for c in a.claims
            if c.measure == "age" and c.value is not None and c.counted and _is_name(c.counted)
            and _known(c.counted, persons)]


def descriptor_age(claim: Claim, article: Article, *, persons: Counter[str]) -> bool:
    """Whether an age is told in a definite description that names nobody: "the 48-year-old
    Australian", "the 55-year-old" (not "a 55-year-old man", not "Lee, 47", not "the 36-year-old
    champion Lee")."""
    if claim.measure != "age" or (claim.counted and _is_name(claim.counted)):
        return False
    at = claim.figure_at()
    if at < 0 or not _THE_BEFORE.search(claim.text[:at]):
        return False
    after = at + len(claim.number_text)
    old = _YEARS_OLD_AFTER.match(claim.text[after:])
    return old is not None and not _names_someone(claim, article, at=after + old.end(), persons=persons)


def _names_someone(claim: Claim, article: Article, *, at: int, persons: Counter[str]) -> bool:
    """Whether the noun phrase after "-year-old" holds a capitalised word that is no nationality nor
    a part of a compound adjective ("the 32-year-old Lee", "the 30-year-old Dr Lee"; not "the
    48-year-old Australian", "the 55-year-old Glasgow-born actor")."""
    nationalities = [(n.start, n.end) for n in article.names if n.label == "NORP"]
    rest = claim.text[at:]
    clause = re.split(r"[,;:()\"“”]", rest, maxsplit=1)[0]
    for word in list(_WORD.finditer(clause))[:_NOUN_REACH]:
        if not word.group()[:1].isupper():
            continue
        if re.match(r"\s*[-–]", clause[word.end():]):
            continue  # "Glasgow-born": an adjective
        start = claim.start + at + word.start()
        if _known(word.group(), persons) or not any(s <= start < e for s, e in nationalities):
            return True  # a name (a parser may take one for a nationality: "the 32-year-old Lee")
    return False


def _named(claim: Claim, article: Article, *, told: list[tuple[str, float]], persons: Counter[str]) -> Claim:
    if claim.value is None or not descriptor_age(claim, article, persons=persons):
        return claim
    noun = (claim.counted or "").lower()
    near = [name for name, value in told if abs(value - claim.value) <= BIRTHDAY
            and noun not in {w.lower() for w in _words(name)}]  # "Showrunner Lee, 51": the noun is no name
    if not near or not all(_same_name(near[0], n) for n in near):
        return claim  # nobody's age, or two persons' of about that age: whose is not clear
    who = max(near, key=len)
    if not _named_before(claim, article, who) or _other_between(claim, article, who):
        return claim
    return dataclasses.replace(claim, counted=who)


def _same_name(a: str, b: str) -> bool:
    """"Lee" is "Ann Lee": one name's words hold the other's."""
    wa, wb = {w.lower() for w in _words(a)}, {w.lower() for w in _words(b)}
    return wa <= wb or wb <= wa


def _named_before(claim: Claim, article: Article, who: str) -> bool:
    at = claim.start + max(0, claim.figure_at())
    surname = who.split()[-1]
    return re.search(rf"(?<![\w-]){re.escape(surname)}(?![\w-])", article.text[:at]) is not None


def _other_between(claim: Claim, article: Article, who: str) -> bool:
    """Whether a person other than ``who`` is named after the last mention of ``who`` and before the
    figure, in the figure's sentence or the one before it: the descriptor may be theirs."""
    at = claim.start + max(0, claim.figure_at())
    surname = who.split()[-1]
    mentions = [m.end() for m in re.finditer(rf"(?<![\w-]){re.escape(surname)}(?![\w-])", article.text[:at])]
    since = mentions[-1] if mentions else 0
    window = max((s.start for s in article.sentences if s.start < claim.start), default=claim.start)
    start = max(since, window)
    return any(n.label == "PERSON" and start <= n.start < at and surname not in n.text for n in article.names)
