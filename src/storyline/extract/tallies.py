"""Records, scores and votes: "a 7-7 record", "won 27-24", "(52-3, 49 KOs)", "voted 9-3".

``quantities.find_quantities`` reads numbers, ranges and amounts; a tally of two or three
numbers joined by hyphens is none of those, so sport stories lost their core figures (a team's
record when its coach is fired, a fight's records, a game's score) and a jury its vote. A
tally is read only where the sentence says what it is:

- a **vote** beside a word of voting ("voted 9-3", "a 5-4 ruling", "by a 7-2 margin");
- a game's **score** beside a word of winning or losing ("beat them 27-24", "a 91-73 win",
  "the 88-72 loss at Cleveland");
- a **record** beside a word of standing ("a 7-7 record", "fell to 9-14", "the 76ers, who are
  9-14", "a 122-147 mark", "now 45-7-2"), or in brackets after a name ("Klitschko (52-3, 49 KOs)").

Anything else with a hyphen between numbers is left alone: dates ("9-11"), ranges ("20-25
people"), phone numbers ("a 9-1-1 call"), times ("7-10 p.m."), model and bulletin numbers ("MS08-067", "F-16").

The claim's ``number_text`` is the whole tally and its ``value`` the first number (wins, the
first team's points, the votes of the majority); ``counted`` says what it is, whose when a
person or a team stands next to it, and ends with the tally ("wins of Klitschko (52-3)",
"points (27-24)"), so that the facts table keeps one record told by many outlets as one
quantity and two fighters' records as two.
"""

from __future__ import annotations

import dataclasses
import re

from storyline.extract.reading import ArticleReader, Sentence
from storyline.model import Claim

_TALLY = re.compile(r"(?<![\w$£€.,:/#-])(?P<a>\d{1,3})\s?[-–—]\s?(?P<b>\d{1,3})(?:\s?[-–—]\s?(?P<c>\d{1,2}))?"
                    r"(?![\w%°/-]|[.,:]\d|\s?(?:[ap]\.?m\b|o['’]clock|percent|per\s+cent))", re.IGNORECASE)
_VOTE = re.compile(r"\b(?:vot(?:e|es|ed|ing)|ballots?|margin|ruling|decision|verdict|split|jur(?:y|ors)|"
                   r"in\s+favou?r|approved|rejected|passed)\b", re.IGNORECASE)
_SCORE_BEFORE = re.compile(r"\b(?:w[oi]n|wins|winning|won|beat|beats|beating|defeat(?:s|ed|ing)?|lost|lose|loses|"
                           r"losing|fell|falls|edged?|edging|rout(?:ed|s)?|downed|topped|blanked|trounced|"
                           r"thrashed|outlasted|held\s+on|score|scored)\b[^.;:]{0,40}$", re.IGNORECASE)
_SCORE_AFTER = re.compile(r"^\s*(?:\w+\s+){0,2}?(?:win|wins|victory|victories|loss|losses|defeat|triumph|rout|"
                          r"setback|drubbing|thrashing|shutout|blowout|lead|overtime|OT|shootout|final|decision)\b",
                          re.IGNORECASE)
_RECORD_BEFORE = re.compile(r"(?:\b(?:record|mark|improved|improves|improving|dropped|drops|fell|falls|slipped|"
                            r"slips|moved|moves|went|goes|are|is|were|was|stand|stands|stood|sit|sits|now|at|"
                            r"finished|finish|record\s+of|mark\s+of)\s+(?:to\s+|at\s+)?(?:an?\s+|the\s+)?"
                            r"(?:(?:just|only|still|now|a\s+mere|merely|already)\s+)?)$",
                            re.IGNORECASE)
_RECORD_AFTER = re.compile(r"^\s*(?:overall\s+|career\s+|all-time\s+|lifetime\s+|professional\s+|pro\s+)?"
                           r"(?:record|mark|start|season|run|campaign|team|squad|club|coaching\s+record)\b"
                           r"|^\s*(?:on|in|this|for|with)\s+(?:the|this|his|her|their)?\s*(?:season|year|career)\b"
                           r"|^\s*,\s*(?:\d{1,3}\s+)?(?:KOs?|knockouts?)\b", re.IGNORECASE)
_STANDING = re.compile(r"\b(?:improved|improves|improving|dropped|drops|fell|falls|slipped|slips|moved|moves|"
                       r"evened|evens|climbed|sank|sunk)\s+(?:their|his|its|her)?\s*(?:record\s+)?to\s+(?:an?\s+)?$"
                       r"|\b(?:improved|improves|improving|dropped|drops|lifted|lifts|moved|moves)\s+(?:\S+\s+){1,4}?to\s+$"
                       r"|\b(?:opened|opens|started|starts|began|begins)\s+(?:the\s+season\s+|this\s+season\s+)?$"
                       r"|\b(?:record|mark)\s+(?:of|at|to|is|was|stands\s+at|stood\s+at)\s+(?:an?\s+)?$", re.IGNORECASE)
# the lower-case words a tally may stand before; any other ("tenge", "people", "metres") makes it a range
_AFTER_WORDS = frozenset((
    "record", "records", "mark", "win", "wins", "victory", "victories", "loss", "losses", "defeat", "defeats",
    "decision", "vote", "votes", "ruling", "verdict", "margin", "split", "lead", "overall", "overtime", "shootout",
    "setback", "rout", "triumph", "drubbing", "thrashing", "shutout", "blowout", "final", "score", "tally", "start",
    "season", "run", "career", "campaign", "team", "squad", "club", "coaching", "all-time", "lifetime",
    "professional", "pro", "in", "on", "with", "and", "or", "after", "before", "for", "to", "at", "this", "last",
    "since", "as", "but", "when", "while", "under", "against", "over", "from", "by", "the", "a", "an", "his",
    "her", "their", "its", "heading", "going", "entering", "into", "so", "now", "then", "following", "behind",
    "is", "was", "are", "were", "has", "had", "that", "which", "who", "of"))
_WHOSE_LABELS = ("PERSON", "ORG")  # not NORP: "the Ukrainian-born fighter" names no one
# a name that is a competition, not who holds a record in it: "the Central Division", "the NBA Finals"
_COMPETITION = re.compile(r"\b(?:Division|Conference|League|Leagues|Championships?|Cup|Series|Tournament|Open|Games|"
                          r"Finals?|Playoffs?|Association|Federation|Bowl|Classic|Trophy|Season)$")
# a number's label before it ("No. 4-2", "route 9-1") or a span's unit after it ("20-25 years"): no tally
_LABEL_BEFORE = re.compile(r"\b(?:No|Nos|number|model|bulletin|flight|route|highway|room|page|pp?)\.?\s*$",
                           re.IGNORECASE)
_SPAN_AFTER = re.compile(r"^\s*(?:years?|months?|weeks?|days?|hours?|minutes?)\b", re.IGNORECASE)
_WORD_AFTER = re.compile(r"\s*([a-z][\w'’-]*)")
_LOSS = re.compile(r"\b(?:lost|lose|loses|losing|loss|losses|defeat|fell|falls|beaten|downed)\b", re.IGNORECASE)


@dataclasses.dataclass(frozen=True)
class Tally:
    """One tally in a sentence (offsets in the sentence's text)."""

    start: int
    end: int
    text: str
    parts: tuple[int, ...]
    kind: str  # record | score | vote
    whose: str | None  # the team, fighter or coach the record or the first number is, when named


def find_tallies(s_text: str) -> list[tuple[int, int, tuple[int, ...], str]]:
    """Each tally of a sentence with its kind, from the sentence's words alone: (start, end,
    parts, kind). ``read_tallies`` adds whose it is from the parse."""
    found = []
    for m in _TALLY.finditer(s_text):
        parts = tuple(int(p) for p in m.group("a", "b", "c") if p is not None)
        before, after = s_text[max(0, m.start() - 60):m.start()], s_text[m.end():m.end() + 40]
        if _LABEL_BEFORE.search(before) or _SPAN_AFTER.match(after):
            continue  # "No. 4-2", "20-25 years": a label or a range, not a tally
        word = _WORD_AFTER.match(after)
        if word and word.group(1) not in _AFTER_WORDS and not _SCORE_AFTER.match(after) \
                and not _RECORD_AFTER.match(after):
            continue  # "50–65 tenge", "20-25 people": a range of what the word names
        near = before[-30:] + " " + after[:25]
        if _VOTE.search(near) and len(parts) == 2:
            kind = "vote"
        elif _STANDING.search(before) or _RECORD_AFTER.match(after):  # "fell to 7-7", "a 7-7 record"
            kind = "record"
        elif len(parts) == 2 and (_SCORE_BEFORE.search(before) or _SCORE_AFTER.match(after)):
            kind = "score"
        elif _RECORD_BEFORE.search(before) or _RECORD_AFTER.match(after) \
                or (before.rstrip().endswith("(") and re.match(r"^\s*[),]", after)):
            kind = "record"
        else:
            continue
        found.append((m.start(), m.end(), parts, kind))
    return found


def read_tallies(reader: ArticleReader, sent: Sentence) -> list[Tally]:
    """The tallies of a sentence, each with whose it is: the name in brackets before it
    ("Klitschko (52-3)"), else the nearest person, team or place named before it in the clause; for
    a score told as a loss ("lost 27-24 to Chicago"), the winner named after it."""
    s_text = reader.text[sent.start:sent.end]
    out = []
    for start, end, parts, kind in find_tallies(s_text):
        whose = None if kind == "vote" else _whose(reader, sent, s_text, start, end, kind)
        out.append(Tally(start=start, end=end, text=s_text[start:end], parts=parts, kind=kind, whose=whose))
    return out


def _plain(text: str) -> str:
    return "-".join(re.findall(r"\d+", text))


def _short(name: str) -> str:
    """A name as a label can carry it: its last word, without a possessive ("the Philadelphia
    76ers" → "76ers", "Wladimir Klitschko's" → "Klitschko")."""
    return re.sub(r"['’]s?$", "", name.strip().split()[-1]) if name.strip() else ""


def _whose(reader: ArticleReader, sent: Sentence, s_text: str, start: int, end: int, kind: str) -> str | None:
    at, to = sent.start + start, sent.start + end
    if kind == "score" and _LOSS.search(s_text[max(0, start - 40):start] + s_text[end:end + 25]):
        # a team is often its city: "lost 88-81 to Boston"
        after = [n for n in reader.names_in(sent, (*_WHOSE_LABELS, "GPE")) if to <= n.start <= to + 40
                 and re.search(r"\b(?:to|at|against|by)\s+(?:the\s+)?$", reader.text[to:n.start])]
        if after:
            return _short(after[0].text)
        return None  # the loser is named before the score; the first number is the winner's
    clause = max(s_text.rfind(c, 0, start) for c in (";", " and ", " but ", ", while "))
    names = [n for n in reader.names_in(sent, _WHOSE_LABELS) if not _COMPETITION.search(n.text.strip())]
    before = [n for n in names if n.end <= at and n.start >= sent.start + max(clause, 0)]
    if before:
        return _short(before[-1].text)
    return None


def tally_claim(reader: ArticleReader, sent: Sentence, tally: Tally, *, location: str | None) -> Claim:
    """A Claim of a tally: ``number_text`` the whole tally, ``value`` its first number."""
    what = {"record": "wins", "score": "points", "vote": "votes"}[tally.kind]
    # the tally itself ends the phrase, so that one record told by many outlets is one quantity and two
    # fighters' records are two, whoever the sentence names
    # (the last word a plural, a count's head: "wins (record 52-3)" would read as a "record" modifier)
    counted = (f"{what} of {tally.whose}" if tally.whose else what) + f" ({_plain(tally.text)})"
    first = float(tally.parts[0])
    return Claim(id="", article=reader.article.id, start=sent.start, end=sent.end,
                 text=reader.text[sent.start:sent.end], number_text=tally.text, value=first, low=first, high=first,
                 qualifier="exact", unit=what, measure="count", subject=tally.whose, subject_group="not_people",
                 location=location, as_of=None, attributed_to=None, counted_as=tally.kind, counted=counted,
                 role="other", number_start=sent.start + tally.start)
