"""Speakers resolved across a story, source categories, hedges and credited figures,
on articles written for these tests (other stories than the seeds)."""

from __future__ import annotations

import pytest

from storyline.extract import nlp
from storyline.extract.claims import claims_stage
from storyline.extract.quotes import quotes_stage
from storyline.link.entities import resolve
from storyline.link.framing import framing
from storyline.link.sources import attribute, category_of
from storyline.model import Article, Quote, Story

A = ("Floods in Veloria\n"
     "President Anna Koval said on Monday that the army would build new dams.\n"
     "At least 40 people died, the Interior Ministry said. Another 12 are missing.\n"
     '"We are still searching house by house," the ministry said.\n'
     "Reuters reported that roads to the north were cut. The so-called recovery plan was reportedly delayed.\n"
     "Sources familiar with the talks said that aid would arrive on Thursday.\n"
     "Jonas Weber, a hydrologist at the University of Marsk, said the rivers would peak within days.\n\n"
     "The Marsk river rose by 3 metres overnight.")
B = ("Veloria counts the cost\n"
     "The president promised to visit the flooded towns.\n"
     "Witnesses said the water rose two metres in an hour.\n"
     "The newspaper Marsk Daily reported that 300 homes had been destroyed.\n"
     "Weber said the worst was over.")


@pytest.fixture(scope="module")
def story() -> tuple[list[Article], list[Quote]]:
    nlp.setup()
    articles = []
    for aid, text, outlet in (("a", A, "Veloria Post"), ("b", B, "Marsk Radio")):
        art = Article(id=aid, source=f"{aid}.txt", format="txt", text=text, language="en", published="2024-05-07",
                      outlet=outlet, title=text.split("\n")[0])
        articles.append(quotes_stage(claims_stage(nlp.parse_stage(art))))
    return articles, list(attribute(articles, resolve(articles)))


def by_text(quotes: list[Quote], words: str) -> Quote:
    hits = [q for q in quotes if words in q.text]
    assert len(hits) == 1, [q.text for q in quotes]
    return hits[0]


def test_descriptions_and_surnames_resolve_to_the_story_entities(story: tuple[list[Article], list[Quote]]) -> None:
    _, quotes = story
    president = by_text(quotes, "visit the flooded towns")  # "The president", in the other article
    assert president.speaker == "Anna Koval" and president.speaker_text == "The president"
    assert president.source_type == "official" and president.speaker_entity
    weber = by_text(quotes, "worst was over")  # "Weber" alone, titled in the other article
    assert weber.speaker == "Jonas Weber" and weber.source_type == "expert"


def test_source_categories(story: tuple[list[Article], list[Quote]]) -> None:
    _, quotes = story
    kinds = {q.speaker_text: q.source_type for q in quotes}
    assert kinds["the Interior Ministry"] == "official"
    assert kinds["Reuters"] == "agency"  # a wire, from the known-outlets table
    assert kinds["Sources familiar with the talks"] == "anonymous"
    assert kinds["Witnesses"] == "eyewitness"
    assert by_text(quotes, "300 homes").source_type == "media"
    assert category_of("a political analyst in Marsk") == "expert"
    assert category_of("the United Nations") == "organisation"  # the general table of international bodies
    assert category_of("the mayor's office") == "official"


def test_framing_counts_sources_hedges_and_credited_figures(story: tuple[list[Article], list[Quote]]) -> None:
    articles, quotes = story
    frames = {f.article: f for f in framing(Story(id="s", title="t", articles=("a", "b")), articles,
                                            resolve(articles), quotes)}
    a = frames["a"]
    assert set(a.hedges) == {"so-called", "reportedly"}
    assert a.figures_credited >= 1 and a.figures_asserted >= 1  # 40 credited to the ministry; "3 metres" not
    ministry = next(s for s in a.sources if "Interior Ministry" in s.name)
    assert ministry.category == "official" and ministry.claims and ministry.quotes
    assert a.quotes_direct == 1 and a.quotes_reported >= 4
    assert {s.category for s in frames["b"].sources} >= {"official", "eyewitness", "media", "expert"}
