"""Numbers, amounts with units and times against Microsoft's Recognizers-Text English specs.

    python benchmarks/bench_recognizers.py [--split dev|test|all] [--quantulum PYTHON] [--misses FILE]

``../shared/bench/recognizers/`` holds the specs (MIT; not news text: short, often
conversational inputs). Each file is split in two by a fixed seed (``SEED``): one half is
``dev`` (looked at while fixing), the other ``test`` (kept unseen until the final run).

Numbers (number, range, percent, currency, dimension, age, temperature models): every
case's expected values against what ``quantities.find_quantities`` reads in the input,
matched as multisets per case. On the models of amounts with units (percent, currency,
dimension, age, temperature) only amounts read with a unit of that model's kind are
answers (each spec leaves the other numbers of a sentence unmarked); the same holds for
the baseline. *value*
P/R/F1 counts a value found anywhere in the input;
*value+unit* also wants the unit (percent sign, currency code, unit of measure). A range is
its pair of bounds (an open side is None). Cases the reference implementation marks
``NotSupported`` for Python are kept (they are outside cases like any other).

Times (date/time model): TIMEX3 value accuracy over the expected expressions whose
reference date fixes one answer: one resolution only, fully specified (no ``X`` left in a
date, sets excepted), and not one of Recognizers' own range tuples ``(start,end,length)``,
which TimeML writes as separate expressions. Each input is read as an article published at
the case's ReferenceDateTime, its clock time included ("in half an hour" counts from it; a
news dateline tells no clock time). An expression counts as right when a time
storyline finds overlaps it and has the same value (``T15`` = ``T15:00``; a time of day
alone is also right when storyline dates it: Recognizers leaves its day open; one length in
two units is one value, PT30M = PT0.5H). A value
TimeML writes otherwise than Recognizers does (``_timeml_same``: vague counts, "end of",
"in two weeks") is right too, and counted apart
(``timeml_convention``) so the strict figure can be told.

``--quantulum PYTHON``: also run quantulum3 (MIT) in that interpreter as the baseline on
the number models; it is not a dependency of storyline.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import subprocess
import sys
import tempfile
from collections import Counter
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT.parent / "shared" / "bench" / "recognizers"
if not DATA.exists():
    DATA = Path("/work/shared/bench/recognizers")
SEED = 18
NUMBER_MODELS = ("Number-NumberModel", "Number-NumberRangeModel", "Number-PercentModel",
                 "NumberWithUnit-CurrencyModel", "NumberWithUnit-DimensionModel", "NumberWithUnit-AgeModel",
                 "NumberWithUnit-TemperatureModel")
DATETIME_MODEL = "DateTime-DateTimeModel"

# Recognizers' unit names -> the unit storyline writes (ISO code for money).
GOLD_UNITS = {
    "Dollar": "USD", "United States dollar": "USD", "Euro": "EUR", "Chinese yuan": "CNY", "Pound": "GBP",
    "British pound": "GBP", "Cent": "cent", "Pence": "pence", "Penny": "pence", "Canadian dollar": "CAD",
    "Japanese yen": "JPY", "Franc": "CHF", "Swiss franc": "CHF", "Australian dollar": "AUD", "Bitcoin": "BTC",
    "Turkish lira": "TRY", "Rupee": "INR", "Mexican peso": "MXN", "Hong Kong dollar": "HKD",
    "New Zealand dollar": "NZD", "Sri Lankan rupee": "LKR", "Finnish markka": "FIM", "Peseta": "ESP",
    "Netherlands guilder": "NLG", "Costa Rican colón": "CRC", "Georgian lari": "GEL", "Lao kip": "LAK",
    "Sen": "sen", "Satoshi": "satoshi",
    "Foot": "ft", "Meter": "m", "Mile": "mi", "Gallon": "gal", "Ton": "t", "Metric ton": "t",
    "Kilometer per hour": "km/h", "Kilogram": "kg", "Microgram": "µg", "Inch": "in", "Square meter": "m2",
    "Kilometer": "km", "Millimeter": "mm", "Decimeter": "dm", "Picometer": "pm", "Degree": "deg", "Turn": "turn",
    "Milliliter": "ml", "Barrel": "bbl", "Ounce": "oz", "Acre": "acre", "Cubic foot": "ft3", "Bit": "bit",
    "Mile per hour": "mph", "Square kilometer": "km2", "Megabit": "Mbit", "Megabyte": "MB", "Tablespoon": "tbsp",
    "Cup": "cup", "Teaspoon": "tsp", "Dram": "dram", "Meter per millisecond": "m/ms",
    "Centimeter per millisecond": "cm/ms", "Kilometer per millisecond": "km/ms", "Gram": "g", "Radian": "rad",
    "Year": "year", "Month": "month", "Week": "week", "Day": "day", "Age": "year", "C": "°C", "F": "°F",
}
# quantulum3's unit names -> the same names (for the baseline).
QUANTULUM_UNITS = {
    "dollar": "USD", "euro": "EUR", "pound sterling": "GBP", "yuan": "CNY", "renminbi": "CNY", "cent": "cent",
    "penny": "pence", "canadian dollar": "CAD", "japanese yen": "JPY", "yen": "JPY", "swiss franc": "CHF",
    "australian dollar": "AUD", "bitcoin": "BTC", "turkish lira": "TRY", "indian rupee": "INR",
    "mexican peso": "MXN", "hong kong dollar": "HKD", "new zealand dollar": "NZD",
    "foot": "ft", "metre": "m", "mile": "mi", "gallon": "gal", "tonne": "t", "ton": "t", "short ton": "t",
    "kilometre per hour": "km/h", "kilogram": "kg", "microgram": "µg", "inch": "in", "square metre": "m2",
    "kilometre": "km", "millimetre": "mm", "decimetre": "dm", "picometre": "pm", "degree angle": "deg",
    "turn": "turn", "millilitre": "ml", "barrel": "bbl", "ounce": "oz", "acre": "acre", "cubic foot": "ft3",
    "bit": "bit", "mile per hour": "mph", "square kilometre": "km2", "megabit": "Mbit", "megabyte": "MB",
    "tablespoon": "tbsp", "cup": "cup", "teaspoon": "tsp", "dram": "dram", "gram": "g", "radian": "rad",
    "pound-mass": "lb", "year": "year", "month": "month", "week": "week", "day": "day",
    "degree celsius": "°C", "degree fahrenheit": "°F", "percentage": "%",
}

_QUANTULUM = """
import json, sys, warnings
warnings.filterwarnings("ignore")
from quantulum3 import parser
out = []
for text in json.load(open(sys.argv[1], encoding="utf-8")):
    items = []
    for q in parser.parse(text):
        unc = q.uncertainty
        items.append({"value": q.value, "unit": q.unit.name, "currency": getattr(q.unit.entity, "name", "")
                      == "currency", "low": (q.value - unc) if unc else None, "high": (q.value + unc) if unc else None})
    out.append(items)
print(json.dumps(out))
"""


def load(name: str) -> list[dict]:
    return json.loads((DATA / f"{name}.json").read_text(encoding="utf-8-sig"))


def split(cases: list[dict], which: str) -> list[dict]:
    """A fixed seeded half of each file is ``dev``, the rest ``test``."""
    if which == "all":
        return cases
    order = list(range(len(cases)))
    random.Random(SEED).shuffle(order)
    half = set(order[: len(order) // 2])
    return [c for i, c in enumerate(cases) if (i in half) == (which == "dev")]


# ---------------------------------------------------------------- numbers

WITH_UNITS_PREFIX = ("NumberWithUnit", "Number-PercentModel")
_AGE_UNITS = {"year", "month", "week", "day"}
_TEMPERATURE_UNITS = {"°C", "°F", "°", "deg"}
_DURATION_UNITS = _AGE_UNITS | {"hour", "minute", "second"}


def answers(model: str, unit: object) -> bool:
    """Whether an amount with this unit is an answer to the model: each spec marks only its
    own kind (the currency spec leaves a sentence's percentages unmarked)."""
    if not model.startswith(WITH_UNITS_PREFIX):
        return True
    if not isinstance(unit, str):
        return False
    kind = ("percent" if unit == "%" else "temperature" if unit in ("°C", "°F", "°") else "age" if unit in _AGE_UNITS
            else "currency" if re.fullmatch(r"[A-Z]{3}|cent|pence|sen|satoshi", unit) else "dimension")
    wanted = model.split("-", 1)[1].removesuffix("Model").lower()
    return kind == wanted

Item = tuple[object, ...]


def _num(text: str | None) -> float | None:
    if text in (None, "", "null"):
        return None
    return float(str(text).rstrip("%"))


def gold_items(model: str, case: dict) -> list[tuple[Item, Item]]:
    """(value item, value+unit item) for each expected result."""
    out = []
    for r in case["Results"]:
        res = r.get("Resolution") or {}
        if model.endswith("RangeModel"):
            m = re.fullmatch(r"[\[(](.*),(.*)[\])]", res.get("value", ""))
            if not m:
                continue
            item: Item = ("range", _num(m.group(1)), _num(m.group(2)))
            out.append((item, item))
        else:
            value = _num(res.get("value"))
            if value is None:
                continue
            unit = "%" if model.endswith("PercentModel") else GOLD_UNITS.get(res.get("unit", ""), res.get("unit"))
            if model.endswith("DimensionModel") and unit == "GBP":
                unit = "lb"  # "Pound" is a weight there
            if model.endswith("TemperatureModel") and unit == "deg":
                unit = "°"  # "Degree" is a temperature there, its scale unwritten; an angle elsewhere
            out.append((("n", value), ("n", value, unit)))
    return out


def storyline_items(model: str, text: str) -> list[tuple[Item, Item]]:
    from storyline.extract.quantities import find_quantities

    out = []
    for q in find_quantities(text):
        unit = "%" if q.percent else q.currency or getattr(q, "unit", None)
        if unit in _DURATION_UNITS and not getattr(q, "age", True):
            if model.startswith(WITH_UNITS_PREFIX):
                continue  # a duration ("five years"): no model here reads those
        elif not answers(model, unit):
            continue  # a bare number, or an amount of another kind, is not an answer to a model of units
        if model.endswith("RangeModel"):
            if q.qualifier == "vague" or q.multiplier:
                continue
            if q.qualifier in ("almost", "up_to"):
                item: Item = ("range", None, q.high)
            elif q.qualifier in ("at_least", "more_than"):
                item = ("range", q.low, None)
            else:
                item = ("range", q.low, q.high)
            out.append((item, item))
        elif q.value is not None:
            out.append((("n", q.value), ("n", q.value, unit)))
        elif q.low is not None and q.high is not None:  # a range names two amounts
            out += [(("n", v), ("n", v, unit)) for v in (q.low, q.high)]
    return out


def quantulum_items(model: str, found: list[dict]) -> list[tuple[Item, Item]]:
    out = []
    for q in found:
        unit = QUANTULUM_UNITS.get(q["unit"].lower(), q["unit"].lower())
        if unit == "dimensionless":
            unit = None
        if not answers(model, unit):
            continue
        if model.endswith("RangeModel"):
            item: Item = ("range", q["low"], q["high"]) if q["low"] is not None else ("range", q["value"], q["value"])
            out.append((item, item))
        else:
            out.append((("n", q["value"]), ("n", q["value"], unit)))
    return out


def _same(a: Item, b: Item) -> bool:
    if len(a) != len(b):
        return False
    for x, y in zip(a, b, strict=True):
        if isinstance(x, float) and isinstance(y, float):
            if abs(x - y) > 1e-6 * max(1.0, abs(x), abs(y)):
                return False
        elif isinstance(x, (int, float)) and isinstance(y, (int, float)):
            if abs(float(x) - float(y)) > 1e-6 * max(1.0, abs(x), abs(y)):
                return False
        elif x != y:
            return False
    return True


def _matches(gold: list[Item], system: list[Item]) -> int:
    left = list(system)
    hit = 0
    for g in gold:
        for i, s in enumerate(left):
            if _same(g, s):
                hit += 1
                del left[i]
                break
    return hit


def _prf(hit: int, n_sys: int, n_gold: int) -> dict[str, float]:
    p = hit / n_sys if n_sys else 0.0
    r = hit / n_gold if n_gold else 0.0
    return {"p": p, "r": r, "f1": 2 * p * r / (p + r) if p + r else 0.0}


def score_numbers(model: str, cases: list[dict], system: list[list[tuple[Item, Item]]],
                  misses: list[str] | None = None) -> dict[str, object]:
    counts = Counter[str]()
    for case, found in zip(cases, system, strict=True):
        gold = gold_items(model, case)
        counts["gold"] += len(gold)
        counts["system"] += len(found)
        v = _matches([g[0] for g in gold], [s[0] for s in found])
        vu = _matches([g[1] for g in gold], [s[1] for s in found])
        counts["value"] += v
        counts["value_unit"] += vu
        if misses is not None and (vu < len(gold) or len(found) > len(gold)):
            misses.append(f"{model}: {case['Input']!r}\n    want {[g[1] for g in gold]}\n"
                          f"    got  {[s[1] for s in found]}")
    return {"cases": len(cases), "gold": counts["gold"], "system": counts["system"],
            "hits": {"value": counts["value"], "value_unit": counts["value_unit"]},
            "value": _prf(counts["value"], counts["system"], counts["gold"]),
            "value_unit": _prf(counts["value_unit"], counts["system"], counts["gold"])}


# ---------------------------------------------------------------- times

def _norm_timex(value: str) -> str:
    v = value.strip()
    v = re.sub(r"T(\d\d)$", r"T\1:00", v)
    v = re.sub(r"(T\d\d:\d\d):00$", r"\1", v)
    return v


_VAGUE_COUNT = re.compile(r"\b(?:a\s+)?(?:few|some|several)\b", re.IGNORECASE)
_IN_LENGTH = re.compile(r"in\s+(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d+)\s+"
                        r"(?:minute|hour|day|week|fortnight|month|year)s?", re.IGNORECASE)
_END_OF = re.compile(r"(?:before\s+)?(?:the\s+)?(?:end\s+of|eod)\b", re.IGNORECASE)


_NEXT_WEEKDAY = re.compile(r"(?P<dir>next|following|last|previous)\s+(?:monday|tuesday|wednesday|thursday|friday|"
                           r"saturday|sunday)", re.IGNORECASE)
_COUNTED = re.compile(r"(?:\w+\s+)?(?P<u>week|month|year)s?\s+(?:ago|from\s+now)", re.IGNORECASE)
_PARTS_OF_DAY = {"TMEB": "TMO", "TMEL": "TMI", "TMED": "TEV", "TNT": "TNI", "T00:00": "T24:00"}


def _duration_seconds(value: str) -> float | None:
    m = re.fullmatch(r"PT(\d+(?:\.\d+)?)([HMS])", value)
    return float(m.group(1)) * {"H": 3600, "M": 60, "S": 1}[m.group(2)] if m else None


def _day(value: str) -> date | None:
    try:
        return date.fromisoformat(value[:10]) if re.fullmatch(r"\d{4}-\d\d-\d\d", value[:10]) else None
    except ValueError:
        return None


def _duration_months(value: str) -> float | None:
    m = re.fullmatch(r"P(\d+(?:\.\d+)?)([YM])", value)
    return float(m.group(1)) * (12 if m.group(2) == "Y" else 1) if m else None


def _timeml_same(gold: dict, value: str) -> bool:
    """Whether a value storyline gives is the one TimeML writes for an expression whose
    Recognizers value follows a convention of its own (each counted apart in the output):

    * a vague count: "a few hours" is PTXH in TimeML, PT3H in Recognizers;
    * an edge: "the end of this Sunday" is the day with mod="END" in TimeML, not T23:59:59;
    * "in two weeks": TimeML marks the length, P2W, as the news sets here do ("will return to
      the polls in four years" is P4Y); Recognizers resolves the day.
    * "next Friday", "last Wednesday": the nearest such day after or before the reference date, as
      HeidelTime and the news sets here read them ("was killed last Wednesday" in a Thursday's paper is the
      day before); Recognizers takes the one of next or last week.
    * "two months ago": TimeML writes the granularity of the length ("2018-08", as the news sets here
      do: "Two months ago" is "2010-04"); Recognizers writes the day.
    * parts of the day: TimeML has MO, MI, AF, EV, NI (a meal is the part it falls in: lunch MI, dinner EV,
      breakfast MO); Recognizers writes its own TMEL, TMED, TMEB, TNT. Midnight is T24:00 in TimeML
      (ISO 8601's end of the day), T00:00 in Recognizers.
    """
    want, text = gold["value"], gold["text"]
    if _VAGUE_COUNT.search(text) and re.sub(r"\d+", "X", want) == value:
        return True
    if want.startswith("T") and value.endswith(_PARTS_OF_DAY.get(want, "-")):
        return True
    got, wanted, ref = _day(value), _day(want), gold.get("ref")
    if (m := _NEXT_WEEKDAY.fullmatch(text)) and got and wanted and ref and got.weekday() == wanted.weekday():
        ahead = m.group("dir").lower() in ("next", "following")
        nearest = 0 < (got - ref).days <= 7 if ahead else 0 < (ref - got).days <= 7
        return nearest and abs((got - wanted).days) == 7
    if (c := _COUNTED.fullmatch(text)) and wanted and not got:
        year, week, _ = wanted.isocalendar()
        return value == {"week": f"{year}-W{week:02d}", "month": want[:7], "year": want[:4]}[c.group("u").lower()]
    if want.endswith("T23:59:59") and _END_OF.match(text) and value == want[:10]:
        return True
    if _IN_LENGTH.fullmatch(text) and re.fullmatch(r"PT?\d+[A-Z]", value):
        from storyline.extract import timex

        return timex.normalize(text, None)[1] == value
    return False


def _same_length(want: str, value: str) -> bool:
    """One length written in two units is one value, not a convention: "semi-annually" P0.5Y = P6M, "½ hour"
    PT0.5H = PT30M (counted as strictly right since round 5)."""
    if (a := _duration_months(want)) is not None and a == _duration_months(value):
        return True
    return (a := _duration_seconds(want)) is not None and a == _duration_seconds(value)


def scorable_times(case: dict) -> list[dict]:
    """The expected expressions of a case whose reference date fixes one answer."""
    out = []
    for r in case["Results"]:
        typ = (r.get("TypeName") or r.get("Typename") or "").rsplit(".", 1)[-1]
        values = (r.get("Resolution") or {}).get("values") or []
        timexes = {v.get("timex") for v in values}
        if len(timexes) != 1 or len({(v.get("value"), v.get("start")) for v in values}) != 1:
            continue  # a past and a future reading: the reference date leaves it open
        timex = next(iter(timexes))
        if not timex or timex.startswith("(") or (typ != "set" and "X" in timex):
            continue
        out.append({"start": r["Start"], "end": r["End"] + 1, "text": r["Text"], "type": typ,
                    "value": _norm_timex(timex),
                    "ref": date.fromisoformat(case["Context"]["ReferenceDateTime"][:10])})
    return out


def storyline_times(cases: list[dict]) -> list[list[dict]]:
    from storyline.extract import nlp
    from storyline.extract.events import events_stage
    from storyline.model import Article

    nlp.setup()
    out = []
    for i, c in enumerate(cases):
        ref = c["Context"]["ReferenceDateTime"]  # with its clock time: "in half an hour" counts from it
        article = Article(id=f"r{i}", source=f"r{i}.txt", format="txt", text=c["Input"], language="en",
                          published=ref)
        article = events_stage(nlp.parse_stage(article))
        out.append([{"start": t.start, "end": t.end, "text": t.text, "value": t.value or ""} for t in article.times])
    return out


def score_times(cases: list[dict], system: list[list[dict]], misses: list[str] | None = None) -> dict[str, object]:
    gold_n = right = found_n = convention = 0
    scored_cases = 0
    for case, found in zip(cases, system, strict=True):
        gold = scorable_times(case)
        if not gold:
            continue
        scored_cases += 1
        ref = case["Context"]["ReferenceDateTime"][:10]
        for g in gold:
            gold_n += 1
            near = [s for s in found if s["start"] < g["end"] and g["start"] < s["end"]]
            found_n += bool(near)
            values = {_norm_timex(s["value"]) for s in near}
            ok = g["value"] in values or (g["value"].startswith("T") and any(v.endswith(g["value"]) for v in values)) \
                or any(_same_length(g["value"], v) for v in values)
            if not ok and any(_timeml_same(g, v) for v in values):
                ok = True
                convention += 1
            right += ok
            if not ok and misses is not None:
                misses.append(f"{ref} {case['Input']!r}: {g['text']!r} want {g['value']}, got "
                              f"{[(s['text'], s['value']) for s in near] or 'nothing'}")
    return {"cases": scored_cases, "expressions": gold_n, "found": found_n, "timeml_convention": convention,
            "value_accuracy": right / gold_n if gold_n else 0.0}


# ---------------------------------------------------------------- run

def run_quantulum(python: str, texts: list[str]) -> list[list[dict]]:
    """quantulum3's finds for each text, parsed in the interpreter ``python`` that has it installed."""
    with tempfile.TemporaryDirectory() as folder:
        inputs = Path(folder) / "texts.json"
        inputs.write_text(json.dumps(texts), encoding="utf-8")
        done = subprocess.run([python, "-c", _QUANTULUM, str(inputs)], check=True, capture_output=True, text=True,
                              cwd=folder)
    found: list[list[dict]] = json.loads(done.stdout.strip().splitlines()[-1])
    return found


def run(which: str, quantulum: str | None = None, misses: list[str] | None = None) -> dict[str, dict[str, object]]:
    results: dict[str, dict[str, object]] = {}
    q_inputs: dict[str, list[dict]] = {}
    for model in NUMBER_MODELS:
        cases = split(load(model), which)
        q_inputs[model] = cases
        system = [storyline_items(model, c["Input"]) for c in cases]
        results[f"storyline {model}"] = score_numbers(model, cases, system, misses)
    if quantulum:
        texts = [c["Input"] for model in NUMBER_MODELS for c in q_inputs[model]]
        found = run_quantulum(quantulum, texts)
        k = 0
        for model in NUMBER_MODELS:
            cases = q_inputs[model]
            system = [quantulum_items(model, f) for f in found[k:k + len(cases)]]
            k += len(cases)
            results[f"quantulum3 {model}"] = score_numbers(model, cases, system)
    # A case with no reference date is read against the day it runs: nothing fixes its answer.
    cases = [c for c in split(load(DATETIME_MODEL), which) if (c.get("Context") or {}).get("ReferenceDateTime")]
    results[f"storyline {DATETIME_MODEL}"] = score_times(cases, storyline_times(cases), misses)
    return results


def pooled(results: dict[str, dict[str, object]], system: str, models: tuple[str, ...]) -> dict[str, float]:
    """Micro-averaged value and value+unit F1 over several number models."""
    hits = Counter[str]()
    for model in models:
        r = results[f"{system} {model}"]
        counts = r["hits"]
        assert isinstance(counts, dict)
        hits["system"] += int(str(r["system"]))
        hits["gold"] += int(str(r["gold"]))
        for key in ("value", "value_unit"):
            hits[key] += counts[key]
    return {key: _prf(hits[key], hits["system"], hits["gold"])["f1"] for key in ("value", "value_unit")}


WITH_UNITS = ("Number-PercentModel", "NumberWithUnit-CurrencyModel", "NumberWithUnit-DimensionModel",
              "NumberWithUnit-AgeModel", "NumberWithUnit-TemperatureModel")


def table(results: dict[str, dict[str, object]]) -> str:
    lines = ["| system | model | cases | gold | found | value P | R | F1 | value+unit P | R | F1 |",
             "|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|"]
    for name, r in results.items():
        if "value" not in r:
            continue
        system, model = name.split(" ", 1)
        v, vu = r["value"], r["value_unit"]
        assert isinstance(v, dict) and isinstance(vu, dict)
        unit = model.startswith(("NumberWithUnit", "Number-Percent"))
        vu_cells = f"{vu['p']:.3f} | {vu['r']:.3f} | **{vu['f1']:.3f}**" if unit else "— | — | —"
        lines.append(f"| {system} | {model.split('-', 1)[1]} | {r['cases']} | {r['gold']} | {r['system']} | "
                     f"{v['p']:.3f} | {v['r']:.3f} | **{v['f1']:.3f}** | {vu_cells} |")
    for system in ("storyline", "quantulum3"):
        if f"{system} {WITH_UNITS[0]}" in results:
            p = pooled(results, system, WITH_UNITS)
            lines.append(f"| {system} | **pooled: amounts with units** | | | | | | **{p['value']:.3f}** | | | "
                         f"**{p['value_unit']:.3f}** |")
    t = results[f"storyline {DATETIME_MODEL}"]
    lines.append("")
    lines.append("| system | model | cases scored | expressions | found | TIMEX value accuracy |")
    lines.append("|---|---|---:|---:|---:|---:|")
    lines.append(f"| storyline | DateTimeModel (one reading) | {t['cases']} | {t['expressions']} | {t['found']} | "
                 f"**{t['value_accuracy']:.3f}** |")
    lines.append(f"\n({t['timeml_convention']} of the right ones are right by a TimeML convention; see _timeml_same.)")
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--split", choices=("dev", "test", "all"), default="dev")
    parser.add_argument("--quantulum", metavar="PYTHON", help="an interpreter with quantulum3 installed")
    parser.add_argument("--misses", type=Path, help="write every wrong or missed case to this file")
    args = parser.parse_args()
    misses: list[str] | None = [] if args.misses else None
    results = run(args.split, args.quantulum, misses)
    print(f"Recognizers-Text English specs, split {args.split} (seed {SEED})\n")
    print(table(results))
    if args.misses and misses is not None:
        args.misses.write_text("\n".join(misses) + "\n", encoding="utf-8")


if __name__ == "__main__":
    sys.exit(main())
