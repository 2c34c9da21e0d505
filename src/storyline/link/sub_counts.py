"""Parts of a toll told as counts of their own: figures whose words restrict what they count.

A toll's reports are grouped into one fact (``reconcile``); some figures of the same measure
count only a part of it, and a reader keeps them apart, as a row linked to the total:

- more besides those told before: "Another four people died in hospital", "the bodies of two
  more victims were found", "three other people died of their wounds" (the toll's later
  additions, not the toll);
- one site's own count, told by the site: "We have received around 50 injured", "the clinic
  treated 30 people" (one hospital's patients, not all the injured).

Such a figure is keyed apart from the toll (``sub_count``) and its fact is linked to the total
(``link_parts``): ``part_of`` the toll, with an explanation that says it is no conflict with it.
Parts ``reconcile`` already keys apart are linked the same way: a group among the dead ("two
women and a man died" beside "three people killed") and a share of a count ("seven bridges,
two of which collapsed").
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable, Sequence

from storyline.extract import claim_words as W
from storyline.model import Article, Claim, Fact

SUB_MEASURES = frozenset({"killed", "injured", "missing"})  # tolls whose parts news tells as counts of their own

# "another four", "a further 12", "an additional three": more besides those told before
_MORE_BEFORE = re.compile(r"\b(?:another|a\s+further|further|an\s+additional|additional)\s+"
                          r"(?:(?:about|some|around|nearly|almost|at\s+least|more\s+than)\s+)?$", re.IGNORECASE)
# "four other people", "two more victims", "three others": the same, told after the figure
_MORE_AFTER = re.compile(r"^\s+(?:(?:of\s+)?(?:the\s+)?)?(?:other|more)\b", re.IGNORECASE)
# one site's own patients, told by the site: "we have received", "we treated", "the hospital admitted"
_SITE_VERBS = r"(?:received|receiving|treated|treating|admitted|admitting|taken\s+in)"
_SITE_BEFORE = re.compile(r"(?:\bwe\s+(?:have\s+|had\s+|'ve\s+|’ve\s+|are\s+|were\s+)?|"
                          r"\b(?:the|our|this|a)\s+(?:\w+\s+)?(?:hospital|clinic|infirmary|health\s+(?:centre|center))\s+"
                          r"(?:has\s+|had\s+|have\s+)?)" + _SITE_VERBS + r"\s+(?:(?:about|some|around|nearly|almost|"
                          r"roughly|at\s+least|more\s+than|over)\s+)?$", re.IGNORECASE)

MORE = "more"
SITE = "site"
SUBGROUP = "subgroup"  # "two women among the dead": keyed apart by ``reconcile``, linked here
SUBSET = "subset"  # "seven bridges, two of which collapsed": the same
VICTIMS: frozenset[str | None] = frozenset({"victims", "civilians", "other", None})  # roles a toll's groups have


def sub_count(claim: Claim, article: Article) -> str:
    """What part of a toll a figure counts, when its words restrict it ("" when it counts the toll):
    ``MORE`` for more besides those told before ("another four people died"), ``SITE`` for one
    site's own count ("we have received 50 injured"). More is more besides a toll of the same measure
    the article gave before, and a figure after another in its sentence is not one: "killing 10 and
    injuring dozens more" tells the injured apart from the dead."""
    if claim.measure not in SUB_MEASURES or claim.unit not in W.PEOPLE_UNITS or claim.high == 0:
        return ""
    at = claim.figure_at()
    if at < 0:
        return ""
    before, after = claim.text[:at], claim.text[at + len(claim.number_text):]
    if _SITE_BEFORE.search(before):
        return SITE
    if not (_MORE_BEFORE.search(before) or _MORE_AFTER.match(after)):
        return ""
    earlier = any(c.start == claim.start and c.id != claim.id and 0 <= c.figure_at() < at for c in article.claims)
    # more besides a toll the article gave before: "Ten people died. Another 20 were hurt" gives the hurt whole
    told = any(c.start < claim.start and c.measure == claim.measure for c in article.claims)
    return MORE if told and not earlier else ""


_TOLD = {MORE: "told as more besides those counted before", SITE: "one site's own count",
         SUBGROUP: "one group among them", SUBSET: "a share of them"}
_NAMED = {MORE: "further", SITE: "at one site"}  # said in the label: "people killed (further) in Aceh"


def sub_counts(articles: Sequence[Article], *, copies: dict[str, str]) -> dict[str, str]:
    """Each claim's part of a toll (claim id -> ``sub_count``), for the claims whose words restrict them. More
    besides a toll that one source alone tells stays in the toll: most often an aside ("he meant to kill one
    other person"), which a reader does not table apart."""
    found = {c.id: (kind, a.id, c.measure) for a in articles for c in a.claims if (kind := sub_count(c, a))}
    told: dict[str, set[str]] = {}
    for kind, article, measure in found.values():
        if kind == MORE:
            told.setdefault(measure, set()).add(copies.get(article, article))
    return {cid: kind for cid, (kind, _, measure) in found.items()
            if kind != MORE or len(told.get(measure, ())) >= 2}


def link_parts(facts: Sequence[Fact], *, parts: dict[str, str], bounds: Callable[[Fact], str]) -> list[Fact]:
    """The facts, each whose figures (most of them) count one part of a toll (``parts``: claim id -> ``sub_count``)
    linked to the toll it is a part of: the fact of the same measure and role that most sources
    report, told without such words (``bounds`` writes its figures for the explanation)."""
    out = list(facts)
    for i, fact in enumerate(out):
        kinds = {parts[c] for c in fact.claims if c in parts}
        if fact.part_of or len(kinds) != 1 or sum(c in parts for c in fact.claims) * 2 < len(fact.claims):
            continue  # most of its figures count one part of a toll ("two women" read once as a bare count)
        kind = kinds.pop()
        # the total is another fact: a row most of whose figures are parts is no total of itself
        totals = [f for f in out if f is not fact and f.measure == fact.measure and f.role == fact.role
                  and not f.part_of and not all(parts.get(c) for c in f.claims)
                  and (kind != SUBSET or _head(f) == _head(fact))]
        if not totals:
            continue
        total = max(totals, key=lambda f: (f.sources, len(f.claims)))
        figures = f" ({bounds(total)})" if total.low is not None or total.high is not None else ""
        note = f" A part of {total.label}{figures}, {_TOLD[kind]}: not a conflict with it."
        out[i] = dataclasses.replace(fact, part_of=total.id, explanation=fact.explanation + note,
                                     label=_named(fact, kind))
    return out


def _head(fact: Fact) -> str:
    words = (fact.counted or "").lower().split()
    return words[-1].rstrip("s") if words else ""


def _named(fact: Fact, kind: str) -> str:
    """The label with the part it counts, before its place: "people killed (further) in Aceh"."""
    suffix = f" in {fact.location}" if fact.location else ""
    base = fact.label[:-len(suffix)] if suffix and fact.label.endswith(suffix) else fact.label
    return f"{base} ({_NAMED[kind]}){fact.label[len(base):]}" if kind in _NAMED else fact.label
