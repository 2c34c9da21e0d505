"""A toll's figure told as the doer of the harm: those who did it, not those it befell.

"Kimani Gray, 16, who was shot dead by two plainclothes officers": the figure counts the officers, the agent of
a passive harm verb, and the claim reader, seeing "shot dead" beside it, can read it as two killed. The table then
shows a toll the story never had ("plainclothes officers killed", one source) beside the row that counts the
officers. A figure right after "by" that follows a harm verb ("shot dead by", "killed by", "wounded by",
"attacked by") names who did it.

This module reads such a toll claim as a bare count of those it names, before the facts code keys it, so it meets
the other outlets' count of them. Only the dead and the hurt are read again (an arrest "by eight officers" is
read as an arrest of no one already), and only a figure whose "by" follows a harm verb: "the toll rose by 12"
stays a toll. It reads the grammar of a passive clause, never a story's words.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Sequence

from storyline.link.reread import reread
from storyline.model import Article, Claim

_TOLLS = frozenset({"killed", "injured"})
# a harm verb's passive, then "by" and the figure: "shot dead by two", "was killed by three", "wounded by the two"
_BY_AGENT = re.compile(r"\b(?:shot(?:\s+dead)?|killed|murdered|slain|stabbed|wounded|injured|hurt|attacked|beaten|"
                       r"gunned\s+down|run\s+over|struck|hit)\s+by\s+(?:the\s+)?$", re.IGNORECASE)


def by_agent(claim: Claim) -> bool:
    """Whether a toll claim's figure is the agent of the harm ("shot dead by two plainclothes officers")."""
    if claim.measure not in _TOLLS:
        return False
    at = claim.figure_at()
    return at >= 0 and bool(_BY_AGENT.search(claim.text[:at]))


def as_agents(articles: Sequence[Article]) -> list[Article]:
    """The articles with each toll claim told as the harm's agent read as a count of those it names."""
    return reread(articles, lambda c, _: dataclasses.replace(c, measure="count") if by_agent(c) else c)
