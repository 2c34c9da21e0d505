"""Which rows of one story tell one fact: pairs of rows with the table's gate open, scored against the labels.

    python benchmarks/study_pairs.py CACHE [EVENT ...] [--show]

CACHE is a folder written by ``bench_facts.py --split X --fresh --cache CACHE``. For every story the
gate (``reconcile._tabulated``) is opened, and every pair of rows from disjoint sources that share a
figure is a candidate; a pair is positive when most reports of both rows are one labelled fact's.
Prints how many pairs each generic feature holds and how many of them are positive, then a logistic
model's precision by rank, five folds by event.

Round 14 (main at 3c579a7, train's 63 events): 800 candidate pairs share a figure, 37 of them are one
labelled fact split in two rows. Sharing the figure says little (0.04 of such pairs are one fact); the
best single signals are a name both sentences give (0.27 of 26 pairs), another figure both sentences
give (0.22 of 64), a content word near the figure (0.21 of 87) and a figure of ten or more (0.20 of
127). A logistic model on all of them, folds by event, ranks pairs positive 0.60 / 0.44 / 0.26 of the
time in its top 10 / 25 / 50. On aeb_dev 5 of 33 pairs are positive and the model's top 10 holds 1.
Joining rows on these signals would add about as many wrong two-source rows as right ones: no
grouping rule was built from this study. Most positive pairs hold a row that counts no named noun
("amount in Iowa" beside "points in Iowa"); of those where the lone row has one source and a figure of
ten or more, 12 of 27 are one fact.
"""

from __future__ import annotations

import itertools
import json
import sys
from collections import Counter
from pathlib import Path
from typing import Any

import bench_facts as B
import numpy as np
from study_table_gate import fit, folded

from storyline.link import echoes
from storyline.link import reconcile as R
from storyline.link.one_row2 import others
from storyline.model import Article, Claim, Fact
from storyline.report.json_codec import plain
from storyline.store.sqlite import SQLiteStore


def _owner(fact: Fact, claims: dict[str, Claim], spans: dict[B.Span, str], background: list[B.Span],
           texts: dict[str, str]) -> str | None:
    owners = []
    for cid in fact.claims:
        span = B._claim_span(plain(claims[cid]), texts)
        owner = next((f for g, f in spans.items() if B._overlaps(span, g)), None)
        if owner is None and any(B._overlaps(span, b) for b in background):
            owner = "background"
        owners.append(owner)
    top, n = Counter(owners).most_common(1)[0]
    return top if top not in (None, "background") and n * 2 >= len(owners) else None


def _values(cs: list[Claim]) -> set[float]:
    return {c.value for c in cs if c.value is not None}


def features(a: list[Claim], b: list[Claim], fa: Fact, fb: Fact, common: frozenset[str]) -> dict[str, float]:
    va, vb = _values(a), _values(b)
    same = bool(va & vb)
    agree = same or any(echoes.agree(x, y) for x in va for y in vb if x > 0 and y > 0)
    near_a = set().union(*(echoes._near(c) for c in a)) - common
    near_b = set().union(*(echoes._near(c) for c in b)) - common
    names_a = set().union(*(echoes._names(c) for c in a)) - common
    names_b = set().union(*(echoes._names(c) for c in b)) - common
    oth = bool(set().union(*(others(c) for c in a)) & set().union(*(others(c) for c in b)))
    ha, hb = {echoes._head(c) for c in a} - {""}, {echoes._head(c) for c in b} - {""}
    big = max(va | vb | {0}) >= 10
    return {
        "same value": float(same),
        "values agree": float(agree),
        "same measure": float(fa.measure == fb.measure),
        "same head": float(bool(ha & hb)),
        "both people": float(all(c.unit in R.PEOPLE_UNITS for c in a + b)),
        "near words": float(bool(near_a & near_b)),
        "near jaccard": len(near_a & near_b) / max(1, len(near_a | near_b)),
        "names shared": float(bool(names_a & names_b)),
        "other figures shared": float(oth),
        "figure >= 10": float(big),
        "one source each": float(fa.sources <= 1 and fb.sources <= 1),
        "same role": float((fa.role or "") == (fb.role or "")),
        "vague": float(any(c.qualifier == "vague" for c in a + b)),
    }


def study(cache: Path, events: list[str]) -> list[dict[str, Any]]:
    gate = R._tabulated
    R._tabulated = lambda fact, **kw: True
    out: list[dict[str, Any]] = []
    try:
        for event in events:
            gold = B.load_gold(event)
            stored = {a.id: a for a in SQLiteStore(cache / f"{event}.db").articles()}
            dossier = json.loads((cache / f"{event}.json").read_text())
            texts = {a["id"]: a["text"] for a in dossier["articles"]}
            spans, background = B._gold_spans(gold, texts)
            for story in dossier["stories"]:
                articles: list[Article] = [stored[i] for i in story["articles"]]
                claims = {c.id: c for a in articles for c in a.claims}
                facts = R.reconcile(articles, story=story["id"])
                common = echoes._everywhere(articles)
                rows = [(f, [claims[c] for c in f.claims if c in claims]) for f in facts]
                owners = [_owner(f, claims, spans, background, texts) for f, _ in rows]
                for (i, (fa, ca)), (j, (fb, cb)) in itertools.combinations(enumerate(rows), 2):
                    if {c.article for c in ca} & {c.article for c in cb}:
                        continue
                    if not (_values(ca) & _values(cb)) and not any(
                            echoes.agree(x, y) for x in _values(ca) for y in _values(cb) if x > 0 and y > 0):
                        continue
                    pos = owners[i] is not None and owners[i] == owners[j]
                    out.append({"event": event, "pos": pos, "x": features(ca, cb, fa, fb, common),
                                "a": fa.label, "b": fb.label, "owners": (owners[i], owners[j]),
                                "sources": (fa.sources, fb.sources)})
    finally:
        R._tabulated = gate
    return out


def report(rows: list[dict[str, Any]]) -> str:
    pos = sum(r["pos"] for r in rows)
    lines = [f"{len(rows)} candidate pairs, {pos} positive"]
    names = list(rows[0]["x"]) if rows else []
    for n in names:
        w = [r for r in rows if r["x"][n] > 0]
        lines.append(f"  {n:22s} {len(w):5d} pairs, positive {sum(r['pos'] for r in w) / max(1, len(w)):.2f}")
    x = np.array([[1.0] + [r["x"][n] for n in names] for r in rows])
    y = np.array([float(r["pos"]) for r in rows])
    score = folded(x, y, [r["event"] for r in rows])
    order = np.argsort(-score)
    for k in (10, 25, 50, 100, 200):
        lines.append(f"  top {k:3d}: positive {y[order[:k]].mean():.2f}")
    w = fit(x, y)
    lines.append("weights: " + ", ".join(f"{n}={v:+.2f}" for n, v in zip(["bias", *names], w, strict=True)))
    return "\n".join(lines)


show = False  # --show: list the positive pairs' labels


def main(argv: list[str]) -> int:
    cache = Path(argv[0])
    events = argv[1:] or sorted(p.stem for p in cache.glob("*.json"))
    rows = study(cache, events)
    print(report(rows))
    if show:
        for r in rows:
            if r["pos"]:
                print("+", r["a"], "|", r["b"], r["sources"])
    return 0


if __name__ == "__main__":
    show = "--show" in sys.argv
    sys.exit(main([a for a in sys.argv[1:] if a != "--show"]))
