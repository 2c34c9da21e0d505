"""One weight told in two units: "4.3 tonnes of cocaine" and "4,300 kilograms of cocaine" agree.

Outlets of one story give a seizure's or a cargo's weight in the unit their readers use, or the unit their
source gave. The table compares two reports' figures as written, so 4,300 and 4.3 would be judged a conflict.
Two reports in two units of mass are compared by their weight in kilograms, with the slack of any rounded
amount (``reconcile.AMOUNT_SLACK``). A ton is taken as a metric tonne: news uses the two words loosely, and a
short ton is within a tenth of it.
"""

from __future__ import annotations

from storyline.extract import claim_words as W
from storyline.model import Claim

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
