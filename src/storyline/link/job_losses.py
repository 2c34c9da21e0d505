"""Counts of people losing their jobs are not a company's head count.

A story of a company's cuts gives two counts of its employees: how many it has ("its 12,000
employees") and how many it lets go ("to lay off thousands of employees", "2,000 staff will lose
their jobs"). Both count the same noun, so the facts code takes them for one quantity told in two
sizes and judges it conflicting. A count whose verb or clause says the people counted are let go
is a quantity of its own: the job losses.
"""

from __future__ import annotations

import re

from storyline.model import Claim

# The verbs of letting people go (their lemma or past form, as a claim's ``counted_as`` holds them)
_LET_GO = frozenset({"lay", "laid", "fire", "fired", "sack", "sacked", "dismiss", "dismissed", "furlough",
                     "furloughed", "axe", "axed", "shed", "cut", "retrench", "retrenched", "terminate",
                     "terminated", "redundant"})
# "... employees will be laid off", "... workers to lose their jobs", "staff facing redundancy"
_LOSING_AFTER = re.compile(
    r"^[\w\s,'’-]{0,40}?\b(?:(?:be|being|been|are|were|is|was|get|got)\s+(?:laid\s+off|let\s+go|fired|sacked|"
    r"dismissed|furloughed|made\s+redundant)|los(?:e|ing|t)\s+(?:their|his|her)\s+jobs?|fac(?:e|ing)\s+"
    r"(?:the\s+)?(?:sack|layoffs?|redundanc(?:y|ies)|job\s+cuts))\b", re.IGNORECASE)


def losing_jobs(claim: Claim) -> bool:
    """Whether a count of people counts those let go: its verb lays them off, or its clause says they
    lose their jobs ("2,000 staff will lose their jobs")."""
    if claim.measure != "count":
        return False
    if (claim.counted_as or "").lower() in _LET_GO:
        return True
    at = claim.figure_at()
    return at >= 0 and bool(_LOSING_AFTER.match(claim.text[at + len(claim.number_text):]))
