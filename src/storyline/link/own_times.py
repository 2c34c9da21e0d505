"""Figures the facts table's date and length filters would drop, kept when the year or the span is the story's own.

A figure whose sentence names another year than the story's is most often history ("the 1998 floods drove
40,000 from their homes"), and a duration longer than a month most often a career or a past ("ruled for two
decades"); ``reconcile`` leaves both out. Three kinds of wording make the year or the span the story's own:

- a plan's target. History lies behind the story; a year after it cannot date an earlier event. When every
  year a sentence names is later than the story's and the sentence tells a plan, a forecast or a deadline
  ("the bank expects to cut 1,500 jobs by the end of 2031", "the scheme aims to save $2 billion through
  2030", "deliveries will start in spring 2027"), the year is when the story's own figure is to come true.
  Both halves are needed: a later year without such wording is often a name ("the 2030 bond", "the 2028
  model"), and plan wording beside an earlier year is a past plan ("in 2015 the council planned 300 homes").
- a year in a clause of its own. A year told after the figure, past a relative pronoun or "when" that opens
  another clause, dates that clause: "the striker now has 212 goals, 9 more than Rossi, who played from 1981
  to 1990", "the firm paid $40m for Orbis, which it had founded in 2011". The filter already reads a clause
  so for most measures; counts and sums it drops whatever clause the year stands in.
- the latest year's accounts. "Last year" beside a firm's or a state's revenue, profit, sales or deficit dates
  the accounting period, not another event: "the bank earned $1.2 billion on $9 billion of revenue last year"
  is the size of a party to the story as it stands, which business news gives as its own figure. Only
  "last year" itself, in a sentence that recalls no other time ("ago", "previous", "last month").
- how long the story's own process or thing will take or last: "the inquiry could take 18 months", "a
  battery with a five-year lifespan", "a ten-year warranty": a forecast of the story's process or a
  property of its product, not a span of the past.

Each test reads tense, plan verbs, the prepositions of a deadline, clause openers and a few nouns of
accounts and of a thing's life, never a story's words.
"""

from __future__ import annotations

import re

from storyline.link.same_quantity import TOLLS
from storyline.model import Claim

_YEAR = re.compile(r"\b(?:1[89]\d{2}|20\d{2})\b")
# what tells a plan, a forecast or a promise: the future's modals and the verbs of intent or expectation
_PLAN = re.compile(r"\b(?:will|shall|would|(?:is|are|was|were)\s+(?:set|due|scheduled|slated|poised|on\s+track)\s+to|"
                   r"expect(?:s|ed|ing)?|plan(?:s|ned|ning)?|aim(?:s|ed|ing)?|forecast(?:s|ed|ing)?|"
                   r"project(?:s|ed|ing)\s+(?:to|that|a|an|the)\b|predict(?:s|ed|ing)?|anticipat(?:es|ed|ing)|"
                   r"intend(?:s|ed|ing)?|target(?:s|ed|ing)?|pledg(?:es|ed|ing)|promis(?:es|ed|ing)|"
                   r"commit(?:s|ted)\s+to|vow(?:s|ed)?\s+to|hop(?:es|ed)\s+to|goal)\b|\w['’]ll\b", re.IGNORECASE)
# ... or the preposition of a deadline right before the year: "by 2030", "by the end of 2030", "until mid-2031"
_DEADLINE = re.compile(r"\b(?i:by|until|till|through|before)\s+(?:the\s+(?:end|middle|start|beginning|close)\s+of\s+|"
                       r"(?:early|late|mid-?)\s*|(?:the\s+)?(?:first|second|third|fourth|last)\s+(?:half|quarter)\s+"
                       r"of\s+)?(?:[A-Z][a-z]+\s+)?$")
# what opens a clause of its own after the figure: a relative pronoun or "when"/"while"
_RELATIVES = r"who|whom|whose|which|where"
_OTHER_CLAUSE = re.compile(rf"\b(?:{_RELATIVES}|when|while)\b", re.IGNORECASE)
_RELATIVE = re.compile(rf"\b(?:{_RELATIVES})\b", re.IGNORECASE)
# the latest year's accounts: "last year" (not "last year's"), the nouns of accounts, no other time recalled
_LAST_YEAR = re.compile(r"\blast\s+(?:fiscal\s+|financial\s+)?year\b(?!['’]s)", re.IGNORECASE)
_ACCOUNTS = re.compile(r"\b(?:revenues?|sales|profits?|earn(?:ed|s|ings)|(?:net\s+)?income|turnover|loss(?:es)?|"
                       r"deficits?|surplus(?:es)?)\b", re.IGNORECASE)
_OTHER_TIME = re.compile(r"\b(?:ago|previous|previously|earlier|last\s+(?:month|week|season|decade)|"
                         r"(?:in|last)\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b)", re.IGNORECASE)
# a span the story's process may take or its thing may last: "could take 18 months", "will take up to two years"
_TAKE = re.compile(r"\b(?:to|will|would|could|may|might|can|should)\s+(?:\w+\s+)?take\s+(?:(?:up\s+to|about|around|"
                   r"roughly|at\s+least|more\s+than|less\s+than|as\s+long\s+as|as\s+much\s+as|nearly|almost|another|"
                   r"some|over)\s+)?$", re.IGNORECASE)
# ... or the life a thing is given: "a five-year lifespan", "a 10-year warranty", "a 30-year service life"
_LIFE = re.compile(r"^\s*-?\s*(?:years?|months?)\s*-?\s*(?:long\s+)?(?:life\s*-?\s*span|lifetime|service\s+life|"
                   r"warranty|guarantee|shelf\s+life|battery\s+life)\b", re.IGNORECASE)


def own_year(claim: Claim, year: int | None) -> bool:
    """Whether the other years the claim's sentence names leave the figure the story's own: a plan's
    target year after the story's (``planned``), or years told only in a clause of their own after it."""
    return planned(claim, year) or _apart(claim)


def planned(claim: Claim, year: int | None) -> bool:
    """Whether every year the claim's sentence names is later than the story's ``year`` and the sentence
    tells a plan, a forecast or a deadline: the year is the target of the story's own figure."""
    if year is None:
        return False
    years = list(_YEAR.finditer(claim.text))
    if not years or any(int(m.group()) <= year for m in years):
        return False
    return bool(_PLAN.search(claim.text)) or any(_DEADLINE.search(claim.text[:m.start()]) for m in years)


def _apart(claim: Claim) -> bool:
    """Whether every year of the sentence stands after the figure, past a relative pronoun or "when"
    that opens another clause: "9 more than Rossi, who played from 1981 to 1990"."""
    at = claim.figure_at()
    years = list(_YEAR.finditer(claim.text))
    if at < 0 or not years:
        return False
    end = at + len(claim.number_text)
    # a toll's "when" dates the deaths themselves: "killed more than 50 people when it erupted in 2021"
    opens = _RELATIVE if claim.measure in TOLLS else _OTHER_CLAUSE
    return all(m.start() >= end and opens.search(claim.text, end, m.start()) for m in years)


def accounts(claim: Claim) -> bool:
    """Whether the claim's sentence dates it "last year" as a firm's or a state's latest accounts ("earned
    $716 million on $9 billion of revenue last year") and recalls no other time."""
    text = claim.text
    return bool(_LAST_YEAR.search(text) and _ACCOUNTS.search(text) and not _OTHER_TIME.search(text))


def lasting(claim: Claim) -> bool:
    """Whether a duration is how long the story's process may take ("the inquiry could take 18 months")
    or the life its thing is given ("a five-year lifespan"), not a span of the past."""
    if claim.measure != "duration":
        return False
    at = claim.figure_at()
    if at < 0:
        return False
    return bool(_TAKE.search(claim.text[:at]) or _LIFE.match(claim.text[at + len(claim.number_text):]))
