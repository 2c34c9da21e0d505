"""Claims read from a sentence written for a test, with the real parse (spaCy's small English model): the one
helper the claim tests share. A test module that uses it sets the parser up once (``parser``)."""

from __future__ import annotations

from storyline.extract import nlp
from storyline.extract.claims import claims_stage
from storyline.model import Article, Claim


def read(text: str, aid: str = "t", *, published: str = "2024-03-15") -> Article:
    """The article of ``text`` with its claims."""
    article = Article(id=aid, source=f"{aid}.txt", format="txt", text=text, language="en", published=published,
                      outlet=aid)
    return claims_stage(nlp.parse_stage(article))


def read_all(texts: list[str]) -> list[Article]:
    """The articles of ``texts``, one outlet each ("a0", "a1", ...), with their claims: a story told by several."""
    return [read(t, f"a{i}") for i, t in enumerate(texts)]


def figures(text: str, *, published: str = "2024-03-15") -> dict[str, Claim]:
    """The claims of ``text`` by the words of their figure."""
    return {c.number_text: c for c in read(text, published=published).claims}
