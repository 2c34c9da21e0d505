"""storyline's front door. The CLI and the web app call only these functions.

>>> from storyline import api
>>> result = api.analyze(["articles/"], db="storyline.db")      # doctest: +SKIP
>>> result.dossier.articles[0].outlet                           # doctest: +SKIP
"""

from __future__ import annotations

import dataclasses
import functools
import hashlib
import os
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from storyline import ingest
from storyline.errors import ConfigError, IngestError, StageError
from storyline.extract.nlp import MODELS
from storyline.ingest import feeds
from storyline.link.changes import StoryChange, what_changed
from storyline.link.cluster import Clustering, embedded, needs_embedding, with_embeddings
from storyline.link.compare import compare_outlets
from storyline.link.entities import resolve
from storyline.link.framing import framing
from storyline.link.places import geocode
from storyline.link.sources import attribute
from storyline.link.stories import build_stories
from storyline.model import Article, Dossier, Failure, NamedSpan, Story, StoryListing, printable
from storyline.pipeline import DEFAULT_STAGES, Pipeline, Stage
from storyline.pipeline import VERSION as PIPELINE_VERSION
from storyline.runners import local
from storyline.store import Store, open_store, store_location

DEFAULT_DB = "storyline.db"
PARSED_LANGUAGES = frozenset(MODELS)  # figures and events are read in these


@dataclass(frozen=True, slots=True)
class ProgressState:
    """How far a run is: files finished, and bytes of input read (a large file moves the bar)."""

    files_done: int
    files_total: int
    bytes_done: int
    bytes_total: int


Progress = Callable[[ProgressState], None]


def default_db_path() -> Path | str:
    """``$STORYLINE_DB`` if set, else ``storyline.db`` in the current folder. A PostgreSQL URL
    (``postgresql://user@host/db``) stays a string."""
    return store_location(os.environ.get("STORYLINE_DB") or DEFAULT_DB)


@dataclass
class Analysis:
    """What one ``analyze`` run did and produced."""

    dossier: Dossier
    new: list[str] = field(default_factory=list)
    updated: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    failures: list[Failure] = field(default_factory=list)
    files: int = 0
    skipped_files: int = 0  # files of other types met inside folders
    store: str | None = None
    run: int | None = None
    changes: list[StoryChange] = field(default_factory=list)  # per story, since the run before

    @property
    def ok(self) -> bool:
        return not self.failures


def ingest_files(paths: Iterable[str | Path], *, max_file_mb: float = ingest.DEFAULT_MAX_FILE_MB,
                 jobs: int | None = None) -> Iterator[Article | Failure]:
    """Read and clean articles without a store: every Article, and a Failure per bad input."""
    found = ingest.discover(paths)
    yield from found.failures
    for result in local.run([str(p) for p in found.files], max_file_mb=max_file_mb, jobs=jobs):
        yield from result.failures
        yield from result.articles


def analyze(paths: Sequence[str | Path], *, db: str | Path | None = None, store: Store | None = None,
            jobs: int | None = None, max_file_mb: float = ingest.DEFAULT_MAX_FILE_MB,
            progress: Progress | None = None, stages: tuple[Stage, ...] = DEFAULT_STAGES,
            runner: str = "local", address: str | None = None, fetcher: feeds.Fetcher | None = None) -> Analysis:
    """Ingest, clean and store the articles under ``paths``; return the run's dossier.

    Files read before with the same content are not processed again. The dossier covers
    every article of the given inputs, whether new in this run or already stored.
    ``runner="ray"`` runs the per-article work on Ray (``address``: "auto", "ray://…", or
    None to start Ray on this machine); storing and clustering stay in this process.
    A path that is an http(s) URL is a feed: its entries' pages not read before are fetched
    (politely, by ``fetcher``) and analysed.
    """
    run_files = _runner(runner, address=address)
    own_store = store is None
    store = store or open_store(db or default_db_path())
    try:
        return _analyze(paths, store=store, jobs=jobs, max_file_mb=max_file_mb, progress=progress, stages=stages,
                        run_files=run_files, fetcher=fetcher)
    finally:
        if own_store:
            store.close()


RunFiles = Callable[..., Iterator[local.FileResult]]
RUNNERS = ("local", "ray")


def _runner(name: str, *, address: str | None) -> RunFiles:
    """The runner's ``run`` (same signature as :func:`storyline.runners.local.run`)."""
    if name == "local":
        if address:
            raise ConfigError("--address is for the Ray runner (--runner ray)")
        return local.run
    if name == "ray":
        from storyline.runners import ray as ray_runner  # Ray loads only when asked for

        return functools.partial(ray_runner.run, address=address)
    raise ConfigError(f"unknown runner {name!r} (storyline has {', '.join(RUNNERS)})")


def _analyze(paths: Sequence[str | Path], *, store: Store, jobs: int | None, max_file_mb: float,
             progress: Progress | None, stages: tuple[Stage, ...], run_files: RunFiles = local.run,
             fetcher: feeds.Fetcher | None = None) -> Analysis:
    recover(store)
    urls = [str(p) for p in paths if feeds.is_url(p)]
    found = ingest.discover([p for p in paths if not feeds.is_url(p)])
    result = Analysis(dossier=Dossier(), failures=list(found.failures), files=len(found.files),
                      skipped_files=found.skipped, store=store.location)
    run = store.begin_run([printable(str(p)) for p in paths])
    result.run = run
    ids: dict[str, list[str]] = {}  # input file -> its article ids, kept in input order
    todo: list[str] = []
    digests: dict[str, str] = {}
    for path in found.files:
        key = str(path)
        try:
            digests[key] = f"{file_digest(path)}:v{PIPELINE_VERSION}"
        except OSError as exc:
            result.failures.append(Failure(source=key, reason=f"cannot read file ({exc.strerror or exc})"))
            continue
        ids[key] = []
        if store.source_digest(printable(key)) == digests[key]:
            ids[key] = store.source_articles(printable(key))
            result.unchanged.extend(ids[key])
        else:
            todo.append(key)
    sizes = {p: _size(p) for p in todo}
    done = len(found.files) - len(todo)
    read, total = 0, sum(sizes.values())
    if progress:
        progress(ProgressState(done, len(found.files), read, total))
    incomplete: set[str] = set()  # files a task of which failed as a whole: read again next run
    for part in run_files(todo, max_file_mb=max_file_mb, jobs=jobs, stages=stages):
        result.failures.extend(part.failures)
        if not part.complete:
            incomplete.add(part.path)
        for article_id, status in store.save(articles=part.articles, run=run) if part.articles else ():
            ids[part.path].append(article_id)
            getattr(result, status).append(article_id)
        read += part.read_bytes
        if part.last:
            done += 1
            # only a file that gave articles, every task of it done, is remembered (a failed one is retried)
            if ids[part.path] and part.path not in incomplete:
                store.record_source(path=printable(part.path), digest=digests[part.path], article_ids=ids[part.path],
                                    run=run)
        if progress:
            progress(ProgressState(done, len(found.files), min(read, total), total))
    if urls:
        _read_feeds(urls, store=store, run=run, stages=stages, result=result, ids=ids,
                    fetcher=fetcher or feeds.Fetcher())
    store.record_failures(run, result.failures)
    ordered = list(dict.fromkeys(i for file_ids in ids.values() for i in file_ids))
    with store.clustering():  # another process deciding stories at the same time waits (CLI and web jobs alike)
        groups = _cluster(store, ordered, run, jobs=jobs)
        in_stories = {i for members in groups.values() for i in members}
        wanted = [i for i in ordered if i in in_stories] + sorted(in_stories - set(ordered))  # inputs' order first
        articles, stories = build_stories(store.articles(wanted), groups)
        result.changes = what_changed(store, stories, articles, run)
        lines = {c.story: c.lines() for c in result.changes}
        stories = tuple(dataclasses.replace(s, changes=lines.get(s.id, ())) for s in stories)
        store.index_stories(run, (listing(s, articles) for s in stories))
    # finished only once its articles are in stories: a run killed before is closed as interrupted
    store.finish_run(run, {"files": result.files, "new": len(result.new), "updated": len(result.updated),
                           "unchanged": len(result.unchanged), "failed": len(result.failures)})
    result.dossier = _dossier(articles, stories, failures=result.failures)
    return result


def recover(store: Store) -> tuple[list[int], int]:
    """After a crash: close the runs whose process died as interrupted, and put stored
    articles that belong to no story into stories (stored ones, or new), indexed so that
    lists show them. Returns the closed runs and how many articles were clustered."""
    closed = store.close_interrupted_runs()
    with store.clustering():
        orphans = store.unclustered()
        if not orphans:
            return closed, 0
        groups = _cluster(store, orphans, closed[-1] if closed else 0)
        for story_id, members in groups.items():
            articles, built = build_stories(store.articles(members), {story_id: members})
            store.index_stories(closed[-1] if closed else 0, (listing(s, articles) for s in built))
    return closed, len(orphans)


def _read_feeds(urls: Sequence[str], *, store: Store, run: int, stages: tuple[Stage, ...], result: Analysis,
                ids: dict[str, list[str]], fetcher: feeds.Fetcher) -> None:
    """Feed URLs: each entry's page not stored before is fetched and analysed here (one polite
    request at a time: the network, not the cores, sets the pace); a page stored before is
    neither fetched nor analysed again."""
    pipeline = Pipeline(stages)
    for url in urls:
        try:
            for item in feeds.read_feed_url(url, fetcher=fetcher, known=lambda link: bool(store.source_digest(link))):
                if isinstance(item, feeds.Known):
                    ids[item.url] = store.source_articles(item.url)
                    result.unchanged.extend(ids[item.url])
                elif isinstance(item, Failure):
                    result.failures.append(item)
                else:
                    try:
                        article = pipeline(item)
                    except StageError as exc:
                        result.failures.append(Failure(source=item.source, reason=exc.reason, stage=exc.stage))
                        continue
                    for article_id, status in store.save(articles=[article], run=run):
                        ids.setdefault(item.source, []).append(article_id)
                        getattr(result, status).append(article_id)
                    store.record_source(path=item.source, digest=f"{article.content_hash}:v{PIPELINE_VERSION}",
                                        article_ids=ids[item.source], run=run)
        except IngestError as exc:
            result.failures.append(Failure(source=exc.source, reason=exc.reason))


def _dossier(articles: Sequence[Article], stories: Sequence[Story], *, failures: Sequence[Failure] = ()) -> Dossier:
    """The dossier of built stories: entities resolved and placed, framing per article."""
    entities = geocode(resolve(articles), articles, stories)
    quotes = attribute(articles, entities)
    framed = tuple(dataclasses.replace(s, framing=framing(s, articles, entities, quotes)) for s in stories)
    framed = tuple(dataclasses.replace(s, outlets=compare_outlets(s, articles, parsed=PARSED_LANGUAGES))
                   for s in framed)
    return Dossier(articles=tuple(articles), entities=entities, claims=tuple(c for a in articles for c in a.claims),
                   events=tuple(e for a in articles for e in a.events),
                   times=tuple(t for a in articles for t in a.times), quotes=quotes, stories=framed,
                   failures=tuple(failures))


def listing(story: Story, articles: Sequence[Article]) -> StoryListing:
    """What a list of stories shows of one."""
    ids = set(story.articles)
    members = [a for a in articles if a.id in ids]
    dates = sorted(a.published[:10] for a in members if a.published)
    return StoryListing(id=story.id, title=story.title, articles=len(members),
                        outlets=tuple(o for o, _ in Counter(a.outlet for a in members if a.outlet).most_common()),
                        languages=tuple(sorted({a.language for a in members if a.language})),
                        first=dates[0] if dates else None, last=dates[-1] if dates else None, changes=story.changes)


# -- reading the store (the web app's side) ---------------------------------------------------


@dataclass(frozen=True, slots=True)
class StoryPage:
    """One page of a story list, and how many stories match in all."""

    stories: list[StoryListing]
    total: int


def stories(store: Store, *, query: str | None = None, since: str | None = None, until: str | None = None,
            outlet: str | None = None, language: str | None = None, limit: int = 50, offset: int = 0) -> StoryPage:
    """Stored stories matching every filter given, latest first."""
    found, total = store.story_listings(query=query, since=since, until=until, outlet=outlet, language=language,
                                        limit=limit, offset=offset)
    return StoryPage(stories=found, total=total)


def story(store: Store, story_id: str) -> Dossier | None:
    """One stored story, built from its articles as ``analyze`` builds it; None if unknown."""
    members = store.story_articles(story_id)
    if not members:
        return None
    articles, built = build_stories(store.articles(members), {story_id: members})
    indexed = store.story_listing(story_id)
    changes = indexed.changes if indexed else ()  # what the last run that touched it changed
    return _dossier(articles, [dataclasses.replace(s, changes=changes) for s in built])


def article(store: Store, article_id: str) -> Article | None:
    found = store.articles([article_id])
    return found[0] if found else None


def warm_up() -> None:
    """Load the tables story building reads (gazetteer, countries, group labels) once, so that
    the first page a server shows costs no more than the next."""
    text = "Officials in Paris, France said protesters met police."
    names = (NamedSpan(start=12, end=17, label="GPE", text="Paris"), NamedSpan(start=19, end=25, label="GPE",
                                                                                text="France"))
    article = Article(id="warm-up", source="warm-up", format="txt", text=text, names=names)
    _dossier([article], build_stories([article], {"warm-up": ["warm-up"]})[1])


def index_missing(store: Store) -> int:
    """Index the stories a store made before it kept a story index; returns how many."""
    todo = store.unindexed_stories()
    for story_id in todo:
        members = store.story_articles(story_id)
        articles, built = build_stories(store.articles(members), {story_id: members})
        store.index_stories(0, (listing(s, articles) for s in built))
    return len(todo)


def _cluster(store: Store, ordered: Sequence[str], run: int, *, jobs: int | None = None) -> dict[str, list[str]]:
    """Put this run's articles not yet in a story into stories (the stored ones, or new);
    returns every story they belong to, with all its articles."""
    members = store.story_members()
    pending = [i for i in ordered if i not in members]
    changed: list[str] = []  # stories a split took stored articles from or gave them to
    if pending:
        stored, fresh = store.profiles(), store.profiles(pending)
        missing = needs_embedding(stored)  # the embedding is computed only once a second language is stored
        if missing:
            embeddings = embedded(missing, jobs=jobs or local.default_jobs())
            store.save_embeddings(embeddings)
            stored, fresh = with_embeddings(stored, embeddings), with_embeddings(fresh, embeddings)
        clustering = Clustering(stored, members)
        assigned = clustering.add(fresh)
        store.assign_stories(assigned, run)
        changed = [s for a, story in assigned.items() for s in (members.get(a), story) if s]
        members.update(assigned)
    touched = dict.fromkeys([*(members[i] for i in ordered if i in members), *changed])
    groups: dict[str, list[str]] = {story: [] for story in touched}
    for article, story in members.items():
        if story in groups:
            groups[story].append(article)
    return {story: articles for story, articles in groups.items() if articles}


def _size(path: str) -> int:
    try:
        return os.path.getsize(path)
    except OSError:
        return 0


def file_digest(path: Path) -> str:
    """sha1 of a file's bytes, read in chunks (a 200 MB file costs no memory)."""
    h = hashlib.sha1()
    with path.open("rb") as fh:
        while chunk := fh.read(1 << 20):
            h.update(chunk)
    return h.hexdigest()
