"""Pictures of a story over time, as SVG drawn here (the same in the self-contained report,
the web page and on paper): each evolving or conflicting figure against its date, one mark
per report; and the coverage: which outlet published when, with the story's events on the
same time axis. Marks are links (a figure to its sentence, an article to itself, an event to
the sentence that reports it), so they work without a script. Outlets differ by colour and
by shape, so a chart printed in black and white still tells them apart."""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from markupsafe import Markup

from storyline.model import Article, Claim, Event, Fact, Story, TimelineEntry

COLOURS = ("#0072b2", "#d55e00", "#009e73", "#cc79a7", "#e69f00", "#56b4e9", "#444444", "#a6761d")  # Okabe-Ito
SHAPES = ("circle", "square", "diamond", "up", "down", "cross")
UP, DOWN = ("at_least", "more_than"), ("almost", "up_to")  # bounds: the figure is a floor, or a ceiling
EVENT = "#c2410c"


@dataclass(frozen=True, slots=True, kw_only=True)
class Style:
    colour: str
    shape: str


def styles(story: Story, articles: Mapping[str, Article]) -> dict[str, Style]:
    """One colour and shape per outlet of the story, most articles first (stable across its charts)."""
    names = list(dict.fromkeys(outlet_names(story, articles).values()))
    return {n: Style(colour=COLOURS[i % len(COLOURS)], shape=SHAPES[i % len(SHAPES)]) for i, n in enumerate(names)}


def outlet_names(story: Story, articles: Mapping[str, Article]) -> dict[str, str]:
    """Each article's outlet as the story's outlets-side-by-side names it, most articles first."""
    named = {aid: o.outlet for o in story.outlets for aid in o.articles}
    out = {aid: named[aid] for o in story.outlets for aid in o.articles if aid in articles}
    for aid in story.articles:
        if aid in articles and aid not in out:
            out[aid] = articles[aid].outlet or articles[aid].id
    for aid, art in articles.items():  # articles of no story (a figure's article is always in its story)
        out.setdefault(aid, art.outlet or art.id)
    return out


def day(value: str | None) -> date | None:
    """The day of an ISO date or timestamp ("2025-03-14", "2025-03-14T08:00+01:00"); None for
    anything vaguer ("1961", "2025-03") or unreadable."""
    if not value or len(value) < 10:
        return None
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        return None


def charted(fact: Fact) -> bool:
    return fact.assessment in ("evolving", "conflicting")


@dataclass(frozen=True, slots=True, kw_only=True)
class _Mark:
    claim: Claim
    day: date
    outlet: str
    value: float
    low: float | None = None  # a whisker: a range, or "about"
    high: float | None = None
    bound: str | None = None  # "up" | "down"
    dated_by: str = "as of"  # or "published"


def _marks(fact: Fact, claims: Mapping[str, Claim], articles: Mapping[str, Article],
           names: Mapping[str, str]) -> tuple[list[_Mark], int]:
    out, skipped = [], 0
    for cid in fact.claims:
        c = claims.get(cid)
        art = articles.get(c.article) if c else None
        if c is None or art is None:
            continue
        when, dated_by = day(c.as_of), "as of"
        if when is None:
            when, dated_by = day(art.published), "published"
        value = c.value if c.value is not None else c.low if c.low is not None else c.high
        if when is None or value is None or c.qualifier == "vague":
            skipped += 1
            continue
        low = high = None
        if c.qualifier == "range" and c.low is not None and c.high is not None:
            low, high, value = c.low, c.high, (c.low + c.high) / 2
        elif c.qualifier == "about":
            low, high = 0.85 * value, 1.15 * value  # as reconcile reads "about"
        bound = "up" if c.qualifier in UP else "down" if c.qualifier in DOWN else None
        out.append(_Mark(claim=c, day=when, outlet=names.get(art.id, art.outlet or art.id), value=value, low=low,
                         high=high, bound=bound, dated_by=dated_by))
    return sorted(out, key=lambda m: (m.day, m.outlet, m.claim.start)), skipped


def figure_chart(fact: Fact, claims: Mapping[str, Claim], articles: Mapping[str, Article], *,
                 href: Callable[[Claim], str], outlet_style: Mapping[str, Style], names: Mapping[str, str],
                 width: int = 640) -> Markup:
    """One fact's figures against their dates (as-of date, else the article's publication)."""
    marks, skipped = _marks(fact, claims, articles, names)
    if len(marks) < 2:
        return Markup("")
    left, right, top, plot_h = 56, 40, 14, 170
    days = sorted({m.day for m in marks})
    x_of = _time_axis(days[0], days[-1], left, width - right)
    top_value = max(max(m.high or m.value for m in marks), 1.0)
    y_max = _nice_ceiling(top_value * 1.18)

    def y_of(v: float) -> float:
        return top + plot_h * (1 - v / y_max)

    parts = []
    for tick in _ticks(y_max):
        y = y_of(tick)
        parts.append(Markup('<line x1="{}" x2="{}" y1="{:.1f}" y2="{:.1f}" stroke="#e3e7ee"/>'
                            '<text x="{}" y="{:.1f}" text-anchor="end" font-size="10" fill="#5d6678">{}</text>').format(
            left, width - right, y, y, left - 6, y + 3, _number(tick)))
    parts.append(_x_axis(days[0], days[-1], x_of, top + plot_h, left=left, right=width - right))
    per_day: dict[date, list[_Mark]] = defaultdict(list)
    for m in marks:
        per_day[m.day].append(m)
    placed = [(m, x_of(when) + (i - (len(group) - 1) / 2) * 13, y_of(m.value))  # one day's reports side by side
              for when, group in per_day.items() for i, m in enumerate(group)]
    labelled = [(x - 6, y - 6, x + 6, y + 6) for _, x, y in placed]  # a label covers no mark
    for m, x, y in placed:
        st = outlet_style.get(m.outlet, Style(colour="#444444", shape="circle"))
        c = m.claim
        what = f"{m.outlet}, {m.dated_by} {m.day.isoformat()}: {c.number_text}"
        if c.attributed_to:
            what += f" (credited to {c.attributed_to})"
        glyph = [_shape(st.shape, x, y, 5.5, st.colour)]
        if m.bound:  # a floor points up, a ceiling down: the true figure lies that way
            tip = y - 20 if m.bound == "up" else y + 20
            glyph.insert(0, Markup('<line x1="{x:.1f}" x2="{x:.1f}" y1="{:.1f}" y2="{:.1f}" stroke="{c}" '
                                   'stroke-width="2"/><path d="M{:.1f} {:.1f}l4 {:.0f}h-8z" fill="{c}"/>').format(
                y, tip, x, tip, 6 if m.bound == "up" else -6, x=x, c=st.colour))
        if m.low is not None and m.high is not None:
            glyph.insert(0, Markup('<line x1="{x:.1f}" x2="{x:.1f}" y1="{:.1f}" y2="{:.1f}" stroke="{c}" '
                                   'stroke-width="2" {dash}/><line x1="{:.1f}" x2="{:.1f}" y1="{lo:.1f}" '
                                   'y2="{lo:.1f}" stroke="{c}"/><line x1="{:.1f}" x2="{:.1f}" y1="{hi:.1f}" '
                                   'y2="{hi:.1f}" stroke="{c}"/>').format(
                y_of(m.low), y_of(m.high), x - 4, x + 4, x - 4, x + 4, x=x, c=st.colour,
                lo=y_of(m.low), hi=y_of(m.high),
                dash=Markup('stroke-dasharray="3 2"') if c.qualifier == "about" else ""))
        ly = y + (12 if m.bound == "up" else -6 if m.bound == "down" else 3.5)
        box = (x + 8, ly - 9, x + 8 + 5.8 * len(c.number_text), ly + 2)
        if len(c.number_text) <= 16 and not any(_overlap(box, b) for b in labelled):
            labelled.append(box)
            glyph.append(Markup('<text x="{:.1f}" y="{:.1f}" font-size="10" fill="#1d2330" stroke="#fff" '
                                'stroke-width="3" paint-order="stroke">{}</text>').format(
                x + 8, ly, c.number_text))
        parts.append(Markup('<a class="mark" href="{}" data-claim="{}"><title>{}</title>{}</a>').format(
            href(c), c.id, what, Markup("").join(glyph)))
    y = top + plot_h + 48
    present = {m.outlet for m in marks}
    shown = [n for n in outlet_style if n in present] + sorted(present - set(outlet_style))
    legend, y = _outlet_legend(shown, outlet_style, left=left, y=y, width=width)
    parts.append(legend)
    notes = []
    if any(m.bound == "up" for m in marks):
        notes.append("bar up: at least / more than")
    if any(m.bound == "down" for m in marks):
        notes.append("bar down: almost / up to")
    if any(m.low is not None for m in marks):
        notes.append("whisker: a range (dashed: about)")
    if any(m.dated_by == "published" for m in marks):
        notes.append("undated figures at their article's date")
    if skipped:
        notes.append(f"{skipped} report(s) without a date or number not drawn")
    for line in _lines(notes, chars=int((width - left) / 5.4)):
        parts.append(Markup('<text x="{}" y="{}" font-size="10" fill="#5d6678">{}</text>').format(left, y + 4, line))
        y += 14
    return _svg("figure-chart", f"{fact.label}: each report against its date", parts, width=width, height=y)


def figure_charts(story: Story, claims: Mapping[str, Claim], articles: Mapping[str, Article], *,
                  href: Callable[[Claim], str]) -> list[tuple[Fact, Markup]]:
    """A chart for each evolving or conflicting fact with two or more dated reports."""
    outlet_style, names = styles(story, articles), outlet_names(story, articles)
    out = []
    for fact in story.facts:
        if charted(fact):
            svg = figure_chart(fact, claims, articles, href=href, outlet_style=outlet_style, names=names)
            if svg:
                out.append((fact, svg))
    return out


def coverage_svg(story: Story, articles: Mapping[str, Article], events: Mapping[str, Event], *,
                 article_href: Callable[[Article], str], event_href: Callable[[Event], str],
                 width: int = 860) -> Markup:
    """Each outlet's articles at their publication day, one row per outlet, under a row of the
    story's dated events on the same axis."""
    outlet_style, names = styles(story, articles), outlet_names(story, articles)
    arts = [articles[a] for a in story.articles if a in articles]
    published = [(d, a) for a in arts if (d := day(a.published))]
    if not published:
        return Markup("")
    first, last = min(d for d, _ in published), max(d for d, _ in published)
    lo, hi = first - timedelta(days=30), last + timedelta(days=3)
    entries = [(d, t) for t in story.timeline_entries if (d := day(t.date)) and t.events]
    shown = [(d, t) for d, t in entries if lo <= d <= hi]
    start = min([first, *(d for d, _ in shown)])
    end = max([last, *(d for d, _ in shown)])
    left, right, top = 150, 24, 10
    x_of = _time_axis(start, end, left, width - right)
    rows = list(outlet_style)
    by_day: dict[date, list[TimelineEntry]] = defaultdict(list)
    for d, t in shown:
        by_day[d].append(t)
    stack = max((len(v) for v in by_day.values()), default=0)
    band = min(stack, 5) * 14 + 10 if shown else 0
    row_h = 24
    plot_bottom = top + band + row_h * len(rows)
    parts = []
    if shown:
        parts.append(Markup('<text x="{}" y="{}" text-anchor="end" font-size="11" fill="{}">events</text>').format(
            left - 8, top + band / 2 + 4, EVENT))
        days = sorted(by_day)
        room = {d: (x_of(days[k + 1]) if k + 1 < len(days) else width - right) - x_of(d) for k, d in enumerate(days)}
        for d, group in by_day.items():
            for i, entry in enumerate(group[:5]):
                ev = events.get(entry.events[0])
                x, y = x_of(d), top + band - 10.0 - i * 14
                r = 4 + min(3.0, len(entry.events) ** 0.5)
                where = entry.location or ""
                tip = Markup("<title>{}: {}{}{} — {} report(s)</title>").format(
                    d.isoformat(), entry.type.replace("_", " "), " in " if where else "", where, len(entry.events))
                glyph = Markup('<path d="M{:.1f} {:.1f}l{r:.1f} {r:.1f}l-{r:.1f} {r:.1f}l-{r:.1f} -{r:.1f}z" '
                               'fill="{}" fill-opacity=".85"/>').format(x, y - r, EVENT, r=r)
                fits = int((room[d] - r - 8) / 5)  # the type beside its mark, as much as the next day leaves room for
                if fits >= 5:
                    kind = entry.type.replace("_", " ")
                    glyph += Markup('<text x="{:.1f}" y="{:.1f}" font-size="9" fill="#7c2d12">{}</text>').format(
                        x + r + 3, y + 3, kind if len(kind) <= fits else kind[:fits - 1] + "…")
                if ev is not None:
                    parts.append(Markup('<a class="event-mark" href="{}">{}{}</a>').format(event_href(ev), tip, glyph))
                else:
                    parts.append(tip + glyph)
            if len(group) > 5:
                parts.append(Markup('<text x="{:.1f}" y="{}" font-size="9" fill="{}">+{}</text>').format(
                    x_of(d) + 6, top + 8, EVENT, len(group) - 5))
    for i, name in enumerate(rows):
        y = top + band + row_h * i + row_h / 2
        st = outlet_style[name]
        parts.append(Markup('<line x1="{}" x2="{}" y1="{:.1f}" y2="{:.1f}" stroke="#eef1f6"/>'
                            '<text x="{}" y="{:.1f}" text-anchor="end" font-size="11" fill="#1d2330">{}</text>').format(
            left, width - right, y, y, left - 8, y + 4, name if len(name) <= 22 else name[:21] + "…"))
        mine = sorted(((d, a) for d, a in published if names[a.id] == name), key=lambda p: (p[0], p[1].id))
        count: dict[date, int] = defaultdict(int)
        for d, a in mine:
            x = x_of(d) + count[d] * 8  # several articles on one day: side by side
            count[d] += 1
            parts.append(Markup('<a class="article-mark" href="{}"><title>{}, {}: {}</title>{}</a>').format(
                article_href(a), name, d.isoformat(), a.title or a.id, _shape(st.shape, x, y, 6, st.colour)))
    parts.append(_x_axis(start, end, x_of, plot_bottom, left=left, right=width - right))
    y = plot_bottom + 44
    outside = len(entries) - len(shown)
    undated = sum(1 for t in story.timeline_entries if not day(t.date))
    notes = [f"{len(published)} article(s) at their publication day"]
    if len(arts) > len(published):
        notes.append(f"{len(arts) - len(published)} without a publication day not drawn")
    if outside:
        notes.append(f"{outside} event(s) dated more than 30 days before the coverage (or after it) not drawn")
    if undated:
        notes.append(f"{undated} undated or vaguely dated (a year, a month)")
    for line in _lines(notes, chars=int((width - left) / 5.4)):
        parts.append(Markup('<text x="{}" y="{}" font-size="10" fill="#5d6678">{}</text>').format(left, y, line))
        y += 14
    return _svg("coverage", "coverage: who published when, and the events", parts, width=width, height=y + 8)


def _svg(kind: str, label: str, parts: list[Markup], *, width: int, height: float) -> Markup:
    """The drawn parts in their SVG element, its height known once they are drawn."""
    head = Markup('<svg class="{}" viewBox="0 0 {} {}" role="img" aria-label="{}" '
                  'font-family="system-ui, sans-serif">').format(kind, width, math.ceil(height), label)
    return head + Markup("").join(parts) + Markup("</svg>")


def _time_axis(start: date, end: date, x0: float, x1: float) -> Callable[[date], float]:
    span = max(1, (end - start).days)
    pad = 0.5 if (end - start).days else 1.0  # half a day each side; one mark alone sits in the middle

    def x_of(d: date) -> float:
        return x0 + (x1 - x0) * (((d - start).days + pad) / (span + 2 * pad))
    return x_of


def _x_axis(start: date, end: date, x_of: Callable[[date], float], y: float, *, left: float, right: float) -> Markup:
    span = (end - start).days
    step = next(s for s in (1, 2, 3, 7, 14, 30, 61, 91, 182, 365, 730, 1825) if span / s <= 10 or s == 1825)
    parts = [Markup('<line x1="{}" x2="{}" y1="{:.1f}" y2="{:.1f}" stroke="#5d6678"/>').format(left, right, y, y)]
    d = start
    while d <= end:
        x = x_of(d)
        label = d.strftime("%d %b") if span < 300 else d.strftime("%b %Y")
        parts.append(Markup('<line x1="{x:.1f}" x2="{x:.1f}" y1="{:.1f}" y2="{:.1f}" stroke="#5d6678"/>'
                            '<text x="{x:.1f}" y="{:.1f}" text-anchor="middle" font-size="10" fill="#5d6678">{}</text>'
                            ).format(y, y + 4, y + 16, label, x=x))
        d += timedelta(days=step)
    if span >= 1 or start.year != end.year:
        parts.append(Markup('<text x="{}" y="{:.1f}" font-size="10" fill="#5d6678">{}</text>').format(
            left, y + 28, start.year if start.year == end.year else f"{start.year}–{end.year}"))
    return Markup("").join(parts)


def _outlet_legend(names: Sequence[str], outlet_style: Mapping[str, Style], *, left: float, y: float,
                   width: int) -> tuple[Markup, float]:
    parts, x = [], left
    for name in names:
        st = outlet_style.get(name, Style(colour="#444444", shape="circle"))
        w = 24 + 6.4 * len(name)
        if x + w > width - 10 and x > left:
            x, y = left, y + 16
        parts.append(_shape(st.shape, x + 6, y - 4, 5, st.colour))
        parts.append(Markup('<text x="{:.1f}" y="{:.1f}" font-size="11" fill="#1d2330">{}</text>').format(
            x + 15, y, name))
        x += w
    return Markup("").join(parts), y + 16


def _shape(shape: str, x: float, y: float, r: float, colour: str) -> Markup:
    paint = Markup('fill="{}" stroke="#fff" stroke-width="1"').format(colour)
    if shape == "square":
        return Markup('<rect x="{:.1f}" y="{:.1f}" width="{:.1f}" height="{:.1f}" {}/>').format(
            x - r * .85, y - r * .85, r * 1.7, r * 1.7, paint)
    if shape == "diamond":
        return Markup('<path d="M{:.1f} {:.1f}l{r:.1f} {r:.1f}l-{r:.1f} {r:.1f}l-{r:.1f} -{r:.1f}z" {}/>').format(
            x, y - r, paint, r=r * 1.1)
    if shape in ("up", "down"):
        s = 1 if shape == "up" else -1
        return Markup('<path d="M{:.1f} {:.1f}L{:.1f} {:.1f}L{:.1f} {:.1f}z" {}/>').format(
            x, y - s * r * 1.1, x + r * 1.1, y + s * r * .8, x - r * 1.1, y + s * r * .8, paint)
    if shape == "cross":
        return Markup('<path d="M{:.1f} {:.1f}h{w:.1f}v{w:.1f}h{w:.1f}v{w:.1f}h-{w:.1f}v{w:.1f}h-{w:.1f}v-{w:.1f}'
                      'h-{w:.1f}v-{w:.1f}h{w:.1f}z" {}/>').format(x - r / 3, y - r, paint, w=r * 2 / 3)
    return Markup('<circle cx="{:.1f}" cy="{:.1f}" r="{:.1f}" {}/>').format(x, y, r, paint)


def _ticks(top: float) -> list[float]:
    step = _nice_ceiling(top / 5)
    return [step * i for i in range(int(top / step) + 1)]


def _nice_ceiling(value: float) -> float:
    if value <= 0:
        return 1.0
    power = 10.0 ** math.floor(math.log10(value))
    return next(m * power for m in (1, 2, 2.5, 5, 10) if m * power >= value)


def _number(value: float) -> str:
    return f"{value:,.0f}" if value >= 10 or value == int(value) else f"{value:g}"


def _lines(notes: Sequence[str], *, chars: int) -> list[str]:
    """Notes joined by " · " into lines of at most ``chars`` characters (a note is never split)."""
    lines: list[str] = []
    for note in notes:
        if lines and len(lines[-1]) + 3 + len(note) <= chars:
            lines[-1] += " · " + note
        else:
            lines.append(note)
    return lines


def _overlap(a: tuple[float, float, float, float], b: tuple[float, float, float, float]) -> bool:
    return a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]
