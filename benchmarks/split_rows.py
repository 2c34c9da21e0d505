"""Where one labelled fact sits in several rows: for each labelled fact whose figures went to two rows or more,
each row's label and the reports of that fact it holds (article, figure, measure, counted noun, role, and
the words around the figure).

    python benchmarks/split_rows.py SPLIT CACHE [--events EVENT ...]

CACHE is a folder written by ``bench_facts.py --split SPLIT --fresh --cache CACHE``. It shows why a fact is split: two
nouns or verbs of one act ("seized", "confiscated"), one figure typed as two measures (a count and a deployment), two
stories, two units, or a stray report the claim reader misread. It reads labels figure by figure: run it on development
splits only (those ``bench_facts.DEVELOPMENT`` names), never on a held-out one (val, aeb_held and the other
``invented`` splits: the comment above ``DEVELOPMENT`` lists them).
"""

from __future__ import annotations

import sys
from typing import Any

import bench_facts as B


def split_facts(gold: dict[str, Any], dossier: dict[str, Any]) -> list[str]:
    """The lines of one event: each labelled fact held by several rows, and those rows' reports of it."""
    texts = {a["id"]: a["text"] for a in dossier["articles"]}
    spans, _ = B._gold_spans(gold, texts)
    claims = {c["id"]: c for c in dossier["claims"]}

    def owner(cid: str) -> str | None:
        span = B._claim_span(claims[cid], texts)
        return next((fact for g, fact in spans.items() if B._overlaps(span, g)), None)

    held: dict[str, dict[str, tuple[dict[str, Any], list[str]]]] = {}
    for story in dossier["stories"]:
        for fact in story["facts"]:
            for cid in fact["claims"]:
                if (fid := owner(cid)) is not None:
                    held.setdefault(fid, {}).setdefault(fact["id"], (fact, []))[1].append(cid)
    labelled = {f["id"]: f for f in gold["facts"]}
    lines = []
    for fid, rows in held.items():
        if len(rows) < 2:
            continue
        fact = labelled[fid]
        docs = len({r["doc"] for r in fact["reports"]})
        lines.append(f"## {gold['event']} {fid}: {fact['fact']} [{fact.get('measure')}, {docs} articles]")
        for row, cids in rows.values():
            lines.append(f"   ROW {row['label']!r} ({len(row['claims'])} reports, {row['assessment']})")
            for cid in cids:
                c = claims[cid]
                at = c["number_start"] - c["start"]
                lines.append(f"      {c['article']} {c['number_text']!r} {c['measure']} counted={c['counted']} "
                             f"role={c['role']} | {c['text'][max(0, at - 70):at + 90]!r}")
    return lines


def main(argv: list[str] | None = None) -> int:
    args, events = B.development_events(__doc__.split("\n")[0], argv)
    count = 0
    for event in events:
        lines = split_facts(B.load_gold(event), B.analyse(event, fresh=False, cache=args.cache))
        count += sum(line.startswith("## ") for line in lines)
        if lines:
            print("\n".join(lines))
    print(f"{count} labelled facts in several rows")
    return 0


if __name__ == "__main__":
    sys.exit(main())
