"""Two rows one sentence tells as one count moving: "arrests rise to 41, up from 38".

A later report gives a count's new figure and restates the old one beside it: "the number of people
arrested has risen to 41, up from 38 on Tuesday", "187,000 customers were still without power, down from
438,000 a day earlier", "the government raised its offer from 10 percent to 15 percent". The old figure
lands in the row of the outlets that gave it; the new one, which few outlets have yet, is split off by
value into a row of its own (``reconcile._told_apart``, ``_by_value``). The table then shows one quantity
twice, once per day, and calls the old row consistent, when the writer says in so many words that the two
are one count at two times.

This module joins two shown rows when one sentence holds a figure of each and tells one as the other's
earlier value ("up from", "down from", or a change verb before both: "raised ... from 10 percent to 15
percent"), and

- the rows are of one measure, the two figures of one unit, and neither is a part or a sub-event (``part_of``,
  ``scope``): a village's toll told "up from" the day before is that village's, not the total's;
- they count one noun ("customers", "Hydro-Québec customers"), or one of them names none ("people"), and so do
  the two figures: in "14 suspects, including three women, had been arrested, up from six", the six are
  suspects, not women;
- the two figures differ (a count that "rose to 41" told beside 41 is no move), no other figure stands
  between them ("arrested 88 overnight, pushing the total to 223, up from 135": the total moved, not the
  night's count), and the earlier is not another month's or year's ("rose to 5.9% in October from 5.1% in
  September": two months' rates);
- they are not readings of an air-quality index: "the API reached 203, up from 156 on Sunday" tells two days'
  readings, each a row of its own (``reconcile._amounts``).

A row that tells its count moving within itself joins too a row whose figure it restates as the earlier one:
"four helicopters are now involved in the search, up from three on Friday" beside another outlet's "three
helicopters were deployed" (a count and a deployment of one noun that names something, never "people").

The joined row's judgement then reads the move (``reconcile._judge``: an article that tells the figure
moving makes the row evolving). It reads only the sentence that holds both figures, never a story's words.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence

from storyline.extract import counted_fix, scales
from storyline.link.assessed import head_noun
from storyline.model import Claim, Fact

# the earlier figure told right after the new one: "41, up from 38", "two remain missing, down from seven"
_RESTATED = counted_fix.RESTATED
# a change verb before both figures: "raised its offer from 10 percent to 15 percent", "rose to 41 from 38"
_CHANGED = re.compile(r"\b(?:rais(?:ed|es|ing)|increased|lifted|r[oi]se[sn]?|rising|climbed|cut|lowered|reduced|"
                      r"revised|fell|fallen|dropped)\b", re.IGNORECASE)
_FROM_TO = re.compile(r"^\s*(?:[\w%$€£-]+\s+){0,2}?(?:to|from)\s+(?:(?:about|some|around|nearly|almost|roughly|more\s+"
                      r"than|over|at\s+least)\s+)?$", re.IGNORECASE)
_TWO_CLAUSES = re.compile(r"\b(?:while|whereas|but|against|compared|and)\b|;", re.IGNORECASE)


# the earlier figure of another month or year, not the same count a day before: "from 5.1% in September"
_OTHER_PERIOD = re.compile(r"^\s*(?:[\w%$€£-]+\s+)?(?:in\s+(?:January|February|March|April|May|June|July|August|"
                           r"September|October|November|December|(?:19|20)\d\d)|(?:a|one)\s+(?:month|year|quarter)\s+"
                           r"(?:earlier|before|ago)|last\s+(?:month|year|quarter)|the\s+(?:previous|prior)\s+"
                           r"(?:month|year|quarter))\b")


def moves(a: Claim, b: Claim, figures: Sequence[int] = ()) -> bool:
    """Whether one sentence tells the two figures as one count's earlier and later value, with no other
    figure between them (``figures``: where the sentence's figures stand) and the same noun."""
    return earlier(a, b, figures) is not None


def earlier(a: Claim, b: Claim, figures: Sequence[int] = ()) -> Claim | None:
    """The earlier of two figures one sentence tells as one count's earlier and later value (``moves``): the
    one restated after the new ("41, up from 38"), or the one a change starts from ("from 10 percent to 15
    percent"); None when the sentence tells no move."""
    if a.article != b.article or a.start != b.start or a.value is None or b.value is None or a.value == b.value \
            or a.unit != b.unit:
        return None
    if a.counted and b.counted and head_noun(a.counted) != head_noun(b.counted):
        return None  # "14 suspects, including three women, ..., up from six": the six are suspects
    at_a, at_b = a.figure_at(), b.figure_at()
    if at_a < 0 or at_b < 0 or at_a == at_b:
        return None
    first, second = (a, b) if at_a < at_b else (b, a)
    at_first, at_second = min(at_a, at_b), max(at_a, at_b)
    between = a.text[at_first + len(first.number_text):at_second]
    if sum(1 for at in figures if at_first < at < at_second) == 1 and \
            counted_fix.pair_restated(between, a.text[at_second + len(second.number_text):]):
        return second  # "467 destroyed and 1,380 damaged, up from 412 and 1,150": a pair restated in order
    if any(at_first < at < at_second for at in figures):
        return None  # "arrested 88 overnight, pushing the total to 223, up from 135": 223 moved, not 88
    if _OTHER_PERIOD.match(a.text[at_second + len(second.number_text):]):
        return None
    if _RESTATED.search(between) and not _TWO_CLAUSES.search(between):
        return second
    return first if _CHANGED.search(a.text[:at_first]) and _FROM_TO.match(between) else None


def _same_noun(a: Fact, b: Fact) -> bool:
    """Whether two rows count one noun ("customers", "Hydro-Québec customers": one head), or one of them
    names none ("people", no noun)."""
    generic = ("people", "persons", "")
    x, y = (a.counted or "").lower(), (b.counted or "").lower()
    return x in generic or y in generic or head_noun(x) == head_noun(y)


def _one_kind(a: Fact, b: Fact) -> bool:
    return a.measure == b.measure and not (a.part_of or b.part_of or a.scope or b.scope) and _same_noun(a, b)


# a count of a force or a fleet told by what it does ("four helicopters were involved in the search") is its
# deployment
_ALIKE = frozenset({"count", "deployed"})


def _restated_there(a: Fact, b: Fact, olds: Sequence[Claim], theirs: Sequence[Claim]) -> bool:
    """Whether a row that tells its count moving ("four helicopters are now involved, up from three on
    Friday"; ``olds``, its earlier figures) restates, as the earlier figure, one another outlet gives in the other
    row ("three helicopters were deployed"): of one noun that names something (not "people"), a measure alike."""
    if not olds or not ({a.measure, b.measure} <= _ALIKE or a.measure == b.measure) or a.part_of or b.part_of \
            or a.scope or b.scope or not a.counted or not b.counted or head_noun(a.counted) != head_noun(b.counted) \
            or head_noun(a.counted) in ("people", "person"):
        return False
    return any(t.value == old.value and t.unit == old.unit and t.article != old.article for old in olds for t in theirs)


def _earlier_figures(mine: Sequence[Claim], figures: Mapping[tuple[str, int], list[int]]) -> list[Claim]:
    """The figures a row's own sentences restate as its count's earlier value ("up from three on Friday")."""
    found = []
    for i, x in enumerate(mine):
        for y in mine[i + 1:]:
            old = earlier(x, y, figures.get((x.article, x.start), ()))
            if old is not None:
                found.append(old)
    return found


def join_moved(shown: Sequence[Fact], claims: Mapping[str, Claim],
               make: Callable[[list[str]], Fact]) -> list[Fact]:
    """The shown rows, with each pair one sentence tells as one count moving joined into one row (the
    module's docstring), in the place of the first of them."""
    rows = list(shown)
    figures: dict[tuple[str, int], list[int]] = {}  # where each sentence's figures stand
    for c in claims.values():
        figures.setdefault((c.article, c.start), []).append(c.figure_at())
    told: dict[str, tuple[list[Claim], list[Claim]]] = {}  # per row: its claims, and the earlier figures it restates

    def of(row: Fact) -> tuple[list[Claim], list[Claim]]:
        if row.id not in told:
            mine = [claims[c] for c in (*row.claims, *row.repeats) if c in claims]
            told[row.id] = (mine, _earlier_figures(mine, figures))
        return told[row.id]

    joined = True
    while joined:
        joined = False
        for i, a in enumerate(rows):
            mine, my_olds = of(a)
            for j in range(i + 1, len(rows)):
                b = rows[j]
                theirs, their_olds = of(b)
                if (_one_kind(a, b) and not any(c.unit == scales.AIR_INDEX for c in mine)
                        and any(moves(x, y, figures[(x.article, x.start)]) for x in mine for y in theirs)) \
                        or _restated_there(a, b, my_olds, theirs) or _restated_there(b, a, their_olds, mine):
                    ids = list(dict.fromkeys((*a.claims, *a.repeats, *b.claims, *b.repeats)))
                    rows[i] = make(ids)
                    del rows[j]
                    joined = True
                    break
            if joined:
                break
    return rows
