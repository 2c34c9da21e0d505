"""A one-source row whose very figure another outlet also gives, in another row: consistent, not single-source.

A row one source alone fills (one article, or the copies of one wire text) is judged ``single_source``. When
another outlet gives the same figure of the same measure and thing, but its claim sits in another row (a
one-source row the table's gate left out, or a shown row its words name otherwise: "the building was valued
at $380,600" beside another article's "about $380,600 in damage"; "110 homes destroyed" beside "at least 110
homes destroyed"), two outlets agree on the figure and a reader calls it consistent. The row keeps its claims
(the other row may count the thing in other words, and joining rows is the joins' business): it is only
judged again, and its explanation names the other outlet's figure.

One figure means one value with at least two significant digits ("380,600", "2.3 million", "110": a figure
as small or as round as "three" or "2,000" recurs for other things in any story), in one measure (a sum of
damage and a sum of money are one), in one unit, both of people or both of things, and one head noun named,
or none on one side. A vague word is no figure. Only claims of rows are read, never a claim a filter left out
(another event's toll, an earlier year's count): those are not the story's reports.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping, Sequence

from storyline.extract.claim_words import head_noun
from storyline.link.agreed_rows import source_of
from storyline.model import Claim, Fact

FEWEST_DIGITS = 2  # "110", "2.3 million", "380,600"; never "three", "20" or "2,000"
_KINDRED = {"damage": "money"}  # a sum of damage and a sum of money are one measure
_PEOPLE = frozenset({"victims", "perpetrators", "security_forces", "civilians", "officials", "combatants"})


def digits(value: float) -> int:
    """How many significant digits a value has: 380600 -> 4, 2300000 -> 2, 110 -> 2, 2000 -> 1, 5.1 -> 2."""
    return len(f"{abs(value):.6f}".replace(".", "").strip("0"))


def _kind(claim: Claim) -> str:
    return "people" if claim.role in _PEOPLE else "things" if claim.role == "objects" else ""


def same_figure(a: Claim, b: Claim) -> bool:
    """Whether two claims give one figure of one thing (see the module's docstring)."""
    if a.value is None or b.value != a.value or digits(a.value) < FEWEST_DIGITS:
        return False
    if "vague" in (a.qualifier, b.qualifier) or (a.unit or "") != (b.unit or ""):
        return False
    if _KINDRED.get(a.measure, a.measure) != _KINDRED.get(b.measure, b.measure):
        return False
    if _kind(a) and _kind(b) and _kind(a) != _kind(b):
        return False
    return len({head_noun(a.counted), head_noun(b.counted)} - {""}) <= 1


def rejudged(shown: Sequence[Fact], left_out: Sequence[Fact], claims: Mapping[str, Claim],
             copies: Mapping[str, str]) -> list[Fact]:
    """``shown`` with each one-source row whose figure another source gives in another row (shown, or
    ``left_out`` of the table) judged consistent."""
    rows = [(f, claims[c]) for f in [*shown, *left_out] for c in f.claims if c in claims]
    out = []
    for fact in shown:
        mine = [claims[c] for c in fact.claims if c in claims]
        sources = {source_of(c, copies) for c in mine}
        if fact.assessment == "single_source" and len(sources) == 1:
            echo = next(((row, o) for row, o in rows if row is not fact and source_of(o, copies) not in sources
                         and any(same_figure(c, o) for c in mine)), None)
            if echo is not None:
                row, other = echo
                where = f"in the row {row.label!r}" if row in shown else "in a row left out of the table"
                fact = dataclasses.replace(fact, assessment="consistent", explanation=(
                    f"{fact.explanation} Another outlet gives the same figure, {other.number_text} "
                    f"({other.article}), {where}."))
        out.append(fact)
    return out
