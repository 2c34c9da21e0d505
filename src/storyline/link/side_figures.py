"""Figures a reader leaves out of the facts table although several outlets print them.

Each test reads the grammar around one figure, never the story's words:

- a count read from an indefinite article ("a nurse was stabbed", "it killed a cyclist"):
  the noun names who the story is about, not a figure of it, unless some outlet gives the
  same quantity as a number;
- a size that names a thing rather than measuring it ("the 12-inch tablet", "a 27-inch
  Vista monitor", "the ten-metre line"): a model's or a place's name, not a figure of the story;
- a score on the way to the result ("a 21-7 lead", "a 12-2 run"): a moment of the game, not its outcome;
- a count told as a rate per game, per season or as an average ("averaging 18 points a game",
  "averaged 30 goals"): a player's form, not a count of the story;
- a vague count of steps away ("a few blocks away", "several doors down"): says "nearby", counts nothing;
- a rule's threshold ("the legal limit of 0.05 percent", "a speed limit of 30 mph"): the standard a
  figure of the story is measured against, not a figure of the story;
- "100 percent" after a verb of being ("was 100 percent sure", "is not 100 percent fit"): a degree of
  a quality, not a share;
- a multiplier word that qualifies a noun ("double-digit", "a double room", "triple jump"): an
  adjective, not a change in an amount.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from storyline.extract.quantities import MULTIPLIERS, ORDINALS
from storyline.model import Claim

# "a nurse", "An elderly man", "a police officer": an article, then words, and no numeral among them
_ARTICLE_COUNT = re.compile(r"(?:an?)\s+[^\W\d_][\w'’ -]*", re.IGNORECASE)


def article_count(claim: Claim) -> bool:
    """Whether the figure is one person or thing read from an indefinite article ("a woman was
    hurt", "killed a man"), as against a number ("one woman", "a dozen", "a million") or the
    next of a count ("killed two and wounded a third")."""
    words = claim.number_text.split()
    return claim.value == 1 and claim.qualifier == "exact" and len(words) > 1 and \
        words[1].lower() not in ORDINALS and bool(_ARTICLE_COUNT.fullmatch(claim.number_text.strip()))


def only_articles(claims: Iterable[str], articles: frozenset[str]) -> bool:
    """Whether every report of a fact is a count read from an article: no outlet gives it as a number."""
    return all(c in articles for c in claims)


# A size joined to its noun by hyphens ("17-inch", "ten - metre"), then the noun it names
_COMPOUND_AFTER = re.compile(r"^\s*-\s*[a-z]+(?:\s*-\s*[a-z]+)?\s+[\"“]?(?P<next>[A-Za-z])")
# ... or one of several sizes told together: "the 11- and 13-inch models", "12-, 14- and 16-inch"
_COORDINATED_AFTER = re.compile(r"^(?:\s*-\s*[a-z]+)?\s*-?\s*(?:,|and|or)\s+(?:\d[\d.]*|[a-z]+)(?=\s*-)", re.IGNORECASE)
_COORDINATED_BEFORE = re.compile(r"(?:\d[\d.]*|\b[a-z]+)(?:\s*-\s*[a-z]+)?\s*-?\s*(?:,|and|or)\s+$", re.IGNORECASE)
# the determiner that picks one thing out, with at most two words between ("the base 13-inch", "this 10-metre")
_DEFINITE_BEFORE = re.compile(r"\b(?:the|this|that|these|those)\s+(?:[a-z-]+\s+){0,2}$", re.IGNORECASE)


def naming_size(claim: Claim) -> bool:
    """Whether a distance qualifies a noun to say which thing is meant, not how big it is: it
    stands in a hyphened compound after a definite article ("the 12-inch tablet", "on the
    ten-metre line", "the base 10-inch model") or before a name ("a 27-inch Vista monitor"),
    alone or with other sizes ("the 11- and 13-inch models"). A size told of a thing ("a
    2.5-inch screen", "a 40-yard run", "6 feet tall") is a figure and stays."""
    if claim.measure != "distance":
        return False
    at = claim.figure_at()
    if at < 0:
        return False
    after = claim.text[at + len(claim.number_text):]
    while (joined := _COORDINATED_AFTER.match(after)) is not None:
        after = after[joined.end():]
    before = claim.text[:at]
    while (joined := _COORDINATED_BEFORE.search(before)) is not None:
        before = before[:joined.start()]
    compound = _COMPOUND_AFTER.match(after)
    if not compound:
        return False
    return compound.group("next").isupper() or bool(_DEFINITE_BEFORE.search(before))


# a score ("21-7", "12 - 2") read whole, then the word that makes it a moment of the game
_SCORE = re.compile(r"\d+\s*-\s*\d+")
_SCORE_MOMENT_AFTER = re.compile(r"^\s*(?:lead|advantage|deficit|edge|cushion|run|spurt|burst|halftime)\b",
                                 re.IGNORECASE)


def passing_score(claim: Claim) -> bool:
    """Whether a score is one the game passed through, not its result: a lead, a deficit or a run
    ("took a 21-7 lead", "closed on a 12-2 run"), as against "won 31-24" or "a 31-24 win"."""
    if not _SCORE.fullmatch(claim.number_text.strip()):
        return False
    at = claim.figure_at()
    return at >= 0 and bool(_SCORE_MOMENT_AFTER.match(claim.text[at + len(claim.number_text):]))


# what may follow a multiplier that still multiplies: "double the price", "doubled from 40", "tripled to 90",
# "a doubling of fuel costs",
# and a noun of change, which the multiplier sizes ("a twofold increase", "a threefold rise in rents")
_MULTIPLIES_AFTER = re.compile(r"^(?:\s*[,.;:)!?]|\s*$|\s+(?:the|a|an|its|his|her|their|our|your|that|this|those|"
                               r"these|in|of|from|to|by|over|since|what|and|or|as|than|last|each|every|again|overnight|"
                               r"\d|(?:increase|rise|hike|jump|growth|surge|gain|climb|leap|spike|drop|fall|decline|"
                               r"cut|reduction)s?\b))", re.IGNORECASE)


def multiplier_adjective(claim: Claim) -> bool:
    """Whether a multiplier word qualifies a noun ("double-digit losses", "double figures", "a triple
    jump") instead of multiplying an amount ("prices doubled", "double the cost")."""
    word = claim.number_text.strip().lower()
    if word not in MULTIPLIERS or claim.unit != "times":  # "a double murder": two killed, a count
        return False
    at = claim.figure_at()
    return at >= 0 and not _MULTIPLIES_AFTER.match(claim.text[at + len(claim.number_text):])


def multiplied(claim: Claim) -> bool:
    """Whether a multiplier word tells how much an amount changed ("the reward was doubled to $30,000", "74 homes,
    double the figure given on Tuesday", "the price has halved"): a ratio between two figures, which the table
    shows as those figures, not a figure of its own. "A double murder" counts two dead, in people, not times. A noun
    of the change ("this doubling of fuel costs", "a twofold increase in prices") names the change itself as the
    news, and stays."""
    word = claim.number_text.strip().lower()
    return word in MULTIPLIERS and claim.unit == "times" and not word.endswith(("ing", "fold"))


# a count per game, outing or season ("18 points a game", "nine rebounds per contest")
_RATE_AFTER = re.compile(r"^[^.;]{0,40}?\b(?:per|a|an|each|every)\s+(?:game|contest|match|season|outing|start|night|"
                         r"bout|fight|race|round)\b(?![\w-])", re.IGNORECASE)
# ... or an average ("averaging 18", "has averaged more than 30")
_AVERAGE_BEFORE = re.compile(r"\baverag(?:e[sd]?|ing)\s+(?:\w+\s+){0,2}$", re.IGNORECASE)
_COUNTS = frozenset({"count", "distance", "other"})  # what a player's statistics are read as
# a duration told per day or per week: a habit ("eight hours a day", "three days a week"), not the event's length
_HABIT_AFTER = re.compile(r"^\s*-?\s*[a-z]+\s+(?:a|per|each|every)\s+(?:day|week|night)\b", re.IGNORECASE)


def rate(claim: Claim) -> bool:
    """Whether a count is told per game, per season or as an average ("averaging 18 points a game",
    "nine rebounds per contest", "has averaged 30 goals"): a player's form, not a count of the
    story's event; a score ("won 91-73") is none. A duration told per day or week is a habit
    ("worked ten hours a day"), not the length of the story's event."""
    if claim.measure == "duration":
        at = claim.figure_at()
        return at >= 0 and bool(_HABIT_AFTER.match(claim.text[at + len(claim.number_text):]))
    if claim.measure not in _COUNTS or _SCORE.fullmatch(claim.number_text.strip()):
        return False
    at = claim.figure_at()
    if at < 0:
        return False
    return bool(_RATE_AFTER.match(claim.text[at + len(claim.number_text):]) or _AVERAGE_BEFORE.search(claim.text[:at]))


# the counted noun, then a word of distance: "a few blocks away", "several doors down from the scene"
_AWAY_AFTER = re.compile(r"^\s*(?:[a-z-]+\s+){1,2}?(?:away|down|up|along|off)\b(?!\s*-)", re.IGNORECASE)


def nearby(claim: Claim) -> bool:
    """Whether a vague count only says how near something was ("caught a few blocks away", "hid
    several doors down"); a number of steps ("three doors away") is a figure and stays."""
    if claim.measure != "count" or claim.qualifier != "vague":
        return False
    at = claim.figure_at()
    return at >= 0 and bool(_AWAY_AFTER.match(claim.text[at + len(claim.number_text):]))


# "the legal limit of", "a threshold of about": the figure that follows is a rule's, not the event's
_THRESHOLD_BEFORE = re.compile(r"\b(?:limit|threshold)\s+(?:of|is|was|at)\s+(?:about\s+|around\s+|just\s+)?$",
                               re.IGNORECASE)


def threshold(claim: Claim) -> bool:
    """Whether the figure is a rule's threshold ("just under the legal limit of 0.05 percent", "a
    speed limit of 30 mph"): what the story's figure is measured against."""
    at = claim.figure_at()
    return at >= 0 and bool(_THRESHOLD_BEFORE.search(claim.text[:at]))


# a verb of being (or its negation) just before "100 percent", and a word after it: "was 100 percent sure"
_BEING_BEFORE = re.compile(r"(?:\b(?:is|are|was|were|be|been|being|am|not|feel|feels|felt)|['’](?:s|re|m))\s+$",
                           re.IGNORECASE)
_QUALITY_AFTER = re.compile(r"^\s+(?!(?:of|and|or|in|on|at|for|across|among|from|to|by|with|than)\b)[a-z]",
                            re.IGNORECASE)
WHOLE = 100.0


def intensifier(claim: Claim) -> bool:
    """Whether "100 percent" says how fully a quality holds ("she was 100 percent professional", "he is
    not 100 percent fit"), not what share of something is meant ("destroyed 100 percent", "100
    percent of the shares")."""
    if claim.measure != "percent" or claim.value != WHOLE:
        return False
    at = claim.figure_at()
    if at < 0:
        return False
    after = claim.text[at + len(claim.number_text):]
    return bool(_BEING_BEFORE.search(claim.text[:at]) and _QUALITY_AFTER.match(after))
