"""A running total told beside the day's count: the same quantity's row, not a row of its own.

A writer adds the day's count to the tally in one breath: "two more suspects were arrested on Wednesday,
bringing the number in custody to five"; "three more bodies were found, raising the toll to 31". The claim
reader reads the total as a count of its own and names it otherwise (the number "in custody" is of people, the
day's count of suspects), so the table shows a one-source row of the total beside the row that holds the day's
count. The total is that row's quantity, grown: the reader should see it in that row, judged with the other
figures (a tally that grew reads "evolving"), not as a fact apart.

This module joins such a row to the shown row when

- every report of the row is a running total: its figure ends a "bringing / raising / taking / pushing the ...
  to" clause;
- the sentence that gives it also gives a report of the shown row, of another figure (the day's count);
- both are of one measure, or of two measures of one thing, and count one thing (``restated_rows.alike`` and
  ``restated_rows.one_thing``), and neither is a part or a sub-event's (``dissent.apart``);
- the row has one source, and no other shown row fits.

The cue is the grammar of a tally in English news, not a word of any one story.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence

from storyline.link import dissent
from storyline.link.restated_rows import alike, one_thing
from storyline.model import Claim, Fact

# "bringing the number in custody to", "raising the death toll to", "taking the total to": right before the figure
_TALLY = re.compile(r"\b(?:bringing|raising|taking|pushing|lifting)\s+(?:the|its|their)\s+(?:[\w-]+\s+){0,5}to\s+$",
                    re.IGNORECASE)


def running_total(claim: Claim) -> bool:
    """Whether the claim's figure is the tally a clause brings a count to ("bringing the total to 37")."""
    at = claim.figure_at()
    return at >= 0 and bool(_TALLY.search(claim.text[:at]))


def tallies(fact: Fact, row: Fact, claims: Mapping[str, Claim]) -> bool:
    """Whether a one-source row (``fact``) is only the running total of the count a shown row (``row``) holds."""
    if fact is row or fact.sources != 1 or dissent.apart(fact) or dissent.apart(row):
        return False
    if not alike(fact.measure, row.measure) or not one_thing(fact, row):
        return False
    mine = [claims[i] for i in fact.claims if i in claims]
    if not mine or len(mine) != len(fact.claims) or not all(running_total(c) for c in mine):
        return False
    theirs = [c for i in (*row.claims, *row.repeats) if (c := claims.get(i))]
    return all(any(c.article == t.article and c.start == t.start and c.value != t.value for t in theirs)
               for c in mine)


def join_totals(shown: Sequence[Fact], claims: Mapping[str, Claim], *,
                make: Callable[[list[str]], Fact]) -> list[Fact]:
    """``shown`` with each one-source row of running totals joined to the one shown row that holds the counts told
    beside them, and that row judged again (``make`` builds a row of claim ids)."""
    return dissent.join_shown(shown, lambda fact, row: tallies(fact, row, claims), make=make)
