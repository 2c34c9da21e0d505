"""The JSON API, under ``/api``. Shapes are the dossier's; every error is ``ErrorOut``."""

from __future__ import annotations

import threading
import uuid
from collections import OrderedDict
from collections.abc import Iterator
from datetime import date
from typing import Annotated, Any

from fastapi import APIRouter, Depends, File, HTTPException, Query, Request, UploadFile
from fastapi import Path as PathParam

from storyline import api
from storyline.model import Article, Dossier, Entity
from storyline.report.json_codec import article_to_dict, plain, to_dict
from storyline.store import Store, open_store
from storyline.web.jobs import Job
from storyline.web.schemas import ArticlePageOut, DossierOut, ErrorOut, FacetsOut, JobOut, StoryPageOut
from storyline.web.uploads import UploadRejected, safe_name, save, unpacked_size

ERRORS: dict[int | str, dict[str, Any]] = {code: {"model": ErrorOut} for code in (400, 401, 404, 413, 415, 422)}
Id = Annotated[str, PathParam(min_length=1, max_length=300)]
MAX_OFFSET = 1_000_000_000  # past any store; larger numbers do not fit SQLite's integers

router = APIRouter(prefix="/api", responses=ERRORS)


def store(request: Request) -> Iterator[Store]:
    """The store, opened for one request."""
    opened = open_store(request.app.state.settings.db)
    try:
        yield opened
    finally:
        opened.close()


StoreDep = Annotated[Store, Depends(store)]


class StoryCache:
    """Stories as built, the most recently used kept: a story is rebuilt only when a run has
    touched it since (its index row records the run). Simultaneous first views of one story
    build it once: the others wait for that build."""

    def __init__(self, size: int = 64) -> None:
        self._size = size
        self._items: OrderedDict[tuple[str, int | None], Dossier] = OrderedDict()
        self._lock = threading.Lock()
        self._building: dict[tuple[str, int | None], threading.Lock] = {}

    def get(self, opened: Store, story_id: str) -> Dossier | None:
        listing = opened.story_listing(story_id)
        key = (story_id, listing.run if listing else None)
        with self._lock:
            if key in self._items:
                self._items.move_to_end(key)
                return self._items[key]
            building = self._building.setdefault(key, threading.Lock())
        with building:  # one build per story version; the others wait here, then read the cache
            with self._lock:
                if key in self._items:
                    return self._items[key]
            try:
                dossier = api.story(opened, story_id)
                if dossier is not None and listing is not None and self._size:
                    with self._lock:
                        self._items[key] = dossier
                        while len(self._items) > self._size:
                            self._items.popitem(last=False)
            finally:
                with self._lock:
                    self._building.pop(key, None)
        return dossier


class PageCache:
    """Rendered pages (as sent and gzipped) per story version: the story and the run that last
    touched it, so a page is rendered again only when a run changed its story."""

    def __init__(self, size: int = 64) -> None:
        self._size = size
        self._items: OrderedDict[tuple[str, int], tuple[bytes, bytes]] = OrderedDict()
        self._lock = threading.Lock()

    def version(self, opened: Store, story_id: str) -> tuple[str, int] | None:
        listing = opened.story_listing(story_id)
        return (story_id, listing.run) if listing is not None and listing.run is not None and self._size else None

    def get(self, key: tuple[str, int] | None) -> tuple[bytes, bytes] | None:
        if key is None:
            return None
        with self._lock:
            found = self._items.get(key)
            if found is not None:
                self._items.move_to_end(key)
            return found

    def put(self, key: tuple[str, int] | None, page: tuple[bytes, bytes]) -> None:
        if key is None:
            return
        with self._lock:
            self._items[key] = page
            while len(self._items) > self._size:
                self._items.popitem(last=False)


def built_story(request: Request, opened: Store, story_id: str) -> Dossier:
    dossier: Dossier | None = request.app.state.stories.get(opened, story_id)
    if dossier is None:
        raise HTTPException(404, f"no story {story_id!r} in this store")
    return dossier


def story_entity(dossier: Dossier, story_id: str, entity_id: str) -> Entity:
    found = next((e for e in dossier.entities if e.id == entity_id), None)
    if found is None:
        raise HTTPException(404, f"no entity {entity_id!r} in story {story_id!r}")
    return found


def stored_article(opened: Store, article_id: str) -> Article:
    found = api.article(opened, article_id)
    if found is None:
        raise HTTPException(404, f"no article {article_id!r} in this store")
    return found


class StoryFilters:
    """The stories list's filters, shared by the API and the page."""

    def __init__(self, q: Annotated[str | None, Query(max_length=200, description="words of a title or outlet")] = None,
                 since: Annotated[str | None, Query(description="YYYY-MM-DD: articles on or after")] = None,
                 until: Annotated[str | None, Query(description="YYYY-MM-DD: articles on or before")] = None,
                 outlet: Annotated[str | None, Query(max_length=200)] = None,
                 language: Annotated[str | None, Query(max_length=20)] = None,
                 limit: Annotated[int, Query(ge=1, le=500)] = 50,
                 offset: Annotated[int, Query(ge=0, le=MAX_OFFSET)] = 0) -> None:
        self.q, self.outlet, self.language = q or None, outlet or None, language or None
        self.since, self.until = _day(since, "since"), _day(until, "until")  # a form sends empty fields
        self.limit, self.offset = limit, offset

    def page(self, opened: Store) -> api.StoryPage:
        return api.stories(opened, query=self.q, since=self.since.isoformat() if self.since else None,
                           until=self.until.isoformat() if self.until else None, outlet=self.outlet,
                           language=self.language, limit=self.limit, offset=self.offset)


def _day(value: str | None, name: str) -> date | None:
    if not value:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise HTTPException(422, f"{name}: {value!r} is not a date (YYYY-MM-DD)") from None


@router.get("/stories", response_model=StoryPageOut, summary="List stories (search and filters)")
def list_stories(opened: StoreDep, filters: Annotated[StoryFilters, Depends()]) -> dict[str, Any]:
    page = filters.page(opened)
    return {"stories": page.stories, "total": page.total, "limit": filters.limit, "offset": filters.offset}


@router.get("/stories/{story_id}", response_model=DossierOut, response_model_by_alias=True,
            summary="One story as a dossier: its articles, entities, claims, events, facts, timeline, outlets")
def get_story(request: Request, story_id: Id, opened: StoreDep) -> dict[str, Any]:
    return to_dict(built_story(request, opened, story_id))


@router.get("/stories/{story_id}/entities/{entity_id}", summary="One entity of a story, with its mentions")
def get_entity(request: Request, story_id: Id, entity_id: Id, opened: StoreDep) -> dict[str, Any]:
    return dict(plain(story_entity(built_story(request, opened, story_id), story_id, entity_id)))


@router.get("/articles/{article_id:path}", response_model=ArticlePageOut, summary="One article and its annotations")
def get_article(article_id: Id, opened: StoreDep) -> dict[str, Any]:
    article = stored_article(opened, article_id)
    return {"article": article_to_dict(article), "story": opened.story_of(article.id), "claims": article.claims,
            "events": article.events, "times": article.times}


@router.get("/facets", response_model=FacetsOut, summary="Outlets and languages in the store, with counts")
def facets(opened: StoreDep) -> dict[str, Any]:
    found = opened.facets()
    return {"outlets": found["outlet"], "languages": found["language"]}


@router.post("/articles", response_model=JobOut, status_code=202,
             summary="Add articles: upload files (.txt, .html, .jsonl…); they are analysed in the background")
def upload(request: Request, files: Annotated[list[UploadFile], File(description="article files")]) -> dict[str, Any]:
    return start_job(request, files).as_dict()


@router.get("/jobs/{job_id}", response_model=JobOut, summary="A background analysis: progress, then what it did")
def job(request: Request, job_id: Id) -> dict[str, Any]:
    return known_job(request, job_id).as_dict()


def known_job(request: Request, job_id: str) -> Job:
    found: Job | None = request.app.state.jobs.get(job_id)
    if found is None:
        raise HTTPException(404, f"no job {job_id!r} (jobs are forgotten when the server restarts)")
    return found


def start_job(request: Request, files: list[UploadFile]) -> Job:
    """Save the uploaded files in a new folder and queue their analysis; refuses the whole
    upload (and keeps nothing of it) if one file is refused."""
    settings = request.app.state.settings
    files = [f for f in files if f.filename or f.size]
    if not files:
        raise HTTPException(400, "no file uploaded (send one or more as multipart field 'files')")
    if len(files) > settings.max_files:
        raise HTTPException(413, f"{len(files)} files: at most {settings.max_files} per upload")
    folder = settings.upload_dir / uuid.uuid4().hex[:12]
    folder.mkdir(parents=True)
    taken: set[str] = set()
    saved = []
    unpacked, cap = 0, int(settings.max_unpacked_mb * (1 << 20))
    try:
        for index, upload_file in enumerate(files):
            target = folder / safe_name(upload_file.filename, index=index, taken=taken)
            save(upload_file.file, target, max_bytes=int(settings.max_upload_mb * (1 << 20)),
                 label=upload_file.filename or target.name)
            saved.append(target)
            unpacked += unpacked_size(target, stop=cap - unpacked)
            if unpacked > cap:  # a small .gz can unpack to millions of articles
                raise UploadRejected(f"{upload_file.filename or target.name}: the upload unpacks to over "
                                     f"{settings.max_unpacked_mb:g} MB in all", status=413)
    except UploadRejected as exc:
        for path in saved:
            path.unlink(missing_ok=True)
        folder.rmdir()
        raise HTTPException(exc.status, str(exc)) from exc
    submitted: Job = request.app.state.jobs.submit(saved)
    return submitted
