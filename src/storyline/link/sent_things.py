"""Things sent to the scene, counted with a verb of their own or none: one row with the things deployed.

An outlet tells the helicopters, fire engines, boats or planes sent to a fire, a flood or a search as deployed
("supported by two helicopters", "deployed ... five helicopters"), or only counts them ("three helicopters were
in the air all day", "backed by 45 fire engines, six aircraft and three helicopters" when the parser loses the
list). ``reconcile`` keys a count apart from a deployment, so the helicopters make two rows, and the scorer
sees a duplicate.

A row of counted things joins the one row of those things deployed (``fold_counted_into_sent``) when:

- every report of it counts things (no people), of one noun, the noun of the deployed row's reports, a noun of
  what is sent to a scene (craft, vehicles, machines, search dogs: ``EQUIPMENT``), and no report says
  something befell them ("two helicopters crashed", "trucks stranded at the border": a participle or an
  adjective is another quantity, unless it tells them at work: "involved", "used");
- both rows stand alone (no parts, part of nothing), and the deployed row is the only one of that noun.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TypeVar

from storyline.extract import claim_words as W
from storyline.link.assess import Told as Report
from storyline.link.one_row import Unit, free
from storyline.model import Claim

R = TypeVar("R", bound=Report)

# what is sent to a scene: craft, vehicles, machines, and the dogs that search
EQUIPMENT = frozenset({"helicopter", "plane", "aircraft", "airplane", "jet", "drone", "boat", "ship", "vessel",
                       "dinghy", "lifeboat", "tug", "engine", "truck", "lorry", "vehicle", "ambulance", "tanker",
                       "bulldozer", "excavator", "digger", "crane", "pump", "generator", "dog", "tent"})
# participles that tell things at work, not something that befell them
_AT_WORK = frozenset({"involved", "used", "engaged", "mobilised", "mobilized", "stationed", "assigned", "posted",
                      "backed", "supported", "battling", "fighting", "flying", "searching", "working", "operating"})


def _counted_thing(claim: Claim) -> bool:
    verb = (claim.counted_as or "").lower()
    return claim.measure == "count" and claim.unit not in W.PEOPLE_UNITS and (not verb or verb in _AT_WORK)


def fold_counted_into_sent(units: Sequence[Unit[R]]) -> None:
    """Move each row of counted things into the one row of those things deployed (see the module's notes)."""
    sent: dict[str, list[Unit[R]]] = {}
    for unit in units:
        if free(unit) and all(r.claim.measure == "deployed" and r.claim.unit not in W.PEOPLE_UNITS
                              for r in unit.total):
            nouns = {W.head_noun(r.claim.counted) for r in unit.total}
            if len(nouns) == 1 and nouns <= EQUIPMENT:
                sent.setdefault(next(iter(nouns)), []).append(unit)
    if not sent:
        return
    for unit in units:
        if not free(unit) or not all(_counted_thing(r.claim) for r in unit.total):
            continue
        nouns = {W.head_noun(r.claim.counted) for r in unit.total}
        if len(nouns) != 1:
            continue
        homes = sent.get(next(iter(nouns)), [])
        if len(homes) == 1:
            homes[0].total = [*homes[0].total, *unit.total]
            unit.total = []
