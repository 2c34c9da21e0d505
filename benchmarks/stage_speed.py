"""One stage alone (``events_stage`` or ``claims_stage``), timed on texts parsed once, for several
storyline source trees run in turn, with the output of every tree compared with the first's.

    nice -n 10 .venv/bin/python benchmarks/stage_speed.py parse --out /tmp/speed/parsed.pkl
    git archive 3fa8b38 src | tar -x -C /tmp/old
    nice -n 10 .venv/bin/python benchmarks/stage_speed.py compare --parsed /tmp/speed/parsed.pkl \\
        --tree before=/tmp/old/src --tree after=src [--stage events] [--rounds 3] [--repeat 5]

``parse`` runs spaCy (the source of this tree) once over three sets and pickles the parsed
articles: the Recognizers DateTime inputs that have a reference date (``rec``), the 30 texts of
``timex_ecb_dev*.jsonl`` (``news``), and every third ECB+ article (``ecb``), with the topics
reserved for measurement skipped and every article dated 2012-06-15. ``compare`` runs each tree
in its own process (``PYTHONPATH=<tree>``), the trees in turn, for ``--rounds`` rounds. Each run
runs the stage ``--repeat`` times on copies of the articles and keeps the best CPU time
(``time.process_time``). The cache of ``timex.normalize`` is cleared before each repetition. The
machine is shared, so compare trees within a round. The ``repr`` of every Time and Event (or
Claim) is compared with the first tree's.
"""

from __future__ import annotations

import argparse
import copy
import gc
import json
import os
import pickle
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
ECB = SHARED / "bench" / "ecbplus" / "articles.jsonl"
# Reserved for quality measurement: their topics are skipped whole, so nobody reads their output.
RESERVED_TOPICS = {8, 12, 19, 20, 24, 30, 41}


def parse(out: Path) -> None:
    sys.path.insert(0, str(ROOT / "benchmarks"))
    import bench_recognizers as br

    from storyline.extract import nlp
    from storyline.model import Article

    nlp.setup()

    def article(ident: str, text: str, published: str) -> Any:
        return nlp.parse_stage(Article(id=ident, source=f"{ident}.txt", format="txt", text=text, language="en",
                                       published=published))

    cases = [c for c in br.load(br.DATETIME_MODEL) if (c.get("Context") or {}).get("ReferenceDateTime")]
    rec = [article(f"r{i}", c["Input"], c["Context"]["ReferenceDateTime"][:10]) for i, c in enumerate(cases)]
    news = []
    for name in ("timex_ecb_dev.jsonl", "timex_ecb_dev2.jsonl"):
        for i, line in enumerate((ROOT / "benchmarks" / "data" / name).open(encoding="utf-8")):
            row = json.loads(line)
            news.append(article(f"{name}{i}", row["text"], row["dct"]))
    ecb = []
    for i, line in enumerate(ECB.open(encoding="utf-8")):
        row = json.loads(line)
        if row["topic"] not in RESERVED_TOPICS and i % 3 == 0:
            ecb.append(article(row["id"], row["text"], "2012-06-15"))
    out.parent.mkdir(parents=True, exist_ok=True)
    with out.open("wb") as f:
        pickle.dump({"rec": rec, "news": news, "ecb": ecb}, f)
    print(f"{len(rec)} rec, {len(news)} news, {len(ecb)} ecb -> {out}")


def run(parsed: Path, stage: str, repeat: int, out: Path) -> None:
    """In the tree on PYTHONPATH: the stage's best CPU time and its output, per set."""
    from storyline.extract import timex
    from storyline.extract.claims import claims_stage
    from storyline.extract.events import events_stage

    with parsed.open("rb") as f:
        data = pickle.load(f)  # noqa: S301 - a file this script wrote
    times: dict[str, float] = {}
    output: dict[str, list[list[str]]] = {}
    for name, articles in data.items():
        best = float("inf")
        for _ in range(repeat):
            getattr(timex.normalize, "cache_clear", lambda: None)()
            gc.collect()
            start = time.process_time()
            done = [(events_stage if stage == "events" else claims_stage)(copy.copy(a)) for a in articles]
            best = min(best, time.process_time() - start)
        times[name] = best
        output[name] = [[repr(x) for x in (a.times + a.events if stage == "events" else a.claims)] for a in done]
    out.write_text(json.dumps({"times": times, "output": output}), encoding="utf-8")


def compare(parsed: Path, trees: list[tuple[str, Path]], stage: str, rounds: int, repeat: int) -> None:
    results: dict[str, list[dict[str, Any]]] = {label: [] for label, _ in trees}
    with tempfile.TemporaryDirectory() as tmp:
        for r in range(rounds):
            for label, tree in trees:
                out = Path(tmp) / f"{label}-{r}.json"
                env = {**os.environ, "PYTHONPATH": str(tree.resolve())}
                subprocess.run([sys.executable, __file__, "run", "--parsed", str(parsed), "--stage", stage,
                                "--repeat", str(repeat), "--out", str(out)], env=env, check=True)
                results[label].append(json.loads(out.read_text(encoding="utf-8")))
                load = os.getloadavg()[0]
                print(f"round {r + 1} {label}: " + ", ".join(
                    f"{k} {v:.3f}" for k, v in results[label][-1]["times"].items()) + f" (load {load:.1f})")
    first = trees[0][0]
    sets = list(results[first][0]["times"])
    print(f"\n| {stage}_stage CPU s, best of {repeat}, round by round | " + " | ".join(results) + " |")
    print("|---|" + "---:|" * len(results))
    for name in sets:
        cells = [" / ".join(f"{run['times'][name]:.3f}" for run in runs) for runs in results.values()]
        print(f"| {name} ({len(results[first][0]['output'][name])} texts) | " + " | ".join(cells) + " |")
    for label, runs in results.items():
        differ = {name: sum(a != b for a, b in zip(runs[0]["output"][name], results[first][0]["output"][name],
                                                      strict=True)) for name in sets}
        print(f"texts whose output differs from {first}'s, {label}: {differ}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = ap.add_subparsers(dest="command", required=True)
    p = sub.add_parser("parse")
    p.add_argument("--out", type=Path, required=True)
    for name in ("run", "compare"):
        p = sub.add_parser(name)
        p.add_argument("--parsed", type=Path, required=True)
        p.add_argument("--stage", choices=("events", "claims"), default="events")
        p.add_argument("--repeat", type=int, default=5)
        if name == "run":
            p.add_argument("--out", type=Path, required=True)
        else:
            p.add_argument("--tree", action="append", required=True, help="LABEL=PATH to a source folder (src)")
            p.add_argument("--rounds", type=int, default=3)
    args = ap.parse_args()
    if args.command == "parse":
        parse(args.out)
    elif args.command == "run":
        run(args.parsed, args.stage, args.repeat, args.out)
    else:
        trees = [(t.split("=", 1)[0], Path(t.split("=", 1)[1])) for t in args.tree]
        compare(args.parsed, trees, args.stage, args.rounds, args.repeat)


if __name__ == "__main__":
    main()
