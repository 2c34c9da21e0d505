"""The spaCy parse on the seeds: stock spaCy (BLIS, Matcher) against storyline's loading.

    python benchmarks/bench_parse.py [--repeat 3]

Each variant runs in its own process (thinc's ops are chosen when a model is built). The
seeds are parsed paragraph by paragraph, as ``extract/nlp.parse_stage`` does; the best of
``--repeat`` passes is reported in ms per article, whole and per pipeline component, and
the two variants' tokens (part of speech, lemma, morphology, dependency, head) and
entities are compared.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import re
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT.parent / "shared" / "seeds"


def one(variant: str, repeat: int) -> dict[str, object]:
    texts = [p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt"))]
    paragraphs = [[m.group(0) for m in re.finditer(r"[^\n]+", t)] for t in texts]
    if variant == "storyline":
        from storyline.extract import nlp as storyline_nlp

        nlp = storyline_nlp._load("en")
    else:
        import spacy

        from storyline.extract.nlp import MODELS

        nlp = spacy.load(MODELS["en"])
    best = float("inf")
    for _ in range(repeat):
        started = time.perf_counter()
        docs = [d for ps in paragraphs for d in nlp.pipe(ps, batch_size=64)]
        best = min(best, time.perf_counter() - started)
    digest = hashlib.sha1(json.dumps(
        [[(t.pos_, t.lemma_, str(t.morph), t.dep_, t.head.i) for t in d] + [(e.start, e.end, e.label_) for e in d.ents]
         for d in docs]).encode()).hexdigest()
    parts = [nlp.make_doc(p) for ps in paragraphs for p in ps]
    components = {}
    for name, proc in nlp.pipeline:
        started = time.perf_counter()
        parts = list(proc.pipe(parts, batch_size=256))
        components[name] = (time.perf_counter() - started) / len(texts) * 1000
    return {"ms": best / len(texts) * 1000, "components": components, "digest": digest}


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--one")
    args = parser.parse_args()
    if args.one:
        print(json.dumps(one(args.one, args.repeat)))
        return
    results = {}
    for variant in ("stock", "storyline"):
        out = subprocess.run([sys.executable, __file__, "--one", variant, "--repeat", str(args.repeat)],
                             check=True, capture_output=True, text=True, env={"OPENBLAS_NUM_THREADS": "1",
                                                                              "PATH": ""})
        results[variant] = json.loads(out.stdout)
    stock, ours = results["stock"], results["storyline"]
    print("| variant | ms per seed article | " + " | ".join(stock["components"]) + " |")
    print("|---|---:|" + "---:|" * len(stock["components"]))
    for name, r in results.items():
        print(f"| {name} | {r['ms']:.1f} | " + " | ".join(f"{v:.1f}" for v in r["components"].values()) + " |")
    print(f"\nstoryline ÷ stock: {ours['ms'] / stock['ms']:.2f}; same tokens and entities: "
          f"{ours['digest'] == stock['digest']}")


if __name__ == "__main__":
    main()
