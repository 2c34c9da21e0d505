"""Every domain type storyline passes between its stages.

The records mirror the public dossier (``shared/spec/DOSSIER.md``): field names and
meanings are the contract. They are frozen, slotted, keyword-only dataclasses and
import nothing from the rest of the package, so any layer (or a distributed worker)
can load them cheaply. Every text-anchored record carries character offsets into its
article's clean ``text``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Literal

SCHEMA = "storyline.dossier/1"

Format = Literal["txt", "html", "jsonl"]


def printable(text: str) -> str:
    """``text`` as valid Unicode: a file name's undecodable bytes (kept by Python as lone
    surrogates) become ``\\xNN`` escapes, so the name can be stored, printed and written."""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return text.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace") if _escapable(text) \
            else text.encode("utf-8", "surrogatepass").decode("utf-8", "replace")
    return text


def _escapable(text: str) -> bool:
    try:
        text.encode("utf-8", "surrogateescape")
    except UnicodeEncodeError:
        return False
    return True


@dataclass(frozen=True, slots=True, kw_only=True)
class Span:
    """A half-open character range ``[start, end)`` in an article's clean text."""

    start: int
    end: int

    def __post_init__(self) -> None:
        if self.start < 0 or self.end < self.start:
            raise ValueError(f"invalid span [{self.start}, {self.end})")


@dataclass(frozen=True, slots=True, kw_only=True)
class RemovedLine:
    """One line the cleaner dropped, with the reason a reader can check."""

    text: str
    reason: str
    line_no: int | None = None  # 1-based line in the input body, when known


@dataclass(frozen=True, slots=True, kw_only=True)
class Evidence:
    """Why a metadata field holds its value: where it came from, as written."""

    field: str
    value: str
    source: str  # e.g. "txt date prefix", "page stamp", "html metadata", "jsonl field"
    text: str | None = None  # the input text that carries it, when there is one


@dataclass(frozen=True, slots=True, kw_only=True)
class Document:
    """One input document as a reader found it, before cleaning.

    ``body`` is plain text, one paragraph or scraped line per line: a ``.txt`` file's
    content, or the text an HTML extractor took from a page. Metadata the input
    carries explicitly (a JSONL field, an HTML ``<meta>``) comes with its evidence.
    """

    id: str
    source: str
    format: Format
    body: str
    title: str | None = None
    url: str | None = None
    published: str | None = None
    outlet: str | None = None
    language: str | None = None
    encoding: str | None = None
    evidence: tuple[Evidence, ...] = ()
    warnings: tuple[str, ...] = ()
    has_date_prefix: bool = False  # the seeds' " date YYYY-MM-DD " first-line convention
    extracted: bool = False  # the body was taken from HTML by an extractor, not scraped text

    def __post_init__(self) -> None:
        object.__setattr__(self, "source", printable(self.source))


@dataclass(frozen=True, slots=True, kw_only=True)
class Token:
    """One word of a parsed article (transient: kept only while the article is processed)."""

    start: int
    end: int
    lemma: str
    pos: str  # universal part of speech
    tag: str  # fine-grained tag
    dep: str  # dependency label
    head: int  # index of the head token in the article's tokens
    sent: int  # index of the sentence


@dataclass(frozen=True, slots=True, kw_only=True)
class NamedSpan:
    """A named entity as the parser found it in one article, before resolution across articles."""

    start: int
    end: int
    label: str  # PERSON, ORG, GPE, LOC, FAC, NORP, DATE, ... as the model names them
    text: str


@dataclass(frozen=True, slots=True, kw_only=True)
class Article:
    """One input document after cleaning (DOSSIER.md Article)."""

    id: str
    source: str
    format: Format
    text: str
    title: str | None = None
    url: str | None = None
    outlet: str | None = None
    language: str | None = None
    translated_from: str | None = None  # ISO 639-1, when the input says it is a translation
    published: str | None = None
    written: str | None = None  # the day the text itself says it was written, when that differs from the stamp
    removed: tuple[RemovedLine, ...] = ()
    evidence: tuple[Evidence, ...] = ()
    warnings: tuple[str, ...] = ()
    encoding: str | None = None
    content_hash: str = ""
    sentences: tuple[Span, ...] = ()
    names: tuple[NamedSpan, ...] = ()
    tokens: tuple[Token, ...] = ()  # transient: dropped before an article leaves its worker
    embedding: bytes = b""  # the text's sentence-embedding mean, float16 (extract/embed.py); not exported
    claims: tuple[Claim, ...] = ()
    events: tuple[Event, ...] = ()
    times: tuple[Time, ...] = ()
    quotes: tuple[Quote, ...] = ()


@dataclass(frozen=True, slots=True, kw_only=True)
class Failure:
    """An input that could not be read or processed, and why, in one line."""

    source: str
    reason: str
    stage: str = "ingest"

    def __post_init__(self) -> None:
        object.__setattr__(self, "source", printable(self.source))
        object.__setattr__(self, "reason", " ".join(printable(self.reason).split()))  # one line, always


@dataclass(frozen=True, slots=True, kw_only=True)
class Mention:
    article: str
    start: int
    end: int


@dataclass(frozen=True, slots=True, kw_only=True)
class Entity:
    id: str
    name: str
    type: Literal["PERSON", "ORG", "GPE", "LOC", "FAC", "NORP", "EVENT"]
    aliases: tuple[str, ...] = ()
    mentions: tuple[Mention, ...] = ()
    lat: float | None = None
    lon: float | None = None
    geo_precision: Literal["exact", "country", "region", "city"] | None = None  # "city", "region": approximate
    role: str | None = None  # for a group named by common nouns: challengers, security_forces, government…


@dataclass(frozen=True, slots=True, kw_only=True)
class Claim:
    id: str
    article: str
    start: int
    end: int
    text: str
    number_text: str
    value: float | None
    low: float | None
    high: float | None
    qualifier: str
    unit: str | None
    measure: str
    subject: str | None
    subject_group: str
    location: str | None
    as_of: str | None
    attributed_to: str | None
    counted_as: str | None = None  # for counts: what happened to those counted ("evacuated", "missing", "gathered")
    counted: str | None = None  # the noun phrase the figure counts, normalised: "pirates", "Israeli soldiers"
    role: str | None = None  # victims | perpetrators | security_forces | civilians | officials | combatants | objects
    background: bool = False  # a figure of another event or a by-the-way one (a distance, a year): not a fact
    number_start: int | None = None  # where number_text begins in the article's text (start/end are the sentence's)
    lasting: str | None = None  # for a duration: what lasted, in the text's words ("general strike", "trial")

    def figure_at(self) -> int:
        """Where the figure stands in its sentence: its own offset when known, else its first match
        (-1 when the sentence does not hold it)."""
        if self.number_start is not None and self.start <= self.number_start < self.start + len(self.text):
            return self.number_start - self.start
        return self.text.find(self.number_text)

    def around_figure(self) -> tuple[str, str] | None:
        """The sentence before the figure and after it; None when the sentence does not hold it."""
        at = self.figure_at()
        return None if at < 0 else (self.text[:at], self.text[at + len(self.number_text):])

    def said_after(self, *patterns: re.Pattern[str]) -> bool:
        """Whether one of ``patterns`` is found in the sentence after the figure (False when it does not hold it)."""
        around = self.around_figure()
        return around is not None and any(p.search(around[1]) for p in patterns)


@dataclass(frozen=True, slots=True, kw_only=True)
class Event:
    id: str
    article: str
    start: int
    end: int
    text: str
    type: str
    date: str | None
    date_text: str | None
    location: str | None
    lat: float | None = None
    lon: float | None = None
    actors: tuple[str, ...] = ()
    site: str | None = None  # a finer place within the location: a square, an airport, a building


@dataclass(frozen=True, slots=True, kw_only=True)
class Time:
    id: str
    article: str
    start: int
    end: int
    text: str
    type: Literal["DATE", "TIME", "DURATION", "SET"]
    value: str | None


@dataclass(frozen=True, slots=True, kw_only=True)
class Quote:
    """Words an article gives to someone: quoted (``direct``) or reported ("X said that ...").
    ``start``/``end`` cover the words said, not the quotation marks or the attribution."""

    id: str
    article: str
    start: int
    end: int
    speaker: str | None  # the speaker's entity name once resolved across the story; else as the article names it
    text: str
    direct: bool
    cue: str | None = None  # the words that attribute it, as written: "said", "told", "according to", ":"
    speaker_text: str | None = None  # the speaker as written where the quote is attributed ("he", "the president")
    speaker_start: int | None = None  # offsets of the words the speaker was read from (a name, when there is one)
    speaker_end: int | None = None
    inferred: bool = False  # the speaker is carried from the quote before (a paragraph with no attribution of its own)
    speaker_entity: str | None = None  # entity id (set when the story's entities are resolved)
    source_type: str | None = None  # official | agency | media | expert | eyewitness | organisation | anonymous | other


@dataclass(frozen=True, slots=True, kw_only=True)
class Fact:
    id: str
    label: str
    measure: str
    subject_group: str
    location: str | None
    claims: tuple[str, ...]
    low: float | None
    high: float | None
    assessment: Literal["consistent", "evolving", "conflicting", "single_source"]
    explanation: str
    counted: str | None = None  # what the figures count, in the articles' words ("pirates", "houses")
    role: str | None = None  # the role of those counted in the story (victims, perpetrators, objects, ...)
    scope: str | None = None  # what the figure covers when narrower than the story ("in Bener Meriah")
    part_of: str | None = None  # the id of the total this sub-event's figure is a part of
    sources: int = 0  # independent sources behind the reports: copies of one wire text count once
    rank: int = 0  # the order a reader sees: facts several sources report and core quantities first
    repeats: tuple[str, ...] = ()  # claims that repeat a report in the same article (headline and body)
    copies: tuple[tuple[str, ...], ...] = ()  # groups of its articles that are copies of one text
    whose: str | None = None  # the named thing its figures are told of, when a story gives them for several


@dataclass(frozen=True, slots=True, kw_only=True)
class Source:
    """Someone an article relies on, and for what: the figures it credits to them and the
    words it gives them."""

    name: str
    category: str  # official | agency | media | expert | eyewitness | organisation | anonymous | other
    entity: str | None = None  # entity id, when the source is a resolved entity
    claims: tuple[str, ...] = ()  # claim ids credited to it
    quotes: tuple[str, ...] = ()  # quote ids it is the speaker of


@dataclass(frozen=True, slots=True, kw_only=True)
class Framing:
    article: str
    outlet: str | None
    terms_for_protesters: tuple[str, ...] = ()
    terms_in_quotes: tuple[str, ...] = ()
    scare_quotes: tuple[str, ...] = ()
    sources_cited: tuple[str, ...] = ()
    sources: tuple[Source, ...] = ()  # whom it relies on, by category, with the claims and quotes each backs
    hedges: tuple[str, ...] = ()  # distancing words in its own voice, as written, one per use ("reportedly")
    figures_asserted: int = 0  # its figures stated in its own voice
    figures_credited: int = 0  # its figures credited to a source
    quotes_direct: int = 0
    quotes_reported: int = 0


@dataclass(frozen=True, slots=True, kw_only=True)
class SummarySentence:
    text: str
    articles: tuple[str, ...]


@dataclass(frozen=True, slots=True, kw_only=True)
class TimelineEntry:
    """One happening on a story's timeline, with every mention of it across articles."""

    date: str | None
    type: str
    location: str | None
    events: tuple[str, ...]  # event ids, earliest article first
    articles: tuple[str, ...]


@dataclass(frozen=True, slots=True, kw_only=True)
class OutletView:
    """One outlet's coverage of a story beside the others': what it reports, what it leaves
    out that other outlets report (its blind spots), its words and its sources."""

    outlet: str
    articles: tuple[str, ...]
    facts: tuple[str, ...] = ()  # ids of the story's facts it reports
    missing_facts: tuple[str, ...] = ()  # facts two other outlets (or the only other) report and it does not
    events: tuple[int, ...] = ()  # positions in the story's timeline_entries it reports
    missing_events: tuple[int, ...] = ()  # entries two other outlets (or the only other) report and it does not
    terms_for_protesters: tuple[str, ...] = ()
    terms_in_quotes: tuple[str, ...] = ()
    scare_quotes: tuple[str, ...] = ()
    sources_cited: tuple[str, ...] = ()
    sources: tuple[Source, ...] = ()  # its articles' sources pooled, most used first
    hedges: tuple[str, ...] = ()
    figures_asserted: int = 0
    figures_credited: int = 0
    quotes_direct: int = 0
    quotes_reported: int = 0
    read: bool = True  # False when none of its articles is in a language storyline parses: no blind spots then


@dataclass(frozen=True, slots=True, kw_only=True)
class Story:
    id: str
    title: str
    articles: tuple[str, ...]
    summary: tuple[SummarySentence, ...] = ()
    timeline: tuple[str, ...] = ()
    timeline_entries: tuple[TimelineEntry, ...] = ()
    facts: tuple[Fact, ...] = ()
    framing: tuple[Framing, ...] = ()
    changes: tuple[str, ...] = ()  # what changed since the last run that touched the story, one line each
    outlets: tuple[OutletView, ...] = ()  # outlets side by side, most articles first


@dataclass(frozen=True, slots=True, kw_only=True)
class StoryListing:
    """What a list of stories shows of one, kept in the store so that listing needs no rebuild."""

    id: str
    title: str
    articles: int
    outlets: tuple[str, ...] = ()
    languages: tuple[str, ...] = ()
    first: str | None = None  # earliest publication date of its articles
    last: str | None = None
    changes: tuple[str, ...] = ()
    run: int | None = None  # the last run that touched the story


@dataclass(frozen=True, slots=True, kw_only=True)
class Dossier:
    """Everything one analysis exports (DOSSIER.md)."""

    articles: tuple[Article, ...] = ()
    entities: tuple[Entity, ...] = ()
    claims: tuple[Claim, ...] = ()
    events: tuple[Event, ...] = ()
    times: tuple[Time, ...] = ()
    quotes: tuple[Quote, ...] = ()
    stories: tuple[Story, ...] = ()
    failures: tuple[Failure, ...] = field(default=())
