"""An earlier time told after a figure, in a clause of its own or of another figure, dates that clause only.

``reconcile`` leaves out every figure of a sentence that names an earlier time ("last year", "two years
ago"): "last year, a storm cut power to 40,000 homes" is another event's. But a sentence often sets the
story's figure against an earlier one, or adds a clause about the past after it:

- "The city has opened 1,450 shelters this summer, up from 1,030 last year": "last year" is the 1,030's;
- "She said 3,800 job cuts on top of the 2,700 made last year would gut the service": the 2,700's;
- "The mayor, who has declared three days of mourning, said the city had warned residents last year".

As for a year told after a figure (``reconcile._other_year``), an earlier time told after the figure dates
the figure only when nothing stands between them: no comma, dash or relative word that closes the figure's
clause, and no other figure that the time can go with. "Storms cut power to 40,000 homes last year" stays
dated; a time told before the figure ("Last year, ...") dates all that follows.

``ahead`` gives the claim with such times blanked out, so that the filters that read a sentence's time
read only the times that date its figure. Each test reads the sentence's grammar only, never a story's words.

Measured (round 20, tables rebuilt from stored articles): invented3 one right multi-article row more (days of
mourning a mayor "who has declared three days of mourning, said ... last year"); invented_dev one right row gains
a report ("3,800 job cuts on top of the 2,700 made last year"); train, dev, aeb_dev, invented2 and val (aggregate
only) unchanged.
"""

from __future__ import annotations

import dataclasses
import re

from storyline.model import Claim

# a time counted back from the writer's day: "last year", "last month", "two years ago", "a decade ago"
_BACK = re.compile(r"\blast\s+(?:year|month|season)\b(?!['’]s)|\b(?:a|one|two|three|four|five|six|seven|eight|nine|"
                   r"ten|several|\d+)\s+(?:years?|decades?|months?)\s+ago\b", re.IGNORECASE)
# what closes the figure's clause before the time: a comma, a dash, a bracket or a relative word
_BREAK = re.compile(r"[,;:()\u2014\u2013]|\s-\s|\b(?:which|who|whom|whose|where|when|while)\b", re.IGNORECASE)
# another figure between ours and the time: the time goes with that one ("up from 1,030 last year")
_FIGURE = re.compile(r"\d")


def ahead(claim: Claim) -> Claim:
    """The claim with every earlier time blanked that stands after its figure past a clause break or
    another figure; the claim itself when there is none."""
    at = claim.figure_at()
    if at < 0:
        return claim
    end = at + len(claim.number_text)
    text = claim.text
    return blanked(claim, [m.span() for m in _BACK.finditer(text, end)
                           if _BREAK.search(text, end, m.start()) or _FIGURE.search(text, end, m.start())])


def blanked(claim: Claim, spans: list[tuple[int, int]]) -> Claim:
    """The claim with its sentence's ``spans`` (offsets in ``claim.text``) blanked out, every other offset kept;
    the claim itself when there are none."""
    if not spans:
        return claim
    text = claim.text
    for start, stop in spans:
        text = text[:start] + " " * (stop - start) + text[stop:]
    return dataclasses.replace(claim, text=text)
