"""Which rows the facts table's gate (``reconcile._tabulated``) keeps and drops, and whether generic
evidence could tell the right dropped rows from the noise (train events only).

    python benchmarks/study_table_gate.py CACHE [EVENT ...]

CACHE is a folder written by ``bench_facts.py --split train --fresh --cache CACHE`` (EVENT.json and
EVENT.db). The study opens the gate (every row the other filters leave is scored), scores the rows
with ``bench_facts.score_event`` and, for the rows the gate keeps and those it drops, prints how
many are right, unlabelled, background or duplicates, by generic features of the evidence: how many
independent sources, where in the article, how many of the story's articles use the counted noun,
whether the sentence names someone most articles name, whether another article prints the figure,
the hedge. Last it fits a logistic model on those features, five folds by event (seeded), and prints
the precision of the dropped rows it ranks highest and of the kept rows it ranks lowest: if the top
dropped rows are not right more often than the table, no gate built on these features can let them
in without lowering precision.

Round 10 (63 train events): the gate keeps 664 rows (0.76 right once the dropped ones are scored
too) and drops 1121, of which 0.22 are right; no single feature lifts the dropped rows above 0.29 (no
pair above 0.6 on more than a dozen rows), and the model's top 10, 20, 40 and 80 dropped rows (folds
by event) are right 0.20, 0.30, 0.23 and 0.23 of the time, its bottom kept rows 0.6. The gate's
losses are rows that hold one article's report of a fact several articles give (the other reports
went to other rows or were dropped upstream), not rows a better gate could recognise.
"""

from __future__ import annotations

import json
import random
import re
import sys
from collections import Counter
from pathlib import Path
from typing import Any

import bench_facts as B
import numpy as np

from storyline.extract import claim_words as W
from storyline.link import reconcile as R
from storyline.link.others import MAIN_SHARE, StoryNames
from storyline.model import Article, Claim, Fact
from storyline.report.json_codec import plain
from storyline.store.sqlite import SQLiteStore

# the held-out splits: never studied here
_OUT = (B.HELD6_GOLD, B.HELD7_GOLD, B.HELD10_GOLD)
FOLDS = 5
SEED = 0
_DIGIT = re.compile(r"\d")


def _verdict(row: dict[str, Any]) -> str:
    if row["owner"]:
        return "right"
    why = str(row["why"])
    return "duplicate" if why.startswith("duplicate") else why if why in ("unlabelled", "background") else "mixed"


def _printed_elsewhere(claims: list[Claim], articles: list[Article]) -> bool:
    """Whether another article of the story prints one of the row's figures as written."""
    own = {c.article for c in claims}
    figures = [c.number_text for c in claims if _DIGIT.search(c.number_text) and len(c.number_text) >= 2]
    return any(re.search(r"(?<![\w.,])" + re.escape(f) + r"(?![\w]|[.,]\d)", a.text)
               for a in articles if a.id not in own for f in figures)


def _features(fact: Fact, claims: list[Claim], articles: list[Article], names: StoryNames,
              early: bool) -> dict[str, bool]:
    head = W.singular(R._head(fact.counted)) if fact.counted else None
    used = sum(1 for a in articles if head and re.search(r"\b" + re.escape(head), a.text.lower()))
    values = [v for c in claims for v in (c.low, c.high) if v is not None]
    texts = {a.id: a for a in articles}
    return {
        "several sources": fact.sources >= 2,
        "count": fact.measure == "count",
        "setting": fact.measure in R.SETTING_MEASURES,
        "sum or share": fact.measure in ("money", "price", "percent"),
        "things": fact.role == "objects",
        "counted named": bool(fact.counted),
        "first half": early,
        "first tenth": any(c.start <= 0.1 * len(texts[c.article].text) for c in claims),
        "noun in half the articles": bool(articles) and used * 2 >= len(articles),
        "attributed": any(c.attributed_to for c in claims),
        "vague": all(c.qualifier == "vague" for c in claims),
        "hedged": any(c.qualifier not in ("exact", "vague") for c in claims),
        "above three": bool(values) and max(values) > 3,
        "names a main actor": any(names.share(n.text) >= MAIN_SHARE for c in claims
                                  for n in texts[c.article].names
                                  if c.start <= n.start < c.start + len(c.text) and n.label in ("PERSON", "ORG")),
        "printed elsewhere": _printed_elsewhere(claims, articles),
    }


def study(cache: Path, events: list[str]) -> list[dict[str, Any]]:
    """Every row of the events with the gate open: its gate verdict, features and bench verdict."""
    gate = R._tabulated
    seen: dict[str, tuple[bool, bool]] = {}

    def opened(fact: Fact, **kw: Any) -> bool:
        seen[fact.id] = (gate(fact, **kw), any(c in kw["early"] for c in fact.claims))
        return True

    R._tabulated = opened
    rows: list[dict[str, Any]] = []
    try:
        for event in events:
            dossier = json.loads((cache / f"{event}.json").read_text())
            stored = {a.id: a for a in SQLiteStore(cache / f"{event}.db").articles()}
            found: list[dict[str, Any]] = []
            for story in dossier["stories"]:
                seen.clear()
                articles = [stored[i] for i in story["articles"]]
                claims = {c.id: c for a in articles for c in a.claims}
                names = StoryNames(articles)
                facts = R.reconcile(articles, story=story["id"])
                story["facts"] = [plain(f) for f in facts]
                for f in facts:
                    kept, early = seen.get(f.id, (True, False))
                    mine = [claims[c] for c in f.claims if c in claims]
                    found.append({"event": event, "kept": kept, "x": _features(f, mine, articles, names, early)})
            scored = B.score_event(B.load_gold(event), dossier)
            for row, fact_row in zip(scored["rows"], found, strict=True):
                fact_row["verdict"] = _verdict(row)
            rows.extend(found)
    finally:
        R._tabulated = gate
    return rows


def _share(rows: list[dict[str, Any]]) -> str:
    right = sum(r["verdict"] == "right" for r in rows)
    return f"{len(rows):5d} rows, right {right / len(rows):.2f}" if rows else "    0 rows"


def fit(x: np.ndarray, y: np.ndarray, steps: int = 3000, l2: float = 1.0) -> np.ndarray:
    """A logistic model's weights (gradient descent, L2 penalty)."""
    w = np.zeros(x.shape[1])
    for _ in range(steps):
        p = 1 / (1 + np.exp(-x @ w))
        w -= (x.T @ (p - y) + l2 * w) / len(y)
    return w


def folded(x: np.ndarray, y: np.ndarray, events: list[str]) -> np.ndarray:
    """Each row's score from a model fitted without its event's rows (``FOLDS`` folds by event, seeded)."""
    order = sorted(set(events))
    random.Random(SEED).shuffle(order)
    score = np.zeros(len(events))
    for fold in range(FOLDS):
        held = {e for i, e in enumerate(order) if i % FOLDS == fold}
        out = np.array([e in held for e in events])
        score[out] = x[out] @ fit(x[~out], y[~out])
    return score


def report(rows: list[dict[str, Any]]) -> str:
    kept = [r for r in rows if r["kept"]]
    dropped = [r for r in rows if not r["kept"]]
    lines = [f"kept:    {_share(kept)}  {dict(Counter(r['verdict'] for r in kept))}",
             f"dropped: {_share(dropped)}  {dict(Counter(r['verdict'] for r in dropped))}",
             "", "dropped rows by feature (with / without):"]
    names = list(rows[0]["x"]) if rows else []
    for name in names:
        lines.append(f"  {name:28s} {_share([r for r in dropped if r['x'][name]])}   "
                     f"{_share([r for r in dropped if not r['x'][name]])}")
    if not rows:
        return "\n".join(lines)
    x = np.array([[1.0] + [float(r["x"][n]) for n in names] for r in rows])
    y = np.array([float(r["verdict"] == "right") for r in rows])
    score = folded(x, y, [r["event"] for r in rows])
    lines.append(f"\nlogistic model, {FOLDS} folds by event (seed {SEED}):")
    top = sorted((i for i, r in enumerate(rows) if not r["kept"]), key=lambda i: -score[i])
    bottom = sorted((i for i, r in enumerate(rows) if r["kept"]), key=lambda i: score[i])
    for k in (10, 20, 40, 80):
        lines.append(f"  top {k:3d} dropped rows right {y[top[:k]].mean():.2f}; "
                     f"bottom {k:3d} kept rows right {y[bottom[:k]].mean():.2f}")
    return "\n".join(lines)


def main(argv: list[str]) -> int:
    cache = Path(argv[0])
    events = argv[1:] or sorted(p.stem for p in cache.glob("*.json"))
    refused = [e for e in events if any((folder / f"{e}.json").exists() for folder in _OUT)]
    if refused:
        print(f"held-out events are not studied: {refused}", file=sys.stderr)
        return 2
    print(report(study(cache, events)))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
