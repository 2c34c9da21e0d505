"""The parse's two speed-ups must not change what spaCy's own pipeline would say."""

import spacy
from spacy.pipeline import AttributeRuler

from storyline.extract import nlp

# Own sentences that reach every kind of pattern in the English attribute ruler: tags alone,
# words with tags ("that", "her", "'d"), regular expressions ("ain't", "nothin'"),
# two-token words ("gonna", "gotta", "let's", "y'all", "c'mon"), "there is", spaces.
SENTENCES = [
    "I ain't gonna say nothin' about it, y'all, but we gotta go and let's be quick.",
    "There is a rumour that the mayor, who'd resigned, told her aides something  odd.",
    "C'mon, there were 3,000 people on the square at 9 a.m. and nobody left.",
    "The minister said that those who can should leave; everyone else must stay.",
    "Whether or not it rains, the match will go ahead — unless the league cancels it.",
]


def test_the_attribute_ruler_index_finds_what_the_matcher_finds() -> None:
    pipeline = nlp._load("en")
    ruler = pipeline.get_pipe("attribute_ruler")
    assert ruler.match != AttributeRuler.match.__get__(ruler), "the lookup index did not replace the Matcher"
    before = [name for name in pipeline.pipe_names if name in ("tok2vec", "tagger", "parser")]
    matched = 0
    for doc in pipeline.pipe(SENTENCES, disable=[n for n in pipeline.pipe_names if n not in before]):
        expected = AttributeRuler.match(ruler, doc)
        assert ruler.match(doc) == expected, doc.text
        matched += len(expected)
        longer = [m for m in expected if m[3] - m[2] > 1]
        if doc.text.startswith("I ain't"):
            assert len(longer) >= 4  # ai+n't, gon+na, got+ta, let+'s (y'+all when y' is split)
    assert matched > sum(len(s.split()) for s in SENTENCES)


def test_parsed_tokens_match_spacys_own_pipeline() -> None:
    ours = nlp._load("en")
    theirs = spacy.load(nlp.MODELS["en"])  # built after ours, so it shares the numpy ops but not the index
    for mine, reference in zip(ours.pipe(SENTENCES), theirs.pipe(SENTENCES), strict=True):
        assert [(t.pos_, t.lemma_, str(t.morph), t.dep_, t.head.i) for t in mine] == \
            [(t.pos_, t.lemma_, str(t.morph), t.dep_, t.head.i) for t in reference]
        assert [(e.start, e.end, e.label_) for e in mine.ents] == [(e.start, e.end, e.label_) for e in reference.ents]


def test_spacy_is_imported_without_its_command_line_which_stays_importable() -> None:
    import json
    import os
    import subprocess
    import sys

    probe = """
import json, sys
from storyline.extract import nlp
doc = nlp._load("en")("Rescuers reached the stranded hikers on Sunday.")
before = {name: name in sys.modules for name in ("spacy.cli", "typer", "weasel")}
import spacy, spacy.cli
print(json.dumps({"before": before, "pos": [t.pos_ for t in doc], "cli": hasattr(spacy.cli, "setup_cli"),
                  "info": type(spacy.info(silent=True)).__name__}))
"""
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(p for p in sys.path if p)}
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, env=env, check=True,
                         timeout=120)
    found = json.loads(out.stdout.strip().splitlines()[-1])
    assert found["before"] == {"spacy.cli": False, "typer": False, "weasel": False}
    assert found["pos"][:3] == ["NOUN", "VERB", "DET"] and found["cli"] and found["info"] == "dict"


def test_a_wire_dateline_is_no_part_of_the_name_after_it() -> None:
    from storyline.extract import nlp as parser
    from storyline.model import Article
    parser.setup()
    text = "OSLO - Ingrid Dahl won the sprint on Sunday.\n\nSAO PAULO – Marco Lima was second."
    article = parser.parse_stage(Article(id="t", source="t.txt", format="txt", text=text, language="en"))
    named = {n.text for n in article.names}
    assert not any(" - " in n or " – " in n for n in named), named
    assert all(article.text[n.start:n.end] == n.text for n in article.names)
