"""One figure of one thing that the facts code splits over rows: the tests that let it be one row again.

Outlets that print the same figure for the same thing seldom word it alike. One writes "some 600 police
officers had been deployed", another "about 600 police surrounded the jail"; one "a premium of 27%",
another "a premium of about 27%". The facts code keys each report by its measure, its noun and its
wording, so the reports can land in rows apart. Two kinds of split stay after the joins before this
module (``agreed_rows``, ``kindred_rows``, ``dissent``):

- two left-out one-source rows of one figure, whose claims the reader typed with two measures of a count
  ("deployed" and "count") or that both tell late in their articles, where ``kindred_rows`` wants one of
  them told early;
- a left-out one-source row whose figure a shown row already prints, from another source: the row the
  reader sees holds one outlet where two agree (``dissent`` joins only a figure that differs).

The evidence here is the noun each writer counts, not the figure alone (a shared figure is no evidence:
two clubs offer the same sum, two cars have about the same range). So

- ``one_noun``: two rows of other sources give one figure above a handful, a whole number when it counts
  things ("15.9 points" is an average, no count), and the nouns they count share a word ("police officers",
  "police"; "months of deliberation", "months") other than "people";
- ``counts_alike``: a count of things and a count of things sent, killed, hurt, held, ... of one noun
  are one count, where the measures differ only by the verb each writer used;
- ``seconds``: a left-out row's one figure (an amount, not a word pointing back at things already named,
  "both drivers") is the figure and unit of a claim of a shown row of the same measure and two sources or
  more, none of them its own, told in other words; and when both name what they count, they count one head
  noun or share a word beside the figure. A length or an age never: a span of the same length the reader
  left out is most often another (a tenure, a time ago, a term served), which the rules that read a span's
  own-ness keep apart on purpose.

Figures that are only close ("nearly 28 percent" and "about 30 percent"; "around 215 miles", "230 miles")
are left apart: on the development piles every such join joined two things. Each test reads only figures,
units, measures, nouns and the words beside the figure, never a story's words.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

from storyline.extract import claim_words as W
from storyline.link.agreed_rows import NEAR, WORD, amount, source_of, stem
from storyline.link.cluster import STOPWORDS
from storyline.link.kept_figures import independent
from storyline.link.two_sources import SMALL
from storyline.link.untabled import anaphoric
from storyline.model import Claim

# the measures of a count of things that differ only by what befell them ("six ships sent", "eight ships")
COUNTS = W.VICTIM_MEASURES | {"count", "deployed", "detained"}
# a length the reader left out beside a row of the same length is most often another span (a tenure, a time
# ago, a term served): the reconcile rules that read a span's own-ness keep those apart on purpose
_SPANS = frozenset({"duration", "age"})
_DIGIT = re.compile(r"\d")
_SCALES = ("thousand", "million", "billion", "trillion")  # "2.3 million": a whole count of a fraction


def counts_alike(measure: str, other: str) -> bool:
    """Whether two measures are one count told with another verb ("deployed", "count")."""
    return measure == other or (measure in COUNTS and other in COUNTS)


def one_noun(claims: Sequence[Claim], others: Sequence[Claim], *, measure: str, value: float) -> bool:
    """Whether two rows' reports of one figure (``value``) count one noun: a figure above a handful, whole
    when it counts things, and a word the nouns share (not "people")."""
    if value <= SMALL or (measure in COUNTS and value != int(value)
                          and not any(s in c.number_text.lower() for c in (*claims, *others) for s in _SCALES)):
        return False
    return bool(_nouns(claims) & _nouns(others))


def seconds(mine: Sequence[Claim], theirs: Sequence[Claim], *, copies: Mapping[str, str]) -> bool:
    """Whether a one-source row's reports (``mine``) print a figure a shown row's reports (``theirs``) print,
    of one thing, from other sources and in other words."""
    values = {c.value for c in mine}
    if any(c.measure in _SPANS for c in mine):
        return False
    if len(values) != 1 or None in values or not all(map(amount, mine)) or any(map(anaphoric, mine)):
        return False
    if {source_of(c, copies) for c in mine} & {source_of(c, copies) for c in theirs}:
        return False
    units = {_unit(c) for c in mine}
    same = [c for c in theirs if c.value in values and _unit(c) in units
            and all(independent(source_of(m, copies), m, source_of(c, copies), c) for m in mine)]
    if not same:
        return False
    if not all(c.counted for c in (*mine, *same)):
        return True  # a bare figure ("60,000", "27%") beside a named one: its unit and measure are its thing
    return len({_head(c) for c in (*mine, *same)}) == 1 or any(beside(m) & beside(c) for m in mine for c in same)


def _nouns(claims: Sequence[Claim]) -> frozenset[str]:
    """The stems of the words of the nouns the claims count, before an "of" tail ("tb of data": "tb")."""
    words = (w for c in claims for w in (c.counted or "").lower().split(" of ")[0].split())
    return frozenset(stem(w) for w in words if w not in STOPWORDS and w not in W.PEOPLE_UNITS)


def _head(claim: Claim) -> str:
    """The noun a figure counts, singular, before an "of" tail: "district hospitals" is "hospital"."""
    words = (claim.counted or "").lower().split(" of ")[0].split()
    return W.singular(words[-1]) if words else ""


def _unit(claim: Claim) -> str:
    return (claim.unit or "").lower().rstrip("s")


def beside(claim: Claim) -> frozenset[str]:
    """The stems of the content words beside a figure (``NEAR`` either side), up to the sentence's next figure
    either way: "eight passes for 66 yards and two touchdowns" reads "passes", not the touchdowns another figure
    counts. Names are left out (whose figure it is, not what it counts)."""
    at = claim.figure_at()
    if at < 0:
        return frozenset()
    before = _DIGIT.split(claim.text[:at])[-1]
    after = _DIGIT.split(claim.text[at + len(claim.number_text):])[0]

    def content(text: str) -> list[str]:
        return [stem(w) for w in WORD.findall(text)
                if w.lower() not in STOPWORDS and not w[:1].isupper()]

    return frozenset((*content(before)[-NEAR:], *content(after)[:NEAR]))
