"""Stages and the pipeline that runs them.

A stage is a named callable ``Article -> Article`` that states which Article fields it
reads and which it writes. :class:`Pipeline` checks, when it is built, that every
stage's inputs are written by the reader or an earlier stage, so a wrong order fails at
once rather than halfway through a million articles.

No article holds a worker for long: a text longer than ``MAX_ARTICLE_CHARS`` is cut there
(with a warning), and an article whose stages take more than the budget
(``$STORYLINE_ARTICLE_SECONDS``, default ``ARTICLE_SECONDS``) fails with one line while
the run goes on.
"""

from __future__ import annotations

import dataclasses
import os
import signal
import threading
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass

from storyline.clean.stages import language_stage, outlet_stage, to_article
from storyline.errors import PipelineError, StageError
from storyline.extract import embed, nlp
from storyline.extract.claims import claims_stage
from storyline.extract.events import events_stage
from storyline.extract.quotes import quotes_stage
from storyline.model import Article, Document

# Fields every Article has once the cleaning step made it from a Document.
CLEANED_FIELDS = frozenset({"id", "source", "format", "text", "title", "url", "published", "removed",
                            "evidence", "warnings", "encoding", "content_hash", "outlet", "language",
                            "translated_from", "written"})


@dataclass(frozen=True, slots=True, kw_only=True)
class Stage:
    name: str
    run: Callable[[Article], Article]
    requires: frozenset[str]
    assigns: frozenset[str]
    setup: Callable[[], None] | None = None


LANGUAGE = Stage(name="language", run=language_stage, requires=frozenset({"text", "title", "language"}),
                 assigns=frozenset({"language", "evidence", "warnings"}))
OUTLET = Stage(name="outlet", run=outlet_stage, requires=frozenset({"text", "url", "evidence", "outlet"}),
               assigns=frozenset({"outlet", "evidence"}))
PARSE = Stage(name="parse", run=nlp.parse_stage, requires=frozenset({"text", "language"}),
              assigns=frozenset({"sentences", "tokens", "names", "warnings"}), setup=nlp.setup)
CLAIMS = Stage(name="claims", run=claims_stage,
               requires=frozenset({"id", "text", "title", "published", "sentences", "tokens", "names"}),
               assigns=frozenset({"claims"}))
EVENTS = Stage(name="events", run=events_stage,
               requires=frozenset({"id", "text", "published", "sentences", "tokens", "names"}),
               assigns=frozenset({"events", "times"}))
QUOTES = Stage(name="quotes", run=quotes_stage, requires=frozenset({"id", "text", "sentences", "tokens", "names"}),
               assigns=frozenset({"quotes"}))
# The embedding uses the parser's sentences when there are, and splits the text itself when not.
# It is not a default stage: clustering reads it only across languages, so an article keeps
# the text the embedding would read (link/cluster.py's Profile.lead_text) and is embedded when
# its store first holds a second language (api._cluster). A run in one language never loads
# the embedding model.
EMBED = Stage(name="embed", run=embed.embed_stage, requires=frozenset({"text", "title"}),
              assigns=frozenset({"embedding"}), setup=embed.setup)
CLEAN_STAGES: tuple[Stage, ...] = (LANGUAGE, OUTLET)  # ingest + clean + metadata only
DEFAULT_STAGES: tuple[Stage, ...] = (*CLEAN_STAGES, PARSE, CLAIMS, EVENTS, QUOTES)
VERSION = "66"  # bump when stages change what they produce: stored inputs are then analysed again


MAX_ARTICLE_CHARS = 200_000  # ~30,000 words: longer than any news article; past it, story building slows


def capped(doc: Document, limit: int = MAX_ARTICLE_CHARS) -> Document:
    """A document cut to ``limit`` characters (at a line break when one is near), with a warning."""
    if len(doc.body) <= limit:
        return doc
    cut = doc.body.rfind("\n", limit // 2, limit)
    body = doc.body[: cut if cut > 0 else limit].rstrip()
    warning = (f"article cut to its first {len(body):,} characters of {len(doc.body):,}: "
               f"longer than {limit:,}, it is not read as one news article")
    return dataclasses.replace(doc, body=body, warnings=(*doc.warnings, warning))


ARTICLE_SECONDS = 60.0  # the most one article's stages may take; 0 = no limit


class _OverBudget(BaseException):  # not an Exception: a stage's own `except Exception` lets it through
    """Raised by the alarm when an article has had its time."""


@contextmanager
def _time_limit(seconds: float) -> Iterator[None]:
    """Raise _OverBudget in this thread after ``seconds`` (a SIGALRM timer: the main thread of
    a process only, which is where the runner's workers and a serial run do their work)."""
    if seconds <= 0 or threading.current_thread() is not threading.main_thread() or not hasattr(signal,
                                                                                                   "setitimer"):
        yield
        return

    def alarm(signum: int, frame: object) -> None:
        raise _OverBudget

    previous = signal.signal(signal.SIGALRM, alarm)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def article_seconds() -> float:
    """The per-article budget: ``$STORYLINE_ARTICLE_SECONDS`` when set to a number, else ARTICLE_SECONDS."""
    try:
        return float(os.environ.get("STORYLINE_ARTICLE_SECONDS", ARTICLE_SECONDS))
    except ValueError:
        return ARTICLE_SECONDS


class Pipeline:
    """Clean a Document into an Article, then run the per-article stages in order."""

    def __init__(self, stages: Sequence[Stage] = DEFAULT_STAGES, *, seconds: float | None = None,
                 max_chars: int = MAX_ARTICLE_CHARS) -> None:
        available = set(CLEANED_FIELDS)
        known = {f.name for f in dataclasses.fields(Article)}
        for stage in stages:
            missing = stage.requires - available
            if missing:
                raise PipelineError(f"stage {stage.name!r} needs {sorted(missing)}, which no earlier stage assigns")
            unknown = stage.assigns - known
            if unknown:
                raise PipelineError(f"stage {stage.name!r} assigns unknown fields {sorted(unknown)}")
            available |= stage.assigns
        self.stages = tuple(stages)
        self.seconds = article_seconds() if seconds is None else seconds
        self.max_chars = max_chars
        self._ready = False

    def setup(self) -> None:
        """Load what the stages need (models, tables) once per process."""
        if not self._ready:
            for stage in self.stages:
                if stage.setup:
                    stage.setup()
            self._ready = True

    def __call__(self, doc: Document) -> Article:
        self.setup()
        doc = capped(doc, self.max_chars)
        where = ["clean", doc.id]  # the stage running, and the article's id once it has one
        try:
            with _time_limit(self.seconds):
                return self._run(doc, where)
        except _OverBudget:
            raise StageError(where[0], where[1], f"took more than {self.seconds:g} s, the time one article may "
                                                 "take ($STORYLINE_ARTICLE_SECONDS): left out") from None

    def _run(self, doc: Document, where: list[str]) -> Article:
        try:
            article = to_article(doc)
        except Exception as exc:
            raise StageError("clean", doc.id, f"{type(exc).__name__}: {exc}") from exc
        where[1] = article.id
        for stage in self.stages:
            where[0] = stage.name
            try:
                article = stage.run(article)
            except Exception as exc:  # one bad article must not stop a batch
                raise StageError(stage.name, article.id, f"{type(exc).__name__}: {exc}") from exc
        return dataclasses.replace(article, tokens=())  # TRANSIENT: too bulky to leave the worker
