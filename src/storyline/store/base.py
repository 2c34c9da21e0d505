"""The store interface: what the rest of storyline may ask of a backend."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Literal, Protocol

from storyline.model import Article, Failure

SaveStatus = Literal["new", "updated", "unchanged"]


class Store(Protocol):
    """A place articles outlive a run. Every write is a transaction: a failure part-way
    leaves what was stored before intact."""

    location: str

    def begin_run(self, inputs: Sequence[str]) -> int: ...

    def finish_run(self, run: int, summary: dict[str, int]) -> None: ...

    def source_digest(self, path: str) -> str | None:
        """The digest stored for an input file, if it was read before."""
        ...

    def source_articles(self, path: str) -> list[str]: ...

    def save(self, *, articles: Sequence[Article], run: int) -> list[tuple[str, SaveStatus]]:
        """Store articles in one transaction; returns each article's final id and what happened."""
        ...

    def record_source(self, *, path: str, digest: str, article_ids: Sequence[str], run: int) -> None:
        """Remember that an input file, with this digest, was read completely into these articles."""
        ...

    def record_failures(self, run: int, failures: Iterable[Failure]) -> None: ...

    def articles(self, ids: Sequence[str] | None = None) -> list[Article]: ...

    def close(self) -> None: ...
