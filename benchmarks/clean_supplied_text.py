"""How much of an already clean article body storyline's cleaning keeps, and which rule removes the rest.

Usage:
    PYTHONPATH=src python3 benchmarks/clean_supplied_text.py [--lost N] [--truth PATH]

A user who gives articles as JSONL ``text`` (a scraper's output, already the article alone)
should get that text back. AEB's ground-truth bodies (``../shared/bench/aeb/ground-truth.json``,
``articleBody``) are exactly that: each goes through the JSONL path (``{"id", "url", "text"}``,
as ``benchmarks/bench_facts.py`` gives them) and the cleaning stage, and this reports the share of
the body's characters and non-blank lines the stored text keeps, and per rule how many lines and
characters it removed. ``--lost N`` prints up to N removed lines per rule (development pages only).

The pages of the held-out AEB events (``aeb_held`` in ``benchmarks/bench_facts.py``) are left out
of every figure and line printed above; their figures come last, as numbers only. Pages whose
body is not English are reported apart, since no rule is tuned on them.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from storyline.clean.language import detect_language
from storyline.clean.stages import to_article
from storyline.ingest.jsonl import document_from_line
from storyline.model import Document

ROOT = Path(__file__).resolve().parent.parent
TRUTH = ROOT.parent / "shared" / "bench" / "aeb" / "ground-truth.json"
EVENTS = ROOT / "benchmarks" / "data" / "aeb_events.jsonl"
sys.path.insert(0, str(ROOT / "benchmarks"))
from bench_facts import AEB_HELD  # noqa: E402


@dataclass
class Tally:
    """Kept and total characters and lines over a group of pages, and what each rule removed."""

    pages: int = 0
    chars: int = 0
    kept_chars: int = 0
    lines: int = 0
    kept_lines: int = 0
    short_pages: int = 0  # pages that lost more than a tenth of their characters
    by_rule: Counter[str] = field(default_factory=Counter)
    chars_by_rule: Counter[str] = field(default_factory=Counter)
    examples: dict[str, list[str]] = field(default_factory=dict)

    def row(self, name: str) -> str:
        return (f"{name:<14} pages {self.pages:>4}  chars kept {self.kept_chars / max(self.chars, 1):.4f}  "
                f"lines kept {self.kept_lines / max(self.lines, 1):.4f}  lines lost {self.lines - self.kept_lines:>4}  "
                f"pages losing >10% {self.short_pages:>3}")


def held_ids() -> set[str]:
    """Ids of the held-out events' pages: only the ``id`` and ``event`` of each line are used."""
    held = set()
    with EVENTS.open(encoding="utf-8") as fh:
        for line in fh:
            rec = json.loads(line)
            if rec.get("event") in AEB_HELD:
                held.add(str(rec["id"]))
    return held


def measure(key: str, body: str, url: str, tally: Tally) -> None:
    line = json.dumps({"id": key[:10], "url": url, "text": body}).encode("utf-8")
    doc = document_from_line(line, source="aeb", lineno=1)
    if not isinstance(doc, Document):
        return
    article = to_article(doc)
    removed = {r.line_no: r for r in article.removed}
    raw = article_lines(doc)
    tally.pages += 1
    page_chars = sum(len(t) for t in raw.values())
    lost_chars = 0
    for no, text in raw.items():
        tally.lines += 1
        tally.chars += len(text)
        gone = removed.get(no)
        if gone is None:
            tally.kept_lines += 1
            tally.kept_chars += len(text)
            continue
        lost_chars += len(text)
        tally.by_rule[gone.reason] += 1
        tally.chars_by_rule[gone.reason] += len(text)
        tally.examples.setdefault(gone.reason, []).append(f"[{key[:10]}:{no}] {text[:160]}")
    if lost_chars > 0.1 * page_chars:
        tally.short_pages += 1


def article_lines(doc: Document) -> dict[int, str]:
    """The body's non-blank lines by their number, as the cleaner numbers them."""
    from storyline.clean.normalize import normalize_text

    return {i + 1: t.strip() for i, t in enumerate(normalize_text(doc.body).split("\n")) if t.strip()}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--truth", type=Path, default=TRUTH)
    ap.add_argument("--lost", type=int, default=0, help="print up to N removed lines per rule (development pages)")
    args = ap.parse_args()
    truth = json.loads(args.truth.read_text(encoding="utf-8"))
    held = held_ids()
    english, other, held_tally = Tally(), Tally(), Tally()
    for key, page in sorted(truth.items()):
        body = page.get("articleBody") or ""
        if not body.strip():
            continue
        if key[:10] in held:
            measure(key, body, page.get("url") or "", held_tally)
            continue
        language = detect_language(body)
        measure(key, body, page.get("url") or "", english if language is None or language.code == "en" else other)
    for name, tally in (("english", english), ("non-english", other)):
        print(tally.row(name))
        for reason, n in tally.by_rule.most_common():
            print(f"    {reason:<44} lines {n:>4}  chars {tally.chars_by_rule[reason]:>6}")
    if args.lost:
        for name, tally in (("english", english), ("non-english", other)):
            for reason, examples in tally.examples.items():
                print(f"\n== {name}: {reason}")
                for example in examples[: args.lost]:
                    print("   ", example)
    print(f"\nheld-out: pages {held_tally.pages} chars kept {held_tally.kept_chars / max(held_tally.chars, 1):.4f} "
          f"lines kept {held_tally.kept_lines / max(held_tally.lines, 1):.4f} "
          f"lines lost {held_tally.lines - held_tally.kept_lines} pages losing >10% {held_tally.short_pages}")


if __name__ == "__main__":
    main()
