"""Long durations that measure the story's own subject, which the table may hold.

A duration longer than a month is mostly a programme's or a history's ("ruled for two decades", "the
seven-year history of the group", "thirty years ago when I was a boy"). Some are the story's own: how long
a patient's treatment went on, how long someone has hidden, how long a product lasts, how long a practice
the story ends was followed. Grammar tells them apart, never the story's words:

- the span an action or a state lasted, told with "for" or "last": "the treatment went on for 14 months",
  "she has lived in hiding for six years", "the pump lasts eight years"; or the time since a person's own
  act: "three years after she fled", "he vanished 20 months ago" ...
- ... but not the span of what lies ahead ("for the next five years": a plan), of a record's window ("the
  wettest spring for 25 years"), of a life a relative clause recalls in passing ("the founder, who led the
  firm for three decades"), of a state before the story's time ("he had owned the shop for six years"), of a
  year of its own ("champion for nine months in 2009"), nor a speaker's own memory ("it has been with us for
  20 years", "I have waited for ten years"), nor the time since a country's or a firm's past ("five months
  after the republic broke away").

A span a modifier names ("a nine-month stay", "the seven-year history") is left to the agreement of several
outlets in their own words (``kept_figures.agreed``): the noun it qualifies, often another thing's, owns it.
The table still asks two independent sources for a duration (``reconcile._tabulated``).
"""

from __future__ import annotations

import re

from storyline.model import Article, Claim

# the span an action or a state lasted: "for 12 months", "for more than two decades", "lasted nearly two years"
_SPAN_BEFORE = re.compile(r"\b(?:for|lasts|lasted|lasting|(?:to|will|would|can|could|may|might)\s+last)\s+"
                          r"(?:(?:more\s+than|over|nearly|almost|about|"
                          r"around|some|roughly|at\s+least|well\s+over|close\s+to|up\s+to|just\s+over|"
                          r"just\s+under|ultimately)\s+)?$", re.IGNORECASE)
# what lies ahead: "for the next five years", "over the coming decade"
_AHEAD = re.compile(r"\b(?:next|coming|following)\s+(?:\w+\s+){0,2}$", re.IGNORECASE)
# a speaker's own span: first-person words in the figure's clause
_FIRST_PERSON = re.compile(r"\b(?:I|[Ww]e|[Uu]s|[Oo]urs?|[Mm]y|[Mm]e)\b")
# a relative clause about someone else, set off by a comma: "Jones, who ran the club for two decades"
_ASIDE = re.compile(r",\s*(?:who|whose)\b[^,;]*$", re.IGNORECASE)
# the time since a person's own act: "two years after she vanished", "eight months after his arrest"
_AFTER = re.compile(r"^\s*(?:years?|months?|weeks?|decades?)\s+after\s+(?:(he|she|they)\b|(his|her|their)\s|"
                    r"(?=[A-Z]))")
# ... or told from now: "she vanished from her flat 23 months ago"
_AGO = re.compile(r"^\s*(?:years?|months?|weeks?|decades?)\s+ago\b", re.IGNORECASE)
# a state that held before the story's own time: "she had lived there for six years", "they had met two years ago"
_PAST_PERFECT = re.compile(r"\b(?:had|[a-z]['’]d)\s+(?:(?:not|never|already|long|only|just)\s+)?\w+", re.IGNORECASE)
# a span set in a year of its own: "he held the title for six months in 2001"
_IN_YEAR = re.compile(r"^\s*-?\s*(?:years?|months?|weeks?|decades?)\b[^,;.]{0,20}?\b(?:in|of|during)\s+(?:\w+\s+)?"
                      r"(?:1[89]|20)\d\d\b", re.IGNORECASE)
# a record's window: "the worst month for 20 years", "the first title in a 10-year run", "the highest in a decade"
_RECORD = re.compile(r"\b(?:first|only|most|least|best|worst|[a-z]{3,}est)\b(?:(?!\b(?:and|but)\b)[^,;.])*"
                     r"\b(?:for|in|over)\s+(?:(?:a|an|the|more\s+than|nearly|almost|over|about)\s+)*$", re.IGNORECASE)
_PERSON_PRONOUN = re.compile(r"^\s*(?:he|she|they)\b", re.IGNORECASE)


def own(claim: Claim, article: Article) -> bool:
    """Whether a long duration measures the story's own subject: how long an action or a state lasted
    ("the treatment went on for 14 months", "the pump lasts eight years") or the time since a person's own act
    ("two years after she vanished", "he left 23 months ago"), not a history, a career, a plan, the time
    since a country's or a firm's past, or a speaker's memory."""
    if claim.measure != "duration":
        return False
    at = claim.figure_at()
    if at < 0:
        return False
    before = claim.text[:at]
    after = claim.text[at + len(claim.number_text):]
    spanned = bool(_SPAN_BEFORE.search(before)) or _since_person(claim, article, at=at)
    if not spanned or _AHEAD.search(before) or _ASIDE.search(before) or _IN_YEAR.match(after) or \
            _RECORD.search(before):
        return False
    clause = _clause(claim.text, at)
    return not _FIRST_PERSON.search(clause) and not _PAST_PERFECT.search(clause[:clause.find(claim.number_text)])


def _since_person(claim: Claim, article: Article, *, at: int) -> bool:
    """Whether the duration is the time since an act of a person: "after" a person, a personal pronoun
    or a person's possessive, or "ago" in a clause whose subject is one."""
    after = claim.text[at + len(claim.number_text):]
    since = _AFTER.match(after)
    if since:
        if since.group(1) or since.group(2):
            return True
        return _person_at(article, claim.start + at + len(claim.number_text) + since.end())
    if not _AGO.match(after):
        return False
    start = max((m.end() for m in re.finditer(r"[;:—–\"“”]\s*", claim.text[:at])), default=0)
    if _PERSON_PRONOUN.match(claim.text[start:at]):
        return True
    return _person_at(article, claim.start + start + len(claim.text[start:at]) - len(claim.text[start:at].lstrip()))


def _person_at(article: Article, offset: int) -> bool:
    """Whether a person's name begins at ``offset`` of the article's text."""
    return any(n.label == "PERSON" and n.start == offset for n in article.names)


_SET_APART = re.compile(r"[;—–\"“”]")  # the semicolons, dashes and quotation marks that set a clause apart


def between(text: str, start: int, end: int, stops: re.Pattern[str]) -> str:
    """The part of ``text`` around ``start:end`` from the last match of ``stops`` before ``start`` to the first
    after ``end``."""
    begin = max((m.end() for m in stops.finditer(text[:start])), default=0)
    finish = next((end + m.start() for m in stops.finditer(text[end:])), len(text))
    return text[begin:finish]


def _clause(text: str, at: int) -> str:
    """The part of a sentence around the character ``at``, between the semicolons, dashes or quotation
    marks that set it apart."""
    return between(text, at, at, _SET_APART)
