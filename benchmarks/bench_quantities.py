"""Quantities in real news: storyline's number parser against a set labelled by reading ECB+ articles.

    python benchmarks/bench_quantities.py [--split dev|test|all|held|held4|held5] [--quantulum PYTHON] [--misses FILE]

``benchmarks/data/quantities_ecb_{dev,test}.jsonl``: 30 ECB+ news articles (20 dev, 10 held
out; one article per event, none of the events kept for measurement), each quantity marked by
hand with its span, value (or low/high for a range) and unit. The split was drawn (seeded)
before storyline was run on them. What counts as a quantity is what a quantity benchmark
counts: a number with what it measures (counts of people or things, money, percentages,
measures, durations, ages). Not counted: years and dates, clock times and game clocks,
ordinals, numbers in names ("Curve 8900", "Route 94", "No. 5 seed"), scores and
win-loss records ("65 - 53", "(11 - 5)"), URLs, "one" as a pronoun ("no one", "one of the").
Vague words ("dozens") and multiplier verbs ("doubled") are not labelled, and the same
kinds are left out of every system's answers, so they neither help nor hurt.

Units: ISO code for money ("cent" for cents), ``%``, a unit of measure (``km``, ``mi``,
``yd``, ``GB``, ``GHz``, ``in``), a unit of time for durations and ages (``year``,
``day``, ``hour``...), ``share`` for fractions of a whole ("one-fourth of"); counts and
magnitudes have none.

Scoring, per article (multisets): *value* P/R/F1 counts an answer right when its value (or
its pair of bounds, for a range) equals a gold one; *value+unit* also wants the unit. Each
line of an article is read on its own; lines that are a URL are skipped for every system.

``--quantulum PYTHON``: also run quantulum3 (MIT) in that interpreter, as the baseline.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import bench_recognizers as rec

DATA = Path(__file__).resolve().parent / "data"
Item = tuple[object, ...]
# quantulum3's unit names not already in bench_recognizers.QUANTULUM_UNITS
_MORE_UNITS = {"yard": "yd", "gigabyte": "GB", "gigahertz": "GHz", "megahertz": "MHz", "hour": "hour",
               "minute": "minute", "second": "second", "second of arc": "second", "revolution per minute": "rpm",
               "megapixel": "megapixel", "indonesian rupiah": "IDR"}


def load(which: str) -> list[dict]:
    # "held", "held4": rounds 3 and 4 (spent); "held5": round 5, score only
    names = ("dev", "test") if which == "all" else (which,)
    return [json.loads(line) for n in names
            for line in (DATA / f"quantities_ecb_{n}.jsonl").read_text(encoding="utf-8").splitlines() if line]


def lines(text: str) -> list[str]:
    return [ln for ln in text.split("\n") if ln.strip() and not ln.lstrip().lower().startswith("http")]


def gold_items(article: dict) -> list[tuple[Item, Item]]:
    out = []
    for q in article["quantities"]:
        v: Item = ("n", q["value"]) if q["value"] is not None else ("r", q["low"], q["high"])
        out.append((v, (*v, q["unit"])))
    return out


def storyline_items(text: str) -> list[tuple[Item, Item]]:
    from storyline.extract.quantities import find_quantities

    out = []
    for line in lines(text):
        for q in find_quantities(line):
            if q.multiplier or (q.value is None and (q.low is None or q.high is None)):
                continue  # "doubled", "dozens": not labelled
            unit = "%" if q.percent else q.currency or q.unit
            v: Item = ("n", q.value) if q.value is not None else ("r", q.low, q.high)
            out.append((v, (*v, unit)))
    return out


def quantulum_items(found: list[dict]) -> list[tuple[Item, Item]]:
    out = []
    for q in found:
        name = q["unit"].lower()
        unit = _MORE_UNITS.get(name) or rec.QUANTULUM_UNITS.get(name, name)
        if unit == "dimensionless":
            unit = None
        v: Item = ("r", q["low"], q["high"]) if q["low"] is not None else ("n", q["value"])
        out.append((v, (*v, unit)))
    return out


def score(articles: list[dict], system: list[list[tuple[Item, Item]]], misses: list[str] | None = None,
          name: str = "") -> dict[str, object]:
    counts = Counter[str]()
    for art, found in zip(articles, system, strict=True):
        gold = gold_items(art)
        counts["gold"] += len(gold)
        counts["system"] += len(found)
        counts["value"] += rec._matches([g[0] for g in gold], [s[0] for s in found])
        counts["value_unit"] += rec._matches([g[1] for g in gold], [s[1] for s in found])
        if misses is not None:
            left = [s[1] for s in found]
            missed = []
            for g in gold:
                hit = next((i for i, s in enumerate(left) if rec._same(g[1], s)), None)
                if hit is None:
                    missed.append(g[1])
                else:
                    del left[hit]
            misses.append(f"{name} {art['id']}\n    missed {missed}\n    extra  {left}")
    return {"articles": len(articles), "gold": counts["gold"], "system": counts["system"],
            "value": rec._prf(counts["value"], counts["system"], counts["gold"]),
            "value_unit": rec._prf(counts["value_unit"], counts["system"], counts["gold"])}


def run(which: str, quantulum: str | None = None, misses: list[str] | None = None) -> dict[str, dict[str, object]]:
    articles = load(which)
    results = {"storyline": score(articles, [storyline_items(a["text"]) for a in articles], misses, "storyline")}
    if quantulum:
        texts = ["\n".join(lines(a["text"])) for a in articles]
        found = rec.run_quantulum(quantulum, texts)
        results["quantulum3"] = score(articles, [quantulum_items(f) for f in found])
    return results


def table(results: dict[str, dict[str, object]]) -> str:
    out = ["| system | articles | gold | found | value P | R | F1 | value+unit P | R | F1 |",
           "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|"]
    for system, r in results.items():
        v, vu = r["value"], r["value_unit"]
        assert isinstance(v, dict) and isinstance(vu, dict)
        out.append(f"| {system} | {r['articles']} | {r['gold']} | {r['system']} | {v['p']:.3f} | {v['r']:.3f} | "
                   f"**{v['f1']:.3f}** | {vu['p']:.3f} | {vu['r']:.3f} | **{vu['f1']:.3f}** |")
    return "\n".join(out)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--split", choices=("dev", "test", "all", "held", "held4", "held5"), default="dev")
    parser.add_argument("--quantulum", metavar="PYTHON", help="an interpreter with quantulum3 installed")
    parser.add_argument("--misses", type=Path, help="write each article's missed and extra quantities here")
    args = parser.parse_args()
    misses: list[str] | None = [] if args.misses else None
    results = run(args.split, args.quantulum, misses)
    print(f"Quantities in ECB+ news articles labelled by reading, split {args.split}\n")
    print(table(results))
    if args.misses and misses is not None:
        args.misses.write_text("\n".join(misses) + "\n", encoding="utf-8")


if __name__ == "__main__":
    sys.exit(main())
