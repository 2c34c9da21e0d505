"""Check the held-out places sets (round 3's places_ecb_held.jsonl, round 4's places_ecb_held4.jsonl):
every span matches the article text, coordinates are in range, kinds are known, no reserved ECB+
event is used, at most 2 articles per event, and no article of the places sets before it (round 4:
of any other places_*.jsonl set).

    python benchmarks/data/check_places_held.py [--articles ../shared/bench/ecbplus/articles.jsonl]
"""

from __future__ import annotations

import argparse
import collections
import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
HELD = (HERE / "places_ecb_held.jsonl", HERE / "places_ecb_held4.jsonl")  # in the order they were labelled
KINDS = {"city", "region", "country", "county", "district", "feature", "in_org", "demonym", "continent"}
SHARED = [p / "shared" / "bench" / "ecbplus" / "articles.jsonl" for p in HERE.parents[1].parents]
ECB = next((p for p in SHARED if p.exists()), SHARED[0])  # ../shared or ../../shared from the repository
RESERVED_TOPICS = {8, 12, 19, 20, 24, 30, 41}  # their "_ecb" articles are kept for measurement


def load(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def reserved(article_id: str) -> bool:
    m = re.fullmatch(r"(\d+)_\d+ecb(plus)?", article_id)
    return m is None or (int(m.group(1)) in RESERVED_TOPICS and m.group(2) is None)


def others(held: Path) -> set[str | None]:
    """The articles of the places sets a held-out set must not share: every other one but the
    held-out sets labelled after it."""
    later = set(HELD[HELD.index(held) + 1:])
    return {r.get("id") for p in HERE.glob("places_*.jsonl") if p != held and p not in later for r in load(p)}


def check(rows: list[dict], articles: dict[str, str] | None, taken: set[str | None]) -> list[str]:
    errors: list[str] = []
    seen: set[str] = set()
    for r in rows:
        aid, text = r["id"], r["text"]
        if set(r) != {"id", "text", "places"}:
            errors.append(f"{aid}: keys {sorted(r)}")
        if reserved(aid):
            errors.append(f"{aid}: reserved or malformed id")
        if aid in taken:
            errors.append(f"{aid}: already in another places set")
        if aid in seen:
            errors.append(f"{aid}: twice")
        seen.add(aid)
        if articles is not None and articles.get(aid) != text:
            errors.append(f"{aid}: text differs from the ECB+ article")
        spans: list[tuple[int, int]] = []
        for p in r["places"]:
            where = f"{aid} {p.get('text')!r}@{p.get('start')}"
            if set(p) != {"start", "end", "text", "lat", "lon", "kind"}:
                errors.append(f"{where}: keys {sorted(p)}")
                continue
            if not 0 <= p["start"] < p["end"] <= len(text) or text[p["start"]:p["end"]] != p["text"]:
                errors.append(f"{where}: span does not match the text")
            if not (-90 <= p["lat"] <= 90 and -180 <= p["lon"] <= 180):
                errors.append(f"{where}: coordinates out of range")
            if p["kind"] not in KINDS:
                errors.append(f"{where}: unknown kind {p['kind']}")
            if any(p["start"] < e and s < p["end"] for s, e in spans):
                errors.append(f"{where}: overlaps another label")
            spans.append((p["start"], p["end"]))
        if [s for s, _ in spans] != sorted(s for s, _ in spans):
            errors.append(f"{aid}: places not in text order")
    events = collections.Counter(re.sub(r"_\d+", "_", r["id"]) for r in rows)  # "10_4ecb" -> "10_ecb"
    errors.extend(f"{e}: {n} articles (at most 2 per event)" for e, n in events.items() if n > 2)
    return errors


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--articles", type=Path, default=ECB)
    args = parser.parse_args()
    articles = {a["id"]: a["text"] for a in load(args.articles)} if args.articles.exists() else None
    print("texts compared with the ECB+ articles" if articles is not None
          else "ECB+ articles not found: texts not compared")
    errors = []
    for held in HELD:
        rows = load(held)
        errors += check(rows, articles, others(held))
        kinds = collections.Counter(p["kind"] for r in rows for p in r["places"])
        topics = {r["id"].split("_")[0] for r in rows}
        print(f"{held.name}: {len(rows)} articles from {len(topics)} topics, {sum(kinds.values())} place names: "
              + ", ".join(f"{k} {n}" for k, n in kinds.most_common()))
    for e in errors:
        print("ERROR", e)
    sys.exit(1 if errors else 0)


if __name__ == "__main__":
    main()
