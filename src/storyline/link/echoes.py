"""One fact, one row: one figure that several outlets report, each under its own words.

``reconcile`` keys a figure by the noun it counts, so outlets that tell one fact in their own words ("won 31
of 40 regional races" beside "winning 31 of 40 hill climbs"; "recorded 48 symphonies in a chapel" beside "in
the chapel, 48 works were recorded") land in rows of one source each, and the table's gate, which leaves out
most figures one source alone gives, drops them all. ``fold_echoes`` joins two rows when the evidence says they
tell one fact:

- one row is one source's (its articles copy one text), the other comes from other sources; each gives one
  firm figure above one, once an article; they measure one thing (same measure, both people or both things)
  under different counted nouns (rows of one noun were kept apart upstream for a reason); no record or score
  ("9-1"), no place in a line, no count that names nothing;
- their figures agree: equal, or one is the other rounded ("4.5 pounds" and "4.46 pounds");
- their sentences tell the same thing: beside another figure both give ("31 of 40"), a name or a content word
  both use; or, for a figure of ten or more, a content word near it both use that the story does not use
  everywhere (the same verb, the same rare noun); and neither sentence counts the other's noun by a figure of
  its own ("35 goals and 120 assists" beside "120 goals");
- the match is one to one: a row that two others could join is left where it is.

A figure that rounds another is no conflict (``rounded``), and a measure of the setting the table otherwise
leaves out, a weight, is a fact when several sources give it (``settled``): "a 5-foot, 150-pound woman" and
"weighing some 150 pounds".
"""

from __future__ import annotations

import itertools
import math
import re
from collections.abc import Mapping, Sequence
from typing import TypeVar

from storyline.extract import claim_words as W
from storyline.extract.ordinals import RANK
from storyline.link.assess import Told as Report
from storyline.link.cluster import STOPWORDS
from storyline.link.one_row import Unit, free
from storyline.link.one_row2 import others
from storyline.model import Article, Claim

R = TypeVar("R", bound=Report)

SETTLED = frozenset({"weight"})  # background measures a fact when several sources give one figure
WINDOW = 8  # words either side of a figure that tell what it is
EVERYWHERE = 0.6  # a word this share of the story's articles use says nothing of which figure a sentence gives
EVERYWHERE_MIN = 3  # ... and at least this many of them
ROUNDING = 0.025  # a rounded figure is at most this far from the one it rounds ("4.5" for "4.46")
RARE_FIGURE = 10  # a figure this large two sentences rarely share by chance; a smaller one needs another shared

_WORD = re.compile(r"[^\W\d_][\w'’-]*")
_SKIP = STOPWORDS | W.MONTH_NAMES | W.WEEKDAY_NAMES


def settled(measure: str, *, sources: int) -> bool:
    """Whether a background measure's row is a fact: a weight several sources give."""
    return measure in SETTLED and sources >= 2


def _stem(word: str) -> str:
    """A word's rough base: lower case, no possessive, no plural s, no -ing or -ed ("launching" -> "launch")."""
    w = W.singular(re.sub(r"['’]s?$", "", word.lower()))
    for end in ("ing", "ed"):
        if w.endswith(end) and len(w) - len(end) >= 4:
            return w[:-len(end)]
    return w


def _near(claim: Claim) -> set[str]:
    """The content words within ``WINDOW`` words of the figure, stemmed."""
    at = claim.figure_at()
    if at < 0:
        return set()
    before = _WORD.findall(claim.text[:at])[-WINDOW:]
    after = _WORD.findall(claim.text[at + len(claim.number_text):])[:WINDOW]
    return {_stem(w) for w in before + after if w.lower() not in _SKIP and len(w) > 2}


def _names(claim: Claim) -> set[str]:
    """The names a sentence gives: capitalised words past its first, not a stop word, month or weekday."""
    words = _WORD.findall(claim.text)
    return {_stem(w) for w in words[1:] if w[:1].isupper() and w.lower() not in _SKIP and len(w) > 1}


def _everywhere(articles: Sequence[Article]) -> frozenset[str]:
    """The story's everywhere-words: stems most of its articles use."""
    seen: dict[str, int] = {}
    for article in articles:
        for stem in {_stem(w) for w in _WORD.findall(article.text)}:
            seen[stem] = seen.get(stem, 0) + 1
    bar = max(EVERYWHERE_MIN, math.ceil(EVERYWHERE * len(articles)))
    return frozenset(s for s, n in seen.items() if n >= bar)


def _figure(reports: Sequence[Report]) -> float | None:
    """The one firm figure a row gives, None when it gives none or several, or only "one" (a determiner)."""
    values = {r.claim.value for r in reports}
    value = next(iter(values)) if len(values) == 1 else None
    if value is None or not math.isfinite(value) or value <= 1 or any(r.claim.qualifier == "vague" for r in reports):
        return None
    return value


def _places(x: float) -> int:
    """Decimal places a figure is written to (-2 for "200": rounded to hundreds)."""
    text = f"{x:.6f}".rstrip("0").rstrip(".")
    if "." in text:
        return len(text.split(".")[1])
    return -(len(text) - len(text.rstrip("0")))


def agree(a: float, b: float) -> bool:
    """Whether two figures are one: equal, or one is the other rounded ("4.5" and "4.46", "200" and "198")."""
    if a == b:
        return True
    coarse, fine = sorted((a, b), key=_places)
    places = _places(coarse)
    return places < _places(fine) and abs(a - b) <= ROUNDING * max(a, b) and \
        math.isclose(round(fine, places), coarse)


_DECIMALS = re.compile(r"\d\s?\.\s?(\d+)")  # the digits after a decimal point as written ("5.0", "4. 6")


def _written_places(claim: Claim, value: float) -> int:
    """Decimal places a figure is written to: "5.0" is told to the tenth, though its value is 5."""
    shown = _DECIMALS.search(claim.number_text)
    return len(shown.group(1)) if shown else _places(value)


def rounded(a: Claim, b: Claim) -> bool:
    """Whether one figure is the other rounded: "4.5 pounds" beside "4.46 pounds", not a conflict; "5.0"
    beside "4.9" is two figures told to the tenth, not one rounded."""
    if a.value is None or b.value is None or a.value == b.value or not agree(a.value, b.value):
        return False
    return _written_places(a, a.value) != _written_places(b, b.value)


def _people(claim: Claim) -> bool:
    return claim.unit in W.PEOPLE_UNITS


def _head(claim: Claim) -> str:
    words = _WORD.findall((claim.counted or "").lower())
    return _stem(words[-1]) if words else ""


_TALLY = re.compile(r"\d\s*[-–]\s*\d")  # a record or a score ("9-1", "24-24"): two figures, not one


def _plain(claim: Claim) -> bool:
    """A figure this fold may join: one amount, no record or score, no place in a line, a count of a named noun."""
    return claim.measure != RANK and not _TALLY.search(claim.number_text) and \
        (claim.measure != "count" or bool(_head(claim)))


def _alike(a: Claim, b: Claim) -> bool:
    """Same measure, both people or both things, counted under other nouns: two rows keyed by one noun were kept
    apart by ``reconcile`` for a reason (a place, a date, an article that tells them apart)."""
    return a.measure == b.measure and _people(a) == _people(b) and _plain(a) and _plain(b) and \
        (a.measure != "count" or _head(a) != _head(b))


def _names_other(a: Claim, b: Claim) -> bool:
    """Whether a's sentence names b's counted noun beside a figure of its own: the two count different things
    ("30 home runs and 100 RBIs" beside "100 home runs")."""
    head = _head(b)
    return bool(head) and head != _head(a) and head in {_stem(w) for w in _WORD.findall(a.text)}


def _told_alike(a: Claim, b: Claim, common: frozenset[str]) -> bool:
    """Whether two sentences tell one thing: beside another figure both give, a name or a content word both
    use; or, for a figure too large to share by chance, a rare content word both use near it."""
    if _names_other(a, b) or _names_other(b, a):
        return False
    words = bool((_near(a) & _near(b)) - common)
    if others(a) & others(b):
        return words or bool(_names(a) & _names(b))
    return words and (a.value or 0) >= RARE_FIGURE


def fold_echoes(units: Sequence[Unit[R]], *, articles: Sequence[Article], copies: Mapping[str, str]) -> None:
    """Join a row of one source to another row, of one source or more, that gives its figure in other words
    when their sentences tell one thing ("won 31 of 40 regional races", "winning 31 of 40 hill climbs"): one fact
    several sources report. Each row joins at most one other, and only when neither could join a third."""
    common = _everywhere(articles)

    def sources(unit: Unit[R]) -> set[str]:
        return {copies.get(r.claim.article, r.claim.article) for r in unit.total}

    def joins(a: Unit[R], b: Unit[R]) -> bool:
        sa, sb = sources(a), sources(b)
        if sa & sb or min(len(sa), len(sb)) > 1 or not agree(_figure(a.total) or 0, _figure(b.total) or 0):
            return False
        pairs = [(x.claim, y.claim) for x in a.total for y in b.total]
        return all(_alike(x, y) for x, y in pairs) and any(_told_alike(x, y, common) for x, y in pairs)

    lone = [u for u in units if free(u) and _figure(u.total) is not None
            and len({r.claim.article for r in u.total}) == len(u.total)]  # one report an article
    links: dict[int, list[int]] = {i: [] for i in range(len(lone))}
    for i, j in itertools.combinations(range(len(lone)), 2):
        if joins(lone[i], lone[j]):
            links[i].append(j)
            links[j].append(i)
    for i, partners in links.items():
        if len(partners) != 1 or len(links[partners[0]]) != 1 or partners[0] < i:
            continue
        into, out = lone[i], lone[partners[0]]
        into.total = [*into.total, *out.total]
        out.total = []
