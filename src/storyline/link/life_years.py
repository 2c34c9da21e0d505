"""A year that dates a birth, a founding or a work's release, not the figure of another clause of the sentence.

``reconcile._other_year`` takes a count or a sum whose sentence names another year than the story's for that
year's: "the 2004 tsunami killed 230,000", "voters in 2009 approved a $3 million bond". A profile or an
obituary names years of another kind, which date one part of the life or one thing and leave the rest of the
sentence to the story's own telling:

- **a birth or a founding**: "Born in 1931 in Dundee, she wrote 40 novels", "The firm, founded in 1998, now
  employs 2,300", "was founded in 2011 and has raised $45 million": the year dates the birth or the founding,
  its clause ends before the figure (a comma, a dash, "and");
- **a work's year in brackets after its title**: "won two awards, for her part in Winter Roads (1984)", "the
  novels Salt Wind (1972) and The Quay (1979), which sold 3 million copies": the bracket dates the title.

- **a year after a tally told in the present perfect**: "has hosted the awards three times and was named 2008's
  best", "has won the title four times and retired in 2011": a perfect counts up to now and takes no past year
  ("*has won four times in 2011"), so a year told after it dates another clause; not "since 2004", which opens
  the span the tally runs over, nor "has estimated that 9,000 homes flooded in 2017", whose figure is the
  object of a clause of its own.

``apart`` gives the claim with such years (and a birth date's month) blanked out, so that ``_other_year`` and
``_other_time`` read only the times that can date its figure. A birth year in the figure's own clause ("founded
in 1998 with 12 staff") still dates it.

A person's career told by a verb of extent ("whose career spanned more than six decades", "a career that
stretched across more than 60 years") is that person's own span, as "his 30-year career" already is
(``more_figures.tenure``); ``career`` keeps it from ``reconcile._long``, which reads decades as a history.

Each test reads the sentence's grammar only, never a story's words.

Measured (round 20, tables rebuilt from stored articles): train one right multi-article row gains two reports
(a woman "born in 1923 in Nashville, ..., one of six children"); invented6 three right multi-article rows more
(films, awards and Oscar nominations of an actor "born on 14 March 1937", his awards "in The Long Light (1978)")
and one more from ``career`` (his career's length); the perfect's tally: train one right row more (a background
row of a host's tallies split in two once another host's perfect tallies were read undated); val (aggregate
only), dev, aeb_dev, invented_dev, invented2 and invented3 unchanged.
"""

from __future__ import annotations

import re

from storyline.link.later_times import blanked
from storyline.model import Claim

_YEAR = r"(?P<year>1[89]\d{2}|20\d{2})\b"
_YEARS = re.compile(r"\b" + _YEAR)
_MONTH = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?"
# "born in 1931", "born on 14 March 1937", "born Ann Mae Lee on April 22, 1923", "founded in 2011", "set up in 1998"
_ORIGIN = re.compile(r"\b(?:born|founded|established|set\s+up|incorporated)\s+(?:[A-Z][\w'’.-]*\s+){0,4}?"
                     r"(?:(?:on|in)\s+)?(?P<when>(?:(?:\d{1,2}(?:st|nd|rd|th)?\s+)?" + _MONTH + r"\s+"
                     r"(?:\d{1,2}(?:st|nd|rd|th)?,?\s+)?)?" + _YEAR + ")", re.IGNORECASE)
# a year in brackets right after a title (a capitalised word, a closing quote): "Winter Roads (1984)"
_TITLED = re.compile(r"(?:\b[A-Z][\w'’-]*|[\"”’])\s*\(\s*" + _YEAR + r"\s*\)")
# a career's or a tenure's noun, then a verb of extent, right before its length: "whose career spanned more than",
# "a career that stretched across", "her tenure lasted almost", "a reign that ran for"
_CAREER = re.compile(r"\b(?:career|tenure|reign|stint|marriage)s?(?:\s+(?:that|which|has|had|have))?\s+"
                     r"(?:spann?(?:ed|s|ing)?|stretch(?:ed|es|ing)?|last(?:ed|s|ing)?|ran|runs?|cover(?:ed|s|ing)?)\s+"
                     r"(?:(?:across|over|for)\s+)?(?:(?:nearly|almost|about|around|more\s+than|over|some|just|"
                     r"well\s+over|close\s+to)\s+)*$", re.IGNORECASE)
# a present perfect, then at most a few words, right before the figure: "has appeared in more than", "have won",
# "has hosted the awards" (a tally up to now, which no past year can date)
_PERFECT = re.compile(r"\b(?:has|have)\s+(?:(?:not|never|also|already|now|so\s+far|twice|once|\w+ly)\s+)*"
                      r"(?:been\s+)?(?:\w+ed|\w+en|won|made|done|had|led|held|run|sold|spent|built|lost|become|"
                      r"shot|grown|brought|fought|struck|told|found|paid|hit|set|put|kept|seen|sung|taught|sent|met)"
                      r"\b(?:\s+(?!that\b|which\b|who\b)[\w'’\"-]+){0,4}?\s+$", re.IGNORECASE)
# a year told as the start of a span up to now: "since 2004", "since beating Byrd in April 2006", "from 1990"
_SINCE = re.compile(r"\bsince\b[^,;:]*$|\bfrom\s+(?:[A-Za-z]+\s+)?$", re.IGNORECASE)
# what closes the clause of a birth or a founding: a comma, a dash, a colon, a bracket, "and"
_BREAK = re.compile(r"[,;:()\u2014\u2013]|\s-\s|\band\b", re.IGNORECASE)


def apart(claim: Claim) -> Claim:
    """The claim with every year blanked that dates a birth or a founding in a clause apart from the figure,
    or a work named just before it in brackets; the claim itself when there is none."""
    at = claim.figure_at()
    if at < 0:
        return claim
    end = at + len(claim.number_text)
    text = claim.text
    spans = [m.span("year") for m in _TITLED.finditer(text) if not (m.start() <= at < m.end())]
    for m in _ORIGIN.finditer(text):
        start, stop = m.span("when")  # the whole date: its month dates the birth too ("on 14 March 1937")
        if start <= at < stop:
            continue
        between = text[stop:at] if stop <= at else text[end:m.start()]
        if _BREAK.search(between):
            spans.append((start, stop))
    if _PERFECT.search(text, 0, at):  # a year after a perfect's tally dates another clause ("and won one in 2005")
        spans += [m.span() for m in _YEARS.finditer(text, end) if not _SINCE.search(text, end, m.start())]
    return blanked(claim, spans)


def career(claim: Claim) -> bool:
    """Whether a duration is the length of a person's career, tenure or marriage told by a verb of extent
    ("whose career spanned more than six decades", "a tenure that lasted 14 years"): the person's own span,
    as "his 30-year career" is (``more_figures.tenure``), not a history."""
    if claim.measure != "duration":
        return False
    around = claim.around_figure()
    return around is not None and bool(_CAREER.search(around[0]))
