"""``storyline serve``: the web app over a store. ``create_app(settings)`` builds it; the
routes live in :mod:`storyline.web.routes` (JSON) and :mod:`storyline.web.pages` (HTML).

Safe by default: every asset is served from the package (no CDN); scraped text is escaped
by the templates' autoescape; ids are only ever SQL parameters; uploads get new names in
a folder of their own; a request body past the limit is refused before it is read whole;
bound to anything but loopback the app needs a token. Every error of the JSON API has
one shape: ``{"error": {"status", "code", "message"}}``.
"""

from __future__ import annotations

import hmac
import ipaddress
from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import asynccontextmanager
from dataclasses import dataclass
from http import HTTPStatus
from pathlib import Path
from typing import Any

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
from storyline.web.routes import StoryCache

TOKEN_COOKIE = "storyline_token"  # noqa: S105 - a cookie name, not a secret
SECURITY_HEADERS = {
    "Content-Security-Policy": "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; "
                               "object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'",
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "X-Frame-Options": "DENY",
}


@dataclass(frozen=True, slots=True, kw_only=True)
class Settings:
    db: Path | str  # a SQLite file, or a PostgreSQL URL
    token: str | None = None  # required on every request when set
    max_upload_mb: float = 20.0  # per file
    max_files: int = 200  # per upload
    uploads: Path | None = None  # where uploaded files are kept (default: beside the store)
    story_cache: int = 64  # built stories kept in memory (0: every page builds its story)

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
            api.index_missing(store)  # stores written before the story index
            api.warm_up()
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
    app.add_middleware(BodyLimit, max_bytes=settings.max_body)
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

    def __init__(self, app: ASGIApp, *, max_bytes: int) -> None:
        self.app = app
        self.max_bytes = max_bytes

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

        async def counted() -> Message:
            nonlocal seen
            received = await receive()
            seen += len(received.get("body", b""))
            if seen > self.max_bytes:  # raised inside the route: the app's handler answers 413
                raise HTTPException(413, message)
            return received

        await self.app(scope, counted, send)
