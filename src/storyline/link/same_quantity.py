"""One quantity, one row: quantities the facts table keyed apart that its articles show to be one.

``reconcile`` keys claims by what they measure and count, then folds a quantity told under another
noun into a larger one (``reconcile._absorb``). Some pairs escape that because their keys say two
things while their articles say one:

- a toll told by who died beside the toll told in general ("one man was killed" beside "one person
  killed"): a part of a toll is kept apart on purpose ("two women and a man" of three killed), but when
  every article that gives both gives them one figure, the part is the whole toll, told by sex;
- a toll one article alone gives under another noun beside the story's toll that gives its figure ("five remain
  missing" in a headline beside its body's and other outlets' "five children"), when one of the two names nobody
  and the figure is the toll's in that article or in two others (``fold_lone_tolls``);
- a count of times something was done beside the count of the things done ("can be recharged up to
  1,000 times" beside "up to 1,000 recharges", "arrested three times" beside "three arrests");
- a floor below a quantity's figure ("more than two dozen pieces of equipment" beside "31 pieces",
  "at least 6,000 sites infected" beside "about 10,000"): a bound the figure meets is that figure told
  loosely, not another figure (``bound_fits``, read by ``reconcile._fits``); a word of amount that allows the
  figure ("several climbers" beside "seven climbers") says no other figure either (``vague_fits``);
- a share the reader found no noun for beside the share of the same figure other outlets name ("will shed
  12 per cent of its work force" beside "12 percent of the workforce"), when its clause gives the figure as
  a share of that noun (``fold_bare_shares``).

The guards keep different quantities apart: figures must agree in every article that gives both, a
part whose figure an article tells apart from the toll's ("two women" beside "three people") stays a
part, and a floor far below the figure ("at least 2" beside 31) says nothing of it.
"""

from __future__ import annotations

import itertools
import math
import re
from collections.abc import Callable, Sequence
from typing import Protocol, TypeVar

from storyline.link.assess import Told as Report
from storyline.model import Claim

TOLLS = frozenset({"killed", "injured", "missing"})
FLOOR_SHARE = 0.5  # a floor ("at least 6,000") is the figure told loosely only when at least this share of it
BOUND_FLOOR = 10  # a bound on a figure smaller than this ("at least one", "up to three") tells no figure


R = TypeVar("R", bound=Report)  # what this module reads of one report (``reconcile._Report``)


class Unit(Protocol[R]):
    """What this module reads and changes of one quantity (``reconcile._Unit``)."""

    total: list[R]
    parts: dict[str, list[R]]
    within: int | None


def bound_fits(r: Report, g: Report) -> bool:
    """Whether two reports give one figure, one of them loosely: a floor ("at least 6,000", "more than two
    dozen") that the other's figure meets and that is at least half of it, or a ceiling ("up to 40", "as
    many as 10,000") the other's figure reaches by half or more. A floor or ceiling of a few ("at least
    one") fits too many figures to tell one."""
    return _bound_fits(r, g) or _bound_fits(g, r)


def _bound_fits(bound: Report, told: Report) -> bool:
    if bound.claim.qualifier == "vague" or told.claim.qualifier == "vague" or told.claim.value is None:
        return False
    figure = told.claim.value
    if figure < BOUND_FLOOR or told.claim.qualifier != "exact":
        return False
    if bound.claim.qualifier in ("at_least", "more_than") and math.isinf(bound.high):
        return FLOOR_SHARE * figure <= bound.low <= figure
    return False


def vague_fits(vague: Report, told: Report) -> bool:
    """Whether a word of amount ("several climbers", "a handful of people") allows a figure another report
    gives exactly ("seven climbers"): it says no other figure, so it does not keep the two quantities apart."""
    return vague.claim.qualifier == "vague" and told.claim.qualifier == "exact" and told.low == told.high and \
        vague.low <= told.low <= vague.high


def _figures(reports: Sequence[Report]) -> set[tuple[float, float]]:
    return {(r.low, r.high) for r in reports if r.claim.qualifier != "vague" and not math.isinf(r.high)}


def _by_article(reports: Sequence[Report]) -> dict[str, set[tuple[float, float]]]:
    out: dict[str, set[tuple[float, float]]] = {}
    for r in reports:
        out.setdefault(r.claim.article, set()).update(_figures([r]))
    return out


RESTATED_SHARE = 3  # a part restates the whole when no more than one in this many articles giving both tells them apart


def _restates(part: Sequence[Report], whole: Sequence[Report]) -> bool:
    """Whether every figure of ``part`` is a figure of ``whole``: the articles that give both give the part's
    figures among the whole's (at least one does; one in ``RESTATED_SHARE`` may tell a part of the part beside
    them), an article that gives the part only as a bound says nothing against it, and the articles that give only
    ``part`` give a figure ``whole`` has elsewhere."""
    # an article that gives the part only as a bound ("at least nine patients") says no figure against the whole
    mine = {a: told for a, told in _by_article(part).items() if told}
    theirs = _by_article(whole)
    shared = set(mine) & set(theirs)
    if not shared:
        return False
    # an article tells the two figures apart ("two women and a man": three killed); one article of three may tell
    # a part of the part ("a second patient transferred has died") beside the whole's figures
    apart = sum(not mine[a] <= theirs[a] for a in shared)
    if apart * RESTATED_SHARE > len(shared):
        return False
    everywhere = _figures(whole)
    return all(mine[a] <= everywhere for a in set(mine) - shared)


def _one_key(reports: Sequence[Report], key: Callable[[Claim], tuple[str, ...]]) -> tuple[str, ...] | None:
    keys = {key(r.claim) for r in reports}
    return next(iter(keys)) if len(keys) == 1 else None


def _free(unit: Unit[R]) -> bool:
    return bool(unit.total) and not unit.parts and unit.within is None


def fold_tolls_told_by_who(units: Sequence[Unit[R]], *, key: Callable[[Claim], tuple[str, ...]]) -> None:
    """Fold a toll told by who died ("one man killed", "two women were shot dead") into the story's toll
    of the same measure told in general ("one person killed", "two people died"), when the articles that
    give both give them one figure. ``key`` is ``reconcile``'s key of a count of people: (measure, role,
    who, ...), ``who`` empty for a generic noun."""
    for part in units:
        if not _free(part):
            continue
        mine = _one_key(part.total, key)
        if mine is None or len(mine) < 3 or mine[0] not in TOLLS or not mine[2]:
            continue
        for whole in units:
            if whole is part or not _free(whole):
                continue
            theirs = _one_key(whole.total, key)
            if theirs is None or len(theirs) != len(mine) or theirs[2] or \
                    theirs[:2] + theirs[3:] != mine[:2] + mine[3:]:
                continue
            if _restates(part.total, whole.total):
                whole.total = whole.total + part.total
                part.total = []
                break


def fold_lone_tolls(units: Sequence[Unit[R]], *, key: Callable[[Claim], tuple[str, ...]],
                    bare: Callable[[Claim], bool]) -> None:
    """Fold a toll one article alone gives under another noun ("three pupils were killed", "five people are still
    missing") into the one corroborated toll of the same measure that gives that figure ("children killed",
    "workers missing"), when one of the two names nobody ("people") and the lone article gives the toll no other
    figure. Two named groups ("two firefighters", "two motorists") stay apart, as does a figure the toll lacks or
    gives in one article only (which may be another toll's figure grouped there). ``bare`` says whether a claim's
    noun names nobody ("people", or none)."""
    for part in units:
        if not _free(part):
            continue
        mine = _one_key(part.total, key)
        if mine is None or len(mine) < 3 or mine[0] not in TOLLS:
            continue
        articles = {r.claim.article for r in part.total}
        figures = _figures(part.total)
        if len(articles) != 1 or not figures or len(figures) != len({(r.low, r.high) for r in part.total}):
            continue  # told by more than one article, or with a word of amount or an open bound: no figure to match
        homes = []
        for whole in units:
            if whole is part or not _free(whole) or len({r.claim.article for r in whole.total}) < 2:
                continue
            theirs = _one_key(whole.total, key)
            # one of the two names nobody (its key's noun empty), and the rest of the two keys is one
            if theirs is None or len(theirs) != len(mine) or bool(theirs[2]) == bool(mine[2]) or \
                    theirs[:2] + theirs[3:] != mine[:2] + mine[3:]:
                continue
            unnamed = whole.total if mine[2] else part.total
            if 2 * sum(bare(r.claim) for r in unnamed) < len(unnamed):
                continue  # the side keyed as no one names no one: not "two motorists" beside "two firefighters"
            there = _by_article(whole.total)
            # the figure is the toll's where the lone article gives the toll too, or where two articles give it
            told = set(articles) & set(there) or all(sum(f in got for got in there.values()) >= 2 for f in figures)
            if told and figures <= _figures(whole.total) and all(there.get(a, figures) <= figures for a in articles):
                homes.append(whole)
        if len(homes) == 1:
            homes[0].total = homes[0].total + part.total
            part.total = []


_PARTICIPLE_ENDS = ("ied", "ed")


def _stem(word: str) -> str:
    """A crude stem shared by a verb's participle and its noun: "recharged"/"recharges" -> "recharg",
    "arrested"/"arrests" -> "arrest", "married"/"marriages" -> "marri"/"marriag" (compared by prefix)."""
    w = word.lower()
    if w.endswith("ied"):
        return w[:-3] + "i"
    for end in ("ed", "es", "s", "e"):
        if w.endswith(end) and len(w) - len(end) >= 4:
            return w[:-len(end)]
    return w


STEM_MIN = 5  # a shared stem this long names one act ("arrest", "recharg"); shorter ones ("sho") do not


def same_act(participle: str, noun: str) -> bool:
    a, b = _stem(participle), _stem(noun)
    short, long_ = sorted((a, b), key=len)
    return len(short) >= STEM_MIN and long_.startswith(short) and len(long_) - len(short) <= 3


def _times_done(reports: Sequence[Report]) -> set[str]:
    """The participles of a count of times something was done ("recharged up to 1,000 times"), or none if
    some report counts something else."""
    if any(r.claim.unit != "times" or r.claim.measure != "count" for r in reports):
        return set()
    return {v for r in reports if (v := (r.claim.counted_as or "").lower()).endswith(_PARTICIPLE_ENDS)}


def _head(claim: Claim) -> str:
    words = (claim.counted or "").lower().split()
    return words[-1] if words else ""


def fold_times_into_acts(units: Sequence[Unit[R]]) -> None:
    """Fold a count of times a thing was done ("can be recharged up to 1,000 times", "was arrested four
    times") into the count of those acts ("up to 1,000 recharges", "four arrests") when its verb and the
    count's noun are one word's forms and their figures agree in every article that gives both."""
    for times in units:
        if not _free(times) or not (verbs := _times_done(times.total)):
            continue
        fits = []
        for acts in units:
            if acts is times or not _free(acts) or \
                    any(r.claim.measure != "count" or r.claim.unit in ("times", "people") for r in acts.total):
                continue
            heads = {_head(r.claim) for r in acts.total}
            if any(same_act(verb, head) for verb in verbs for head in heads) and agree_figures(times.total, acts.total):
                fits.append(acts)
        if len(fits) == 1:  # two counts of one act's noun: which one it is stays unknown
            fits[0].total = fits[0].total + times.total
            times.total = []


def agree_figures(a: Sequence[Report], b: Sequence[Report]) -> bool:
    """Whether ``a``'s figures are ``b``'s: each is one ``b`` gives, and an article that gives both gives a
    figure of each in common."""
    fa, fb = _figures(a), _figures(b)
    if not fa or not fa <= fb:
        return False
    mine, theirs = _by_article(a), _by_article(b)
    return all(mine[x] & theirs[x] for x in set(mine) & set(theirs) if mine[x] and theirs[x])


# "their eighth straight win", "eight consecutive victories", "five games in a row": a run of one thing
_STREAK = re.compile(r"^\s*-?\s*(?:straight|consecutive|successive)\b|^\s+(?:[\w-]+\s+){0,2}?in\s+a\s+row\b",
                     re.IGNORECASE)
# a run of days or seasons dates something ("the third straight night of clashes"); it counts no thing done
_TIME_WORDS = frozenset({"second", "minute", "hour", "day", "night", "week", "weekend", "month", "year", "season",
                         "time", "decade", "term", "quarter", "half", "session"})


def _streak(claim: Claim) -> bool:
    """Whether a count is a run ("their eighth straight win", "winners of eight straight games"), not of time."""
    at = claim.text.find(claim.number_text)
    if at < 0 or claim.measure != "count" or claim.unit in ("people", "troops", "times"):
        return False
    head = _head(claim)
    if head.rstrip("s") in _TIME_WORDS or head in _TIME_WORDS:
        return False
    return bool(_STREAK.match(claim.text[at + len(claim.number_text):]))


def fold_streaks(units: Sequence[Unit[R]]) -> None:
    """Fold the runs of one length a story tells under several nouns into one: "their eighth straight win",
    "their eighth consecutive victory", "winners of eight straight games" are one run, whatever an outlet
    calls what was won. Runs of other lengths ("seventh straight playoff berth") stay apart, and so do two
    runs an article tells apart with one figure under two nouns."""
    runs: dict[float, list[Unit[R]]] = {}
    for unit in units:
        if not _free(unit):
            continue
        values = {r.claim.value for r in unit.total if r.claim.qualifier != "vague"}
        told = sum(_streak(r.claim) for r in unit.total)
        if len(values) == 1 and None not in values and told * 2 > len(unit.total):
            runs.setdefault(next(iter(values)) or 0.0, []).append(unit)
    for same in runs.values():
        if len(same) < 2 or _told_apart_by_an_article(same):
            continue
        same.sort(key=lambda u: -len({r.claim.article for r in u.total}))
        for unit in same[1:]:
            if _names(unit.total) and _names(same[0].total) and not _names(unit.total) & _names(same[0].total):
                continue  # two sides' runs: "Duke won its third straight", "Charleston lost its third straight"
            same[0].total = same[0].total + unit.total
            unit.total = []


# a capitalised word inside a sentence: a name ("the Colts", "Duke"), not the sentence's first word
_NAME = re.compile(r"(?<=[\w,;:)] )[A-Z][\w'’-]+")


_DAYS = frozenset({"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "January",
                   "February", "March", "April", "May", "June", "July", "August", "September", "October", "November",
                   "December"})


def _names(reports: Sequence[Report]) -> set[str]:
    """The names the sentences of a quantity's reports give (not days or months): whose run it is."""
    return {n for r in reports for n in _NAME.findall(r.claim.text)} - _DAYS


def _told_apart_by_an_article(units: Sequence[Unit[R]]) -> bool:
    """Whether one sentence gives runs of one length in two of the quantities ("a third straight win and a
    third straight home game"); an article that tells one run twice ("their eighth straight win", "to win
    eight in a row") tells one run."""
    seen: dict[tuple[str, int], int] = {}
    for i, unit in enumerate(units):
        for r in unit.total:
            if _streak(r.claim) and seen.setdefault((r.claim.article, r.claim.start), i) != i:
                return True
    return False


SHARE_WINDOW = 6  # a bare share names what it is a share of within this many words of its preposition
_SHARE_WORDS = frozenset({"percent", "per", "cent", "pct", "percentage", "points"})
_OF = frozenset({"of", "on", "in", "from"})  # "3 percent of the payroll", "three per cent on the pay roll"
_CLAUSE_END = re.compile(r"[,;:!?()]|\.(?:\s|$)")


def _letters(word: str) -> str:
    return re.sub(r"[^a-z]", "", re.sub(r"['’]s$", "", word.lower()))


def _names_noun(claim: Claim, noun: str) -> bool:
    """Whether a sentence gives a claim's figure as a share of ``noun`` ("12 percent of its workforce"; "three per
    cent on the pay roll" names "payroll"), in the same clause, singular or plural."""
    at = claim.text.find(claim.number_text)
    if at < 0 or not noun:
        return False
    rest = _CLAUSE_END.split(claim.text[at + len(claim.number_text):], maxsplit=1)[0]
    words = [w for w in (_letters(x) for x in rest.split()) if w]
    while words and words[0] in _SHARE_WORDS:
        words = words[1:]
    if not words or words[0] not in _OF:
        return False
    words = words[1:SHARE_WINDOW + 1]
    said = set(words) | {a + b for a, b in itertools.pairwise(words)}
    return any(form in said for form in (noun, noun + "s", noun.removesuffix("s")))


def _bare_share(r: Report) -> bool:
    return r.claim.measure == "percent" and not r.claim.counted


def _share_head(unit: Unit[R]) -> str:
    """The one noun a named share's reports give it ("share of the payroll" -> payroll), or none."""
    if any(r.claim.measure != "percent" or not r.claim.counted for r in unit.total):
        return ""
    heads = {_letters(_head(r.claim)) for r in unit.total}
    return next(iter(heads)) if len(heads) == 1 else ""


def fold_bare_shares(units: Sequence[Unit[R]]) -> None:
    """Move a share the reader found no noun for ("the mill is shedding 12 per cent of its work force") into
    the share of the same figure that other outlets name ("12 percent of the workforce"), when its clause
    gives the figure as a share of that noun. A bare share whose figure the named one does not give stays
    where it is ("a 30 percent cut" beside "12 percent of the workforce"), and so does one whose article
    gives the named share another figure, one two named shares would fit, or one whose clause names no
    share ("prices rose 12 percent")."""
    named = [(u, head) for u in units if _free(u) and (head := _share_head(u))]
    if not named:
        return
    for unit in units:
        if not _free(unit) or not all(_bare_share(r) for r in unit.total):
            continue
        keep: list[R] = []
        for r in unit.total:
            fits = [u for u, head in named if _names_noun(r.claim, head) and _one_figure(r, u.total)]
            if len(fits) == 1:
                fits[0].total = [*fits[0].total, r]
            else:
                keep.append(r)
        unit.total = keep


def _one_figure(r: Report, reports: Sequence[Report]) -> bool:
    """Whether ``reports`` give ``r``'s figure, and none from ``r``'s article gives another."""
    mine = (r.low, r.high)
    same = [g for g in reports if (g.low, g.high) == mine]
    return bool(same) and all((g.low, g.high) == mine for g in reports if g.claim.article == r.claim.article)
