"""One weight told in two units: "4.3 tonnes of cocaine" and "4,300 kilograms of cocaine" agree.

Outlets of one story give a seizure's or a cargo's weight in the unit their readers use, or the unit their
source gave. The table compares two reports' figures as written, so 4,300 and 4.3 would be judged a conflict.
Two reports in two units of mass are compared by their weight in kilograms, with the slack of any rounded
amount (``reconcile.AMOUNT_SLACK``). A ton is taken as a metric tonne: news uses the two words loosely, and a
short ton is within a tenth of it.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence

from storyline.extract import claim_words as W
from storyline.link.join_rows import join_where, point_figures
from storyline.model import Claim, Fact

_IN_KG = {"kg": 1.0, "kgs": 1.0, "kilogram": 1.0, "kilogramme": 1.0, "kilo": 1.0, "tonne": 1000.0, "ton": 1000.0,
          "t": 1000.0}


def kilograms(claim: Claim) -> float | None:
    """A weight's figure in kilograms, or None for a figure in no unit of mass."""
    unit = (claim.unit or "").split(" ")[0].lower()
    size = _IN_KG.get(W.singular(unit)) or _IN_KG.get(unit) if unit else None
    value = claim.value if claim.value is not None else (claim.low if claim.low is not None else claim.high)
    return value * size if size and value is not None else None


def in_two_units(a: Claim, b: Claim) -> bool:
    """Whether two reports are weights told in two units of mass ("4.3 tonnes", "4,300 kilograms")."""
    return a.unit != b.unit and kilograms(a) is not None and kilograms(b) is not None


def join_bare(shown: Sequence[Fact], claims: Mapping[str, Claim], *,
              make: Callable[[list[str]], Fact]) -> list[Fact]:
    """The shown rows with each weight told by its unit alone ("12 tonnes", "nearly four tonnes") joined by ``make``
    into the one shown weight of a named thing ("tonnes of phenol") that gives one of its figures in its unit.
    Outlets name what weighs in one sentence and give the figure alone in the next ("The plant released an
    estimated 12 tonnes of phenol. Of the 12 tonnes, ..."); keyed by its noun, the bare figure made a row of its
    own. When two named weights give the figure, which one it restates stays unknown, and it stays apart."""
    return join_where(shown, lambda bare, named: _restated(bare, named, claims), make=make, only_one=True)


def _figures(fact: Fact, claims: Mapping[str, Claim]) -> set[tuple[str, float | None]]:
    """A row's point weights, each with its unit."""
    return {((c.unit or "").lower(), c.value) for c in point_figures(fact, claims) if kilograms(c) is not None}


def _restated(bare: Fact, named: Fact, claims: Mapping[str, Claim]) -> bool:
    """Whether ``bare``, a weight by its unit alone, gives a figure of ``named``, a weight of a named thing."""
    if bare.measure != "weight" or named.measure != "weight" or " " in (bare.counted or "").strip():
        return False
    if " of " not in f" {named.counted or ''} " or bare.part_of or bare.scope or named.part_of or named.scope:
        return False
    return bool(_figures(bare, claims) & _figures(named, claims))
