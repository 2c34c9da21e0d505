"""Two shown one-source rows in which two outlets print one figure for one group: one row of two sources.

A toll, an arrest, a deployment or a sum of damage one outlet alone gives is shown (``reconcile.TOLD_ALONE``).
When two outlets each give the same figure for the same group but name the group in their own words ("800
soldiers and police", "some 800 troops and police officers"), each report is keyed by its own noun, and the
table shows two rows of one source each: one quantity twice, and two outlets that agree shown as two that
stand alone. This module joins such a pair into one row when

- both rows are shown, each of one source (copies of one wire text are one), and the two sources are
  independent (``kept_figures.independent``: other outlets, other words);
- both are of one measure, give one value each, the same, above a handful (``two_sources.SMALL``: "three
  people" recurs for other groups in any story);
- they count one group: the nouns they count share a word ("soldiers and police", "troops and police
  officers"), or one names a group and the other names none in particular ("people", none);
- neither is a part or a sub-event of another row (``part_of``, ``scope``), and their places do not differ
  (one names the other, or one has none).

A shared figure alone is no evidence (two soldiers and two militants killed): the nouns must agree as well.
It reads only measures, nouns, figures, places and sources, never a story's words.

``join_into_rows`` joins one outlet's row into a larger one: a shown one-source row whose one figure, above a
handful, a shown row of its measure with two sources or more gives in the same unit ("71 people counted" beside
"71 people aboard" told by three outlets), where neither is a part or a sub-event and their places agree. No noun
is asked for: the larger row's outlets already agree on the figure, and one more outlet giving it, keyed apart
by its own words, is most often one more report of it. Not shares: two parties' percentages agree by chance.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence

from storyline.link.agreed_rows import source_of
from storyline.link.join_rows import join_where, point_figures
from storyline.link.kept_figures import independent
from storyline.link.restated_rows import one_thing
from storyline.link.two_sources import SMALL
from storyline.model import Claim, Fact

# roles that name a group of people in particular: two outlets' nouns for one of them ("soldiers", "troops")
_GROUPS = frozenset({"victims", "perpetrators", "security_forces", "civilians", "officials", "combatants"})


def join_pairs(shown: Sequence[Fact], claims: Mapping[str, Claim], *, copies: Mapping[str, str],
               make: Callable[[list[str]], Fact]) -> list[Fact]:
    """The shown rows with each pair of one-source rows that tell one figure of one group made one row by
    ``make`` (of both rows' claim ids), in the first row's place (see the module's docstring)."""
    rows = list(shown)
    i = 0
    while i < len(rows):
        partner = next((j for j in range(i + 1, len(rows)) if _one_figure(rows[i], rows[j], claims, copies)), None)
        if partner is None:
            i += 1
            continue
        joined = make([*rows[i].claims, *rows[partner].claims])
        rows[i] = joined
        del rows[partner]
    return rows


def _value(fact: Fact) -> float | None:
    return fact.low if fact.low is not None and fact.low == fact.high else None


def _places_agree(a: str | None, b: str | None) -> bool:
    if not a or not b:
        return True
    x, y = a.lower(), b.lower()
    return x in y or y in x


def _one_figure(a: Fact, b: Fact, claims: Mapping[str, Claim], copies: Mapping[str, str]) -> bool:
    """Whether two shown rows are two outlets' one figure of one group (the module's docstring)."""
    if a.sources != 1 or b.sources != 1 or a.measure != b.measure:
        return False
    value = _value(a)
    if value is None or value != _value(b) or value <= SMALL:
        return False
    if a.part_of or b.part_of or a.scope or b.scope or not _places_agree(a.location, b.location):
        return False
    mine = [claims[c] for c in a.claims if c in claims]
    theirs = [claims[c] for c in b.claims if c in claims]
    if not mine or not theirs:
        return False
    x, y = mine[0], theirs[0]
    return independent(source_of(x, copies), x, source_of(y, copies), y) and \
        (one_thing(a, b) or (a.role == b.role and a.role in _GROUPS))


def join_into_rows(shown: Sequence[Fact], claims: Mapping[str, Claim], *,
                   make: Callable[[list[str]], Fact]) -> list[Fact]:
    """The shown rows with each one-source row whose one figure, above a handful, a larger shown row of the same
    measure holds (the same value in the same unit) joined into that row by ``make``: one outlet's report of a count
    the others tell, keyed apart by its own noun ("71 people counted", "71 people aboard")."""
    return join_where(shown, lambda lone, other: _held_by(lone, other, claims), make=make)


def _figures(fact: Fact, claims: Mapping[str, Claim]) -> set[tuple[str | None, float | None]]:
    """A row's point figures above a handful, each with its unit."""
    return {(c.unit, c.value) for c in point_figures(fact, claims) if (c.value or 0) > SMALL}


def _held_by(lone: Fact, other: Fact, claims: Mapping[str, Claim]) -> bool:
    """Whether ``lone``, one outlet's row, gives a figure ``other``, a larger row of its measure, holds."""
    if lone.sources != 1 or other.sources < 2 or lone.measure != other.measure or lone.measure == "percent":
        return False  # (two parties' shares of a vote, two polls' figures, agree to the point by chance)
    if lone.part_of or lone.scope or other.part_of or other.scope or not _places_agree(lone.location, other.location):
        return False
    mine = _figures(lone, claims)
    if not mine and lone.role == "victims" and lone.counted == "people":  # people told with no noun ("11 taken to
        # hospital", a row ``harm_counts.told_alone`` names): a count of people, in their unit
        mine = {("people", c.value) for c in (claims[i] for i in lone.claims if i in claims)
                if c.unit is None and c.value is not None and c.value > SMALL and c.qualifier != "range"}
    return len(mine) == 1 and bool(mine & _figures(other, claims))
