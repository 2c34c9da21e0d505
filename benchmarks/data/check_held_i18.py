"""Check the held-out quantity and time sets labelled by reading (issue 18): round 3's
(``*_held``), round 4's (``*_held4``) and round 5's (``*_held5``).

    python benchmarks/data/check_held_i18.py [--articles ../shared/bench/ecbplus/articles.jsonl]

``quantities_ecb_held{,4,5}.jsonl``: every span equals the article's text (as it is in articles.jsonl)
at its offsets, values parse (a number, or a low <= high pair for a range, never both), units
are from the list the older sets use, the article is 900-3,600 characters, one per event.
``timex_ecb_held{,4,5}.jsonl``: the text is the body after one of the article's first five lines with
the corpus's tokenisation undone (``make_timex_ecb.detokenise``), the DCT is an ISO date, every
span equals the text, type and value are TimeML, one ``*_ecbplus`` article per topic.
Both: no reserved topic (not even its other half). Rounds 4 and 5: no article of any other ECB+ set
here (the quantities_ecb_*, timex_ecb_* and places_ecb_* files and the facts folders of the same
round's start or earlier; round 5's sets are checked against round 4's too), nor of each other. A
round's check never opens the held-out sets of its own or a later round. Round 3's: no article of
the quantity and time sets before it. Exit 1 on a fault.
This script never runs storyline's readers: the sets measure storyline from outside.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter
from pathlib import Path

DATA = Path(__file__).resolve().parent
ROOT = DATA.parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))

from make_timex_ecb import detokenise  # noqa: E402  (text preparation only; no time finding is called)

RESERVED_TOPICS = {8, 12, 19, 20, 24, 30, 41}
UNITS = {None, "USD", "cent", "%", "share", "year", "month", "week", "day", "hour", "minute", "second",
         "mi", "km", "m", "ft", "in", "yd", "lb", "gal", "l", "°F", "°C",
         # also used by quantities_ecb_{dev,test}
         "AUD", "IDR", "t", "GB", "MB", "GHz", "MHz", "GFLOPS", "rpm", "megapixel",
         # also used by quantities_ecb_held5 (a battery's capacity, "1400 mAHr")
         "mAh"}
NUMBER = r"\d|one|two|three|four|five|six|seven|eight|nine|ten|dozen|half|quarter"
TYPES = {"DATE", "TIME", "DURATION", "SET"}
_DATE = r"(FY)?([\dX]{4}|\d{3}|\d{2})(-(\d{2}|W\d{2}|SP|SU|FA|WI|Q[1-4]|H[12])(-(\d{2}|WE))?)?"  # -WE: a weekend
_TIME = _DATE + r"T(\d{2}(:\d{2})?|MO|AF|EV|NI|DT)"
_DUR = r"P(T?(\d+(\.\d+)?|X)[YMWDHS]|\d*(\.\d+)?X?(DE|CE|Q|TM|TA|TE))+|PT?X[A-Z]{1,2}"
VALUE = {"DATE": rf"{_DATE}|PRESENT_REF|PAST_REF|FUTURE_REF", "TIME": _TIME,
         "DURATION": _DUR, "SET": rf"{_DUR}|{_DATE}|{_TIME}"}


def read(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def topic(article_id: str) -> int:
    return int(article_id.split("_")[0])


ROUNDS = ("held", "held4", "held5")  # the held-out sets of rounds 3, 4 and 5, in order
# labelled in rounds 6 to 10, after every round above
LATER = ("held6", "dev6", "held7", "dev7", "held8", "held9", "held10")


def older_ids(suffix: str) -> set[str]:
    """Articles a held-out set of round ``suffix`` must not share. Round 3 ("held"): the quantity and
    time sets before it. Rounds 4 and 5 ("held4", "held5"): every other ECB+ set here, the facts
    folders included, but never the held-out sets of the same or a later round (not opened), nor the
    sets labelled after these rounds (``LATER``), which may reuse their articles."""
    if suffix == "held":
        return {r["id"] for prefix in ("quantities_ecb", "timex_ecb") for p in DATA.glob(f"{prefix}_*.jsonl")
                if not p.stem.endswith(ROUNDS) for r in read(p)}
    unopened = ROUNDS[ROUNDS.index(suffix):] + LATER
    ids = {r["id"] for prefix in ("quantities_ecb", "timex_ecb", "places_ecb") for p in DATA.glob(f"{prefix}_*.jsonl")
           if not p.stem.endswith(unopened) for r in read(p)}
    for p in DATA.glob("facts*/*.json"):
        if not p.parent.name.endswith(unopened):
            ids |= set(json.loads(p.read_text(encoding="utf-8")).get("articles", []))
    return ids


def check_quantities(items: list[dict], articles: dict[str, dict], older: set[str]) -> list[str]:
    faults = []
    events = Counter(articles[i["id"]]["event"] for i in items if i["id"] in articles)
    faults += [f"event {e} has {n} articles" for e, n in events.items() if n > 1]
    for item in items:
        aid, text = item["id"], item["text"]
        if aid not in articles:
            faults.append(f"{aid}: not in articles.jsonl")
            continue
        if text != articles[aid]["text"]:
            faults.append(f"{aid}: text differs from articles.jsonl")
        if not 900 <= len(text) <= 3600:
            faults.append(f"{aid}: {len(text)} characters")
        if aid in older:
            faults.append(f"{aid}: already in another ECB+ set")
        for q in item["quantities"]:
            where = f"{aid} {q['start']}:{q['end']} {q['span']!r}"
            if text[q["start"]:q["end"]] != q["span"]:
                faults.append(f"{where}: span differs from the text")
            single = isinstance(q["value"], float) and q["low"] is None and q["high"] is None
            ranged = (q["value"] is None and isinstance(q["low"], float) and isinstance(q["high"], float)
                      and q["low"] <= q["high"])
            if not (single or ranged):
                faults.append(f"{where}: value/low/high do not parse")
            if q["unit"] not in UNITS:
                faults.append(f"{where}: unit {q['unit']!r}")
            if not re.search(NUMBER, q["span"], re.I):
                faults.append(f"{where}: no number in the span")
    return faults


def check_timex(items: list[dict], articles: dict[str, dict], older: set[str]) -> list[str]:
    faults = []
    topics = Counter(topic(i["id"]) for i in items)
    faults += [f"topic {t} has {n} articles" for t, n in topics.items() if n > 1]
    for item in items:
        aid, text = item["id"], item["text"]
        if aid not in articles or not aid.endswith("ecbplus"):
            faults.append(f"{aid}: not an ecbplus article of articles.jsonl")
            continue
        if aid in older:
            faults.append(f"{aid}: already in another ECB+ set")
        lines = articles[aid]["text"].split("\n")
        if not any(detokenise("\n".join(lines[i + 1:])) == text for i in range(5)):
            faults.append(f"{aid}: text is not a detokenised body after one of the first five lines")
        if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", item["dct"]):
            faults.append(f"{aid}: dct {item['dct']!r}")
        for t in item["timexes"]:
            where = f"{aid} {t['start']}:{t['end']} {t['text']!r}"
            if text[t["start"]:t["end"]] != t["text"]:
                faults.append(f"{where}: span differs from the text")
            if t["type"] not in TYPES:
                faults.append(f"{where}: type {t['type']!r}")
            elif not re.fullmatch(VALUE[t["type"]], t["value"]):
                faults.append(f"{where}: value {t['value']!r} is not a TimeML {t['type']}")
    return faults


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--articles", type=Path,
                        default=ROOT.parent / "shared" / "bench" / "ecbplus" / "articles.jsonl")
    args = parser.parse_args()
    articles = {r["id"]: r for r in read(args.articles)}
    faults = []
    for suffix in ROUNDS:
        older = older_ids(suffix)
        seen: dict[str, str] = {}
        for kind, check in (("quantities_ecb", check_quantities), ("timex_ecb", check_timex)):
            name = f"{kind}_{suffix}"
            path = DATA / f"{name}.jsonl"
            if not path.exists():
                print(f"{name}: absent")
                continue
            items = read(path)
            reserved = [i["id"] for i in items if topic(i["id"]) in RESERVED_TOPICS]
            found = check(items, articles, older) + [f"{i}: reserved topic" for i in reserved]
            if suffix != "held":  # asked of rounds 4 and 5 only
                found += [f"{i['id']}: also in {seen[i['id']]}" for i in items if i["id"] in seen]
            seen.update((i["id"], name) for i in items)
            n = sum(len(i.get("quantities", i.get("timexes", []))) for i in items)
            print(f"{name}: {len(items)} articles, {n} labels, {len(found)} faults")
            faults += found
    for fault in faults:
        print("  " + fault)
    sys.exit(1 if faults else 0)


if __name__ == "__main__":
    main()
