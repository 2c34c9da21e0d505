"""One burned or flooded area told in two units: "some 130,000 acres" and "52,300 hectares" agree.

Outlets give a fire's or a flood's extent in the unit their readers use: acres in American and British papers,
hectares in most others, square miles or square kilometres now and then. The facts code keys such an extent as
one quantity that grows over the days (``kept_figures.harmed_area``); keyed by its unit, the same extent was two
rows, one per unit, and a conversion in brackets ("43,000 acres (about 17,500 hectares)") two figures of one
article. Here an extent is read in hectares before it is keyed: the row compares sizes, and each report keeps its
own words.
"""

from __future__ import annotations

import dataclasses

from storyline.model import Claim

HECTARES = "hectares"

_IN_HECTARES = {"hectares": 1.0, "acres": 0.404686, "square kilometres": 100.0, "square miles": 258.999,
                "square metres": 1e-4, "square yards": 8.3613e-5, "square feet": 9.2903e-6}


def in_hectares(claim: Claim, unit: str) -> Claim:
    """An extent told in ``unit`` (``kept_figures.area_unit``) with its figures in hectares ("130,000 acres" is
    about 52,600 hectares); unchanged when told in hectares or in no unit of area."""
    size = _IN_HECTARES.get(unit)
    if size is None or unit == HECTARES:
        return claim

    def scaled(x: float | None) -> float | None:
        return None if x is None else round(x * size, 1)

    return dataclasses.replace(claim, value=scaled(claim.value), low=scaled(claim.low), high=scaled(claim.high),
                               unit=HECTARES, counted=HECTARES)
