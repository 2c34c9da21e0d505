"""A story's map: its places and located events on the world's countries, drawn as SVG here.

Borders and coastlines are Natural Earth's 1:110m countries (public domain), as the npm
package ``world-atlas`` 2.0.2 (ISC) ships them in TopoJSON: ``storyline/data/countries-110m.json``
(refreshed by ``scripts/vendor_map_assets.sh``). The projection is equirectangular, its width
scaled by the cosine of the view's middle latitude, which keeps shapes true enough at the scale
of a story. Nothing is fetched: the same SVG goes in the self-contained report and the web
page, where ``static/storyline-map.js`` adds pan and zoom (d3-zoom).
"""

from __future__ import annotations

import json
import math
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from markupsafe import Markup

from storyline.model import Entity, Event

Ring = tuple[tuple[float, float], ...]  # (lon, lat) points, closed
BBox = tuple[float, float, float, float]  # west, south, east, north

LAND, SEA, BORDER, TINT = "#f3f1ea", "#dbe7f3", "#9aa3ad", "#fbe3b5"
PLACE, EVENT = "#2457c5", "#c2410c"
PRECISION = {  # how sure the point is, as a reader should see it
    "exact": "exact point", "city": "city (approximate)", "region": "region (approximate)",
    "country": "country only: placed at its middle",
}


@dataclass(frozen=True, slots=True, kw_only=True)
class Country:
    name: str
    polygons: tuple[tuple[Ring, ...], ...]  # each: outer ring, then holes
    bbox: BBox


@dataclass(frozen=True, slots=True, kw_only=True)
class Marker:
    """One dot on the map: a place (sized by its mentions) or the events reported there."""

    kind: str  # "place" | "event"
    name: str
    lat: float
    lon: float
    mentions: int
    precision: str | None = None  # Entity.geo_precision; None for events
    href: str | None = None
    note: str = ""  # the tooltip's second line


@lru_cache(maxsize=1)
def countries() -> tuple[Country, ...]:
    """The world's countries from the shipped TopoJSON (decoded once per process)."""
    raw = json.loads(resources.files("storyline.data").joinpath("countries-110m.json").read_text(encoding="utf-8"))
    (kx, ky), (tx, ty) = raw["transform"]["scale"], raw["transform"]["translate"]
    arcs: list[list[tuple[float, float]]] = []
    for arc in raw["arcs"]:  # quantised and delta-encoded
        x = y = 0
        points = []
        for dx, dy in arc:
            x, y = x + dx, y + dy
            points.append((x * kx + tx, y * ky + ty))
        arcs.append(points)

    def ring(indexes: list[int]) -> Ring:
        points: list[tuple[float, float]] = []
        for i in indexes:
            arc = arcs[i] if i >= 0 else arcs[~i][::-1]
            points.extend(arc[1:] if points else arc)
        shift, unwrapped = 0.0, list[tuple[float, float]]()
        for k, (lon, lat) in enumerate(points):  # a ring across the antimeridian (Russia's east) goes on past 180°
            if k and abs(lon + shift - unwrapped[-1][0]) > 180:
                shift += 360 if unwrapped[-1][0] > lon + shift else -360
            unwrapped.append((lon + shift, lat))
        return tuple(unwrapped)

    out = []
    for geometry in raw["objects"]["countries"]["geometries"]:
        shapes = {"Polygon": [geometry.get("arcs", [])], "MultiPolygon": geometry.get("arcs", [])}.get(
            geometry.get("type"), [])
        polygons = tuple(tuple(ring(r) for r in polygon) for polygon in shapes if polygon)
        if not polygons:
            continue
        lons = [p[0] for poly in polygons for p in poly[0]]
        lats = [p[1] for poly in polygons for p in poly[0]]
        out.append(Country(name=geometry.get("properties", {}).get("name", ""), polygons=polygons,
                           bbox=(min(lons), min(lats), max(lons), max(lats))))
    return tuple(out)


def country_at(lat: float, lon: float) -> Country | None:
    """The country whose outline holds the point, if any (the sea and tiny islands hold none)."""
    for c in countries():
        w, s, e, n = c.bbox
        if w <= lon <= e and s <= lat <= n and any(_inside(lon, lat, poly) for poly in c.polygons):
            return c
    return None


def _inside(x: float, y: float, polygon: tuple[Ring, ...]) -> bool:
    hit = False
    for k, ring in enumerate(polygon):  # even-odd over the outer ring and its holes
        inside = False
        for (x1, y1), (x2, y2) in zip(ring, ring[1:] + ring[:1], strict=True):
            if (y1 > y) != (y2 > y) and x < (x2 - x1) * (y - y1) / (y2 - y1) + x1:
                inside = not inside
        if k == 0 and not inside:
            return False
        hit = inside if k == 0 else hit and not inside
    return hit


def markers(entities: Sequence[Entity], events: Sequence[Event], *,
            place_href: Callable[[Entity], str | None], event_href: Callable[[Event], str | None]) -> list[Marker]:
    """Places with coordinates, and located events grouped by type and point."""
    out = [Marker(kind="place", name=e.name, lat=e.lat, lon=e.lon, mentions=len(e.mentions),
                  precision=e.geo_precision, href=place_href(e),
                  note=f"{e.type}, {len(e.mentions)} mention(s); {PRECISION.get(e.geo_precision or '', 'point')}")
           for e in entities if e.lat is not None and e.lon is not None]
    where = _place_finder(entities)
    groups: dict[tuple[float, float], list[Event]] = {}
    for ev in events:
        point = (ev.lat, ev.lon) if ev.lat is not None and ev.lon is not None else where(ev.location)
        if point is not None:
            groups.setdefault((round(point[0], 2), round(point[1], 2)), []).append(ev)
    for (lat, lon), found in sorted(groups.items()):
        kinds = Counter(ev.type.replace("_", " ") for ev in found).most_common()
        dates = sorted({ev.date for ev in found if ev.date and len(ev.date) == 10})
        place = found[0].location or ""
        out.append(Marker(kind="event", name=place or kinds[0][0], lat=lat, lon=lon, mentions=len(found),
                          href=event_href(min(found, key=lambda ev: (ev.date or "9999", ev.article, ev.start))),
                          note=f"{len(found)} event report(s): " + ", ".join(f"{k} ×{n}" for k, n in kinds)
                               + (f"; {dates[0]} to {dates[-1]}" if len(dates) > 1 else f"; {dates[0]}" if dates
                                  else "")))
    return out


def _place_finder(entities: Sequence[Entity]) -> Callable[[str | None], tuple[float, float] | None]:
    """An event's place name to the point of the story's place of that name (or alias), when it is
    known finer than a country: a happening "in Kazakhstan" has no point worth drawing."""
    points: dict[str, tuple[float, float]] = {}
    for e in sorted(entities, key=lambda e: -len(e.mentions)):
        if e.lat is None or e.lon is None or e.geo_precision == "country":
            continue
        for name in (e.name, *e.aliases):
            points.setdefault(name.casefold(), (e.lat, e.lon))

    def find(name: str | None) -> tuple[float, float] | None:
        if not name:
            return None
        key = name.casefold()
        if key in points:
            return points[key]
        longer = [k for k in points if k.startswith(key + " ")]  # "Mangistau" for "Mangistau Region"
        return points[min(longer, key=len)] if longer else None

    return find


def view(points: Sequence[tuple[float, float]], *, aspect: float, least: float = 1.5) -> BBox:
    """The lon/lat box that shows every point with a margin of at least ``least`` degrees of
    latitude, in the given width/height ratio (after the projection's cosine)."""
    lats, lons = [p[0] for p in points], [p[1] for p in points]
    south, north, west, east = min(lats), max(lats), min(lons), max(lons)
    pad_lat, pad_lon = max(least, (north - south) * 0.15), max(least * 1.3, (east - west) * 0.15)
    south, north = max(-85.0, south - pad_lat), min(85.0, north + pad_lat)
    west, east = max(-180.0, west - pad_lon), min(180.0, east + pad_lon)
    cos = math.cos(math.radians((south + north) / 2))
    width, height = (east - west) * cos, north - south
    if width / height < aspect:  # too tall: widen
        grow = (height * aspect / cos - (east - west)) / 2
        west, east = west - grow, east + grow
    else:
        grow = ((east - west) * cos / aspect - height) / 2
        south, north = south - grow, north + grow
    return west, south, east, north


def map_svg(found: Sequence[Marker], *, width: int = 860, height: int = 440) -> Markup:
    """The markers on the countries around them, as one SVG element (empty when nothing is placed)."""
    if not found:
        return Markup("")
    # zoom to the places known finer than a country when there are some: a country named in
    # passing (its point is only its middle) would otherwise pull the view out to half the world
    fine = [(m.lat, m.lon) for m in found if m.precision != "country"]
    west, south, east, north = view(fine or [(m.lat, m.lon) for m in found], aspect=width / height,
                                    least=1.5 if fine else 7.0)  # countries alone: show their neighbours
    cos = math.cos(math.radians((south + north) / 2))
    scale = width / ((east - west) * cos)

    def xy(lon: float, lat: float) -> tuple[float, float]:
        return (lon - west) * cos * scale, (north - lat) * scale

    # the countries in view, their rings clipped to a box a little larger than it (a few kilobytes, not the world)
    margin_lon, margin_lat = (east - west) * 0.05, (north - south) * 0.05
    around = (west - margin_lon, south - margin_lat, east + margin_lon, north + margin_lat)
    tinted = {c.name for m in found if m.precision == "country" and (c := country_at(m.lat, m.lon))}
    parts = [Markup('<svg class="geo-map" viewBox="0 0 {w} {h}" role="img" aria-label="map of the places named" '
                    'font-family="system-ui, sans-serif"><rect class="sea" width="{w}" height="{h}" fill="{sea}"/>'
                    '<g class="viewport">').format(w=width, h=height, sea=SEA)]
    labels = []
    for c in countries():
        w, s, e, n = c.bbox
        if e < around[0] or w > around[2] or n < around[1] or s > around[3]:
            continue
        d = "".join(_path(_clip(ring, around), xy) for poly in c.polygons for ring in poly)
        if not d:
            continue
        parts.append(Markup('<path class="country" d="{}" fill="{}" stroke="{}" stroke-width="0.7" '
                            'vector-effect="non-scaling-stroke" fill-rule="evenodd"><title>{}</title></path>').format(
            d, TINT if c.name in tinted else LAND, BORDER, c.name))
        outer = max((poly[0] for poly in c.polygons), key=len)
        lon = (min(p[0] for p in outer) + max(p[0] for p in outer)) / 2
        lat = (min(p[1] for p in outer) + max(p[1] for p in outer)) / 2
        x0, _ = xy(min(p[0] for p in outer), lat)
        x1, _ = xy(max(p[0] for p in outer), lat)
        x, y = xy(lon, lat)
        if x1 - x0 > 70 and 20 < x < width - 20 and 14 < y < height - 8:
            labels.append(Markup('<text class="country-name" x="{:.1f}" y="{:.1f}" text-anchor="middle" '
                                 'font-size="11" fill="#8b8577" letter-spacing="1">{}</text>').format(
                x, y, c.name.upper()))
    parts.extend(labels)
    radius: dict[tuple[float, float], float] = {}
    drawn = []
    for m in sorted(found, key=lambda m: (m.kind != "place", -m.mentions, m.name)):
        x, y = xy(m.lon, m.lat)
        r = 4 + min(10.0, math.sqrt(m.mentions) * 1.8)
        if m.kind == "place":
            radius.setdefault((round(m.lat, 2), round(m.lon, 2)), r)
        elif (shared := radius.get((round(m.lat, 2), round(m.lon, 2)))) is not None:
            x, y = x - shared - r * 0.6, y - shared - r * 0.6  # beside the place's dot, not under it
        parts.append(_marker(m, x, y, r))
        drawn.append((m, x, y, r))
    taken = [(x - r, y - r, x + r, y + r) for _, x, y, r in drawn]  # a label covers no marker but its own
    for k, (m, x, y, r) in enumerate(drawn):
        if m.kind != "place":
            continue
        size = 6.6 * len(m.name)
        # right of the dot, else left of it, below it, above it: the first place no other label holds
        spots = ((r + 3, 4, "start"), (-(r + 3), 4, "end"), (0, r + 13, "middle"), (0, -(r + 4), "middle"))
        for dx, dy, anchor in spots:
            lo = x + dx - {"start": 0, "end": size, "middle": size / 2}[anchor]
            box = (lo, y + dy - 12, lo + size, y + dy + 1)
            if not any(_overlap(box, t) for i, t in enumerate(taken) if i != k):
                taken.append(box)
                parts.append(Markup('<text class="label" x="{:.1f}" y="{:.1f}" text-anchor="{}" data-x="{:.1f}" '
                                    'data-y="{:.1f}" data-dx="{:.1f}" data-dy="{:.1f}" font-size="12" fill="#1d2330" '
                                    'stroke="#fff" stroke-width="3" paint-order="stroke">{}</text>').format(
                    x + dx, y + dy, anchor, x, y, dx, dy, m.name))
                break
    parts.append(Markup("</g>"))
    outside = [m for m in found if not (west <= m.lon <= east and south <= m.lat <= north)]
    parts.append(_legend(found, height, outside=outside))
    parts.append(Markup('<text x="{}" y="{}" text-anchor="end" font-size="9" fill="#6b7280">borders: Natural Earth '
                        '1:110m</text>').format(width - 6, height - 6))
    parts.append(Markup("</svg>"))
    return Markup("").join(parts)


def _marker(m: Marker, x: float, y: float, r: float) -> Markup:
    title = Markup("<title>{}\n{}</title>").format(m.name, m.note)
    if m.kind == "event":
        shape = Markup('<path class="event" transform="translate({:.1f} {:.1f})" d="M0 -{r:.1f}l{r:.1f} {r:.1f}'
                       'l-{r:.1f} {r:.1f}l-{r:.1f} -{r:.1f}z" fill="{}" fill-opacity=".8" stroke="#7c2d12" '
                       'vector-effect="non-scaling-stroke" data-x="{:.1f}" data-y="{:.1f}"/>').format(
            x, y, EVENT, x, y, r=r * 0.8)
    else:
        approx = m.precision in ("region", "country")
        shape = Markup('<circle class="place {}" cx="{:.1f}" cy="{:.1f}" r="{:.1f}" data-r="{:.1f}" fill="{}" '
                       'fill-opacity="{}" stroke="#1d3f8f" stroke-width="1.5" {}vector-effect="non-scaling-stroke"/>'
                       ).format(m.precision or "point", x, y, r, r, PLACE, ".15" if approx else ".6",
                                Markup('stroke-dasharray="3 2" ') if approx else "")
    inner = title + shape
    if m.href:
        return Markup('<a class="marker {}" href="{}" data-name="{}">{}</a>').format(m.kind, m.href, m.name, inner)
    return Markup('<g class="marker {}" data-name="{}">{}</g>').format(m.kind, m.name, inner)


def _legend(found: Sequence[Marker], height: int, *, outside: Sequence[Marker]) -> Markup:
    items = [("place", "place (exact or city)", False)]
    if any(m.precision in ("region", "country") for m in found):
        items.append(("place", "region or country only (approximate)", True))
    if any(m.kind == "event" for m in found):
        items.append(("event", "events reported there", False))
    y = height - 10 - 16 * (len(items) - 1)
    out = [Markup('<g class="legend" font-size="11" fill="#1d2330"><rect x="6" y="{}" width="250" height="{}" '
                  'fill="#fff" fill-opacity=".85" rx="4"/>').format(y - 12, 16 * len(items) + 6)]
    for i, (kind, text, approx) in enumerate(items):
        yy = y + 16 * i
        if kind == "event":
            out.append(Markup('<path d="M18 {}l5 5l-5 5l-5 -5z" fill="{}"/>').format(yy - 9, EVENT))
        else:
            out.append(Markup('<circle cx="18" cy="{}" r="5" fill="{}" fill-opacity="{}" stroke="#1d3f8f" {}/>').format(
                yy - 4, PLACE, ".15" if approx else ".6", Markup('stroke-dasharray="3 2"') if approx else ""))
        out.append(Markup('<text x="30" y="{}">{}</text>').format(yy, text))
    if outside:
        out.append(Markup('<text class="outside" x="10" y="16" stroke="#fff" stroke-width="3" paint-order="stroke">'
                          'Outside this view: {}</text>').format(
            ", ".join(f"{m.name} ({m.mentions})" for m in sorted(outside, key=lambda m: -m.mentions)[:8])))
    out.append(Markup("</g>"))
    return Markup("").join(out)


def _clip(ring: Ring, box: BBox) -> Ring:
    """The ring cut to the box (Sutherland-Hodgman, one side at a time); empty when all outside."""
    points = list(ring)
    for side, limit in enumerate(box):  # west, south, east, north
        axis, keep_above = side % 2, side < 2

        def inside(p: tuple[float, float], axis: int = axis, limit: float = limit, above: bool = keep_above) -> bool:
            return p[axis] >= limit if above else p[axis] <= limit

        out: list[tuple[float, float]] = []
        for k, p in enumerate(points):
            q = points[k - 1]
            if inside(p) != inside(q):  # the edge crosses the side: keep the crossing
                t = (limit - q[axis]) / (p[axis] - q[axis])
                out.append((q[0] + t * (p[0] - q[0]), q[1] + t * (p[1] - q[1])))
            if inside(p):
                out.append(p)
        points = out
        if not points:
            break
    return tuple(points)


def _path(ring: Ring, xy: Callable[[float, float], tuple[float, float]]) -> str:
    """The ring as SVG path data in whole pixels, each point relative to the last one drawn."""
    out: list[str] = []
    last: tuple[int, int] | None = None
    for lon, lat in ring:
        fx, fy = xy(lon, lat)
        x, y = round(fx), round(fy)
        if last is None:
            out.append(f"M{x} {y}")
        elif (x, y) != last:  # a point in the same pixel as the last adds nothing
            out.append(f"l{x - last[0]} {y - last[1]}")
        last = (x, y)
    return "".join(out) + "z" if len(out) > 2 else ""


def _overlap(a: tuple[float, float, float, float], b: tuple[float, float, float, float]) -> bool:
    return a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]
