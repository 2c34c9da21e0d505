"""The facts table when a split's events are analysed as one pile, as a user drops a folder of mixed news.

    python benchmarks/bench_facts_pile.py [--split train|val|dev|aeb_dev|...] [--with SPLIT ...] [--fresh]
                                          [--cache DIR]

``bench_facts.py`` analyses each event's articles alone, so storyline never has to tell one event's
articles from another's. A user's folder holds many stories at once, and ECB+ pairs each event with a
look-alike (two earthquakes, two shootings, two deals). Here every article of the split's events goes
into one pile; storyline clusters it into stories and builds their facts. Each story is then given to
the event most of its articles belong to, and each event is scored by ``bench_facts.score_event`` on the
stories given to it, exactly as in ``bench_facts.py``: a story that mixes two events holds rows whose
reports are another event's (wrong rows), and an event split over several stories gets duplicates.

``--with`` adds other splits' articles to the pile without scoring them (``--split val --with train``:
val's events among train's, as in one folder). Besides the facts figures, the report gives how the
clustering went: stories, stories that mix events, and events split over several stories. Compare with
``bench_facts.py --split X`` from the same code: the difference is what clustering a mixed pile costs
the facts table.

Round 14 (main at 3c579a7; ``benchmarks/results/round14.md``), each split as one pile against its events
analysed one by one:

| split | rows (right), one by one | as one pile | P / multi, one by one | as one pile | stories mixing events |
|---|---|---|---|---|---|
| dev (8 events, 90 articles) | 101 (90) | 102 (90) | 0.891 / 0.881 | 0.882 / 0.881 | 0 of 11 |
| val (16 events, aggregate only) | 163 (101) | 163 (101) | 0.620 / 0.639 | 0.620 / 0.639 | 0 of 18 |
| train (63 events) | 659 (529) | 658 (511) | 0.803 / 0.733 | 0.777 / 0.704 | 4 of 72 |

On train, the loss is two look-alike pairs clustered as one story each (two baseball signings, 10_ecb
and 10_ecbplus; 9_ecb and 9_ecbplus): ECB+ articles carry no date, which in a user's folder would tell
the two apart. Two more stories take one or two articles of their look-alike.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import bench_facts as B


def analyse_pile(events: list[str], *, fresh: bool, cache: Path) -> tuple[dict[str, Any], dict[str, str]]:
    """The dossier of every article of ``events`` as one pile, and each article's event."""
    event_of = {d["id"]: event for event in events for d in B.articles_of(event)}

    def docs() -> Iterator[dict[str, Any]]:
        return (d for event in events for d in B.articles_of(event))

    return B.analyse_pile("pile", docs, fresh=fresh, cache=cache), event_of


def per_event(dossier: dict[str, Any], event_of: dict[str, str]) -> tuple[dict[str, dict[str, Any]], Counter[str]]:
    """Each event's share of the pile's dossier (the stories most of whose articles are its own, with the
    articles and claims of its own articles and of those stories), and counts of how the clustering went."""
    given: dict[str, list[dict[str, Any]]] = {}
    counts: Counter[str] = Counter()
    stories_of: dict[str, set[str]] = {}
    for story in dossier["stories"]:
        events = Counter(event_of.get(a, "?") for a in story["articles"])
        owner = events.most_common(1)[0][0]
        given.setdefault(owner, []).append(story)
        counts["stories"] += 1
        counts["stories mixing events"] += len(events) > 1
        for event in events:
            stories_of.setdefault(event, set()).add(story["id"])
    counts["events"] = len(set(event_of.values()))
    counts["events over several stories"] = sum(1 for s in stories_of.values() if len(s) > 1)
    parts = {}
    for event in sorted(set(event_of.values())):
        stories = given.get(event, [])
        ids = {a for a, e in event_of.items() if e == event} | {a for s in stories for a in s["articles"]}
        parts[event] = {**dossier, "stories": stories, "articles": [a for a in dossier["articles"] if a["id"] in ids],
                        "claims": [c for c in dossier["claims"] if c["article"] in ids]}
    return parts, counts


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--split", default="dev", choices=sorted(B.splits()))
    parser.add_argument("--with", dest="more", nargs="*", default=[], choices=sorted(B.splits()),
                        help="splits whose articles join the pile without being scored")
    parser.add_argument("--fresh", action="store_true", help="analyse again instead of reading the cache")
    parser.add_argument("--cache", type=Path, default=B.CACHE / "pile")
    args = parser.parse_args(argv)
    events = [e for e in B.splits()[args.split] if B.gold_path(e).exists()]
    more = [e for s in args.more for e in B.splits()[s] if B.gold_path(e).exists() and e not in events]
    dossier, event_of = analyse_pile(events + more, fresh=args.fresh, cache=args.cache)
    parts, counts = per_event(dossier, event_of)
    scores = [B.score_event(B.load_gold(e), parts[e]) for e in events]
    table = B.report(scores, misses=False).split("\n")
    print("\n".join([*table[:2], table[-1]]))
    print("; ".join(f"{k}: {v}" for k, v in counts.items()))
    return 0


if __name__ == "__main__":
    sys.exit(main())
