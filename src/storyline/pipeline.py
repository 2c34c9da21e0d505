"""Stages and the pipeline that runs them.

A stage is a named callable ``Article -> Article`` that states which Article fields it
reads and which it writes. :class:`Pipeline` checks, when it is built, that every
stage's inputs are written by the reader or an earlier stage, so a wrong order fails at
once rather than halfway through a million articles.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Sequence
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
EMBED = Stage(name="embed", run=embed.embed_stage, requires=frozenset({"text", "title"}),
              assigns=frozenset({"embedding"}), setup=embed.setup)
CLEAN_STAGES: tuple[Stage, ...] = (LANGUAGE, OUTLET)  # ingest + clean + metadata only
DEFAULT_STAGES: tuple[Stage, ...] = (*CLEAN_STAGES, PARSE, CLAIMS, EVENTS, QUOTES, EMBED)
VERSION = "13"  # bump when stages change what they produce: stored inputs are then analysed again


class Pipeline:
    """Clean a Document into an Article, then run the per-article stages in order."""

    def __init__(self, stages: Sequence[Stage] = DEFAULT_STAGES) -> None:
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
        try:
            article = to_article(doc)
        except Exception as exc:
            raise StageError("clean", doc.id, f"{type(exc).__name__}: {exc}") from exc
        for stage in self.stages:
            try:
                article = stage.run(article)
            except Exception as exc:  # one bad article must not stop a batch
                raise StageError(stage.name, article.id, f"{type(exc).__name__}: {exc}") from exc
        return dataclasses.replace(article, tokens=())  # TRANSIENT: too bulky to leave the worker
