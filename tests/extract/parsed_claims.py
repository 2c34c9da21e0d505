"""One sentence or paragraph of our own, parsed and read for claims as the pipeline reads an article
(shared by the claim-reading tests)."""

from __future__ import annotations

from storyline.extract import nlp
from storyline.extract.claims import claims_stage
from storyline.model import Article, Claim


def parsed(text: str, *, aid: str = "t", published: str = "2025-02-11") -> Article:
    """``text`` as an article of outlet ``aid`` published on ``published``, parsed, with its claims."""
    article = Article(id=aid, source=f"{aid}.txt", format="txt", text=text, language="en", published=published,
                      outlet=aid)
    return claims_stage(nlp.parse_stage(article))


def by_number(text: str) -> dict[str, Claim]:
    """The claims read in ``text`` (parsed as by ``parsed``), by their figure as written."""
    return {c.number_text: c for c in parsed(text).claims}
