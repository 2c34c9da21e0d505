"""A country few of a story's articles name is not where the story's figures are.

``fact_labels`` sets a fact at the story's place: the narrowest place its articles agree on. When
the narrowest such place is a country that only a few of the articles name at all, it is rarely
where anything in the story happened: news names a country for many reasons besides the place of
an event (a market, "users in the US"; a nationality; an actor, "the US wants"), so in a story about
a software flaw or a phone's launch two of seventeen articles saying "US" is what is left when no
article names a place, not a place the articles agree on. A fact set there loses its place when

- the story's place is a country named as a place by fewer than a third of its articles,
- its measure is not one of an event at a place (``fact_place.KEEP_MEASURES``: tolls, arrests,
  damage, a quake's measures keep theirs), and
- no sentence of its figures names the place as a place ("a crowd of 5,000 in Leeds").

A town is different: news names one almost only as a place, so a town named once ("the keynote at
Macworld in San Francisco") is still where the story's figures were told, and readers place them
there; only countries are held to the share.

Measured and not kept (round 14): the same share for first-level regions and seas sets fewer places
right (a piracy story's "Gulf of Aden", named in three of eleven articles, is where it happened).
"""

from __future__ import annotations

from collections.abc import Sequence

from storyline.link.fact_place import KEEP_MEASURES, named_in_sentence
from storyline.link.gazetteer import candidates
from storyline.model import Claim, Fact

THIN_SHARE = 1 / 3  # a country named by fewer than this share of the story's articles is no place of the story


def thin_country(story: str | None, *, naming: int, articles: int) -> bool:
    """Whether the story's place is a country that only ``naming`` of its ``articles`` name as a
    place, too few for it to be where the story happened (the module's docstring)."""
    if not story or articles <= 0:
        return False
    found = candidates(story)
    return bool(found) and found[0].is_country and naming < THIN_SHARE * articles


def set_nowhere(fact: Fact, claims: Sequence[Claim]) -> bool:
    """Whether a fact set at a thinly named country loses its place: a figure not of an event at a
    place, which no sentence of its figures sets at one."""
    return fact.measure not in KEEP_MEASURES and not fact.scope and bool(claims) \
        and not any(named_in_sentence(c) for c in claims)
