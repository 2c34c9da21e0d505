"""A prison term someone asked for is not the term a court gave.

Court reports give, beside the sentence imposed, the terms each side asked for: "prosecutors had asked
for 15 years", "her lawyer sought a sentence of no more than eight years", "less than the 20 years the
government recommended". Read alone, each is a prison sentence in years, so the table put them in the
row of the sentence given and called it consistent or conflicting with it ("prison sentence 8 to 12
years"). A reader tabulates the term sought apart, as its own fact ("sentence sought by prosecutors:
15 years"). This module tells a term sought by the words around its figure: a verb of asking just
before it ("asked for", "sought", "requested", "recommended", "called for", "pushed for", "wanted"),
or one just after it whose subject is a party to the case ("15 years prosecutors had sought"). The
maximum a charge carries ("faces up to 30 years") is not asked for by anyone and is left alone.
"""

from __future__ import annotations

import re

from storyline.model import Claim

# a verb of asking just before the figure: "asked for 15 years", "sought a sentence of no more than eight
# years", "recommended a term of five years", "prosecutors are seeking life"
_ASKED_BEFORE = re.compile(
    r"\b(?:ask(?:ed|s|ing)?(?:\s+(?:the\s+)?(?:judge|court|jury))?\s+(?:for|to\s+(?:impose|give))|sought|seek(?:s|ing)?|"
    r"request(?:ed|s|ing)?|recommend(?:ed|s|ing)?|call(?:ed|s|ing)?\s+for|push(?:ed|es|ing)?\s+for|"
    r"argu(?:ed|es|ing)\s+for|demand(?:ed|s|ing)?|want(?:ed|s)?|urg(?:ed|es|ing))\s+"
    r"(?:(?:a|an|the)\s+)?(?:(?:prison\s+|jail\s+)?(?:sentence|term)\s+of\s+)?"
    r"(?:(?:no\s+more\s+than|at\s+least|as\s+little\s+as|only|just|about|around|up\s+to)\s+)?$",
    re.IGNORECASE)
# a party asking just after it: "15 years prosecutors had sought", "the 20 years the government recommended"
_ASKED_AFTER = re.compile(
    r"^\s*(?:years?|months?)?\s*(?:that\s+)?(?:the\s+)?(?:prosecutors?|prosecution|government|state|defen[cs]e|"
    r"(?:his|her|their)\s+(?:lawyers?|attorneys?|counsel)|lawyers?|attorneys?)\s+(?:had\s+|have\s+|has\s+)?"
    r"(?:sought|requested|recommended|asked\s+for|wanted|called\s+for|demanded)\b", re.IGNORECASE)


def sought(claim: Claim) -> bool:
    """Whether a prison term is one a party asked for, not the one given (the module's docstring)."""
    around = claim.around_figure() if claim.measure == "sentence" else None
    if around is None:
        return False
    before, after = around
    return bool(_ASKED_BEFORE.search(before[-80:]) or _ASKED_AFTER.match(after))
