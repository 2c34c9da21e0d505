"""Why a labelled fact has no row: for every missed fact several articles report, what became of each
of its labelled figures on the way through ``reconcile``.

    python benchmarks/why_missed.py CACHE [--all] [--events EVENT ...]

CACHE is a folder written by ``bench_facts.py --split X --fresh --cache CACHE``. For each labelled
figure of a missed fact the script names its fate: not read as a claim; left out by a claim filter
(the filter's name); put in a row that was not tabulated (the gate's name); shown in a row that
another labelled fact owns or that duplicates one; or folded into nothing. The last lines count the
fates over the set, so a round can see which rule costs most recall on text it was written for.
``--all`` lists missed facts of one article too.

It reads a split's misses, figure by figure: run it on development splits only (those ``bench_facts.DEVELOPMENT``
names), never on a held-out one (val, aeb_held and the other ``invented`` splits: the comment above ``DEVELOPMENT``
lists them).
"""

from __future__ import annotations

import functools
import json
import sys
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import Any

import bench_facts as B
from rule_ablation import FILTERS

from storyline.link import one_source, recalled, untabled
from storyline.link import reconcile as R
from storyline.model import Article
from storyline.report.json_codec import plain
from storyline.store.sqlite import SQLiteStore

Patch = tuple[Any, str, Any]


class _Trace:
    """What reconcile did to each claim: the first filter that left it out, the gates its rows met."""

    def __init__(self) -> None:
        self.filtered: dict[str, str] = {}
        self.gated: dict[str, str] = {}
        self.patches: list[Patch] = []

    def _patch(self, owner: Any, name: str, wrapper: Callable[[Callable[..., Any]], Callable[..., Any]]) -> None:
        kept = getattr(owner, name)
        self.patches.append((owner, name, kept))
        setattr(owner, name, wrapper(kept))

    def _filter(self, name: str) -> Callable[[Callable[..., Any]], Callable[..., Any]]:
        def wrap(rule: Callable[..., Any]) -> Callable[..., Any]:
            @functools.wraps(rule)
            def traced(claim: Any, *args: Any, **kwargs: Any) -> Any:
                out = rule(claim, *args, **kwargs)
                if out is True and hasattr(claim, "id"):
                    self.filtered.setdefault(claim.id, name)
                return out
            return traced
        return wrap

    def _gate(self, name: str, *, keep_when: bool) -> Callable[[Callable[..., Any]], Callable[..., Any]]:
        def wrap(rule: Callable[..., Any]) -> Callable[..., Any]:
            @functools.wraps(rule)
            def traced(fact: Any, *args: Any, **kwargs: Any) -> Any:
                out = rule(fact, *args, **kwargs)
                ids = fact.claims if hasattr(fact, "claims") else fact
                if bool(out) != keep_when:
                    told = f" [{fact.measure}/{fact.counted}, {fact.sources} source(s), row {id(fact) % 9973}]" \
                        if hasattr(fact, "sources") else ""
                    for cid in ids:
                        self.gated.setdefault(cid, name + told)
                return out
            return traced
        return wrap

    def _reports(self, name: str) -> Callable[[Callable[..., Any]], Callable[..., Any]]:
        def wrap(rule: Callable[..., Any]) -> Callable[..., Any]:
            @functools.wraps(rule)
            def traced(reports: Any, *args: Any, **kwargs: Any) -> Any:
                out = rule(reports, *args, **kwargs)
                if out is True:
                    for r in reports:
                        self.filtered.setdefault(r.claim.id, name)
                return out
            return traced
        return wrap

    def __enter__(self) -> _Trace:
        for owner, name in FILTERS:
            if name not in ("_elsewhere", "only_articles"):
                self._patch(owner, name, self._filter(name))
        self._patch(R, "_other_year", self._filter("_other_year (another year)"))
        self._patch(recalled, "recalled", self._filter("recalled"))
        self._patch(recalled, "opening_year", self._filter("opening_year"))
        self._patch(R, "_elsewhere", self._reports("_elsewhere (another place)"))
        self._patch(R, "_tabulated", self._gate("_tabulated", keep_when=True))
        self._patch(R, "held_up", self._gate("held_up", keep_when=True))
        self._patch(R, "only_articles", self._gate("only_articles", keep_when=False))
        self._patch(untabled, "only_references", self._gate("only_references", keep_when=False))
        kept = one_source.without_restatements

        def restated(shown: list[Any], claims: dict[str, Any]) -> list[Any]:
            out = kept(shown, claims)
            for fact in (f for f in shown if f not in out):
                for cid in fact.claims:
                    self.gated.setdefault(cid, "without_restatements")
            return out
        self.patches.append((one_source, "without_restatements", kept))
        one_source.without_restatements = restated  # type: ignore[assignment]
        return self

    def __exit__(self, *exc: object) -> None:
        for owner, name, kept in reversed(self.patches):
            setattr(owner, name, kept)


def _fates(event: str, cache: Path, *, every: bool) -> list[tuple[str, list[str]]]:
    dossier = json.loads((cache / f"{event}.json").read_text())
    arts: dict[str, Article] = {a.id: a for a in SQLiteStore(cache / f"{event}.db").articles()}
    gold = B.load_gold(event)
    with _Trace() as trace:
        stories = [dict(s, facts=[plain(f) for f in R.reconcile([arts[i] for i in s["articles"]], story=s["id"])])
                   for s in dossier["stories"]]
    rebuilt = dict(dossier, stories=stories)
    score = B.score_event(gold, rebuilt)
    texts = {a["id"]: a["text"] for a in dossier["articles"]}
    claims = {c["id"]: c for c in dossier["claims"]}
    by_claim = {c.id: c for a in arts.values() for c in a.claims}
    shown = {cid: f for s in stories for f in s["facts"] for cid in f["claims"]}
    rows = {r["label"]: r for r in score["rows"]}
    spans, _ = B._gold_spans(gold, texts)
    out = []
    for fact in gold["facts"]:
        docs = {r["doc"] for r in fact["reports"]}
        if (len(docs) < 2 and not every) or not any(m.startswith(fact["fact"] + " [") for m in score["missed"]):
            continue
        fates = []
        for span, fid in spans.items():
            if fid != fact["id"]:
                continue
            hit = [cid for cid, c in claims.items() if B._overlaps(B._claim_span(c, texts), span)]
            if not hit:
                told = texts.get(span[0], "")[span[1]:span[2]]
                fates.append(f"{span[0]}: not read ({told!r} in "
                             f"{_sentence(texts.get(span[0], ''), span[1])!r})")
                continue
            for cid in hit:
                claim = by_claim.get(cid)
                what = f"{span[0]} {claims[cid]['number_text']!r} {claims[cid]['measure']}/{claims[cid]['counted']}"
                if cid in shown:
                    row = rows.get(shown[cid]["label"], {})
                    mine = row.get("owner") == fact["id"]
                    fates.append(f"{what}: in row {shown[cid]['label']!r}"
                                 + ("" if mine else f" ({row.get('why') or row.get('owner')})"))
                elif cid in trace.gated:  # it reached a row: a filter that said yes was overruled ("_long" of an
                    fates.append(f"{what}: row gated by {trace.gated[cid]}")  # agreed span), so the gate is its fate
                elif cid in trace.filtered:
                    fates.append(f"{what}: filter {trace.filtered[cid]}")
                elif claim is not None and claim.background:
                    fates.append(f"{what}: background at extraction")
                elif claim is not None and claim.measure in R.SKIP_MEASURES:
                    fates.append(f"{what}: skipped measure")
                else:
                    fates.append(f"{what}: folded or dated away")
        out.append((f"{event}: {fact['fact']} [{len(docs)} articles]", fates))
    return out


def _sentence(text: str, at: int) -> str:
    """The sentence around an offset, as a reader would quote it."""
    start = max(text.rfind(". ", 0, at), text.rfind("\n", 0, at)) + 1
    ends = [e for e in (text.find(". ", at), text.find("\n", at)) if e >= 0]
    return text[start:min(ends) + 1 if ends else len(text)].strip()[:200]


def _cause(fate: str) -> str:
    tail = fate.split(": ", 1)[1] if ": " in fate else fate
    if tail.startswith("not read"):
        return "not read"
    if tail.startswith("in row"):
        return "in another row" if tail.endswith(")") else "in its row (too few articles)"
    if tail.startswith("row gated by"):
        return tail.split(" [")[0] + (" (one source)" if " 1 source(s)" in tail else " (several sources)")
    return tail


def _split(fates: list[str]) -> bool:
    """Whether a missed fact's figures went to two rows or more that a gate then dropped."""
    rows = {f.rsplit("row ", 1)[1] for f in fates if "row gated by" in f and "row " in f.rsplit("[", 1)[-1]}
    return len(rows) >= 2


def main(argv: list[str]) -> int:
    if not argv:
        print(__doc__)
        return 2
    cache = Path(argv[0])
    every = "--all" in argv
    events = argv[argv.index("--events") + 1:] if "--events" in argv else \
        sorted(p.stem for p in cache.glob("*.json") if B.gold_path(p.stem).exists())
    causes: Counter[str] = Counter()
    for event in events:
        for head, fates in _fates(event, cache, every=every):
            print(f"- {head}")
            if _split(fates):
                causes["(fact split over gated rows)"] += 1
            for fate in fates:
                print(f"    - {fate}")
                causes[_cause(fate)] += 1
    print("\n| fate of a missed fact's figure | figures |\n|---|---:|")
    for cause, n in causes.most_common():
        print(f"| {cause} | {n} |")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
