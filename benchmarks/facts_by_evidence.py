"""Where the facts table's precision is lost: its rows by how many independent sources give them.

    python benchmarks/facts_by_evidence.py [--by sources|measure|role|assessment] CACHE [CACHE ...]

Each CACHE is a folder written by ``bench_facts.py --split X --cache CACHE`` (one EVENT.json dossier
per labelled event). Every row of every event is scored by ``bench_facts.score_event``; the rows are
then counted by their number of sources (``Fact.sources``: copies of one text count once; 1, 2, 3 or
more) and by the scorer's verdict (right, unlabelled, background, duplicate, mixed). Nothing is
read but the verdicts, so the script may be run on a validation split without reading its misses.
``--by measure`` (or ``role``, ``assessment``) groups the rows by that field of the fact instead.

Round 11, main's code at its start (round 10's), rows right by sources:

| split | 1 source | 2 sources | 3 or more |
|---|---|---|---|
| train (63 events) | 0.67 (78 rows) | 0.66 (224) | 0.90 (355) |
| val (16 events, verdicts only) | 0.52 (44) | 0.44 (48) | 0.77 (74) |
| dev (8 events, part of train) | 0.81 (21) | 0.84 (25) | 0.93 (56) |
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path

import bench_facts as B

VERDICTS = ("right", "unlabelled", "background", "duplicate", "mixed")


def verdict(row: dict[str, object]) -> str:
    """The scorer's verdict of one row, in five words."""
    if row["owner"]:
        return "right"
    why = str(row["why"])
    return "duplicate" if why.startswith("duplicate") else why if why in ("unlabelled", "background") else "mixed"


def _group(fact: dict[str, object], by: str) -> str:
    if by == "sources":
        sources = int(str(fact.get("sources") or 1))
        return "3 or more" if sources >= 3 else str(sources)
    return str(fact.get(by) or "none")


def tally(cache: Path, by: str = "sources") -> Counter[tuple[str, str]]:
    """(group, verdict) -> rows, over the labelled events of one cache."""
    counts: Counter[tuple[str, str]] = Counter()
    for path in sorted(cache.glob("*.json")):
        if not B.gold_path(path.stem).exists():
            continue
        dossier = json.loads(path.read_text(encoding="utf-8"))
        facts = [f for story in dossier["stories"] for f in story["facts"]]
        rows = B.score_event(B.load_gold(path.stem), dossier)["rows"]  # in the order of ``facts``
        for fact, row in zip(facts, rows, strict=True):
            counts[_group(fact, by), verdict(row)] += 1
    return counts


def main(argv: list[str]) -> int:
    by = "sources"
    if argv[:1] == ["--by"] and len(argv) > 1:
        by, argv = argv[1], argv[2:]
    if not argv or by not in ("sources", "measure", "role", "assessment"):
        print(__doc__)
        return 2
    for cache in map(Path, argv):
        counts = tally(cache, by)
        print(f"\n{cache}\n\n| {by} | rows | right | " + " | ".join(VERDICTS[1:]) + " |")
        print("|---|---:|---:|" + "---:|" * (len(VERDICTS) - 1))
        groups = ("1", "2", "3 or more") if by == "sources" else sorted({g for g, _ in counts})
        for group in groups:
            n = sum(counts[group, v] for v in VERDICTS)
            if n:
                cells = " | ".join(str(counts[group, v]) for v in VERDICTS[1:])
                print(f"| {group} | {n} | {counts[group, 'right'] / n:.2f} | {cells} |")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
