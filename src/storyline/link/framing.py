"""How each article speaks of the story's contested groups, and whom it relies on.

For the people protesting (the ``challengers`` group of link/groups.py: "protesters",
"rioters", "terrorists"…), each label an article uses is sorted by voice:
- inside quotation marks, or in a sentence that reports someone's words ("Tokayev called
  them terrorists", "according to the ministry"): ``terms_in_quotes``; a label that is
  the whole quotation ("“terrorists”") is also a scare quote;
- otherwise the article's own voice: ``terms_for_protesters``.
``sources_cited`` are the sources its figures are credited to and the names after
"according to"; ``sources`` are whom it relies on, by category, with the figures and
quotes each backs (link/sources.py). ``hedges`` are the distancing words it uses in its
own voice ("reportedly", "so-called", "could not be independently verified"), and its
figures are counted as asserted (no source) or credited.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from storyline.extract.quotes import quoted_spans
from storyline.link.sources import name_index
from storyline.link.sources import sources as sources_of
from storyline.model import Article, Entity, Framing, Quote, Story

_REPORTED = re.compile(r"\b(?:said|says|say|told|called|calls|described|describes|branded|labell?ed|claimed|claims|"
                       r"according to|warned|announced|stated|accused|dubbed|referred to)\b", re.IGNORECASE)
_ACCORDING = re.compile(r"\baccording to (?:the )?([A-Z][\w’'-]*(?:\s+(?:of\s+(?:the\s+)?)?[A-Z][\w’'-]*){0,4})")
_SENTENCE_END = re.compile(r"[.!?](?:[\"”’)]*)\s")
HEDGES = re.compile(
    r"\b(?:allegedly|reportedly|purportedly|supposedly|apparently|seemingly|ostensibly|so-called|self-styled|"
    r"self-proclaimed|alleged|unconfirmed|unverified|"
    r"(?:could|can)\s*not\s+(?:be\s+)?(?:independently\s+)?(?:verif(?:y|ied)|confirm(?:ed)?)|"
    r"(?:is|are|was|were)\s+(?:said|believed|thought|reported|alleged|rumou?red|understood)\s+to|"
    r"it\s+is\s+(?:said|believed|claimed|alleged|rumou?red)|rumou?rs?\s+(?:that|of))\b", re.IGNORECASE)


def framing(story: Story, articles: Sequence[Article], entities: Sequence[Entity],
            quotes: Sequence[Quote] = ()) -> tuple[Framing, ...]:
    members = set(story.articles)
    challengers = [e for e in entities if e.role == "challengers"]
    index = name_index(entities)
    by_article: dict[str, list[Quote]] = {}
    for q in quotes:
        by_article.setdefault(q.article, []).append(q)
    out = []
    for article in articles:
        if article.id not in members:
            continue
        own_quotes = by_article.get(article.id, [])
        marked = quoted_spans(article.text)  # the words inside quotation marks
        reported = [(q.start, q.end) for q in own_quotes if not q.direct]
        own: dict[str, None] = {}
        quoted: dict[str, None] = {}
        scare: dict[str, None] = {}
        for entity in challengers:
            for m in entity.mentions:
                if m.article != article.id:
                    continue
                label = article.text[m.start:m.end]
                inside = next(((s, e) for s, e in marked if s <= m.start and m.end <= e), None)
                if inside is not None:
                    quoted[label] = None
                    if len(article.text[inside[0]:inside[1]].split()) <= 3:
                        scare[article.text[inside[0]:inside[1]]] = None
                elif any(s <= m.start and m.end <= e for s, e in reported) or \
                        _REPORTED.search(_sentence(article.text, m.start)):
                    quoted[label] = None
                else:
                    own[label] = None
        cited = dict.fromkeys(c.attributed_to for c in article.claims if c.attributed_to)
        cited.update(dict.fromkeys(m.group(1).strip() for m in _ACCORDING.finditer(article.text)))
        hedges = [h.group(0) for h in HEDGES.finditer(article.text)
                  if not any(s <= h.start() < e for s, e in marked)]
        credited = sum(1 for c in article.claims if c.attributed_to)
        out.append(Framing(article=article.id, outlet=article.outlet, terms_for_protesters=tuple(own),
                           terms_in_quotes=tuple(quoted), scare_quotes=tuple(scare), sources_cited=tuple(cited),
                           sources=sources_of(article, own_quotes, entities, index), hedges=tuple(hedges),
                           figures_asserted=len(article.claims) - credited, figures_credited=credited,
                           quotes_direct=sum(1 for q in own_quotes if q.direct),
                           quotes_reported=sum(1 for q in own_quotes if not q.direct)))
    return tuple(out)


def _sentence(text: str, at: int) -> str:
    line = text.rfind("\n", 0, at) + 1
    start, window = line, 256
    while True:  # the last sentence end before ``at``: looked for in a window that doubles back to the line's start
        begin = max(line, at - window)
        ends = [m.end() for m in _SENTENCE_END.finditer(text, begin, at)]
        if ends or begin == line:  # (a match cannot straddle ``begin``: the same ends as a scan from 0)
            start = max([line, *ends[-1:]])
            break
        window *= 2
    end_match = _SENTENCE_END.search(text, at)
    end = min(end_match.end() if end_match else len(text), (text.find("\n", at) + 1 or len(text) + 1) - 1)
    return text[start:end]
