"""The store interface: what the rest of storyline may ask of a backend."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from contextlib import AbstractContextManager
from typing import Any, Literal, Protocol

from storyline.link.cluster import Profile
from storyline.model import Article, Failure, StoryListing

SaveStatus = Literal["new", "updated", "unchanged"]


class Store(Protocol):
    """A place articles outlive a run. Every write is a transaction: a failure part-way
    leaves what was stored before intact."""

    location: str

    def begin_run(self, inputs: Sequence[str]) -> int: ...

    def finish_run(self, run: int, summary: dict[str, int]) -> None: ...

    def close_interrupted_runs(self) -> list[int]:
        """Close, as interrupted, the open runs whose process is gone; returns their ids."""
        ...

    def unclustered(self) -> list[str]:
        """Stored articles that belong to no story."""
        ...

    def clustering(self) -> AbstractContextManager[None]:
        """A lock held while stories are decided, across processes."""
        ...

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

    def profiles(self, ids: Sequence[str] | None = None) -> list[Profile]:
        """What story clustering knows of the given articles (all when ids is None)."""
        ...

    def save_embeddings(self, embeddings: dict[str, bytes]) -> None:
        """Give stored articles (by id) the embedding they were stored without."""
        ...

    def story_members(self) -> dict[str, str]:
        """Article id → story id, for every article already put in a story."""
        ...

    def assign_stories(self, assignments: dict[str, str], run: int) -> None: ...

    def last_snapshot(self, story: str, before_run: int) -> tuple[int, dict[str, Any]] | None: ...

    def save_snapshots(self, run: int, snapshots: dict[str, dict[str, Any]]) -> None: ...

    def index_stories(self, run: int, listings: Iterable[StoryListing]) -> None: ...

    def unindexed_stories(self) -> list[str]: ...

    def story_listings(self, *, query: str | None = None, since: str | None = None, until: str | None = None,
                       outlet: str | None = None, language: str | None = None, limit: int = 50,
                       offset: int = 0) -> tuple[list[StoryListing], int]: ...

    def story_listing(self, story: str) -> StoryListing | None: ...

    def story_articles(self, story: str) -> list[str]: ...

    def story_of(self, article: str) -> str | None: ...

    def facets(self) -> dict[str, list[tuple[str, int]]]: ...

    def close(self) -> None: ...
