"""Story clustering on ECB+, full articles and their short undated variant, against a baseline.

    python benchmarks/bench_clusters.py [--cache DIR] [--grid] [--held-out] [--own-only] [--out FILE]

1. Reads ../shared/bench/ecbplus/articles.jsonl (982 articles, 86 events in 43 look-alike
   pairs) and its short variant (title and first two sentences, no date stamps:
   benchmarks/ecb_short.py), cleans and embeds both (the stages the quality gate runs;
   clustering reads no parse), and caches the cleaned articles in DIR keyed by the input's
   digest and the pipeline version, so a second run costs the clustering only.
2. Profiles and clusters each variant with storyline's clustering, and scores B-cubed and
   pairwise precision / recall / F1 (the measures of shared/tools/score_clusters.py).
3. The baseline in the same run: TF-IDF (sublinear term frequency, smoothed idf, stopwords
   removed) over title and text, average-linkage agglomerative clustering, cut at a
   cosine threshold. Its threshold is reported tuned on all labels (as a baseline is
   usually given its best) and by two-fold cross-validation over topics.
4. The same for our own short undated items (benchmarks/data/short_items.jsonl: 24 items,
   8 events in 4 topics of two look-alike events, each with an analysis piece;
   short_items_dev.jsonl: 70 items, 22 events in 10 topics of two or three same-topic events
   from three outlets, with analysis pieces; with ``--held-out`` also short_items_test.jsonl:
   63 items, 20 events, 10 other topics), with the baseline's threshold tuned on their labels
   (and, for the held-out file, the threshold chosen on the dev file).
5. With ``--grid``: storyline's parameters over a grid, and two-fold cross-validation over
   ECB+ topics (odd topics choose, even topics are scored, and the other way round) on
   the full, the short and both variants (the mean of the two F1): the honest figures for
   parameters tuned here.
"""

from __future__ import annotations

import argparse
import collections
import hashlib
import itertools
import json
import math
import pickle
import re
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from pathlib import Path

import numpy as np

import storyline.link.cluster as C
from storyline.model import Article

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
GOLD = SHARED / "bench" / "ecbplus" / "articles.jsonl"
DATA = Path(__file__).resolve().parent / "data"
OWN = DATA / "short_items.jsonl"  # our own short undated items
OWN_DEV = DATA / "short_items_dev.jsonl"  # more of them, multi-outlet, same-topic different events
OWN_TEST = DATA / "short_items_test.jsonl"  # held out: scored with --held-out only
sys.path.insert(0, str(Path(__file__).resolve().parent))

Scores = dict[str, float]


# --- scores -------------------------------------------------------------------------------

def scores(story: dict[str, str], gold: dict[str, str], ids: Sequence[str]) -> Scores:
    """B-cubed and pairwise precision, recall and F1 of ``story`` on the articles ``ids``."""
    by_story: dict[str, set[str]] = collections.defaultdict(set)
    by_gold: dict[str, set[str]] = collections.defaultdict(set)
    story = {i: story.get(i, f"alone:{i}") for i in ids}  # an article in no story is a story of its own
    for i in ids:
        by_story[story[i]].add(i)
        by_gold[gold[i]].add(i)
    p = sum(len(by_story[story[i]] & by_gold[gold[i]]) / len(by_story[story[i]]) for i in ids) / len(ids)
    r = sum(len(by_story[story[i]] & by_gold[gold[i]]) / len(by_gold[gold[i]]) for i in ids) / len(ids)
    pairs_sys = sum(len(s) * (len(s) - 1) / 2 for s in by_story.values())
    pairs_gold = sum(len(g) * (len(g) - 1) / 2 for g in by_gold.values())
    both = sum(len(s & g) * (len(s & g) - 1) / 2 for s in by_story.values() for g in by_gold.values() if s & g)
    pp, pr = both / max(pairs_sys, 1), both / max(pairs_gold, 1)
    return {"b3_p": p, "b3_r": r, "b3_f1": _f1(p, r), "pw_p": pp, "pw_r": pr, "pw_f1": _f1(pp, pr),
            "stories": len(by_story)}


def bcubed(story: dict[str, str], gold: dict[str, str], ids: Sequence[str]) -> float:
    return scores(story, gold, ids)["b3_f1"]


def _f1(p: float, r: float) -> float:
    return 2 * p * r / (p + r) if p + r else 0.0


def line(name: str, s: Scores) -> str:
    return (f"{name:<34} B-cubed P {s['b3_p']:.3f} R {s['b3_r']:.3f} F1 {s['b3_f1']:.3f} | "
            f"pairwise P {s['pw_p']:.3f} R {s['pw_r']:.3f} F1 {s['pw_f1']:.3f} | stories {s['stories']:.0f}")


# --- inputs -------------------------------------------------------------------------------

def rows_of(path: Path) -> list[dict[str, object]]:
    return [json.loads(x) for x in path.read_text(encoding="utf-8").splitlines() if x.strip()]


def variants(cache: Path) -> dict[str, Path]:
    """The full ECB+ file and its short undated variant (written into the cache directory)."""
    import ecb_short

    short = cache / "ecb_short.jsonl"
    text = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in ecb_short.short_rows(rows_of(GOLD)))
    if not short.exists() or short.read_text(encoding="utf-8") != text:
        short.write_text(text, encoding="utf-8")
    return {"full": GOLD, "short": short}


def articles(path: Path, cache: Path) -> list[Article]:
    """The file's articles, cleaned and embedded (from the cache when the input and pipeline are unchanged)."""
    from storyline.pipeline import CLEAN_STAGES, EMBED, VERSION
    from storyline.runners import local

    digest = hashlib.sha256(path.read_bytes()).hexdigest()[:16]
    cached = cache / f"{path.stem}-{digest}-v{VERSION}.pkl"
    if cached.exists():
        with cached.open("rb") as f:
            out: list[Article] = pickle.load(f)  # noqa: S301 - our own cache file
        return out
    started = time.perf_counter()
    out = []
    for part in local.run([str(path)], max_file_mb=100, jobs=1, stages=(*CLEAN_STAGES, EMBED)):
        out.extend(part.articles)
    print(f"cleaned and embedded {path.name}: {len(out)} articles, {time.perf_counter() - started:.0f} s")
    with cached.open("wb") as f:
        pickle.dump(out, f)
    return out


# --- the baseline -------------------------------------------------------------------------

_WORD = re.compile(r"[^\W\d_][\w'’-]*", re.UNICODE)


def tfidf(texts: Sequence[str]) -> np.ndarray:
    docs = [collections.Counter(w for w in (t.lower() for t in _WORD.findall(text)) if w not in C.STOPWORDS)
            for text in texts]
    df: collections.Counter[str] = collections.Counter()
    for d in docs:
        df.update(d.keys())
    columns = {t: i for i, t in enumerate(df)}
    out = np.zeros((len(docs), len(columns)), dtype=np.float32)
    for i, d in enumerate(docs):
        for t, c in d.items():
            out[i, columns[t]] = (1 + math.log(c)) * (math.log((1 + len(docs)) / (1 + df[t])) + 1)
    out /= np.maximum(np.linalg.norm(out, axis=1, keepdims=True), 1e-9)
    return out


def average_linkage(similarity: np.ndarray) -> list[tuple[float, int, int]]:
    """The merges of average-linkage agglomerative clustering: (similarity, a, b), in order."""
    n = len(similarity)
    sim = similarity.astype(np.float64).copy()
    np.fill_diagonal(sim, -np.inf)
    size = np.ones(n)
    alive = np.ones(n, dtype=bool)
    merges = []
    for _ in range(n - 1):
        flat = int(np.argmax(sim))
        a, b = divmod(flat, n)
        best = sim[a, b]
        if not np.isfinite(best):
            break
        merges.append((float(best), a, b))
        row = (sim[a] * size[a] + sim[b] * size[b]) / (size[a] + size[b])  # the merged cluster's average
        sim[a], sim[:, a] = row, row
        sim[a, a] = -np.inf
        sim[b], sim[:, b] = -np.inf, -np.inf
        size[a] += size[b]
        alive[b] = False
    return merges


def cut(merges: list[tuple[float, int, int]], ids: Sequence[str], threshold: float) -> dict[str, str]:
    parent = list(range(len(ids)))

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for s, a, b in merges:
        if s < threshold:
            break
        parent[root(b)] = root(a)
    return {ids[i]: f"b{root(i)}" for i in range(len(ids))}


def baseline(arts: Sequence[Article], gold: dict[str, str], topic: dict[str, int]) -> list[str]:
    ids = [a.id for a in arts]
    vectors = tfidf([f"{a.title or ''}\n{a.text}" for a in arts])
    merges = average_linkage(vectors @ vectors.T)
    grid = [round(0.02 + 0.01 * k, 2) for k in range(40)]
    cuts = {t: cut(merges, ids, t) for t in grid}
    best = max(grid, key=lambda t: bcubed(cuts[t], gold, ids))
    out = [line(f"TF-IDF avg-link, tuned t={best:.2f}", scores(cuts[best], gold, ids))]
    held: dict[str, str] = {}
    for fold in (1, 0):
        choose = [i for i in ids if topic[i] % 2 == fold]
        t = max(grid, key=lambda t: bcubed(cuts[t], gold, choose))
        held.update({i: f"{fold}:{cuts[t][i]}" for i in ids if topic[i] % 2 != fold})
        out.append(f"  cross-validation: t={t:.2f} chosen on {'odd' if fold else 'even'} topics")
    out.insert(1, line("TF-IDF avg-link, cross-validated", scores(held, gold, ids)))
    return out


# --- storyline ----------------------------------------------------------------------------

def cluster(profiles: Sequence[C.Profile]) -> dict[str, str]:
    return C.Clustering([], {}).add(profiles)


# The split ratio (0.4) is not in the grid: it was set so that two short look-alike stories
# of our own come apart (tests/link/test_cluster.py), not on ECB+. A first-pass threshold of
# 0.06 lost to 0.05 on every fold of every variant before (results/clusters_i20_before.txt).
# Issue 20b: the event split (EVENT_RATIO 0 turns it off) on a grid with the split floor, the local
# weight and the headline; LEAD_NAMES (0.2) and WHEN (0.06) stay as results/i20.md chose them.
PARAMS: dict[str, Sequence[float]] = {"SPLIT_FLOOR": (0.04, 0.045), "LOCAL": (0.6, 0.7), "HEAD": (0.0, 0.2),
                                      "EVENT_RATIO": (0.0, 1.0, 1.5), "EVENT_BAR": (0.6, 0.8)}


def grid_search(runs: dict[str, list[C.Profile]], gold: dict[str, str], topic: dict[str, int],
                params: dict[str, Sequence[float]] = PARAMS) -> list[str]:
    """Every combination of ``params`` on every variant; two-fold cross-validation over topics."""
    saved = {k: getattr(C, k) for k in params}
    results: list[tuple[tuple[float, ...], dict[str, dict[str, str]]]] = []
    out = []
    try:
        for combo in itertools.product(*params.values()):
            for k, v in zip(params, combo, strict=True):
                setattr(C, k, v)
            stories = {name: cluster(ps) for name, ps in runs.items()}
            results.append((combo, stories))
            out.append("  " + " ".join(f"{k.lower()} {v}" for k, v in zip(params, combo, strict=True)) + ": "
                       + ", ".join(f"{n} {bcubed(s, gold, [p.article for p in runs[n]]):.3f}"
                                   for n, s in stories.items()))
            print(out[-1], flush=True)
    finally:
        for k, v in saved.items():
            setattr(C, k, v)
    objectives: dict[str, Callable[[dict[str, dict[str, str]], list[str]], float]] = {
        name: (lambda st, ids, name=name: bcubed(st[name], gold, ids)) for name in runs}
    objectives["both"] = lambda st, ids: sum(bcubed(s, gold, ids) for s in st.values()) / len(st)
    ids = [p.article for p in next(iter(runs.values()))]
    for objective, f in objectives.items():
        held = {name: {} for name in runs}
        for fold in (1, 0):
            choose = [i for i in ids if topic[i] % 2 == fold]
            combo, stories = max(results, key=lambda r: f(r[1], choose))
            out.append(f"cross-validation, chosen on {objective} ({'odd' if fold else 'even'} topics): {combo}")
            for name in runs:
                held[name].update({i: f"{fold}:{stories[name][i]}" for i in ids if topic[i] % 2 != fold})
        for name in runs:
            out.append(line(f"  held out, {name}", scores(held[name], gold, ids)))
    return out


def _own(path: Path, cache: Path) -> tuple[list[Article], dict[str, str]]:
    rows = rows_of(path)
    gold = {str(r["id"]): str(r["event"]) for r in rows}
    return [a for a in articles(path, cache) if a.id in gold], gold


def _baseline_cut(arts: Sequence[Article]) -> tuple[list[str], list[tuple[float, int, int]]]:
    vectors = tfidf([f"{a.title or ''}\n{a.text}" for a in arts])
    return [a.id for a in arts], average_linkage(vectors @ vectors.T)


def own_items(cache: Path, held_out: bool = False) -> list[str]:
    """Our own short undated items: OWN (24 items, 8 events: results/i20.md), OWN_DEV (70
    items, 22 events in 10 topics of two or three same-topic events from three outlets, plus
    analysis pieces) and, with ``held_out``, OWN_TEST (63 items, 20 events, 10 other topics;
    written before any clustering ran on it). The baseline's threshold is tuned on each
    file's own labels (its best case) and, for the held-out file, also taken from OWN_DEV."""
    grid = [round(0.02 + 0.01 * k, 2) for k in range(40)]
    out: list[str] = []
    dev_t = None
    for path in (OWN, OWN_DEV, *((OWN_TEST,) if held_out else ())):
        arts, gold = _own(path, cache)
        ids = list(gold)
        out.append(f"== own short undated items, {path.name}: {len(arts)} of {len(ids)} cleaned, "
                   f"{len(set(gold.values()))} events ==")
        out.append(line("storyline", scores(cluster([C.profile(a) for a in arts]), gold, ids)))
        aids, merges = _baseline_cut(arts)
        best = max(grid, key=lambda t: bcubed(cut(merges, aids, t), gold, ids))
        out.append(line(f"TF-IDF avg-link, tuned t={best:.2f}", scores(cut(merges, aids, best), gold, ids)))
        if path == OWN_DEV:
            dev_t = best
        elif path == OWN_TEST and dev_t is not None:
            out.append(line(f"TF-IDF avg-link, dev's t={dev_t:.2f}", scores(cut(merges, aids, dev_t), gold, ids)))
        for r in out[-3:]:
            print(r, flush=True)
    return out


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--cache", default=str(Path(tempfile.gettempdir()) / "storyline-bench-clusters"))
    parser.add_argument("--grid", action="store_true", help="also the parameter grid and its cross-validation")
    parser.add_argument("--held-out", action="store_true", help="also score the held-out own items (once, at the end)")
    parser.add_argument("--own-only", action="store_true", help="only the own items (no ECB+)")
    parser.add_argument("--out", help="write the report here too")
    args = parser.parse_args()
    cache = Path(args.cache)
    cache.mkdir(parents=True, exist_ok=True)
    rows = rows_of(GOLD)
    gold = {str(r["id"]): str(r["event"]) for r in rows}
    topic = {str(r["id"]): int(str(r["topic"])) for r in rows}
    report = [f"storyline clustering: threshold {C.THRESHOLD}, split floor {C.SPLIT_FLOOR}, local {C.LOCAL}, "
              f"lead names {C.LEAD_NAMES}, headline {C.HEAD}, months {C.WHEN}, "
              f"event split ratio {getattr(C, 'EVENT_RATIO', '-')} bar {getattr(C, 'EVENT_BAR', '-')}"]
    runs: dict[str, list[C.Profile]] = {}
    for name, path in ({} if args.own_only else variants(cache)).items():
        arts = [a for a in articles(path, cache) if a.id in gold]
        ids = [a.id for a in arts]
        started = time.perf_counter()
        runs[name] = [C.profile(a) for a in arts]
        stories = cluster(runs[name])
        took = time.perf_counter() - started
        missing = len(gold) - len(ids)
        report.append(f"== ECB+ {name}: {len(ids)} articles cleaned ({missing} lost), "
                      f"{sum(1 for a in arts if a.published)} with a publication date ==")
        # an article the cleaner lost counts as a story of its own, as score_clusters.py counts it
        report.append(line(f"storyline ({took:.1f} s)", scores(stories, gold, list(gold))))
        report.extend(baseline(arts, gold, topic))
        for r in report[-4:]:
            print(r, flush=True)
    report.extend(own_items(cache, args.held_out))
    if args.grid and runs:
        report.append("== parameter grid (B-cubed F1) and two-fold cross-validation over topics ==")
        report.extend(grid_search(runs, gold, topic))
    text = "\n".join(report)
    print(text)
    if args.out:
        Path(args.out).write_text(text + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
