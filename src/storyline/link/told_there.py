"""A figure of someone or something is set at a place only when a sentence sets it at that place.

``fact_places.happens_nowhere`` gives no place to a figure that happens nowhere (the age of someone
who is neither a victim nor a suspect, a price, a speed, a sum of money) unless a sentence of its
figures sets it at one. Two readings of that exemption set the story's place on figures no sentence
sets there:

- **A home is not where a figure happens.** "Ann Hale, 43, of Kilbride", "a 55-year-old man from
  the Dales", "the third Kilbride resident to fall ill" name where someone lives; the age, the
  price of what they bought, are not set there. A sentence that names a place only as someone's
  home sets no figure at it.
- **A sentence that sets the figure elsewhere does not set it at the story's place.** A boxer's
  age told in "beat the 40-year-old in Geneva, Switzerland", a sum told "in the US", excuse the
  figure from happening nowhere only if the table shows it there; when the row is set at the
  story's place instead (another town, the default), no sentence sets it there.

So the row keeps its place only when a sentence names that place (or a place it holds, or a place
holding it: "in Kilbride, Ayrshire" for "Kilbride") as where the figure is, not as a home. It is
generic: it reads only how a sentence names the row's place, and touches no figure of an event
(tolls, arrests, damage, the age of a victim or a suspect keep their place as before).

- **An age told with harm done is an event's.** The claim's role may miss a victim or a suspect
  ("the bodies of Ann Hale, 58, and ...", "died at 85", "arrested for the assault"); a sentence
  that tells of someone killed, shot, hurt or dead makes the age one of the event, and the row
  keeps the event's place (it is neither nulled here nor by ``happens_nowhere``).
"""

from __future__ import annotations

import dataclasses
import re
import unicodedata
from collections.abc import Sequence

from storyline.link.fact_place import KEEP_MEASURES, named_in_sentence
from storyline.model import Claim, Fact

# roles of those an event happens to or who do it: their ages are told at the event's place
_EVENT_ROLES = frozenset({"victims", "perpetrators"})
# a figure of a thing rather than an event: what it costs, how fast it goes
_THING_MEASURES = frozenset({"price", "speed", "money"})

# a sentence telling of harm done to someone: their age is an event's, told at its place, even when the
# claim's role missed it ("the bodies of Ann Hale, 58, of Kilbride")
_HARM = re.compile(r"\b(?:killed|died|murder(?:s|ed)?|shot|shootings?|stabb(?:ed|ing)|slain|slaying|wounded|injured|"
                   r"bodies|body|victims?|attack(?:ed)?)\b", re.IGNORECASE)
_PERSON = (r"(?:man|woman|men|women|boy|girl|resident|residents|native|natives|patient|mother|father|son|daughter|"
           r"farmer|hunter|worker|student|pensioner|grandmother|grandfather|local|couple|family)")
# "Ann Hale, 43, of Kilbride", "Ann Hale of Kilbride", "a man from Kilbride", "also from Kilbride",
# "who lives in Kilbride": the place is someone's home
_HOME_BEFORE = re.compile(r"(?:,\s*(?:(?:aged\s+)?\d+\s*,\s*)?(?:of|from)"
                          rf"|\b{_PERSON}\s+(?:of|from)"
                          r"|\byear[\s-]*old\s+(?:of|from)"
                          r"|\b[A-Z][a-z][\w'’-]*\s+[A-Z][a-z][\w'’-]*\s+(?:of|from)"  # "Ann Hale of"
                          r"|\b(?:also|originally|both|all)\s+(?:of|from)"
                          r"|\b(?:lives?|lived|living|grew\s+up|born|hometown)\s+(?:in|at))"
                          r"\s+(?:the\s+)?(?:[A-Z][\w.'’-]*,?\s+){0,3}$")
# "a Kilbride resident", "the Kilbride man": the place before a word for a person
_HOME_AFTER = re.compile(rf"\s+{_PERSON}\b")


def _fold(text: str) -> str:
    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().lower().removeprefix("the ").strip()


def _names(place: str, claim: Claim) -> bool:
    """Whether the claim's sentence names ``place``, or has it as its place and names that, as
    where something is set (``fact_place.named_in_sentence``), not as someone's home."""
    wanted = [place]
    if claim.location and claim.location != place and _related(claim.location, place):
        wanted.append(claim.location)
    for name in wanted:
        text = claim.text
        for m in re.finditer(r"(?<![\w-])" + re.escape(name) + r"(?![\w-])", claim.text):
            if _HOME_BEFORE.search(claim.text, max(0, m.start() - 60), m.start()) \
                    or _HOME_AFTER.match(claim.text, m.end()):
                text = text[:m.start()] + "_" * len(name) + text[m.end():]  # a home: not where the figure is
        if named_in_sentence(dataclasses.replace(claim, location=name, text=text)):
            return True
    return False


def _related(one: str, other: str) -> bool:
    """Whether two places' names are one place's, or one holds the other's words ("Kilbride" and
    "Kilbride, Ayrshire")."""
    a, b = _fold(one), _fold(other)
    return bool(a and b) and (a == b or a in b or b in a)


def told_there(claims: Sequence[Claim], place: str) -> bool:
    """Whether some sentence of the figures sets them at ``place`` (the module's docstring)."""
    return any(_names(place, c) for c in claims)


def harmed(fact: Fact, claims: Sequence[Claim]) -> bool:
    """Whether a fact is an age its sentences tell with harm done to someone (killed, shot, died,
    a body): the age of someone an event happened to, whatever role the claim got, told at the
    event's place."""
    return fact.measure == "age" and any(_HARM.search(c.text) for c in claims)


def untold(fact: Fact, claims: Sequence[Claim], place: str | None) -> bool:
    """Whether a figure of someone or something set at ``place`` loses it: no sentence of its
    figures sets it there (the module's docstring)."""
    if not place or not claims or fact.scope or (fact.measure in KEEP_MEASURES and fact.measure != "age"):
        return False
    if fact.measure == "age":
        if harmed(fact, claims) or any(c.role in _EVENT_ROLES for c in claims):
            return False
    elif fact.measure not in _THING_MEASURES:
        return False
    return not told_there(claims, place)
