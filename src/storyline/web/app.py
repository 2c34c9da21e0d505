"""``storyline serve``: the web app over a store. ``create_app(settings)`` builds it; the
routes live in :mod:`storyline.web.routes` (JSON) and :mod:`storyline.web.pages` (HTML).

Safe by default: every asset is served from the package (no CDN); scraped text is escaped
by the templates' autoescape; ids are only ever SQL parameters; uploads get new names in
a folder of their own; a request body past the limit is refused before it is read whole;
bound to anything but loopback the app needs a token. Every error of the JSON API has
one shape: ``{"error": {"status", "code", "message"}}``.
"""

from __future__ import annotations

import asyncio
import hmac
import ipaddress
from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import asynccontextmanager
from dataclasses import dataclass
from http import HTTPStatus
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, RedirectResponse, Response
from fastapi.staticfiles import StaticFiles
from starlette.exceptions import HTTPException
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from storyline import __version__, api
from storyline.store import is_url, open_store
from storyline.web import pages, routes
from storyline.web.jobs import Jobs
from storyline.web.routes import PageCache, StoryCache

TOKEN_COOKIE = "storyline_token"  # noqa: S105 - a cookie name, not a secret
SECURITY_HEADERS = {
    "Content-Security-Policy": "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; "
                               "object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'",
    "X-Content-Type-Options": "nosniff",
    # never a referrer to another site; to this one, so that a form's POST carries its real Origin (under
    # no-referrer a browser sends 'Origin: null', which the cross-site check must refuse)
    "Referrer-Policy": "same-origin",
    "X-Frame-Options": "DENY",
}


@dataclass(frozen=True, slots=True, kw_only=True)
class Settings:
    db: Path | str  # a SQLite file, or a PostgreSQL URL
    token: str | None = None  # required on every request when set
    max_upload_mb: float = 20.0  # per file
    max_files: int = 200  # per upload
    max_unpacked_mb: float = 100.0  # per upload, all its files unpacked (a .jsonl.gz of 8 MB holds millions of lines)
    uploads: Path | None = None  # where uploaded files are kept (default: beside the store)
    story_cache: int = 64  # built stories kept in memory (0: every page builds its story)
    body_timeout: float = 30.0  # seconds a request body may stall before the request is cut (408)
    page_cache: bool = True  # story pages rendered once per story version and kept gzipped
    host: str | None = None  # the address the server is bound to: requests must name it (None: not checked)

    @property
    def upload_dir(self) -> Path:
        if self.uploads:
            return self.uploads
        if is_url(self.db):  # a PostgreSQL store: in the folder the server was started in
            return Path("storyline.uploads").resolve()
        db = Path(self.db)
        return db.with_name(db.name + ".uploads")

    @property
    def max_body(self) -> int:
        return int(self.max_upload_mb * (1 << 20)) * min(self.max_files, 10) + (1 << 20)


def is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


SAFE_METHODS = frozenset({"GET", "HEAD", "OPTIONS"})
_WILDCARD = frozenset({"0.0.0.0", "::", "[::]", ""})  # noqa: S104 - names of the wildcard bind, compared only


def _hostname(value: str) -> str:
    """``[::1]:8000`` → ``::1``; ``Localhost:80`` → ``localhost``."""
    value = value.strip().lower()
    if value.startswith("["):
        return value[1:value.find("]")] if "]" in value else value
    return value.rsplit(":", 1)[0] if value.count(":") == 1 else value


def host_allowed(host: str, bound: str | None) -> bool:
    """Whether a request's Host names the address the server is bound to. Bound to loopback,
    only loopback names are answered (a rebinding attacker's name is not); bound to every
    address, any name is (the token guards that case); unknown binding: not checked."""
    if bound is None or _hostname(bound) in _WILDCARD:
        return True
    name = _hostname(host)
    if not name:
        return False
    if is_loopback(_hostname(bound)):
        return is_loopback(name)
    return name == _hostname(bound)


def same_origin(headers: Any, host: str) -> bool:
    """A state-changing request's Origin (or, without one, its Referer) must be this server;
    a request with neither (curl, scripts) is not a browser acting for another site."""
    origin = headers.get("origin") or headers.get("referer")
    if not origin:
        return True
    parts = urlsplit(origin)
    return origin != "null" and parts.scheme in ("http", "https") and parts.netloc.lower() == host.strip().lower()


def error_body(status: int, message: str, code: str | None = None) -> dict[str, Any]:
    code = code or HTTPStatus(status).phrase.lower().replace(" ", "_").replace("-", "_")
    return {"error": {"status": status, "code": code, "message": message}}


def create_app(settings: Settings) -> FastAPI:
    """The app over ``settings.db``; the store is opened per request (SQLite in WAL mode lets the
    background job write while pages read)."""

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        store = open_store(settings.db)
        try:
            api.recover(store)  # a server or run killed mid-job: its stored articles are put in stories
            api.index_missing(store)  # stores written before the story index
            # Nothing else is loaded here: the stories page needs only the store, and a story
            # page loads the tables story building reads (the gazetteer from its cache, ~0.1 s)
            # when first asked; the parser and the embedding model only an upload's job loads.
        finally:
            store.close()
        yield
        app.state.jobs.shutdown()

    app = FastAPI(title="storyline", version=__version__, lifespan=lifespan,
                  description="Stories reconciled from many outlets, every figure one click from its sentence. "
                              "Shapes are the dossier's (shared/spec/DOSSIER.md).",
                  docs_url=None, redoc_url=None)  # the stock docs pages load scripts from a CDN: /api is ours
    app.state.settings = settings
    app.state.jobs = Jobs(settings.db)
    app.state.stories = StoryCache(settings.story_cache)
    app.state.pages = PageCache(settings.story_cache if settings.page_cache else 0)

    @app.exception_handler(HTTPException)
    async def http_error(request: Request, exc: HTTPException) -> Response:
        return _error(request, exc.status_code, str(exc.detail), headers=getattr(exc, "headers", None))

    @app.exception_handler(RequestValidationError)
    async def invalid(request: Request, exc: RequestValidationError) -> Response:
        problems = "; ".join(f"{'.'.join(str(p) for p in e.get('loc', ()))}: {e.get('msg')}" for e in exc.errors())
        return _error(request, 422, problems or "invalid request")

    @app.exception_handler(Exception)
    async def crashed(request: Request, exc: Exception) -> Response:
        return _error(request, 500, f"internal error ({type(exc).__name__}); the server log has the details")

    @app.middleware("http")
    async def guard(request: Request, call_next: Callable[[Request], Awaitable[Response]]) -> Response:
        host = request.headers.get("host", "")
        if not host_allowed(host, settings.host):  # DNS rebinding: another name pointed at our address
            return _secured(_error(request, 421, f"this server does not answer for {host[:100]!r}"))
        if request.method not in SAFE_METHODS and not same_origin(request.headers, host):
            return _secured(_error(request, 403, "a request from another site may not change anything here"))
        if settings.token and not request.url.path.startswith("/static/"):
            given = request.query_params.get("token")
            if given and hmac.compare_digest(given, settings.token) and request.method == "GET":
                # the link printed at start-up: remember the token in a cookie, drop it from the URL
                clean = request.url.remove_query_params("token")
                response: Response = RedirectResponse(str(clean), status_code=303)
                response.set_cookie(TOKEN_COOKIE, settings.token, httponly=True, samesite="strict")
                return _secured(response)
            if not _authorised(request, settings.token):
                return _secured(_error(request, 401, "a token is needed: open the link `storyline serve` printed, "
                                                     "or send 'Authorization: Bearer TOKEN'"))
        return _secured(await call_next(request))

    app.include_router(routes.router)
    app.include_router(pages.router)
    static = Path(__file__).with_name("static")
    app.mount("/static", StaticFiles(directory=static), name="static")
    app.add_middleware(BodyLimit, max_bytes=settings.max_body, body_timeout=settings.body_timeout)
    return app


def _authorised(request: Request, token: str) -> bool:
    header = request.headers.get("authorization", "")
    bearer = header[7:] if header.lower().startswith("bearer ") else ""
    cookie = request.cookies.get(TOKEN_COOKIE, "")
    return hmac.compare_digest(bearer, token) or hmac.compare_digest(cookie, token)


def _secured(response: Response) -> Response:
    for key, value in SECURITY_HEADERS.items():
        response.headers.setdefault(key, value)
    return response


def _error(request: Request, status: int, message: str, *, headers: dict[str, str] | None = None) -> Response:
    if request.url.path.startswith("/api") or "text/html" not in request.headers.get("accept", ""):
        return JSONResponse(error_body(status, message), status_code=status, headers=headers)
    return pages.error_page(request, status, message)


class BodyLimit:
    """Refuses a request body over ``max_bytes`` — by its Content-Length at once, or while it
    streams in — with the API's error shape (413)."""

    def __init__(self, app: ASGIApp, *, max_bytes: int, body_timeout: float = 30.0) -> None:
        self.app = app
        self.max_bytes = max_bytes
        self.body_timeout = body_timeout

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        message = f"request body larger than {self.max_bytes / (1 << 20):.0f} MB"
        length = dict(scope.get("headers", ())).get(b"content-length", b"")
        if length.isdigit() and int(length) > self.max_bytes:
            response = _secured(JSONResponse(error_body(413, message), status_code=413))
            await response(scope, receive, send)
            return
        seen = 0
        refused: tuple[int, str] | None = None  # once set, the app sees the client gone and we answer this

        async def counted() -> Message:
            nonlocal seen, refused
            if refused:
                return {"type": "http.disconnect"}
            try:
                received = await asyncio.wait_for(receive(), timeout=self.body_timeout)
            except TimeoutError:  # a body that stalls holds a worker: cut it
                refused = (408, f"the request body stalled for over {self.body_timeout:g} s")
                return {"type": "http.disconnect"}
            seen += len(received.get("body", b""))
            if seen > self.max_bytes:  # stop reading
                refused = (413, message)
                return {"type": "http.disconnect"}
            return received

        async def answer(reply: Message) -> None:
            if not refused:  # once refused, whatever the app says is replaced by the refusal
                await send(reply)

        try:
            await self.app(scope, counted, answer)
        except Exception:
            if not refused:
                raise
        if refused:
            status, why = refused
            await _secured(JSONResponse(error_body(status, why), status_code=status))(scope, receive, send)
