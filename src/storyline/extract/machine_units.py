"""A machine's figure whose unit the quantity parser reads but the claims stage lost: "a 2.6GHz chip", "up to
3. 7GHz".

A device's figures are written with their unit glued on ("2.6GHz", "3000mAh", "65W"). The quantity parser reads
the unit; the parser of the sentence keeps "2.6GHz" as one token, so the claims stage, looking for the counted
noun after the token, takes the next noun ("a 2.6GHz chip": 2.6 chips) or none ("up to 2.6GHz": a bare number
the table's gate leaves out, ``reconcile._tabulated``). Two repairs, one per step:

- ``machine_unit``: a figure the quantity parser read in a machine's unit (frequency, data, power, charge, frame
  rate) is counted in that unit, unless the claims stage found that unit itself ("16GB", which the sentence
  parser splits, keeps its "gb");
- ``decimal_tail``: a feed that prints every decimal with a space after its point ("up to 3. 7GHz") has the
  sentence parser end a sentence at "3." when the fraction carries its unit; ``nlp`` keeps such a fraction in
  its sentence, as it already keeps a bare one ("a 4. 7 aftershock").

It reads the units of machines, never a story's words.
"""

from __future__ import annotations

import re
from collections.abc import Collection

# the fraction of a spaced decimal with a machine's or a measure's unit glued on: "7GHz", "5mm", "2kg"
_TAIL = re.compile(r"\d{1,2}(?:[GMk]?Hz|[KMGT]B|mAh|k?Wh?|mm|cm|km|kg|mph|fps|ppi)", re.IGNORECASE)


def machine_unit(parsed: str | None, unit: str | None, units: Collection[str]) -> str | None:
    """The unit a figure is counted in when the quantity parser read it in one of a machine's ``units``
    (``parsed``) and the claims stage found another or none (``unit``): the parsed unit in lower case ("ghz",
    as the claims stage writes "gb"); None when it keeps its own."""
    if parsed is None or parsed not in units or (unit or "").lower() == parsed.lower():
        return None
    return parsed.lower()


def decimal_tail(token: str) -> bool:
    """Whether a token is the fraction of a spaced decimal with its unit glued on ("7GHz" of "3. 7GHz")."""
    return bool(_TAIL.fullmatch(token))
