"""storyline's exceptions. The library raises these; only the CLI prints and exits."""

from __future__ import annotations


class StorylineError(Exception):
    """Base of every error storyline raises on purpose."""


class IngestError(StorylineError):
    """An input could not be read as an article. The message names the file and why."""

    def __init__(self, source: str, reason: str) -> None:
        super().__init__(f"{source}: {reason}")
        self.source = source
        self.reason = reason


class ConfigError(StorylineError):
    """A setting is missing or invalid."""


class StageError(StorylineError):
    """A pipeline stage failed on one article."""

    def __init__(self, stage: str, article: str, reason: str) -> None:
        super().__init__(f"stage {stage!r} failed on article {article!r}: {reason}")
        self.stage = stage
        self.article = article
        self.reason = reason


class PipelineError(StorylineError):
    """A pipeline was built with stages in an order that cannot work."""


class StoreError(StorylineError):
    """The article store could not be opened, migrated or written."""
