"""Libraries against storyline's number parser on the Recognizers dev halves (issue 18):
text2num (spelled-out numbers) and price-parser (amounts with currency), run in a separate
environment that has them installed (neither is a dependency of storyline):

    PYTHONPATH=src /tmp/venv-with-libs/bin/python benchmarks/bench_number_libraries.py

text2num rewrites words as digits ("twenty-one" -> "21"); the digits are then read with
storyline's own ``parse_number``. price-parser reads one price per string.
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
    model = "Number-NumberModel"
    cases = bench.split(bench.load(model), "dev")
    with_t2n = [[(("n", v), ("n", v, None)) for v in digits(alpha2digit(c["Input"], "en"))] for c in cases]
    own = [bench.storyline_items(model, c["Input"]) for c in cases]
    print("| model (dev) | system | value F1 | value+unit F1 |\n|---|---|---:|---:|")
    for name, found in (("text2num + digits", with_t2n), ("storyline", own)):
        r = bench.score_numbers(model, cases, found)
        print(f"| NumberModel | {name} | {r['value']['f1']:.3f} | — |")  # type: ignore[index]
    model = "NumberWithUnit-CurrencyModel"
    cases = bench.split(bench.load(model), "dev")
    for name, found in (("price-parser", [price(c["Input"]) for c in cases]),
                        ("storyline", [bench.storyline_items(model, c["Input"]) for c in cases])):
        r = bench.score_numbers(model, cases, found)
        print(f"| CurrencyModel | {name} | {r['value']['f1']:.3f} | {r['value_unit']['f1']:.3f} |")  # type: ignore[index]


if __name__ == "__main__":
    main()
