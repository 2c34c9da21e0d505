"""The place of a fact, when it has one: a place a reader can find on a map, given to a figure of
something that happened there.

``fact_labels`` sets a fact at its sentence's place or at the story's place; this module says
when neither is right.

- **A piece of a name, or a common noun phrase, is no place.** "Valley" of "the Missouri Valley
  Conference", "Fish and" cut from "the U.S. Fish and Wildlife Service", "the red zone", "a navy
  hospital": a parser calls them places, but a reader finds none of them on a map. The fact falls
  back to the next candidate (the story's place).
- **A figure that happens nowhere has no place** (DOSSIER: ``location`` is the most specific place
  the figure applies to; nothing unknown is filled in). A person's age, a price, a speed or a
  product's size, a player's season or career statistics are figures of someone or something, not
  of an event at a place: they get no place unless their own sentence sets them at one ("a crowd
  of 5,000 in Leeds", "she scored 30 points in Leeds"). Figures of an event (tolls, arrests,
  damage, a quake's measures, the age of a victim or a suspect) keep theirs.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from storyline.link.fact_place import KEEP_MEASURES, named_in_sentence
from storyline.model import Claim, Fact

# roles of those an event happens to or who do it: their ages are told at the event's place
_EVENT_ROLES = frozenset({"victims", "perpetrators"})
# a figure of a thing rather than an event: what it costs, how fast it goes
_THING_MEASURES = frozenset({"price", "speed", "money"})


def happens_nowhere(fact: Fact, claims: Sequence[Claim]) -> bool:
    """Whether a fact is a figure of someone or something that happens at no place (the module's
    docstring), and no sentence of its figures sets it at one."""
    if fact.measure in KEEP_MEASURES and fact.measure != "age" or fact.scope or not claims:
        return False
    if any(named_in_sentence(c) for c in claims):
        return False
    if fact.measure == "age":
        return not any(c.role in _EVENT_ROLES for c in claims)
    return fact.measure in _THING_MEASURES
