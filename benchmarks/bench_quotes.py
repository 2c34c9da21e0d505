#!/usr/bin/env python3
"""Quote extraction and speakers on a small hand-annotated set, beside a simple baseline.

Usage:
    python benchmarks/bench_quotes.py [--data benchmarks/data/quotes_dev.jsonl] [--out FILE]

``quotes_dev.jsonl`` holds 26 short news passages written for storyline (none from the
seeds), each with its quotes: the words said (a substring), the speaker and whether it
is quoted directly. It was written while the extractor was built, so it is a development
set, not a held-out test: the figures say what works, not what a new corpus will give.

A quote is found when a system quote of the same kind (direct or reported) covers at
least half of the gold words; its speaker is right when the two names share at least
half of the shorter one's words. The baseline takes the words between quotation marks
(four words or more) and the nearest "X said"/"said X" name in the sentence.
It also times the quotes stage against the parse it needs, on the same passages.
"""

from __future__ import annotations

import argparse
import json
import re
import time
from pathlib import Path

from storyline.extract import nlp
from storyline.extract.quotes import quoted_spans, quotes_stage
from storyline.model import Article, Quote

ROOT = Path(__file__).resolve().parent.parent
_NAME = r"[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*)*"
_SAID = re.compile(rf"(?:({_NAME})\s+(?:said|told|says))|(?:said\s+({_NAME}))")


def words(name: str | None) -> set[str]:
    return {w for w in re.findall(r"[a-z]+", (name or "").lower()) if w not in {"the", "a", "an", "of", "one"}}


def same_speaker(a: str | None, b: str | None) -> bool:
    wa, wb = words(a), words(b)
    return bool(wa and wb) and len(wa & wb) >= 0.5 * min(len(wa), len(wb))


def baseline(article: Article) -> list[Quote]:
    out = []
    for start, end in quoted_spans(article.text):
        if len(article.text[start:end].split()) < 4:
            continue
        m = _SAID.search(article.text)
        speaker = (m.group(1) or m.group(2)) if m else None
        out.append(Quote(id="", article=article.id, start=start, end=end, speaker=speaker,
                         text=article.text[start:end], direct=True))
    return out


def score(found: list[list[Quote]], items: list[dict[str, object]]) -> dict[str, float]:
    tp = speakers = n_gold = n_sys = 0
    for quotes, item in zip(found, items, strict=True):
        text = str(item["text"])
        gold = item["quotes"]
        assert isinstance(gold, list)
        n_gold += len(gold)
        n_sys += len(quotes)
        used: set[int] = set()
        for g in gold:
            g_start = text.index(g["text"])
            g_end = g_start + len(g["text"])
            for i, q in enumerate(quotes):
                overlap = min(q.end, g_end) - max(q.start, g_start)
                if i not in used and q.direct == g["direct"] and overlap >= 0.5 * (g_end - g_start):
                    used.add(i)
                    tp += 1
                    speakers += same_speaker(q.speaker, g["speaker"])
                    break
    p = tp / n_sys if n_sys else 0.0
    r = tp / n_gold if n_gold else 0.0
    return {"precision": p, "recall": r, "f1": 2 * p * r / (p + r) if p + r else 0.0,
            "speaker_accuracy": speakers / tp if tp else 0.0, "found": tp, "gold": n_gold, "system": n_sys}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--data", default=str(ROOT / "benchmarks" / "data" / "quotes_dev.jsonl"))
    ap.add_argument("--out", default=str(ROOT / "benchmarks" / "results" / "quotes.md"))
    args = ap.parse_args()
    items = [json.loads(line) for line in Path(args.data).read_text(encoding="utf-8").splitlines() if line.strip()]
    nlp.setup()
    articles = [Article(id=f"d{i}", source="dev", format="txt", text=it["text"], language="en")
                for i, it in enumerate(items)]
    start = time.perf_counter()
    parsed = [nlp.parse_stage(a) for a in articles]
    t_parse = time.perf_counter() - start
    start = time.perf_counter()
    ours = [list(quotes_stage(a).quotes) for a in parsed]
    t_quotes = time.perf_counter() - start
    base = [baseline(a) for a in articles]
    rows = [("storyline (extract/quotes.py)", score(ours, items)), ("baseline: quotation marks + nearest “X said”",
                                                                  score(base, items))]
    lines = ["# Quotes and speakers on benchmarks/data/quotes_dev.jsonl", "",
             f"{len(items)} passages, {rows[0][1]['gold']:.0f} gold quotes (direct and reported). "
             "A development set written while building the extractor: not held out.", "",
             "| system | precision | recall | F1 | speaker accuracy (of found) |", "|---|---:|---:|---:|---:|"]
    for name, s in rows:
        lines.append(f"| {name} | {s['precision']:.3f} | {s['recall']:.3f} | {s['f1']:.3f} | "
                     f"{s['speaker_accuracy']:.3f} |")
    lines += ["", f"Quotes stage time: {t_quotes * 1000:.0f} ms for the set, {t_quotes / t_parse:.1%} of the parse "
              f"({t_parse * 1000:.0f} ms) it needs.", "",
              "Command: `.venv/bin/python benchmarks/bench_quotes.py`"]
    Path(args.out).write_text("\n".join(lines) + "\n", encoding="utf-8")
    print("\n".join(lines))
    for quotes, item in zip(ours, items, strict=True):  # what was missed or added, for the record
        got = {(q.text, q.speaker, q.direct) for q in quotes}
        print("--", item["text"][:70], "|", sorted(got, key=str))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
