"""Story clustering at scale: 1k, 10k and 100k generated articles.

    python benchmarks/bench_cluster_scale.py [--sizes 1000 10000 100000]

Each size runs in its own process (so peak memory is its own). Articles are generated:
events with their own names and words (about 5 articles per event, as a news pile has),
on top of a shared Zipf vocabulary, with 1 article in 20 in a second language (its words
differ, its names and embedding carry the event), two of its names in its lead, and
those and four of its words in its headline, and the kind of happening of its event (one of
the event lexicon's kinds; one article in four names a second kind) as its event words. Reports
seconds for the clustering step (Clustering.add) and the process's peak resident memory.
"""

from __future__ import annotations

import argparse
import dataclasses
import random
import resource
import subprocess
import sys
import time

import numpy as np

from storyline.link import cluster
from storyline.link.cluster import Clustering, Profile

KINDS = sorted(getattr(cluster, "EVENT_WORDS", {"happened": ""}))
EVENTS = "event" in {f.name for f in dataclasses.fields(Profile)}  # code before issue 20b has no event words


def generate(n: int, seed: int = 7) -> tuple[list[Profile], list[int]]:
    rng = random.Random(seed)
    nrng = np.random.default_rng(seed)
    common = [f"w{i}" for i in range(20000)]
    weights = [1 / (i + 1) for i in range(len(common))]
    events = max(1, n // 5)
    centres = nrng.standard_normal((events, 512)).astype(np.float32)
    profiles, labels = [], []
    for i in range(n):
        e = rng.randrange(events)
        names = {f"name{e}_{k}": float(rng.randint(1, 4)) for k in rng.sample(range(6), 4)}
        other = rng.random() < 0.05
        lang = "ru" if other else "en"
        words = {w: 1.0 for w in rng.choices(common, weights=weights, k=120)}
        if not other:
            words.update({f"ev{e}_{k}": float(rng.randint(1, 3)) for k in rng.sample(range(15), 10)})
        vec = centres[e] + 0.6 * nrng.standard_normal(512).astype(np.float32)
        vec /= np.linalg.norm(vec)
        kinds = [KINDS[e % len(KINDS)], *([rng.choice(KINDS)] if rng.random() < 0.25 else [])]
        extra = {"event": (*kinds, "|")} if EVENTS else {}
        profiles.append(Profile(article=f"a{i}", language=lang, published=f"2025-01-{1 + i * 28 // n:02d}",
                                names=names, words=words, years=frozenset({"2025"}), embedding=vec,
                                lead={n.lower(): 1.0 for n in list(names)[:2]},
                                head={**{n.lower(): 1.0 for n in list(names)[:2]},
                                      **{w: 1.0 for w in list(words)[-4:]}}, **extra))
        labels.append(e)
    return profiles, labels


def one(n: int) -> None:
    profiles, labels = generate(n)
    started = time.perf_counter()
    stories = Clustering([], {}).add(profiles)
    took = time.perf_counter() - started
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    same = {}
    for i, p in enumerate(profiles):
        same.setdefault(stories[p.article], set()).add(labels[i])
    mixed = sum(1 for s in same.values() if len(s) > 1)
    print(f"| {n:,} | {took:.1f} | {n / took:,.0f} | {peak:,.0f} MB | {len(same):,} stories, {mixed} mixing events |",
          flush=True)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--sizes", type=int, nargs="*", default=[1000, 10000, 100000])
    parser.add_argument("--one", type=int)
    args = parser.parse_args()
    if args.one:
        one(args.one)
        return
    print("| articles | clustering seconds | articles/s | peak memory | result |")
    print("|---:|---:|---:|---:|---|")
    for n in args.sizes:
        subprocess.run([sys.executable, __file__, "--one", str(n)], check=True)


if __name__ == "__main__":
    main()
