"""Story building stays linear in an article's length (issue 21, defect 6): one long
article with thousands of names must not stall a run or a story page."""

from __future__ import annotations

import re
import time

from storyline.link import entities, framing
from storyline.model import Article, NamedSpan

PARAGRAPH = ("Rescue teams from Marsk and Holven worked through the night, the agency said, while residents of "
             "the lower districts waited on roofs for boats")  # no sentence end: one very long sentence


def _long_article(paragraphs: int) -> Article:
    text = " and ".join([PARAGRAPH] * paragraphs) + "."
    names = []
    for at in range(0, len(text), len(PARAGRAPH) + 5):
        for word in ("Marsk", "Holven"):
            start = text.find(word, at)
            if start >= 0:
                names.append(NamedSpan(start=start, end=start + len(word), label="GPE", text=word))
    return Article(id="long", source="long.txt", format="txt", text=text, names=tuple(names))


def test_known_names_among_thousands_of_parsed_names_is_fast() -> None:
    article = _long_article(8000)  # 1.1 M characters, 16,000 names
    entities._known_names(_long_article(1))  # the gazetteer and name tables load once, outside the timing
    started = time.perf_counter()
    found = entities._known_names(article)
    assert time.perf_counter() - started < 3  # was over 10 minutes (every match against every name)
    assert all(not any(n.start < f.end and f.start < n.end for n in article.names[:50]) for f in found[:50])


def test_the_sentence_of_every_mention_in_a_long_line_is_found_fast() -> None:
    text = " ".join(f"{PARAGRAPH} ({i})." for i in range(20_000))  # 2.7 M characters, one line, 20,000 sentences
    mentions = [m.start() for m in re.finditer("Holven", text)][-2000:]
    started = time.perf_counter()
    sentences = [framing._sentence(text, at) for at in mentions]
    assert time.perf_counter() - started < 3  # each scan began at offset 0: quadratic, over a minute
    assert all(s.startswith("Rescue teams") and s.rstrip().endswith(").") and s.count("Holven") == 1 for s in sentences)
    short = "First one. Second with Marsk here. Third."
    assert framing._sentence(short, short.index("Marsk")) == "Second with Marsk here. "
