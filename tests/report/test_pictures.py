"""The story's pictures: the map on Natural Earth's borders (report/geo.py) and the charts
over time (report/charts.py), on small stories made here."""

from __future__ import annotations

import dataclasses
import itertools
import re
from datetime import date

from storyline.api import Analysis
from storyline.model import Article, Claim, Dossier, Entity, Event, Fact, Mention, OutletView, Story, TimelineEntry
from storyline.report import charts, geo, html


def place(name: str, lat: float, lon: float, *, precision: str = "exact", mentions: int = 1) -> Entity:
    return Entity(id="e-" + name, name=name, type="GPE", lat=lat, lon=lon, geo_precision=precision,  # type: ignore[arg-type]
                  mentions=tuple(Mention(article="a1", start=i, end=i + 1) for i in range(mentions)))


def link(e: Entity) -> str:
    return "/places/" + e.id


def sentence(e: Event) -> str:
    return f"#ev-{e.id}"


# --- the map ---------------------------------------------------------------------------

def test_the_shipped_borders_put_points_in_their_country() -> None:
    assert len(geo.countries()) > 150
    assert (c := geo.country_at(52.52, 13.40)) and c.name == "Germany"  # Berlin
    assert (c := geo.country_at(-33.45, -70.66)) and c.name == "Chile"  # Santiago
    assert (c := geo.country_at(43.64, 51.17)) and c.name == "Kazakhstan"  # Aktau, on the Caspian shore
    assert geo.country_at(40.0, -35.0) is None  # mid-Atlantic


def test_a_ring_across_the_antimeridian_does_not_jump_back() -> None:
    russia = next(c for c in geo.countries() if c.name == "Russia")
    for polygon in russia.polygons:
        for ring in polygon:
            assert all(abs(a[0] - b[0]) < 180 for a, b in itertools.pairwise(ring))
    assert russia.bbox[2] > 180  # Chukotka drawn east of 180°, not as a band across the map


def test_map_zooms_to_the_fine_places_and_draws_the_borders_around_them() -> None:
    found = geo.markers([place("Almaty", 43.24, 76.89, mentions=9), place("Aktau", 43.65, 51.2),
                         place("Kazakhstan", 48.0, 67.0, precision="country", mentions=4),
                         place("United States", 39.8, -98.6, precision="country", mentions=2)],
                        [], place_href=link, event_href=sentence)
    svg = geo.map_svg(found)
    drawn = set(re.findall(r'class="country".*?<title>([^<]+)</title>', svg))
    assert {"Kazakhstan", "Uzbekistan", "Kyrgyzstan"} <= drawn
    assert "United States of America" not in drawn  # a country named in passing does not pull the view out
    assert "Outside this view: United States (2)" in svg
    assert 'href="/places/e-Almaty"' in svg and 'href="/places/e-Aktau"' in svg
    radius = {m: float(r) for m, r in re.findall(r'data-name="([^"]+)"><title>[^<]*</title><circle[^>]* r="([\d.]+)"',
                                                  svg)}
    assert radius["Almaty"] > radius["Aktau"]  # sized by mentions
    # precision shown: the country-level point is a dashed ring and its country is shaded
    assert re.search(r'class="place country"[^>]*stroke-dasharray', svg)
    assert re.search(rf'fill="{geo.TINT}"[^>]*><title>Kazakhstan</title>', svg)
    assert re.search(r'class="place exact"(?![^>]*stroke-dasharray)', svg)
    assert ">Almaty</text>" in svg and ">Aktau</text>" in svg  # labelled


def test_map_of_no_place_is_empty_and_names_are_escaped() -> None:
    assert geo.map_svg([]) == ""
    svg = geo.map_svg(geo.markers([place("<script>x</script>", 10.0, 10.0)], [], place_href=link,
                                  event_href=sentence))
    assert "<script>" not in svg and "&lt;script&gt;" in svg


def test_events_reported_at_one_place_are_one_marker_linking_to_a_sentence() -> None:
    events = [Event(id=f"v{i}", article="a1", start=i * 10, end=i * 10 + 5, text="x", type="protest", date=d,
                    date_text=None, location="Zhanaozen", lat=43.34, lon=52.86)
              for i, d in enumerate(["2011-12-16", "2011-12-16", None])]
    found = geo.markers([], events, place_href=link, event_href=sentence)
    assert len(found) == 1 and found[0].kind == "event" and found[0].mentions == 3
    svg = geo.map_svg(found)
    assert 'href="#ev-v0"' in svg and "3 event report(s): protest ×3; 2011-12-16" in svg and 'class="event"' in svg


def test_events_without_a_point_stand_at_the_place_they_name_when_finer_than_a_country() -> None:
    def ev(i: int, kind: str, where: str) -> Event:
        return Event(id=f"w{i}", article="a1", start=i, end=i + 1, text="x", type=kind, date=None, date_text=None,
                     location=where)

    towns = [place("Tartu", 58.38, 26.72), place("Harju County", 59.33, 24.75, precision="region"),
             place("Estonia", 58.6, 25.0, precision="country")]
    found = geo.markers(towns, [ev(1, "strike", "Tartu"), ev(2, "rally", "tartu"), ev(3, "arrest", "Harju"),
                                ev(4, "rally", "Estonia"), ev(5, "rally", "Narva")],
                        place_href=link, event_href=sentence)
    events = {m.name: m for m in found if m.kind == "event"}
    assert set(events) == {"Tartu", "Harju"}  # a country's middle is no place for a happening; Narva is unknown
    assert (events["Tartu"].lat, events["Tartu"].lon, events["Tartu"].mentions) == (58.38, 26.72, 2)
    assert "rally ×1" in events["Tartu"].note and "strike ×1" in events["Tartu"].note
    svg = geo.map_svg(found)
    assert svg.count('class="marker event"') == 2 and "events reported there" in svg


# --- the charts -------------------------------------------------------------------------

def claim(cid: str, article: str, number_text: str, value: float, *, qualifier: str = "exact",
          as_of: str | None = None, low: float | None = None, high: float | None = None) -> Claim:
    return Claim(id=cid, article=article, start=0, end=20, text="t", number_text=number_text, value=value,
                 low=low, high=high, qualifier=qualifier, unit=None, measure="killed", subject="people",
                 subject_group="people", location="Riverton", as_of=as_of, attributed_to=None)


ARTICLES = {
    "a1": Article(id="a1", source="a1", format="txt", text="t", outlet="Morning Post", published="2024-05-02"),
    "a2": Article(id="a2", source="a2", format="txt", text="t", outlet="Valley Radio", published="2024-05-03T09:30:00"),
    "a3": Article(id="a3", source="a3", format="txt", text="t", outlet="Valley Radio", published="2024-05-05"),
    "a4": Article(id="a4", source="a4", format="txt", text="t", outlet="The Ledger"),  # undated
}
CLAIMS = {c.id: c for c in [
    claim("c1", "a1", "at least 9", 9, qualifier="at_least", low=9),
    claim("c2", "a2", "nearly 20", 20, qualifier="almost", as_of="2024-05-03"),
    claim("c3", "a3", "between 22 and 30", 26, qualifier="range", low=22, high=30),
    claim("c4", "a3", "24", 24, as_of="2024-05-04"),
    claim("c5", "a4", "31", 31),  # neither an as-of date nor a publication day
]}
FACT = Fact(id="f1", label="people killed in Riverton", measure="killed", subject_group="people", location="Riverton",
            claims=tuple(CLAIMS), low=9, high=30, assessment="evolving", explanation="rose")
STORY = Story(id="s1", title="Riverton floods", articles=tuple(ARTICLES), facts=(
    FACT, Fact(id="f2", label="x", measure="m", subject_group="g", location=None, claims=("c1", "c2"), low=1, high=1,
               assessment="consistent", explanation="")),
    outlets=tuple(OutletView(outlet=o, articles=a) for o, a in [("Valley Radio", ("a2", "a3")),
                                                                ("Morning Post", ("a1",)), ("The Ledger", ("a4",))]),
    timeline_entries=tuple(TimelineEntry(date=d, type=t, location=None, events=(e,), articles=("a1",))
                           for d, t, e in [("2024-05-01", "flood", "v1"), ("1998-07-01", "flood", "v2"),
                                           ("2024", "statement", "v3")]))
EVENTS = {f"v{i}": Event(id=f"v{i}", article="a1", start=0, end=5, text="x", type="flood", date=None, date_text=None,
                         location=None) for i in (1, 2, 3)}


def marks(svg: str) -> dict[str, str]:
    return dict(re.findall(r'<a class="mark" href="[^"]*" data-claim="(\w+)">(.*?)</a>', svg))


def test_a_chart_has_one_mark_per_dated_report_each_linking_to_its_sentence() -> None:
    (fact, svg), = charts.figure_charts(STORY, CLAIMS, ARTICLES, href=lambda c: f"/s/{c.id}")  # only the evolving fact
    assert fact.id == "f1"
    found = marks(svg)
    assert set(found) == {"c1", "c2", "c3", "c4"}  # c5 has no date to stand at
    assert "1 report(s) without a date or number not drawn" in svg
    assert all(f'href="/s/{c}" data-claim="{c}"' in svg for c in found)
    # bounds drawn as bounds: "at least" a bar up (its arrow points up), "nearly" a bar down, a range a whisker
    assert re.search(r"l4 6h-8z", found["c1"]) and re.search(r"l4 -6h-8z", found["c2"])
    assert "l4 6h-8z" not in found["c4"] and "l4 -6h-8z" not in found["c4"]
    assert found["c3"].count("<line") == 3
    assert "bar up: at least / more than" in svg and "bar down: almost / up to" in svg


def test_marks_stand_at_their_as_of_date_and_outlets_keep_one_style() -> None:
    (_, svg), = charts.figure_charts(STORY, CLAIMS, ARTICLES, href=lambda c: "#")
    x = {cid: float(re.search(r'(?:cx|x|M)="?([\d.]+)', m).group(1)) for cid, m in marks(svg).items()}  # type: ignore[union-attr]
    assert x["c1"] < x["c2"] < x["c4"] < x["c3"]  # 2 May, 3 May, 4 May (as of, before its article), 5 May
    style = charts.styles(STORY, ARTICLES)
    assert list(style) == ["Valley Radio", "Morning Post", "The Ledger"]
    assert len({s.colour for s in style.values()}) == 3 and len({s.shape for s in style.values()}) == 3
    assert style["Valley Radio"].colour in marks(svg)["c2"] and style["Valley Radio"].colour in marks(svg)["c3"]


def test_coverage_puts_articles_and_events_on_one_axis() -> None:
    svg = charts.coverage_svg(STORY, ARTICLES, EVENTS, article_href=lambda a: "/a/" + a.id,
                              event_href=lambda e: "/e/" + e.id)
    assert re.findall(r'class="article-mark" href="/a/(\w+)"', svg) == ["a2", "a3", "a1"]  # by outlet row; a4 undated
    assert re.findall(r'class="event-mark" href="/e/(\w+)"', svg) == ["v1"]  # the 1998 flood is out of the window
    assert "1 event(s) dated more than 30 days" in svg and "1 undated or vaguely dated" in svg
    assert "1 without a publication day not drawn" in svg  # The Ledger's article
    assert ">Valley Radio</text>" in svg and ">The Ledger</text>" in svg


def test_day_reads_full_dates_only() -> None:
    assert charts.day("2024-05-03T09:30:00+02:00") == date(2024, 5, 3)
    assert charts.day("2024") is None and charts.day("2024-05") is None and charts.day("soon") is None


def test_the_report_carries_map_charts_and_coverage_and_stays_self_contained() -> None:
    # each article's text holds its claims' sentences, so that the report anchors them
    texts = {aid: dataclasses.replace(a, text="Sentence one here.", claims=tuple(
        dataclasses.replace(c, end=18) for c in CLAIMS.values() if c.article == aid)) for aid, a in ARTICLES.items()}
    dossier = Dossier(articles=tuple(texts.values()), claims=tuple(CLAIMS.values()), stories=(STORY,),
                      events=tuple(EVENTS.values()),
                      entities=(place("Riverton", 45.0, 7.6, mentions=3),))
    page = html.render(Analysis(dossier=dossier))
    assert 'class="geo-map"' in page and 'class="figure-chart"' in page and 'class="coverage"' in page
    assert page.count('<a class="mark"') == 4 and "<script" not in page
    targets = re.findall(r'<a class="(?:mark|article-mark|marker place)" href="#([^"]+)"', page)
    assert len(targets) >= 4 + 3 + 1 and all(f'id="{t}"' in page for t in targets)  # every link lands in the page
    assert not re.search(r"""(?:src|href)=["']?(?:https?:)?//""", page)
