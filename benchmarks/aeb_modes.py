#!/usr/bin/env python3
"""How storyline's HTML path was chosen: trafilatura's modes, with and without cleaning, on AEB.

Usage:
    python benchmarks/aeb_modes.py [--shared ../shared]

Scores every variant with the metric of ../shared/tools/score_extraction.py (imported
from there, so the figures are the scorer's own). Variants:
  default / precision / recall   plain trafilatura 2.3.1 in each mode
  + clean                        then storyline's "extracted" cleaning profile
  + text-profile clean           the full raw-text profile instead (too aggressive for HTML)
  storyline                      precision mode, recall-mode fallback, extracted profile
"""

from __future__ import annotations

import argparse
import gzip
import json
import statistics
import sys
from collections.abc import Callable
from pathlib import Path

import trafilatura

from storyline.clean.boilerplate import clean_body
from storyline.clean.normalize import normalize_text
from storyline.ingest.html import document_from_html

ROOT = Path(__file__).resolve().parent.parent


def extract(page: str, mode: str) -> tuple[str, str | None]:
    result = trafilatura.bare_extraction(page, with_metadata=True, include_comments=False, include_tables=True,
                                         deduplicate=False, favor_precision=mode == "precision",
                                         favor_recall=mode == "recall")
    data = result.as_dict() if result is not None else {}
    return data.get("text") or "", data.get("title")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--shared", default=str(ROOT.parent / "shared"))
    args = ap.parse_args()
    shared = Path(args.shared)
    sys.path.insert(0, str(shared / "tools"))
    from score_extraction import page_counts, precision, recall  # the scorer's own metric

    truth = json.loads((shared / "bench" / "aeb" / "ground-truth.json").read_text(encoding="utf-8"))
    pages = {p.name[:-8]: gzip.decompress(p.read_bytes()).decode("utf-8", "replace")
             for p in sorted((shared / "bench" / "aeb" / "html").glob("*.html.gz"))}
    cache = {(k, m): extract(page, m) for k, page in pages.items() for m in ("default", "precision", "recall")}

    def score(predict: Callable[[str], tuple[str, str | None]]) -> str:
        counts = []
        for key, gold in truth.items():
            body, title = predict(key)
            pred = body if not title or body.lstrip().startswith(title.strip()) else f"{title}\n{body}"
            counts.append(page_counts(gold["articleBody"], pred))
        p = statistics.mean(precision(*c) for c in counts)
        r = statistics.mean(recall(*c) for c in counts)
        return f"P {p:.3f}  R {r:.3f}  F1 {2 * p * r / (p + r):.3f}"

    def cleaned(mode: str, profile: str) -> Callable[[str], tuple[str, str | None]]:
        def run(key: str) -> tuple[str, str | None]:
            text, title = cache[(key, mode)]
            c = clean_body(normalize_text(text), title=title, profile=profile)  # type: ignore[arg-type]
            return c.text, c.title
        return run

    def shipped(key: str) -> tuple[str, str | None]:
        doc = document_from_html(pages[key], doc_id=key, source=key)
        c = clean_body(normalize_text(doc.body), title=doc.title, profile="extracted")
        return c.text, c.title

    rows = [(f"trafilatura {m}", score(lambda k, m=m: cache[(k, m)])) for m in ("default", "precision", "recall")]
    rows += [(f"trafilatura {m} + clean", score(cleaned(m, "extracted"))) for m in ("default", "precision")]
    rows.append(("trafilatura precision + text-profile clean", score(cleaned("precision", "text"))))
    rows.append(("storyline (precision, recall fallback, clean)", score(shipped)))
    for name, figures in rows:
        print(f"{name:48s} {figures}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
