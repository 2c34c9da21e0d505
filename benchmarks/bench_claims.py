#!/usr/bin/env python3
"""Claim extraction and reconciliation time, beside the linguistic parse they build on.

Usage:
    python benchmarks/bench_claims.py [--shared ../shared] [--repeat 20]

Runs the English example and seed articles through cleaning once, then times, on the same
articles: the parse stage (spaCy), the claims stage, and reconciliation of all their claims
into facts. Issue 3 asks claims + reconciliation to add at most 30% to the parse time.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

from storyline import ingest
from storyline.extract import nlp
from storyline.extract.claims import claims_stage
from storyline.link.reconcile import reconcile
from storyline.pipeline import LANGUAGE, OUTLET, Pipeline

ROOT = Path(__file__).resolve().parent.parent


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--shared", default=str(ROOT.parent / "shared"))
    ap.add_argument("--repeat", type=int, default=20)
    args = ap.parse_args()
    clean = Pipeline([LANGUAGE, OUTLET])
    files = ingest.discover([ROOT / "examples", Path(args.shared) / "seeds"]).files
    articles = [clean(d) for f in files for d in ingest.read(f) if not isinstance(d, ingest.Failure)]
    articles = [a for a in articles if a.language == "en"]
    nlp.setup()
    parsed = [nlp.parse_stage(a) for a in articles]  # warm-up
    t_parse = t_claims = t_facts = 0.0
    n_claims = n_facts = 0
    for _ in range(args.repeat):
        start = time.perf_counter()
        parsed = [nlp.parse_stage(a) for a in articles]
        t_parse += time.perf_counter() - start
        start = time.perf_counter()
        done = [claims_stage(a) for a in parsed]
        t_claims += time.perf_counter() - start
        start = time.perf_counter()
        facts = reconcile(done, story="bench")
        t_facts += time.perf_counter() - start
        n_claims, n_facts = sum(len(a.claims) for a in done), len(facts)
    n = len(articles) * args.repeat
    print(f"{len(articles)} English articles x {args.repeat}: {n_claims} claims, {n_facts} facts per pass")
    print(f"parse (spaCy en_core_web_sm):   {t_parse / n * 1000:7.1f} ms/article")
    print(f"claims:                         {t_claims / n * 1000:7.1f} ms/article")
    print(f"reconcile (facts):              {t_facts / n * 1000:7.1f} ms/article")
    print(f"claims + reconcile / parse:     {(t_claims + t_facts) / t_parse:7.1%}  (target <= 30%)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
