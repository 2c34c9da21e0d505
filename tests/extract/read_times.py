"""The times storyline reads in a text, through the real parse: shared by the timex test files."""

from __future__ import annotations

from storyline.extract import nlp
from storyline.extract.events import events_stage
from storyline.model import Article, Time


def read_times(text: str, published: str) -> tuple[Time, ...]:
    """The times of ``text`` as one article published on ``published`` (the parser must be set up)."""
    article = Article(id="t", source="t.txt", format="txt", text=text, language="en", published=published)
    return events_stage(nlp.parse_stage(article)).times
