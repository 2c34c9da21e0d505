"""The HTML pages: stories, a story, an article, an entity, a job. Jinja2 with autoescape:
every scraped string reaches the page escaped."""

from __future__ import annotations

import gzip
from collections import defaultdict
from typing import Annotated, Any
from urllib.parse import quote, urlencode

from fastapi import APIRouter, Depends, File, Request, UploadFile
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from jinja2 import Environment, PackageLoader, select_autoescape
from markupsafe import Markup

from storyline import __version__
from storyline.link.compare import source_mix, who_speaks
from storyline.model import Article, Claim, Dossier, Event
from storyline.report import charts, geo, sourcing
from storyline.report.markup import anchor, marked_paragraphs, marked_span, quote_anchor
from storyline.web.routes import (
    Id,
    StoreDep,
    StoryFilters,
    built_story,
    known_job,
    start_job,
    stored_article,
    story_entity,
)

router = APIRouter(include_in_schema=False)

_ENV = Environment(loader=PackageLoader("storyline.web", "templates"),
                   autoescape=select_autoescape(default=True, default_for_string=True),
                   trim_blocks=True, lstrip_blocks=True)
_ENV.filters["u"] = lambda value: quote(str(value), safe="")
_ENV.globals.update(version=__version__, anchor=anchor, quote_anchor=quote_anchor, source_mix=source_mix)


def render(name: str, *, status: int = 200, **context: Any) -> HTMLResponse:
    return HTMLResponse(_ENV.get_template(name).render(**context), status_code=status)


def error_page(request: Request, status: int, message: str) -> HTMLResponse:
    return render("error.html.j2", status=status, code=status, message=message)


@router.get("/", response_class=HTMLResponse)
def index(request: Request, opened: StoreDep, filters: Annotated[StoryFilters, Depends()]) -> HTMLResponse:
    page = filters.page(opened)
    args = {k: v for k, v in (("q", filters.q), ("since", filters.since), ("until", filters.until),
                              ("outlet", filters.outlet), ("language", filters.language)) if v}

    def link(offset: int) -> str:
        return "/?" + urlencode({**args, "offset": offset, "limit": filters.limit})

    more = filters.offset + filters.limit < page.total
    return render("stories.html.j2", page=page, filters=filters, facets=opened.facets(),
                  next_link=link(filters.offset + filters.limit) if more else None,
                  prev_link=link(max(0, filters.offset - filters.limit)) if filters.offset else None)


@router.get("/stories/{story_id}", response_class=HTMLResponse)
def story(request: Request, story_id: Id, opened: StoreDep) -> Response:
    """A story page, rendered once per story version and kept gzipped: ten readers of one long
    story cost one rendering, not ten."""
    pages = request.app.state.pages
    key = pages.version(opened, story_id)
    page = pages.get(key)
    if page is None:
        body = bytes(_story_page(request, opened, story_id).body)
        page = (body, gzip.compress(body, compresslevel=6))
        pages.put(key, page)
    vary = {"Vary": "Accept-Encoding"}
    if "gzip" in request.headers.get("accept-encoding", "").lower():
        return HTMLResponse(page[1], headers={**vary, "Content-Encoding": "gzip"})
    return HTMLResponse(page[0], headers=vary)


def _story_page(request: Request, opened: Any, story_id: str) -> HTMLResponse:
    dossier = built_story(request, opened, story_id)
    s = dossier.stories[0]
    articles = {a.id: a for a in dossier.articles}
    claims = {c.id: c for c in dossier.claims}
    by_type: dict[str, list[Any]] = defaultdict(list)
    for e in sorted(dossier.entities, key=lambda e: (-len(e.mentions), e.name)):
        by_type[e.type].append(e)
    events = {e.id: e for e in dossier.events}
    return render("story.html.j2", story=s, dossier=dossier, articles=articles, claims=claims,
                  events=events, entities=dict(by_type), map_svg=_story_map(dossier, s.id),
                  figure_charts=charts.figure_charts(s, claims, articles, href=_claim_link),
                  coverage=charts.coverage_svg(s, articles, events, event_href=_event_link,
                                               article_href=lambda a: f"/articles/{quote(a.id, safe='')}"),
                  facts={f.id: f for f in s.facts}, sentence=_claim_sentence, speakers=who_speaks(s, dossier.quotes),
                  split=lambda story: sourcing.split(story.facts, claims),
                  reported_by=lambda fact: sourcing.reported_by(fact, claims, articles),
                  ordered=sorted(articles.values(), key=lambda a: (a.published or "9999", a.outlet or "", a.id)))


@router.get("/stories/{story_id}/entities/{entity_id}", response_class=HTMLResponse)
def entity(request: Request, story_id: Id, entity_id: Id, opened: StoreDep) -> HTMLResponse:
    dossier = built_story(request, opened, story_id)
    found = story_entity(dossier, story_id, entity_id)
    articles = {a.id: a for a in dossier.articles}
    mentions = [(articles[m.article], marked_span(articles[m.article].text, m.start, m.end, mark=(m.start, m.end),
                                                  context=90), m) for m in found.mentions if m.article in articles]
    return render("entity.html.j2", story=dossier.stories[0], entity=found, mentions=mentions)


@router.get("/articles/{article_id:path}", response_class=HTMLResponse)
def article(article_id: Id, opened: StoreDep) -> HTMLResponse:
    found = stored_article(opened, article_id)
    story_id = opened.story_of(found.id)
    listing = opened.story_listing(story_id) if story_id else None
    return render("article.html.j2", article=found, story=listing, paragraphs=marked_paragraphs(found),
                  sentence=_claim_sentence)


@router.post("/upload")
def upload(request: Request, files: Annotated[list[UploadFile], File()]) -> Response:
    job = start_job(request, files)
    return RedirectResponse(f"/jobs/{quote(job.id, safe='')}", status_code=303)


@router.get("/jobs/{job_id}", response_class=HTMLResponse)
def job(request: Request, job_id: Id, opened: StoreDep) -> HTMLResponse:
    found = known_job(request, job_id)
    titles = {s: opened.story_listing(s) for s in found.stories}
    return render("job.html.j2", job=found.as_dict(), stories=titles)


@router.get("/api", response_class=HTMLResponse)
def api_docs(request: Request) -> HTMLResponse:
    """The API's operations from the OpenAPI document, drawn here (the stock pages need a CDN)."""
    schema = request.app.openapi()
    operations = [(method.upper(), path, op.get("summary", ""), [p["name"] for p in op.get("parameters", [])])
                  for path, ops in schema["paths"].items() for method, op in ops.items()]
    return render("api.html.j2", operations=operations)


def _story_map(dossier: Dossier, story_id: str) -> Markup:
    """The story's places (each a link to its entity page) and located events (to their sentence)."""
    base = f"/stories/{quote(story_id, safe='')}/entities/"
    return geo.map_svg(geo.markers(dossier.entities, dossier.events, event_href=_event_link,
                                   place_href=lambda e: base + quote(e.id, safe="")))


def _claim_link(claim: Claim) -> str:
    return f"/articles/{quote(claim.article, safe='')}#{anchor(claim.article, claim.start)}"


def _event_link(event: Event) -> str:
    return f"/articles/{quote(event.article, safe='')}#{anchor(event.article, event.start)}"


def _claim_sentence(article: Article, claim: Claim) -> Any:
    """A claim's sentence with its figure marked."""
    at = article.text.find(claim.number_text, claim.start, claim.end)
    mark = (at, at + len(claim.number_text)) if at >= 0 else None
    return marked_span(article.text, claim.start, claim.end, mark=mark)
