"""Labels whose participle lost its particle: "amount brought in", never "amount brought".

A label ends in the participle of what happened to what a row counts ("jewellery stolen", "people
evacuated"). When the sentence's verb is a phrasal verb, its particle stands between the verb and the
figure ("has brought in over $363 million", "the raids turned up 1.3 million euros in cash", "had handed
out some 21,000 gallons of water"), and the participle alone is a fragment that means something else
("cash turned", "water handed"). The particle is English's closed class (up, out, off, in, down, back,
away, over), and it joins the label only when at least half of the row's figures have their verb's
particle just before them, of the figures whose sentences use the verb (a qualifier such as "about" or "more
than" may stand between).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

from storyline.model import Claim

_PARTICLES = ("up", "out", "off", "in", "down", "back", "away", "over")
_QUALIFIER = r"(?:(?:about|around|some|nearly|almost|over|just|roughly|more\s+than|less\s+than|at\s+least|up\s+to|" \
             r"an\s+estimated|a\s+further|another)\s+)*"
# a label's last word before its unit or place in brackets: "cash turned", "gallons of water handed (gallons)"
_LAST = re.compile(r"(?<=\s)(?P<word>[a-z]{2,}(?:ed|en)|brought|bought|sought|caught|paid|laid|sold|held|made|built|"
                   r"kept|left|sent|spent|put|set|cut|shut|run|dug)(?P<tail>\s*\([^)]*\))?$")


def particle_of(claim: Claim, verb: str) -> str:
    """The particle between a claim's ``verb`` and its figure ("turned up 1.3 million euros" → "up"), or ""."""
    at = claim.figure_at()
    if at < 0:
        return ""
    found = re.search(rf"(?P<aux>\b(?:is|are|was|were|be|been|being)\s+(?:\w+ly\s+)?)?\b{re.escape(verb)}\s+"
                      rf"(?P<particle>{'|'.join(_PARTICLES)})\s+{_QUALIFIER}$", claim.text[:at], re.IGNORECASE)
    # a figure after the particle is the verb's object, so the verb is active: after "is offered" the word
    # is a preposition ("is offered in $1,799 and $2,199 versions")
    return found.group("particle").lower() if found and not found.group("aux") else ""


def particle_label(label: str, claims: Sequence[Claim]) -> str:
    """``label`` (without its place) with its participle's particle ("amount brought" → "amount brought
    in"), when at least half of the row's sentences that use the verb put that particle between it and
    the figure; "" otherwise."""
    last = _LAST.search(label)
    if not last or not claims:
        return ""  # the participle follows what it is said of: "cash turned", never "turned" alone
    verb = last.group("word")
    particles = Counter(p for c in claims if (p := particle_of(c, verb)))
    if not particles:
        return ""
    particle, n = particles.most_common(1)[0]
    told = sum(1 for c in claims if re.search(rf"\b{re.escape(verb)}\b", c.text, re.IGNORECASE))
    if 2 * n < told:
        return ""  # most sentences with the verb use it without the particle
    return f"{label[:last.end('word')]} {particle}{last.group('tail') or ''}"
