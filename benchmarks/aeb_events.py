#!/usr/bin/env python3
"""Multi-outlet stories found among the AEB pages, as piles the facts benchmark can analyse.

    python benchmarks/aeb_events.py [--shared ../shared]

``../shared/bench/aeb`` holds 181 news pages from November 2019 (and a few older ones),
collected for article extraction. Several of them are reports of one story by different
outlets (a plague case in China told by four outlets, a band's reunion tour by three...).
They were grouped here by reading their addresses and first lines only, in round 12, before
storyline's facts on them were ever looked at; each group is one "event" of
``benchmarks/bench_facts.py``, whose facts are labelled by reading in
``benchmarks/data/facts_aeb/`` (``aeb_dev``: to develop on; ``aeb_held``: held out, scored
once before and once after a round, never read).

Each article is given to storyline the way a user's scraper would: the page's body as the
AEB ground truth has it (so that labels quote the same text), its address, and the
publication date and site name storyline's own HTML reader finds in the page. The output,
``benchmarks/data/aeb_events.jsonl``, has one line per article: ``id`` (the page's hash,
first ten characters), ``event``, ``url``, ``published``, ``outlet``, ``text``.
"""

from __future__ import annotations

import argparse
import gzip
import json
import random
from pathlib import Path

from storyline.ingest.html import document_from_html

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "benchmarks" / "data" / "aeb_events.jsonl"

# the groups, by the first six characters of each page's hash (chosen from addresses and first lines)
EVENTS: dict[str, tuple[str, ...]] = {
    "aeb_plague": ("432362", "8b1945", "ba4dfe", "ea25dd"),  # plague cases in China
    "aeb_duvet": ("7bb1ca", "9eef81", "a078b3", "bd673b"),  # "feather duvet lung" case report
    "aeb_meth": ("156770", "3f65af", "776a1c", "c13b9c"),  # South Dakota's "Meth. We're on it." campaign
    "aeb_doobie": ("35b158", "9cb822", "ac1bfd"),  # the Doobie Brothers' 50th-anniversary tour
    "aeb_europa": ("14cc2a", "686bb1", "f344ca"),  # water vapour above Europa
    "aeb_landers": ("42aad1", "c50845", "d1c57d"),  # NASA adds five companies to its lunar lander contract
    "aeb_wework": ("06e512", "1ace8c", "bc13ff"),  # WeWork: New York's attorney general, layoffs
    "aeb_fortworth": ("2c4680", "51d066"),  # video of a kidnapped Fort Worth girl's rescue
    "aeb_omar": ("6ebac0", "7a457a"),  # a man pleads guilty to threatening Ilhan Omar
    "aeb_hibernation": ("b37be3", "e1c702"),  # ESA studies hibernating astronauts
    "aeb_assange": ("c7e39a", "dc7ccc"),  # Sweden drops its Assange investigation
    "aeb_homedepot": ("513745", "f8ff62"),  # Home Depot's third-quarter results
    "aeb_swift": ("70cb2d", "eb62ac"),  # Taylor Swift and Big Machine
    "aeb_daviscup": ("0d4612", "88c328"),  # the first day of the Davis Cup Finals
}
# a second batch, grouped the same way later in round 12: looser piles a user might still drop in
# together (one product's launch reviews, a week of one trade dispute or of one inquiry)
EVENTS2: dict[str, tuple[str, ...]] = {
    "aeb_stadia": ("680c28", "8267ac", "aade2e", "e100c9"),  # Google Stadia's launch
    "aeb_trade": ("39d5c4", "702d1d", "57d46c", "d605bd"),  # the US-China "phase one" talks and the markets
    "aeb_impeachment": ("7a664e", "82b6d7", "c90731", "f5c90a"),  # the House impeachment hearings
    "aeb_macbook": ("65bf30", "5fa567", "232a43"),  # Apple's 16-inch MacBook Pro
    "aeb_hongkong": ("5fa315", "624fcd", "e4c6a3"),  # the siege of Hong Kong's Polytechnic University
    "aeb_delhi": ("076f4f", "16c30a"),  # Delhi's air pollution
    "aeb_autoshow": ("058445", "06ee19", "3cb22b"),  # electric cars at the Los Angeles Auto Show
    "aeb_andrew": ("1f765c", "87bf60"),  # Prince Andrew's interview
}


def split(events: dict[str, tuple[str, ...]], seed: int) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """Development and held-out halves of a batch of events, drawn once before any output was read."""
    names = sorted(events)
    random.Random(seed).shuffle(names)
    half = len(names) // 2
    return tuple(sorted(names[:half])), tuple(sorted(names[half:]))


AEB_DEV, AEB_HELD = split(EVENTS, 12)
AEB_DEV2, AEB_HELD2 = split(EVENTS2, 122)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--shared", default=str(ROOT.parent / "shared"))
    args = ap.parse_args()
    aeb = Path(args.shared) / "bench" / "aeb"
    truth = json.loads((aeb / "ground-truth.json").read_text(encoding="utf-8"))
    lines = []
    for event, prefixes in {**EVENTS, **EVENTS2}.items():
        for prefix in prefixes:
            (key,) = [k for k in truth if k.startswith(prefix)]
            page = gzip.decompress((aeb / "html" / f"{key}.html.gz").read_bytes()).decode("utf-8", "replace")
            doc = document_from_html(page, doc_id=key, source=key, url=truth[key]["url"])
            lines.append({"id": key[:10], "event": event, "url": truth[key]["url"], "published": doc.published,
                          "outlet": doc.outlet, "text": truth[key]["articleBody"]})
    OUT.write_text("".join(json.dumps(line, ensure_ascii=False) + "\n" for line in lines), encoding="utf-8")
    print(f"{len(lines)} articles in {len(EVENTS) + len(EVENTS2)} events -> {OUT}")
    print("aeb_dev:", " ".join(AEB_DEV + AEB_DEV2))
    print("aeb_held:", " ".join(AEB_HELD + AEB_HELD2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
