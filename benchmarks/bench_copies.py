"""Wire copies: detection on pairs made the way outlets republish a text.

    python benchmarks/bench_copies.py [--pairs]

For every ECB+ article of 80 words or more (reserved events left out), a copy is made as
outlets make one: a new headline, the last fifth trimmed, a byline and a credit line added.
Positive pairs: an article and its copy. Negative pairs: an article and every other
article of the same event (different outlets on one event: the hard case). Precision and
recall of ``link.copies.copy_groups`` over those pairs.

Then the copies the labellers marked (``benchmarks/data/facts/*.json``, ``copies``): each
labelled event's articles grouped in one call, as the pipeline groups a story's, every pair
scored; development and held-out events (the split of ``bench_facts.py``) apart; then every
event labelled since (``benchmarks/data/facts_*/``) except the held-out set of the current round,
and that held-out set (``held10``) alone. Among the synthetic negative pairs that were grouped, the
ones whose event is labelled are checked against the labellers' copies: a pair they marked is a
real copy in ECB+ (one text under two ids), not a detection error. The events labelled since are
also given in the two parts used since round 8 (``train`` and ``val`` of ``bench_facts.py``); ``--pairs``
lists the wrongly grouped and the missed pairs of the labelled events, ``train`` only (``val`` is
read by its figures, never its pairs).
"""

from __future__ import annotations

import argparse
import itertools
import json
import random
from pathlib import Path

from bench_facts import DEV, GOLD, HELD6_GOLD, HELD7_GOLD, HELD10_GOLD, TEST, gold_path, load_gold

from storyline.link.copies import copy_groups
from storyline.model import Article

ECB = Path(__file__).resolve().parents[2] / "shared" / "bench" / "ecbplus" / "articles.jsonl"
RESERVED = {f"{topic}_ecb" for topic in (8, 12, 19, 20, 24, 30, 41)}  # kept for measurement: never read here


def _article(aid: str, text: str) -> Article:
    title = text.split("\n", 1)[0]
    return Article(id=aid, source=f"{aid}.txt", format="txt", text=text, title=title)


def republished(text: str, rng: random.Random) -> str:
    lines = [x for x in text.split("\n") if x.strip()]
    body = lines[1:] if len(lines) > 1 else lines
    words = "\n".join(body).split(" ")
    kept = " ".join(words[: int(len(words) * rng.uniform(0.7, 0.9))])
    return f"Wire report: {rng.choice(['Update', 'Latest', 'Breaking'])} on the story\nBy Staff Writer\n{kept}\n" \
           "(Reporting by the agency; editing by the desk)"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--pairs", action="store_true", help="list the wrong pairs of the train events")
    args = parser.parse_args()
    rng = random.Random(17)
    by_event: dict[str, list[dict]] = {}
    with ECB.open(encoding="utf-8") as fh:
        for d in map(json.loads, fh):
            if d["event"] not in RESERVED and len(d["text"].split()) >= 80:
                by_event.setdefault(d["event"], []).append(d)
    tp = fn = fp = tn = 0
    grouped: list[tuple[str, str, str]] = []  # the negative pairs found to be copies: event, article, article
    for docs in by_event.values():
        for d in docs:
            original = _article(d["id"], d["text"])
            copy = _article(d["id"] + "-copy", republished(d["text"], rng))
            groups = copy_groups([original, copy])
            tp += groups[original.id] == groups[copy.id]
            fn += groups[original.id] != groups[copy.id]
            for other in docs:
                if other["id"] <= d["id"]:
                    continue
                pair = copy_groups([original, _article(other["id"], other["text"])])
                fp += pair[original.id] == pair[other["id"]]
                if pair[original.id] == pair[other["id"]]:
                    grouped.append((d["event"], d["id"], other["id"]))
                tn += pair[original.id] != pair[other["id"]]
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    print(f"copies: {tp + fn} pairs, same-event different articles: {fp + tn} pairs")
    print(f"precision {precision:.3f}  recall {recall:.3f}  (tp {tp}, fn {fn}, fp {fp}, tn {tn})")
    marked_pairs = {frozenset(p) for e in {e for e, _, _ in grouped} if gold_path(e).exists()
                    for group in load_gold(e)["copies"] for p in itertools.combinations(group, 2)}
    in_labelled = [g for g in grouped if gold_path(g[0]).exists()]
    real = sum(frozenset(g[1:]) in marked_pairs for g in in_labelled)
    print(f"negative pairs grouped: {len(grouped)}; {len(in_labelled)} in labelled events, of which {real} "
          "are copies the labellers marked (one text under two ids)")
    texts = {d["id"]: d["text"] for d in map(json.loads, ECB.open(encoding="utf-8")) if d["event"] not in RESERVED}
    labelled = sorted({p.stem for p in GOLD.parent.glob("facts*/*.json")})
    held = {p.stem for p in HELD10_GOLD.glob("*.json")}
    later = [e for e in labelled if e not in held and e not in DEV + TEST]
    val = {p.stem for folder in (HELD6_GOLD, HELD7_GOLD) for p in folder.glob("*.json")}
    wrong: list[str] = []
    for name, events in (("development", DEV), ("held out", TEST), ("labelled since", tuple(later)),
                         ("labelled since, train part", tuple(e for e in later if e not in val)),
                         ("labelled since, val part (held6, held7)", tuple(e for e in later if e in val)),
                         ("held out in round 10", tuple(sorted(held)))):
        tp = fn = fp = tn = 0
        for event in events:
            gold = load_gold(event)
            marked = {frozenset(p) for group in gold["copies"] for p in itertools.combinations(group, 2)}
            ids = [i for i in gold["articles"] if i in texts]
            groups = copy_groups([_article(i, texts[i]) for i in ids])
            for a, b in itertools.combinations(ids, 2):
                same, copy = groups[a] == groups[b], frozenset((a, b)) in marked
                tp, fp, fn, tn = tp + (same and copy), fp + (same and not copy), fn + (copy and not same), \
                    tn + (not same and not copy)
                if same != copy and event not in val and event not in held and name != "labelled since":
                    wrong.append(f"{'grouped, not a copy' if same else 'copy missed'}: {event} {a} {b}")
        precision = tp / (tp + fp) if tp + fp else 0.0
        recall = tp / (tp + fn) if tp + fn else 0.0
        print(f"labellers' copies, {name} ({len(events)} events, {tp + fp + fn + tn} pairs): precision "
              f"{precision:.3f}  recall {recall:.3f}  (tp {tp}, fn {fn}, fp {fp}, tn {tn})")
    if args.pairs:
        print("\n".join(wrong))


if __name__ == "__main__":
    main()
