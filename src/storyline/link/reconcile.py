"""The facts table: claims that report the same quantity, grouped and judged.

Claims are grouped by what they measure, who is counted and where (a place other than the
story's main one keeps a claim apart; amounts of things are grouped within their
sentence, where bracketed conversions restate one amount). Each group is judged:

- single_source: every figure comes from one article;
- consistent: all figures are compatible (their ranges overlap);
- evolving: a cumulative tally (killed, injured, detained, deployed) whose figures rise
  with the date they refer to (a claim's ``as_of``, else its article's date);
- conflicting: incompatible figures that time does not explain.
"""

from __future__ import annotations

import hashlib
import math
import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Literal

from storyline.extract.claims import in_parentheses
from storyline.model import Article, Claim, Fact

CUMULATIVE = {"killed", "injured", "detained", "deployed"}
PEOPLE_UNITS = {"people", "troops"}
SKIP_MEASURES = {"other"}
VAGUE_RANGES = (  # (words, low, high): what vague amounts can mean
    (r"tens of thousands", 20_000, 99_999), (r"hundreds of thousands", 200_000, 999_999),
    (r"several dozen", 24, 99), (r"several hundred", 200, 999), (r"several thousand", 2_000, 9_999),
    (r"several million", 2e6, 9.9e6), (r"a few dozen", 24, 60), (r"a few hundred", 200, 500),
    (r"a few thousand", 2_000, 5_000), (r"dozens", 24, 199), (r"scores", 40, 199), (r"hundreds", 200, 1_999),
    (r"thousands", 2_000, 19_999), (r"millions", 2e6, 1e8), (r"several", 3, 9), (r"a few", 2, 6),
    (r"a handful", 2, 6), (r"a number of", 2, math.inf), (r"numerous|countless", 5, math.inf),
)
_MEASURE_WORDS = {"killed": "killed", "injured": "injured", "detained": "detained", "deployed": "deployed",
                  "price": "price", "damage": "damage", "duration": "duration", "count": "counted"}
_GROUP_WORDS = {"protesters": "protesters", "security_forces": "security forces", "civilians": "civilians",
                "foreign_troops": "foreign troops", "mixed": "people (all sides)", "unspecified": "people",
                "not_people": ""}


@dataclass(frozen=True, slots=True)
class _Report:
    claim: Claim
    outlet: str
    when: str | None  # the date the figure refers to: its as_of, else its article's publication date
    low: float
    high: float


def interval(claim: Claim) -> tuple[float, float]:
    """The range of values a claim allows."""
    v = claim.value
    if claim.qualifier == "vague" or (v is None and claim.low is None and claim.high is None):
        words = claim.number_text.lower()
        for pattern, lo, hi in VAGUE_RANGES:
            if re.search(pattern, words):
                return float(lo), float(hi)
        return 0.0, math.inf
    if claim.qualifier == "range":
        return float(claim.low or 0.0), float(claim.high if claim.high is not None else math.inf)
    assert v is not None
    return {
        "exact": (v, v), "at_least": (v, math.inf), "more_than": (v, math.inf), "almost": (0.9 * v, v),
        "up_to": (0.0, v), "about": (0.85 * v, 1.15 * v),
    }.get(claim.qualifier, (v, v))


def reconcile(articles: Sequence[Article], *, story: str) -> tuple[Fact, ...]:
    """Group a story's claims into facts and judge each."""
    main = _main_place(articles)
    groups: dict[tuple[str, ...], list[_Report]] = {}
    for article in articles:
        before: dict[int, tuple[str, ...]] = {}  # per sentence: the key of its last amount of things
        for claim in article.claims:
            if claim.measure in SKIP_MEASURES:
                continue
            lo, hi = interval(claim)
            report = _Report(claim=claim, outlet=article.outlet or article.id, when=_when(claim, article),
                             low=lo, high=hi)
            key = _key(claim, main)
            if _of_things(claim):
                if claim.start in before and _bracketed(claim, article):
                    key = before[claim.start]  # "40 million euros (330 million lunars)": one amount, converted
                before[claim.start] = key
            groups.setdefault(key, []).append(report)
    facts = [_fact(reports, story=story, main=main) for reports in groups.values()]
    return tuple(sorted(facts, key=lambda f: (f.assessment == "single_source", -len(f.claims), f.label)))


def _main_place(articles: Sequence[Article]) -> str | None:
    counts: dict[str, int] = {}
    for article in articles:
        for claim in article.claims:
            if claim.location:
                counts[claim.location] = counts.get(claim.location, 0) + 1
    return max(counts, key=lambda k: counts[k]) if counts else None


def _when(claim: Claim, article: Article) -> str | None:
    for value in (claim.as_of, article.published):
        if value and re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
            return value
    return None


def _key(claim: Claim, main: str | None) -> tuple[str, ...]:
    place = "" if not claim.location or claim.location == main else claim.location.lower()
    subset = "subset" if (claim.subject or "").endswith("(of whom)") else ""
    if claim.unit in PEOPLE_UNITS:
        # a crowd or a count is not a running tally: the same count on another day is another fact
        day = (claim.as_of or "") if claim.measure == "count" else ""
        return (claim.measure, claim.subject_group, place, subset, day, claim.counted_as or "")
    if claim.unit == "times":  # "doubling", "twofold": the same change, wherever it is told
        return (claim.measure, claim.subject_group, "times")
    # amounts of things: each its own fact ("40 helpers and 12 water pumps"), but for a
    # conversion in brackets, which joins the amount before it (reconcile)
    return (claim.measure, claim.subject_group, place, claim.article, str(claim.start),
            (claim.unit or claim.subject or "").lower())


def _of_things(claim: Claim) -> bool:
    """Whether a claim counts things (the last kind of ``_key``), not people or a change."""
    return claim.unit not in PEOPLE_UNITS and claim.unit != "times"


def _bracketed(claim: Claim, article: Article) -> bool:
    """Whether the amount stands in brackets in its sentence: "(330 million lunars)"."""
    sentence = article.text[claim.start:claim.end]
    at = sentence.find(claim.number_text)
    return at > 0 and in_parentheses(sentence, at)


def _fact(reports: list[_Report], *, story: str, main: str | None) -> Fact:
    claims = [r.claim for r in reports]
    lows = [r.claim.low if r.claim.low is not None else r.claim.value for r in reports]
    highs = [r.claim.high if r.claim.high is not None else r.claim.value for r in reports]
    known_lows = [x for x in lows if x is not None]
    known_highs = [x for x in highs if x is not None]
    assessment, explanation = _judge(reports)
    first = claims[0]
    place = first.location if first.location and first.location != main else (main or "")
    label = _label(first, place)
    digest = hashlib.sha1("|".join(c.id for c in claims).encode()).hexdigest()[:10]
    return Fact(id=f"{story}:f{digest}", label=label, measure=first.measure, subject_group=first.subject_group,
                location=place or None, claims=tuple(c.id for c in claims),
                low=min(known_lows) if known_lows else None, high=max(known_highs) if known_highs else None,
                assessment=assessment, explanation=explanation)


def _label(claim: Claim, place: str) -> str:
    if claim.unit in PEOPLE_UNITS:
        who = _GROUP_WORDS.get(claim.subject_group, "people")
        did = claim.counted_as if claim.measure == "count" and claim.counted_as else None
        what = f"{who} {did or _MEASURE_WORDS.get(claim.measure, claim.measure)}"
    else:
        what = f"{claim.measure}: {claim.subject or claim.unit or 'amount'}"
    return f"{what} in {place}" if place else what


def _figure(r: _Report) -> str:
    c = r.claim
    parts = [f"{c.number_text} ({r.outlet}"]
    if r.when:
        parts.append(f", {r.when}")
    if c.attributed_to:
        parts.append(f", credited to {c.attributed_to}")
    return "".join(parts) + ")"


Assessment = Literal["consistent", "evolving", "conflicting", "single_source"]


def _figures(reports: list[_Report], *, most: int = 4) -> str:
    shown = "; ".join(_figure(r) for r in reports[:most])
    return shown + (f"; and {len(reports) - most} more" if len(reports) > most else "")


_STOP = {"the", "of", "s", "and", "in", "a", "an", "via", "citing"}


def _words(name: str) -> set[str]:
    words = set(re.findall(r"[^\W_]+", name.lower()))
    return (words - _STOP) or words


def _credit(reports: list[_Report]) -> str:
    """How many figures credit the most cited source. Spellings of one source ("Interior
    Ministry", "Ministry of the Interior") are counted together when most words overlap."""
    sources = [r.claim.attributed_to for r in reports if r.claim.attributed_to]
    if not sources:
        return "none credited to a source"
    best, best_n = sources[0], 0
    for s in sources:
        ws = _words(s)
        n = sum(1 for t in sources if len(ws & _words(t)) / max(1, min(len(ws), len(_words(t)))) >= 0.5)
        if n > best_n:
            best, best_n = s, n
    return f"{best_n} of {len(reports)} credited to {best}"


def _judge(reports: list[_Report]) -> tuple[Assessment, str]:
    articles = {r.claim.article for r in reports}
    figures = _figures(reports)
    if len(articles) == 1:
        return "single_source", f"Reported by one article only: {figures}."
    clash = [(a, b) for i, a in enumerate(reports) for b in reports[i + 1:]
             if a.claim.article != b.claim.article and (a.high < b.low or b.high < a.low)]
    if not clash:
        return "consistent", f"{len(articles)} articles give compatible figures: {figures}."
    measure = reports[0].claim.measure
    dated = sorted((r for r in reports if r.when), key=lambda r: r.when or "")
    if measure in CUMULATIVE and len({r.when for r in dated}) >= 2:
        first_day, last_day = dated[0].when, dated[-1].when
        early = _middle([r for r in dated if r.when == first_day])
        late = _middle([r for r in dated if r.when == last_day])
        if early < late:
            return "evolving", (f"Figures rise from {_range_text(dated, first_day)} on {first_day} to "
                                f"{_range_text(dated, last_day)} on {last_day} ({_credit(reports)}).")
    a, b = clash[0]
    when = "" if a.when == b.when or not (a.when and b.when) else " and time does not explain the difference"
    return "conflicting", (f"{_figure(a)} and {_figure(b)} cannot both hold{when}; "
                           f"{len(reports)} reports in all ({_credit(reports)}).")


def _middle(reports: list[_Report]) -> float:
    values = sorted(r.low if math.isinf(r.high) else (r.low + r.high) / 2 for r in reports)
    return values[len(values) // 2]


def _range_text(reports: list[_Report], day: str | None) -> str:
    return " / ".join(r.claim.number_text for r in reports if r.when == day)
