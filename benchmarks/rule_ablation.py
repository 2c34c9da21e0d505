"""Which of reconcile's rules change anything on text they were not written for: each rule switched
off in turn, the facts tables rebuilt from stored articles and scored.

    python benchmarks/rule_ablation.py NAME=CACHE [NAME=CACHE ...] [--measures core|M,M...] [--only RULE ...]

Each CACHE is a folder written by ``bench_facts.py --split X --fresh --cache CACHE`` (EVENT.json and
EVENT.db per labelled event). For every rule below (a claim filter made to keep everything, a fold
made to do nothing, a row filter made to pass every row) reconcile runs again on the stored articles
and ``bench_facts`` scores the tables; the script prints one line per rule and set: rows, precision,
recall, multi-article recall and assessment, and their change from the rules as they are. Only the
aggregate verdicts are read, so a validation split may be given without reading its misses. With
``--measures`` (before ``--only``) only the labelled facts and rows of those measures are scored
(``bench_facts.parse_measures``: ``core`` is the core quantities of hard news).

A rule written for the training events that changes nothing on the validation events is narrow; one
whose removal raises a held-out figure without lowering another is a candidate to narrow or drop.

Round 13 start (d3b6967; ``benchmarks/results/rule_ablation_round13.md``): of 50 rules (35 claim
filters, 13 folds, 2 row filters), 33 change nothing on val (16 ECB+ events) and 42 nothing on aeb_dev
(11 AEB stories); 31 change nothing on either. Each of the others moves a set by one to eight rows.
``_long`` is the rule whose removal raises val's multi-article recall most (0.639 -> 0.681), at a cost
in precision (train 0.802 -> 0.788, dev 0.891 -> 0.874, under its floor); ``_absorb`` is the one that
earns most everywhere (without it val precision 0.620 -> 0.599, dev 0.891 -> 0.836).
"""

from __future__ import annotations

import json
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import bench_facts as B

from storyline.link import asides, noise_rows, one_source, others, untabled
from storyline.link import reconcile as R
from storyline.model import Article
from storyline.report.json_codec import plain
from storyline.store.sqlite import SQLiteStore

# claim filters: True drops the claim; switched off they keep everything
FILTERS: tuple[tuple[Any, str], ...] = (
    *((R, n) for n in ("_speaker_age", "_long", "_population", "_modifier", "_code", "_before_the_story",
                       "_speakers", "_flow", "_other_deal", "naming_size", "passing_score", "multiplier_adjective",
                       "rate", "nearby", "threshold", "intensifier", "question", "general_knowledge", "_other_year",
                       "_other_time", "_elsewhere", "only_articles")),
    (untabled, "joined_size"), (untabled, "only_references"), (others, "another_subject"),
    (others, "another_owner"), (others, "another_record"), (one_source, "age_or_decade"),
    (one_source, "name_number"), (noise_rows, "time_window"), (noise_rows, "degree"), (noise_rows, "rough"),
    (noise_rows, "stature"), (noise_rows, "that_happening"), (asides, "speaker_sketch"), (asides, "rate_period"),
)
# row filters: switched off they pass every row
PASSING: tuple[tuple[Any, str, Callable[..., Any]], ...] = (
    (R, "held_up", lambda *a, **k: True),
    (one_source, "without_restatements", lambda shown, claims: shown),
)


def _folds() -> tuple[tuple[Any, str], ...]:
    return (*((R, n) for n in sorted(dir(R)) if n.startswith("fold_")), (R, "_absorb"))


@contextmanager
def _switched(owner: Any, name: str, stand_in: Callable[..., Any]) -> Iterator[None]:
    kept = getattr(owner, name)
    setattr(owner, name, stand_in)
    try:
        yield
    finally:
        setattr(owner, name, kept)


def _load(cache: Path) -> list[tuple[str, dict[str, Any], dict[str, Article], dict[str, Any]]]:
    events = []
    for path in sorted(cache.glob("*.json")):
        if not B.gold_path(path.stem).exists():
            continue
        arts = {a.id: a for a in SQLiteStore(cache / f"{path.stem}.db").articles()}
        events.append((path.stem, json.loads(path.read_text()), arts, B.load_gold(path.stem)))
    return events


def _score(events: list[tuple[str, dict[str, Any], dict[str, Article], dict[str, Any]]],
           measures: frozenset[str] | None = None) -> tuple[float, ...]:
    scores = []
    for _, dossier, arts, gold in events:
        stories = [dict(s, facts=[plain(f) for f in R.reconcile([arts[i] for i in s["articles"]], story=s["id"])])
                   for s in dossier["stories"]]
        scores.append(B.score_event(gold, dict(dossier, stories=stories), measures))
    row = next(line for line in B.report(scores, misses=False).splitlines() if "**all**" in line)
    cells = [c.strip() for c in row.split("|")]
    return tuple(float("nan") if cells[i] == "n/a" else float(cells[i]) for i in (2, 4, 6, 7, 8))


def _line(name: str, figures: dict[str, tuple[float, ...]], base: dict[str, tuple[float, ...]]) -> str:
    out = [f"| {name} |"]
    for split, now in figures.items():
        was = base[split]
        cells = [f"{int(now[0])}"] + [f"{v:.3f}" + (f" ({v - w:+.3f})" if abs(v - w) >= 0.0005 else "")
                                      for v, w in zip(now[1:], was[1:], strict=True)]
        out.append(" / ".join(cells) + " |")
    return " ".join(out)


def main(argv: list[str]) -> int:
    only = set(argv[argv.index("--only") + 1:]) if "--only" in argv else set()
    argv = argv[:argv.index("--only")] if "--only" in argv else argv
    measures = B.parse_measures(argv[argv.index("--measures") + 1]) if "--measures" in argv else None
    if "--measures" in argv:
        argv = argv[:argv.index("--measures")] + argv[argv.index("--measures") + 2:]
    sets = dict(a.split("=", 1) for a in argv)
    if not sets:
        print(__doc__)
        return 2
    data = {name: _load(Path(cache)) for name, cache in sets.items()}

    def run() -> dict[str, tuple[float, ...]]:
        return {name: _score(events, measures) for name, events in data.items()}

    base = run()
    print("| rule off | " + " | ".join(f"{n}: rows / P / R / multi / assess" for n in sets) + " |")
    print("|---|" + "---|" * len(sets))
    print(_line("(none)", base, base), flush=True)
    switches = [(o, n, lambda *a, **k: False) for o, n in FILTERS] + \
        [(o, n, lambda *a, **k: None) for o, n in _folds()] + list(PASSING)
    for owner, name, stand_in in switches:
        if only and name not in only:
            continue
        if not hasattr(owner, name):
            print(f"| {name} | (no such rule now) |")
            continue
        with _switched(owner, name, stand_in):
            print(_line(name, run(), base), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
