"""When a row's one odd figure is another quantity read in, not a second telling of the row's.

``reconcile`` groups reports by what they count and where, and a sentence that counts the same
noun for another person, another span or a total ("12 lifeboats launched" beside "the fleet's 40
lifeboats"; "two goals" for one striker beside "six goals" for another) can land in a row whose
outlets otherwise agree. A reader does not call that a dispute: writers who tell one quantity
differently stay near each other ("31 laps" and "32"; "$1,450" and "$1,490"), while a figure
several times off the one that independent outlets agree on counts something else. So when every
article but one agrees, the agreeing articles are of at least two sources, and the odd article's
figures all lie at least ``FAR`` times away from every figure the others give (and more than one
apart), the row is consistent and the odd figure is named as set aside.

A toll is no such case: "two wounded" and "five wounded" tell one act by its verb, and a reader
calls them a dispute (or an update), so rows of what was done to people are left to the other
tests. Nor is a count still rising: the row's other tests (a toll that rose, a later day's
higher figure, a floor above an earlier count) run first, and an odd figure told on another day
than the others is left a conflict, for time may explain it.

The row's name (``typical``) is read from the noun most of its articles count, each article once,
not from the phrase told most often: "boats", "fishing boats" and "wooden boats" in three articles
name the row before "dinghies" told twice in a fourth.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Callable, Mapping, Sequence
from typing import TypeVar

from storyline.extract import claim_words as W
from storyline.extract.claim_words import singular
from storyline.link.assess import Told
from storyline.model import Claim

R = TypeVar("R", bound=Told)

# what was done to people, told by its verb ("wounded", "arrested"): a far figure of such an act is a dispute
# over one toll (or a toll that moved), never a count of something else read in
ACTS_ON_PEOPLE = W.VICTIM_MEASURES | {"detained", "arrested", "charged", "deployed"}
FAR = 1.5  # a figure this many times above (or below) every agreed one counts something else: 12 and 40, 6 and 2


def odd_one(reports: Sequence[R], *, fits: Callable[[R, R], bool], source: Mapping[str, str],
            when: Callable[[R], str | None]) -> list[R]:
    """The reports of the one article whose figures no other article's ``fits``, in a row that counts
    no act done to people, when every other
    pair of articles fits, the others are of two sources or more (``source``: an article's source,
    its copies sharing one), its day (``when``) is not before or after every other's, none says
    none, and each of its figures is ``FAR`` times off every other figure. Empty when the row is no such case."""
    if any(r.claim.measure in ACTS_ON_PEOPLE for r in reports):
        return []
    by_article: dict[str, list[R]] = {}
    for r in reports:
        by_article.setdefault(r.claim.article, []).append(r)
    odd = [a for a, mine in by_article.items()
           if not any(fits(r, o) for r in mine for o in reports if o.claim.article != a)]
    if len(odd) != 1:
        return []
    lone = by_article[odd[0]]
    rest = [r for r in reports if r.claim.article != odd[0]]
    articles = sorted({r.claim.article for r in rest})
    sources = {source.get(a, a) for a in articles}
    if len(sources) < 2 or source.get(odd[0], odd[0]) in sources:
        return []
    for i, a in enumerate(articles):
        for b in articles[i + 1:]:
            if not any(fits(x, y) for x in by_article[a] for y in by_article[b]):
                return []
    mine = sorted(day for r in lone if (day := when(r)))
    theirs = sorted(day for r in rest if (day := when(r)))
    if mine and theirs and (mine[0] > theirs[-1] or mine[-1] < theirs[0]):
        return []  # told before or after every other: time may explain it
    if any(r.claim.value == 0 for r in reports):
        return []  # none against some is a dispute over one count (assess_rules), never another quantity
    if all(_apart(r, o) >= FAR for r in lone for o in rest):
        return lone
    return []


def _apart(a: Told, b: Told) -> float:
    """How many times apart two reports' ranges lie: 1 when they touch or lie one apart."""
    if a.low > b.high:
        low, high = b.high, a.low
    elif b.low > a.high:
        low, high = a.high, b.low
    else:
        return 1.0
    if high - low <= 1:
        return 1.0  # one apart is a miscount of one thing ("two more trips", "three trips"), however small
    if math.isinf(high):
        return math.inf
    return high / low if low > 0 else math.inf


def set_aside(odd: Sequence[Told]) -> str:
    """A sentence naming the odd figures ``odd_one`` found, for the row's explanation."""
    shown = ", ".join(r.claim.number_text for r in odd[:3])
    return (f" Set aside: {shown} ({odd[0].claim.article}), {FAR:g} times or more off every figure the others "
            f"agree on: most likely a count of something else.")


def head_noun(counted: str) -> str:
    """A counted phrase's head noun, singular and lower case: "suspicious boats" → "boat", "crates of
    grain" → "crate", "wins (4-2)" → "win": the noun before its complement or bracket."""
    words = re.findall(r"[a-z]+", re.split(r"\(|\bof\b", counted.lower())[0])
    return singular(words[-1] if words else "")


def typical(claims: Sequence[Claim]) -> Claim:
    """The claim whose wording names a row: the counted noun most of its articles use, then that noun's
    most common phrase. "boats", "suspicious boats" and "pirate boats" in three articles name the row's
    boats, not "skiffs" from a fourth, though each of the three phrases is told once. When nouns tie, the
    most common phrase stands (then the first claim)."""
    named = Counter(c.counted for c in claims if c.counted)
    if not named:
        return claims[0]
    phrase = named.most_common(1)[0][0]
    heads = Counter(head for head, _ in {(head_noun(c.counted), c.article) for c in claims if c.counted})
    top = max(heads.values())
    if heads[head_noun(phrase)] < top:
        best = next(h for h, n in heads.most_common() if n == top)
        phrase = max((p for p in named if head_noun(p) == best), key=lambda p: named[p])
    return next(c for c in claims if c.counted == phrase)
