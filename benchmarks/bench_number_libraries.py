"""Libraries against storyline's number parser on a Recognizers half (issue 18):
text2num (spelled-out numbers) and price-parser (amounts with currency), run in a separate
environment that has them installed (neither is a dependency of storyline):

    PYTHONPATH=src /tmp/venv-with-libs/bin/python benchmarks/bench_number_libraries.py [dev|test]

text2num rewrites words as digits ("twenty-one" -> "21"; threshold=0, so "one" and "two" too); the
digits are then read with storyline's own ``parse_number``. price-parser reads one price per string.
"words only" keeps the cases with no digit in the input: the piece text2num is made for.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import bench_recognizers as bench
from price_parser import Price  # type: ignore[import-not-found]
from text_to_num import alpha2digit  # type: ignore[import-not-found]

from storyline.extract.quantities import parse_number

_SIGNS = {"$": "USD", "€": "EUR", "£": "GBP", "¥": "JPY", "USD": "USD", "EUR": "EUR", "GBP": "GBP"}


def digits(text: str) -> list[float]:
    out = []
    for m in re.finditer(r"-?\d+(?:,\d{3})*(?:\.\d+)?", text):
        v = parse_number(m.group(0).lstrip("-"))
        if v is not None:
            out.append(-v if m.group(0).startswith("-") else v)
    return out


def price(text: str) -> list[tuple[bench.Item, bench.Item]]:
    p = Price.fromstring(text)
    unit = _SIGNS.get((p.currency or "").strip())
    if p.amount is None or unit is None:
        return []
    return [(("n", float(p.amount)), ("n", float(p.amount), unit))]


def main() -> None:
    which = sys.argv[1] if len(sys.argv) > 1 else "dev"
    model = "Number-NumberModel"
    every = bench.split(bench.load(model), which)
    print(f"| model ({which}) | cases | system | value F1 | value+unit F1 |\n|---|---|---|---:|---:|")
    # all cases, then only the spelled-out ones (no digit in the input): the piece text2num is made for
    for label, cases in (("NumberModel", every), ("NumberModel, words only", [c for c in every
                                                                            if not re.search(r"\d", c["Input"])])):
        with_t2n = [[(("n", v), ("n", v, None)) for v in digits(alpha2digit(c["Input"], "en", threshold=0))]
                    for c in cases]
        own = [bench.storyline_items(model, c["Input"]) for c in cases]
        for name, found in (("text2num + digits", with_t2n), ("storyline", own)):
            r = bench.score_numbers(model, cases, found)
            print(f"| {label} | {len(cases)} | {name} | {r['value']['f1']:.3f} | — |")  # type: ignore[index]
    model = "NumberWithUnit-CurrencyModel"
    cases = bench.split(bench.load(model), which)
    for name, found in (("price-parser", [price(c["Input"]) for c in cases]),
                        ("storyline", [bench.storyline_items(model, c["Input"]) for c in cases])):
        r = bench.score_numbers(model, cases, found)
        print(f"| CurrencyModel | {len(cases)} | {name} | {r['value']['f1']:.3f} | {r['value_unit']['f1']:.3f} |")  # type: ignore[index]


if __name__ == "__main__":
    main()
