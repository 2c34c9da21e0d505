"""One holder's win-loss record, told one game apart, is one fact.

``reconcile`` keys a record by its tallies ("52-3", "45-7-2"), so that two teams' or two fighters' records stay
apart. But a record moves one game at a time, and outlets tell it at different moments, or one of them miscounts:
"Klitschko (52-3)" in six articles and "Klitschko, 53-3," in a seventh; "the Colts (10-5)" after the game and
"a 9-5 season" before it. A reader tabulates one record, which evolves or conflicts; the table showed two rows,
the lesser of which a lone source holds up and the filters drop, so the record looked consistent.

``fold_records`` joins two record quantities when

- most reports of each are a record read whole (``counted_as`` "record"), all with the same tallies;
- their tallies have as many parts and differ in one part only, by one game (52-3 and 53-3; 9-5 and 10-5;
  not 9-5 and 10-6, nor 43-39 and 162-139);
- the name nearest before the figures is one holder's in both ("Klitschko (52-3", "Klitschko, 53-3"), so that
  two sides' records stay apart ("the Colts (10-5) beat the Texans (9-5)");
- no article gives both records (an article that does tells them apart: two holders, or a before and after
  it sets side by side).

The quantity told by fewer articles joins the other.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TypeVar

from storyline.link.assess import Told as Report
from storyline.link.one_row import Unit, free

R = TypeVar("R", bound=Report)

_TALLY = re.compile(r"\d+")
# a capitalised word inside a sentence ("the Colts", "Klitschko"), not its first word, not a day or a month
_NAME = re.compile(r"(?<=[\w,;:)(] )[A-Z][\w'’-]+|(?<=\()[A-Z][\w'’-]+")
_NOT_HOLDERS = frozenset({"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "January",
                          "February", "March", "April", "May", "June", "July", "August", "September", "October",
                          "November", "December", "The", "A", "An", "KO", "KOs", "NFL", "NBA"})


def _tallies(reports: Sequence[Report]) -> tuple[int, ...] | None:
    """The one record a quantity's reports give, as its tallies, when most of them give it ("10-5", beside
    "their 10th win"); None for any other quantity."""
    records = [r for r in reports if r.claim.counted_as == "record"]
    told = {tuple(int(n) for n in _TALLY.findall(r.claim.number_text)) for r in records}
    if len(told) != 1 or len(records) * 2 < len(reports):
        return None
    tallies = next(iter(told))
    return tallies if len(tallies) >= 2 else None


def _holder(report: Report) -> str | None:
    """The name nearest before a record's figure in its sentence: whose record it is."""
    at = report.claim.figure_at()
    if at < 0:
        return None
    names = [n for n in _NAME.findall(report.claim.text[:at]) if n not in _NOT_HOLDERS]
    return names[-1] if names else None


def _one_game_apart(a: tuple[int, ...], b: tuple[int, ...]) -> bool:
    if len(a) != len(b):
        return False
    gaps = [abs(x - y) for x, y in zip(a, b, strict=True) if x != y]
    return gaps == [1]


def fold_records(units: Sequence[Unit[R]]) -> None:
    """Join the records of one holder told one game apart (the module's docstring)."""
    records = [(unit, tallies) for unit in units if free(unit) and (tallies := _tallies(unit.total)) is not None]
    records.sort(key=lambda pair: -len({r.claim.article for r in pair[0].total}))
    for i, (lesser, tallies) in reversed(list(enumerate(records))):
        if not lesser.total:
            continue
        holders = {h for r in lesser.total if (h := _holder(r))}
        articles = {r.claim.article for r in lesser.total}
        for greater, others in records[:i]:
            if not greater.total or not _one_game_apart(tallies, others):
                continue
            if articles & {r.claim.article for r in greater.total}:
                continue
            if not holders & {h for r in greater.total if (h := _holder(r))}:
                continue
            greater.total = greater.total + lesser.total
            lesser.total = []
            break
