"""Why a row's assessment differs from its labelled fact's: for each matched row whose assessment is not the
label's, the figures the labelled fact has that the row lacks (and where each went: another row, read but in
no row, not read), the row's figures that are not that fact's (another quantity read in), and a tally.

    python benchmarks/assessment_misses.py SPLIT CACHE [--events EVENT ...]

CACHE is a folder written by ``bench_facts.py --split SPLIT --fresh --cache CACHE``. A row judges the figures it
holds, so most wrong assessments are rows that hold the wrong figures, not wrong judgements:

- **missing**: an article gives the labelled fact a figure the row lacks, so an outlet's dissent or agreement
  is not seen ("consistent" where the label says conflicting, "single_source" where it says consistent);
- **foreign**: the row holds a figure of another quantity, so two things read as one disagree or agree by
  chance ("conflicting" or "consistent" where the label says single_source);
- **neither**: the row holds the labelled fact's figures and only them: the judge itself differs from the
  reader (rounding, a bound, an earlier figure, copies), or the label is a reader's call.

It reads labels figure by figure: run it on development splits only (those ``bench_facts.DEVELOPMENT`` names), never on
a held-out one (val, aeb_held and the other ``invented`` splits: the comment above ``DEVELOPMENT`` lists them).
"""

from __future__ import annotations

import sys
from collections import Counter
from typing import Any

import bench_facts as B


def misjudged(gold: dict[str, Any], dossier: dict[str, Any]) -> list[tuple[str, list[str]]]:
    """Each misjudged row of one event: its kind (missing, foreign, both, neither) and its lines."""
    texts = {a["id"]: a["text"] for a in dossier["articles"]}
    claims = {c["id"]: c for c in dossier["claims"]}
    rows = [f for s in dossier["stories"] for f in s["facts"]]
    where = {cid: f["label"] for f in rows for cid in (*f["claims"], *f.get("repeats", []))}
    labelled = {f["id"]: f for f in gold["facts"]}
    score = B.score_event(gold, dossier)
    out = []
    for scored, row in zip(score["rows"], rows, strict=True):
        if "labelled" not in scored or not scored["owner"] or scored["assessment"] == scored["labelled"]:
            continue
        fact = labelled[scored["owner"]]
        spans = _spans(fact, texts)
        mine = {cid: B._claim_span(claims[cid], texts) for cid in (*row["claims"], *row.get("repeats", []))}
        held = {(claims[cid]["article"], claims[cid]["value"]) for cid in mine}
        lines = [f"## {gold['event']} {fact['id']}: {fact['fact']} [assessed {scored['assessment']}, labelled "
                 f"{scored['labelled']}; row {row['label']!r}, {row['sources']} sources]"]
        missing = foreign = False
        for span, value in spans.items():
            if any(B._overlaps(s, span) for s in mine.values()) or (span[0], value) in held:
                continue  # the row holds it, or its article's telling of that figure (a headline and its body)
            read = [cid for cid, c in claims.items() if B._overlaps(B._claim_span(c, texts), span)]
            fate = f"in row {where[read[0]]!r}" if read and read[0] in where else "read, in no row" if read \
                else "not read"
            missing = True
            lines.append(f"   MISSING {span[0]} {texts[span[0]][span[1]:span[2]]!r}: {fate}")
        for cid, span in mine.items():
            if not any(B._overlaps(span, s) for s in spans):
                foreign = True
                c = claims[cid]
                lines.append(f"   FOREIGN {c['article']} {c['number_text']!r} counted={c['counted']} | "
                             f"{c['text'][:120]!r}")
        kind = "both" if missing and foreign else "missing" if missing else "foreign" if foreign else "neither"
        out.append((kind, lines))
    return out


def _spans(fact: dict[str, Any], texts: dict[str, str]) -> dict[B.Span, float | None]:
    """Each labelled report's figure span and its value."""
    out: dict[B.Span, float | None] = {}
    for report in fact["reports"]:
        spans, _ = B._gold_spans({"facts": [{"id": fact["id"], "reports": [report]}]}, texts)
        out.update(dict.fromkeys(spans, report["value"]))
    return out


def main(argv: list[str] | None = None) -> int:
    args, events = B.development_events(__doc__.split("\n")[0], argv)
    kinds: Counter[str] = Counter()
    for event in events:
        for kind, lines in misjudged(B.load_gold(event), B.analyse(event, fresh=False, cache=args.cache)):
            kinds[kind] += 1
            print("\n".join(lines))
    print("\n| why the row's assessment differs | rows |\n|---|---:|")
    for kind, n in kinds.most_common():
        print(f"| {kind} | {n} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
