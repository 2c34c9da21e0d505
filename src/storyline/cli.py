"""The ``storyline`` command: a few lines per command over :mod:`storyline.api`.

Exit status: 0 when every input was read; 1 when some inputs failed (the rest were
still analysed and written); 2 for a usage error or a store that cannot be opened.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from collections.abc import Sequence
from pathlib import Path

# One BLAS thread per process: storyline parallelises by processes (--jobs), and numpy's
# threads on top of them fight for the same cores (measured: 77 s instead of 43 s for 200
# articles on 2 cores). Set before numpy is first imported; a user's own setting wins.
for _var in ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(_var, "1")

from storyline import __version__, api  # noqa: E402
from storyline.errors import StorylineError  # noqa: E402
from storyline.ingest import DEFAULT_MAX_FILE_MB  # noqa: E402
from storyline.store import shown as shown_db  # noqa: E402
from storyline.store import store_location  # noqa: E402

PROGRESS_FROM = 50  # files; shorter runs finish before a bar would help
PROGRESS_FROM_BYTES = 20_000_000  # or this much input (one large JSON Lines file)


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="storyline",
        description="Turn a pile of news articles into reconciled, source-attributed stories.")
    parser.add_argument("--version", action="version", version=f"storyline {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    analyze = commands.add_parser(
        "analyze", help="ingest, clean and store articles; write the dossier and report",
        description="Read articles from files and folders (recursively): .txt, .html, .htm, .html.gz, "
                    ".jsonl, .jsonl.gz, .warc, .warc.gz. Clean them; read every quantitative claim, the people, "
                    "organisations and places named (places located offline), dated and located events, and every "
                    "temporal expression as a TIMEX3 value (English articles); group "
                    "the claims that report the same quantity into facts judged consistent, evolving, "
                    "conflicting or single-source; store everything; print the facts and a summary; and "
                    "write the dossier (JSON) and a self-contained HTML report when asked. Articles about "
                    "one event form a story, across languages; new articles join the stories already in "
                    "the store (or open new ones), and the summary says what changed since the last run. "
                    "Inputs already in the store with the same content are not processed again. "
                    "Environment: $STORYLINE_ARTICLE_SECONDS is the time one article may take (default 60); "
                    "$STORYLINE_CACHE_DIR holds the place index and model weights prepared on the first run "
                    "(default $XDG_CACHE_HOME/storyline or ~/.cache/storyline; set it empty for no cache).")
    analyze.add_argument("paths", nargs="+", metavar="PATH", help="files or folders of articles")
    analyze.add_argument("--json", metavar="FILE", help="write the dossier (shared/spec/DOSSIER.md) to FILE")
    analyze.add_argument("--html", metavar="FILE", help="write the HTML report to FILE (opens offline)")
    analyze.add_argument("--db", metavar="FILE|URL",
                         help=f"store to use: a SQLite file, or postgresql://user@host/db for a shared PostgreSQL "
                              f"store (default: $STORYLINE_DB or ./{api.DEFAULT_DB}); created if missing")
    analyze.add_argument("--jobs", type=int, metavar="N",
                         help="worker processes (default: the number of cores, at most 8)")
    analyze.add_argument("--max-file-mb", type=float, default=DEFAULT_MAX_FILE_MB, metavar="MB",
                         help=f"refuse single-article files larger than this (default {DEFAULT_MAX_FILE_MB}); "
                              "JSON Lines files are streamed and only each line is held to it")
    analyze.add_argument("--runner", choices=api.RUNNERS, default="local",
                         help="where the per-article work runs: this machine's cores (local, the default) or a "
                              "Ray cluster (ray; pip install 'storyline[ray]'); storing and clustering stay here")
    analyze.add_argument("--address", metavar="ADDR",
                         help="the Ray cluster to join: auto, or ray://HOST:10001 (default: start Ray on this "
                              "machine with --jobs CPUs)")
    analyze.add_argument("-q", "--quiet", action="store_true", help="print only failures")
    analyze.add_argument("--no-progress", action="store_true", help="never show the progress bar")
    serve = commands.add_parser(
        "serve", help="browse the store's stories in a local web app",
        description="A local web app over the store: stories (search, filters), a story (facts — click a figure "
                    "to see its sentence —, timeline, map, outlets side by side), articles, entities; add "
                    "articles by upload. JSON API at /api (OpenAPI at /openapi.json). Binds to 127.0.0.1; "
                    "bound elsewhere it requires a token ($STORYLINE_TOKEN, --token, or one made up and printed).")
    serve.add_argument("--db", metavar="FILE|URL",
                       help=f"store: a SQLite file, or postgresql://user@host/db (default: $STORYLINE_DB or "
                            f"./{api.DEFAULT_DB}); created if missing")
    serve.add_argument("--host", default="127.0.0.1", help="address to bind (default 127.0.0.1)")
    serve.add_argument("--port", type=int, default=8000, help="port (default 8000)")
    serve.add_argument("--token", help="require this token on every request (default: none on 127.0.0.1)")
    serve.add_argument("--max-upload-mb", type=float, default=20.0, metavar="MB",
                       help="largest file an upload may hold (default 20)")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = _parser()
    args = parser.parse_args(argv)
    if args.command is None:
        parser.print_help()
        return 2
    return _serve(args) if args.command == "serve" else _analyze(args)


def _serve(args: argparse.Namespace) -> int:
    import secrets

    try:
        from storyline.web import Settings, create_app, server
        from storyline.web.app import is_loopback
    except ImportError as exc:
        print(f"storyline: serve needs {exc.name}, which is missing: reinstall storyline (pip install -e .)",
              file=sys.stderr)
        return 2
    token = args.token or os.environ.get("STORYLINE_TOKEN") or None
    if token is None and not is_loopback(args.host):
        token = secrets.token_urlsafe(24)
    db = store_location(args.db) if args.db else api.default_db_path()
    try:
        app = create_app(Settings(db=db, token=token, max_upload_mb=args.max_upload_mb, host=args.host))
    except StorylineError as exc:
        print(f"storyline: {exc}", file=sys.stderr)
        return 2
    shown = "localhost" if args.host in ("127.0.0.1", "::1") else args.host
    link = f"http://{shown}:{args.port}/" + (f"?token={token}" if token else "")
    print(f"storyline: serving {shown_db(db)} at {link}", file=sys.stderr)
    server.run(app, host=args.host, port=args.port)
    return 0


def _analyze(args: argparse.Namespace) -> int:
    if args.jobs is not None and args.jobs < 1:
        print("storyline: --jobs must be at least 1", file=sys.stderr)
        return 2
    show = not args.no_progress and not args.quiet and sys.stderr.isatty()
    bar = _ProgressBar() if show else None
    try:
        result = api.analyze(args.paths, db=args.db, jobs=args.jobs, max_file_mb=args.max_file_mb,
                             progress=bar.update if bar else None, runner=args.runner, address=args.address)
    except StorylineError as exc:
        print(f"storyline: {exc}", file=sys.stderr)
        return 2
    finally:
        if bar:
            bar.close()
    written = []
    try:  # each renderer is imported only when asked for (the HTML one, with its templates, costs 20 ms)
        if args.json:
            from storyline.report import json_codec

            written.append(str(json_codec.write(result.dossier, args.json)))
        if args.html:
            from storyline.report import html

            written.append(str(html.write(result, args.html)))
    except OSError as exc:
        print(f"storyline: cannot write {exc.filename}: {exc.strerror}", file=sys.stderr)
        return 2
    try:
        if args.quiet:
            for f in result.failures:
                print(f"✗ {f.source}: {f.reason}", file=sys.stderr)
        else:
            from storyline.report import terminal

            print(terminal.summary(result))
            for path in written:
                print(f"  wrote:     {Path(path).resolve()}")
            sys.stdout.flush()
    except BrokenPipeError:  # "storyline analyze … | head": the reader left; the outputs are written
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
    return 0 if result.ok else 1


class _ProgressBar:
    """A one-line bar on stderr, redrawn at most ten times a second."""

    def __init__(self) -> None:
        self._last = 0.0
        self._drawn = False
        self._start = time.monotonic()

    def update(self, state: api.ProgressState) -> None:
        now = time.monotonic()
        big = state.files_total >= PROGRESS_FROM or state.bytes_total >= PROGRESS_FROM_BYTES
        finished = state.files_done >= state.files_total
        if not big or (now - self._last < 0.1 and not finished):
            return
        self._last = now
        width = 30
        share = state.bytes_done / state.bytes_total if state.bytes_total else 1.0
        filled = int(width * share)
        mb_rate = state.bytes_done / 1e6 / max(now - self._start, 1e-9)
        sys.stderr.write(f"\r[{'#' * filled}{'.' * (width - filled)}] {state.files_done}/{state.files_total} files"
                         f"  {share:4.0%}  {mb_rate:,.1f} MB/s ")
        sys.stderr.flush()
        self._drawn = True

    def close(self) -> None:
        if self._drawn:
            sys.stderr.write("\n")
