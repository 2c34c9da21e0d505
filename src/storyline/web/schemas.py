"""The JSON API's shapes, for validation and the OpenAPI document. They are the dossier's
(shared/spec/DOSSIER.md): the domain dataclasses themselves, and the article as the JSON
codec writes it."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from pydantic import BaseModel, Field

from storyline.model import Claim, Entity, Event, Fact, Failure, Quote, Story, StoryListing, Time


class ErrorDetail(BaseModel):
    status: int
    code: str
    message: str


class ErrorOut(BaseModel):
    """Every error of the API has this shape."""

    error: ErrorDetail


class RemovedLineOut(BaseModel):
    text: str
    reason: str
    line_no: int | None = None


class EvidenceOut(BaseModel):
    field: str
    value: str
    source: str
    text: str | None = None


class ArticleOut(BaseModel):
    id: str
    source: str
    outlet: str | None
    language: str | None
    published: str | None
    written: str | None
    title: str | None
    text: str
    removed: list[str]
    translated_from: str | None
    format: str
    url: str | None
    encoding: str | None
    content_hash: str
    removed_detail: list[RemovedLineOut]
    evidence: list[EvidenceOut]
    warnings: list[str]


@dataclass(frozen=True, kw_only=True)
class FactOut(Fact):
    """A fact as the codec writes it: with who stands behind it ("3 outlets, 2 sources: 2 are
    copies of one AP report")."""

    reported_by: str = ""


@dataclass(frozen=True, kw_only=True)
class StoryOut(Story):
    facts: tuple[FactOut, ...] = ()


class DossierOut(BaseModel):
    schema_: str = Field(alias="schema")
    generator: str
    articles: list[ArticleOut]
    entities: list[Entity]
    claims: list[Claim]
    events: list[Event]
    times: list[Time]
    quotes: list[Quote]
    stories: list[StoryOut]
    failures: list[Failure]

    model_config = {"populate_by_name": True}


class StoryPageOut(BaseModel):
    stories: list[StoryListing]
    total: int
    limit: int
    offset: int


class ArticlePageOut(BaseModel):
    article: ArticleOut
    story: str | None
    claims: list[Claim]
    events: list[Event]
    times: list[Time]


class FacetsOut(BaseModel):
    outlets: list[tuple[str, int]]
    languages: list[tuple[str, int]]


class JobOut(BaseModel):
    id: str
    state: Literal["queued", "running", "done", "failed"]
    files: list[str]
    files_total: int
    files_done: int
    bytes_done: int
    bytes_total: int
    new: int
    updated: int
    unchanged: int
    failures: list[dict[str, str]]
    stories: list[str]
    error: str | None
