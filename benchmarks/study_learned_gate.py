"""Whether a small statistical model over generic row features decides better than the hand gate which
rows reach the facts table (round 19).

    python benchmarks/study_learned_gate.py collect NAME=CACHE [NAME=CACHE ...]   # candidate rows, to OUT
    python benchmarks/study_learned_gate.py cv                                    # train, folds by event
    python benchmarks/study_learned_gate.py apply NAME [NAME ...]                 # fitted on train, scored there

Each CACHE is a folder written by ``bench_facts.py --split X --fresh --cache CACHE``. ``collect`` rebuilds
every story's table from the stored articles twice: once as it is (the hand gate: ``_tabulated`` and the row
filters after it, ``held_up``, ``only_articles``, ``only_references``, ``without_restatements``, with the rows
``agreed_rows``, ``kindred_rows`` and ``dissent`` join) and once with every one of those gates passing every
row. The candidates are the rows of the open build plus the joined rows of the gated one; a candidate's
``gate`` feature says whether the gated table shows it (its claims), so picking exactly the gated rows gives
the table as it is. Features are generic (sources, outlets, measure, role, position, hedges, size, figures
in the sentence, quotes, agreement of the figures, the gate's verdict); none reads a word of an article
beyond the story's shared words (``reconcile._topic_words``) and none reads a label.

A row's target is the scorer's verdict with every candidate in the table: right when it is the match of a
labelled fact (duplicates, unlabelled, background and mixed rows are wrong). A selection is scored by
``bench_facts.score_event`` on the table of the selected rows alone, so duplicates and recall are judged
as the benchmark judges them. ``cv`` fits a logistic model (numpy, L2, Newton steps) leaving one train event
out at a time; ``apply`` fits on every train event and scores other sets: for ``val`` only the aggregate
line is printed.

Round 19 (main at a1f9a08; ``benchmarks/results/learned_gate_round19.md``): 1963 train candidates, 807 right;
the hand gate shows 678 (P 0.810, multi 0.774). Left out one event at a time, the model (L2 10) at p>0.5 keeps
672 rows (P 0.805, multi 0.764), crossed with the gate's verdict 652 (P 0.819, multi 0.756): on the gate's own
frontier, never beyond it. Its lowest-ranked shown rows are right 0.55-0.70, its best left-out rows 0.00-0.23.
Out of domain mixed (aeb_dev unchanged, invented_dev one wrong row more, invented2 three right rows more); val
(aggregate only) P 0.624 -> 0.640 / 0.650 with multi 0.681 -> 0.672 / 0.664. Not integrated.
"""

from __future__ import annotations

import math
import os
import pickle
import re
import sys
import tempfile
from collections import Counter
from contextlib import ExitStack
from pathlib import Path
from typing import Any

import bench_facts as B
import numpy as np
import rule_ablation as RA

from storyline.extract import claim_words as W
from storyline.link import one_source, untabled
from storyline.link import reconcile as R
from storyline.model import Article, Claim, Fact
from storyline.report.json_codec import plain

# where the candidate rows are kept between steps (default: the temp folder)
OUT = Path(os.environ.get("STORYLINE_GATE_STUDY") or Path(tempfile.gettempdir()) / "storyline-learned-gate")
MEASURES = ("count", "killed", "injured", "money", "percent", "price", "detained", "charged", "sentence",
            "deployed", "rank")
SETTING = ("distance", "duration", "speed", "age")
_FIRST_END = re.compile(r"[.!?](?:\s|$)|\n")
_QUOTE = re.compile("[\"\u201c\u201d]")
_FIGURE = re.compile(r"\d")


def _open_build(articles: list[Article], story: str) -> tuple[tuple[Fact, ...], dict[str, set[str]]]:
    """The story's rows with every gate after the grouping passing every row, and for each gate the ids
    (or claims) of the rows it would have stopped."""
    tabulated, held, articled, references, restated = (R._tabulated, R.held_up, R.only_articles,
                                                       untabled.only_references, one_source.without_restatements)
    stopped: dict[str, set[str]] = {"tabulated": set(), "held_up": set(), "only": set(), "restated": set()}

    def tab(fact: Fact, **kw: Any) -> bool:
        if not tabulated(fact, **kw):
            stopped["tabulated"].add(fact.id)
        return True

    def hold(fact: Fact, *a: Any, **kw: Any) -> bool:
        if not held(fact, *a, **kw):
            stopped["held_up"].add(fact.id)
        return True

    def only(claims: Any, marked: frozenset[str], *, test: Any) -> bool:
        claims = tuple(claims)
        if test(claims, marked):
            stopped["only"].add("|".join(sorted(claims)))
        return False

    def restates(shown: Any, claims: Any) -> list[Fact]:
        kept = {f.id for f in restated(shown, claims)}
        stopped["restated"].update(f.id for f in shown if f.id not in kept)
        return list(shown)

    with ExitStack() as stack:
        stack.enter_context(RA._switched(R, "_tabulated", tab))
        stack.enter_context(RA._switched(R, "held_up", hold))
        stack.enter_context(RA._switched(R, "only_articles", lambda c, m: only(c, m, test=articled)))
        stack.enter_context(RA._switched(untabled, "only_references", lambda c, m: only(c, m, test=references)))
        stack.enter_context(RA._switched(one_source, "without_restatements", restates))
        return R.reconcile(articles, story=story), stopped


def _first_sentence_end(text: str) -> int:
    m = _FIRST_END.search(text, 20)
    return m.end() if m else len(text)


def features(fact: Fact, gate: bool, articles: list[Article], topics: set[str]) -> dict[str, float]:
    """A row's generic features (no word of an article but the story's shared words, no label)."""
    by_id = {c.id: c for a in articles for c in a.claims}
    texts = {a.id: a.text for a in articles}
    claims: list[Claim] = [by_id[c] for c in fact.claims if c in by_id]
    arts = {c.article for c in claims}
    outlets = {a.outlet or a.id for a in articles if a.id in arts}
    values = [v for c in claims for v in (c.low, c.high) if v is not None]
    lows = [c.low for c in claims if c.low is not None]
    rel = [c.start / max(len(texts[c.article]), 1) for c in claims]
    head = W.singular(R._head(fact.counted)) if fact.counted else None
    in_sentence = [sum(1 for o in a.claims if o.start == c.start) for c in claims for a in articles
                   if a.id == c.article]
    x: dict[str, float] = {
        "gate": float(gate),
        "one source": float(fact.sources <= 1),
        "three sources": float(fact.sources >= 3),
        "log articles": math.log1p(len(arts)),
        "outlets over sources": float(len(outlets) > max(fact.sources, 1)),
        "share of story": len(arts) / max(len(articles), 1),
        "lone article story": float(len(articles) == 1),
        "copies": float(bool(fact.copies)),
        "objects": float(fact.role == "objects"),
        "victims": float(fact.role == "victims"),
        "counted": float(bool(fact.counted)),
        "head shared": float(bool(head) and head in topics),
        "earliest": min(rel) if rel else 1.0,
        "first sentence": float(any(c.start < _first_sentence_end(texts[c.article]) for c in claims)),
        "vague": float(bool(claims) and all(c.qualifier == "vague" for c in claims)),
        "hedged": float(any(c.qualifier not in ("exact", "vague") for c in claims)),
        "attributed": float(any(c.attributed_to for c in claims)),
        "size": min(math.log10(1 + max(abs(v) for v in values)), 9.0) / 3 if values else 0.0,
        "no figure": float(not values),
        "small": float(bool(values) and max(values) <= 3),
        "figures in sentence": math.log(max(max(in_sentence), 1)) if in_sentence else 0.0,
        "quoted": float(any(_QUOTE.search(c.text) for c in claims)),
        "agreement": (Counter(lows).most_common(1)[0][1] / len(lows)) if lows else 0.0,
        "digits": float(any(_FIGURE.search(c.number_text) for c in claims)),
        "part or scope": float(bool(fact.part_of or fact.scope)),
        "reports": math.log1p(len(claims)),
    }
    for m in MEASURES:
        x[f"m {m}"] = float(fact.measure == m)
    x["m setting"] = float(fact.measure in SETTING)
    x["m core"] = float(fact.measure in R.TOLD_ALONE and fact.measure not in MEASURES)
    return x


def collect(name: str, cache: Path) -> list[dict[str, Any]]:
    """Every event's candidates: per story, each row as the scorer reads it, with its features."""
    events = []
    for event, dossier, arts, gold in RA._load(cache):
        stories = []
        for s in dossier["stories"]:
            articles = [arts[i] for i in s["articles"]]
            gated = R.reconcile(articles, story=s["id"])
            shown = {frozenset(f.claims): f for f in gated}
            built, stopped = _open_build(articles, s["id"])
            pool = {frozenset(f.claims): f for f in built}
            pool.update(shown)  # the gated rows as the table shows them, joined rows among them
            topics = R._topic_words(articles)
            rows = []
            for key, f in pool.items():
                x = features(f, key in shown, articles, topics)
                x["stop tabulated"] = float(f.id in stopped["tabulated"])
                x["stop held_up"] = float(f.id in stopped["held_up"])
                x["stop only"] = float("|".join(sorted(f.claims)) in stopped["only"])
                x["stop restated"] = float(f.id in stopped["restated"])
                rows.append((plain(f), x))
            stories.append({"story": s, "rows": rows})
        events.append({"event": event, "dossier": {k: v for k, v in dossier.items() if k != "stories"},
                       "gold": gold, "stories": stories})
    return events


def score(event: dict[str, Any], keep: list[list[bool]]) -> dict[str, Any]:
    """The scorer's verdict on the table of the kept rows."""
    stories = [dict(s["story"], facts=[r for (r, _), k in zip(s["rows"], ks, strict=True) if k])
               for s, ks in zip(event["stories"], keep, strict=True)]
    return B.score_event(event["gold"], dict(event["dossier"], stories=stories))


def targets(event: dict[str, Any]) -> list[float]:
    """Each candidate's target: the match of a labelled fact when every candidate is in the table."""
    scored = score(event, [[True] * len(s["rows"]) for s in event["stories"]])
    return [float(bool(r["owner"])) for r in scored["rows"]]


NO_GATE = "--no-gate" in sys.argv  # the features alone, without the hand gate's verdict
CROSS = "--cross" in sys.argv  # each feature also crossed with the gate's verdict (the model refines each side)


def matrix(events: list[dict[str, Any]], names: list[str]) -> np.ndarray:
    def row(x: dict[str, float]) -> list[float]:
        crossed = [x["gate"] * x[n] for n in names if n != "gate"] if CROSS else []
        return [1.0] + [0.0 if NO_GATE and n == "gate" else x[n] for n in names] + crossed
    return np.array([row(x) for e in events for s in e["stories"] for _, x in s["rows"]])


def fit(x: np.ndarray, y: np.ndarray, l2: float = 1.0, steps: int = 25) -> np.ndarray:
    """A logistic model's weights (Newton steps, L2 penalty on all but the bias)."""
    w = np.zeros(x.shape[1])
    penalty = np.eye(x.shape[1]) * l2
    penalty[0, 0] = 0.0
    for _ in range(steps):
        p = 1 / (1 + np.exp(-x @ w))
        grad = x.T @ (p - y) + penalty @ w
        hess = (x * (p * (1 - p))[:, None]).T @ x + penalty
        w -= np.linalg.solve(hess, grad)
    return w


def table(events: list[dict[str, Any]], kept: np.ndarray) -> dict[str, int]:
    """The aggregate of the scorer over the events' tables of kept rows (``kept`` over every candidate)."""
    total: Counter[str] = Counter()
    i = 0
    for e in events:
        keep = []
        for s in e["stories"]:
            keep.append([bool(k) for k in kept[i:i + len(s["rows"])]])
            i += len(s["rows"])
        sc = score(e, keep)
        for k in ("system", "right", "gold", "recalled", "multi", "multi_recalled", "assessed", "usable"):
            total[k] += sc[k]
    return dict(total)


def line(name: str, t: dict[str, int]) -> str:
    def r(a: str, b: str) -> str:
        return f"{t[a] / t[b]:.3f}" if t[b] else "n/a"
    return (f"| {name} | {t['system']} | {t['right']} | {r('right', 'system')} | {r('recalled', 'gold')} | "
            f"{r('multi_recalled', 'multi')} | {r('assessed', 'recalled')} | {r('usable', 'recalled')} |")


HEAD = "| selection | rows | right | P | R | multi | assess | usable |\n|---|---:|---:|---:|---:|---:|---:|---:|"


def load(name: str) -> list[dict[str, Any]]:
    with (OUT / f"{name}.pkl").open("rb") as fh:
        events: list[dict[str, Any]] = pickle.load(fh)  # noqa: S301 (this study's own file)
    return events


def names_of(events: list[dict[str, Any]]) -> list[str]:
    """The features' names, the gate's first (with ``--no-gate`` it is a constant the model cannot read)."""
    names = sorted(next(x for e in events for s in e["stories"] for _, x in s["rows"]))
    return ["gate", *(n for n in names if n != "gate")]


def main(argv: list[str]) -> int:
    if not argv:
        print(__doc__)
        return 2
    OUT.mkdir(parents=True, exist_ok=True)
    if argv[0] == "collect":
        for name, cache in (a.split("=", 1) for a in argv[1:]):
            events = collect(name, Path(cache))
            with (OUT / f"{name}.pkl").open("wb") as fh:
                pickle.dump(events, fh)
            print(f"{name}: {sum(len(s['rows']) for e in events for s in e['stories'])} candidates", flush=True)
        return 0
    train = load("train")
    names = names_of(train)
    x = matrix(train, names)
    y = np.array([t for e in train for t in targets(e)])
    gate = np.array([x["gate"] > 0 for e in train for s in e["stories"] for _, x in s["rows"]])
    l2s = [float(v) for v in (argv[argv.index("--l2") + 1].split(","))] if "--l2" in argv else [1.0]
    cuts = (0.3, 0.4, 0.5, 0.6, 0.7)
    if argv[0] == "cv":
        print(f"train: {len(y)} candidates, {int(y.sum())} right; gate shows {int(gate.sum())}, "
              f"right {y[gate].mean():.3f}; left out right {y[~gate].mean():.3f}")
        owners = np.array([e["event"] for e in train for s in e["stories"] for _ in s["rows"]])
        print(HEAD)
        print(line("hand gate", table(train, gate)))
        for l2 in l2s:
            p = np.zeros(len(y))
            for event in sorted(set(owners)):
                out = owners == event
                p[out] = 1 / (1 + np.exp(-x[out] @ fit(x[~out], y[~out], l2=l2)))
            for cut in cuts:
                print(line(f"model l2={l2} p>{cut} (LOEO)", table(train, p > cut)))
            bottom = np.argsort(np.where(gate, p, np.inf))[:int(gate.sum())]
            top = np.argsort(np.where(~gate, -p, np.inf))[:int((~gate).sum())]
            print("  LOEO rank: " + "; ".join(f"bottom {k} shown right {y[bottom[:k]].mean():.2f}, top {k} left out "
                                             f"right {y[top[:k]].mean():.2f}" for k in (10, 20, 40, 80)))
            flips_in, flips_out = (p > 0.5) & ~gate, ~(p > 0.5) & gate
            added = y[flips_in].mean() if flips_in.any() else 0.0
            dropped = y[flips_out].mean() if flips_out.any() else 0.0
            print(f"  p>0.5 vs gate: adds {int(flips_in.sum())} (right {added:.2f}), "
                  f"drops {int(flips_out.sum())} (right {dropped:.2f})")
        w = fit(x, y, l2=l2s[0])
        crossed = [f"gate x {n}" for n in names if n != "gate"] if CROSS else []
        for n, v in sorted(zip(["bias", *names, *crossed], w, strict=True), key=lambda t: -abs(t[1])):
            print(f"  {n:22s} {v:+.3f}")
        return 0
    if argv[0] == "apply":
        cut = float(argv[argv.index("--cut") + 1]) if "--cut" in argv else 0.5
        w = fit(x, y, l2=l2s[0])
        for name in (a for a in argv[1:] if "=" not in a and not a.startswith("--") and a[0].isalpha()):
            events = load(name)
            xs = matrix(events, names)
            g = np.array([x["gate"] > 0 for e in events for s in e["stories"] for _, x in s["rows"]])
            p = 1 / (1 + np.exp(-xs @ w))
            if name != "val":  # a development set: how often its shown and left-out candidates are right
                ys = np.array([t for e in events for t in targets(e)])
                print(f"{name}: {len(ys)} candidates, shown right {ys[g].mean():.3f}, left out right "
                      f"{ys[~g].mean():.3f}")
            print(f"{name}:\n{HEAD}\n{line('hand gate', table(events, g))}")
            for c in ((cut,) if name == "val" else cuts):
                print(line(f"model l2={l2s[0]} p>{c}", table(events, p > c)))
        return 0
    print(__doc__)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
