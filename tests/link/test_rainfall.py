"""How much rain or snow fell is one quantity in any unit (measure "rainfall", link/reconcile.py)."""

from __future__ import annotations

from storyline.link.reconcile import reconcile
from tests.link.made_claims import art, claim


def test_outlets_rain_in_two_units_is_one_row() -> None:
    """"104 millimetres of rain" and "more than four inches of rain": one depth of rain, in its own label."""
    rain = [claim(f"{a}:c1", n, v, f"{n} {u} of rain fell in three hours.", measure="rainfall", unit=u,
                  counted="rain", role="objects")
            for a, n, v, u in (("a", "104", 104, "millimetres"), ("b", "104", 104, "millimetres"),
                               ("c", "More than four", 4, "inches"))]
    rows = [f for f in reconcile([art(c.article, c) for c in rain], story="s") if f.measure == "rainfall"]
    assert [(r.label.split(" in ")[0], len(r.claims)) for r in rows] == [("rain (millimetres)", 3)], rows
