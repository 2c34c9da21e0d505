"""A figure's place from its own clause (link/clause_place.py): a town the figure's clause names
beats the article's default place; a place named elsewhere in the sentence, a person, a speaker's
town, a time or an organisation's letters do not."""

from __future__ import annotations

import dataclasses

from storyline.link.clause_place import clause_place, placed
from storyline.link.reconcile import reconcile
from storyline.model import Article, Claim

from .made_claims import art, claim


def at_default(cid: str, number_text: str, value: float, text: str, default: str = "France") -> Claim:
    """A claim extraction set at the article's main place: its sentence does not name it."""
    return dataclasses.replace(claim(cid, number_text, value, text, did="marched", role="participants"),
                               location=default)


def test_a_fronted_place_sets_the_figure() -> None:
    c = at_default("a:1", "8,000", 8000, "In Lyon, 8,000 teachers walked out on Tuesday.")
    assert clause_place(c) == "Lyon"


def test_a_where_clause_of_the_place_sets_the_figure() -> None:
    c = at_default("a:1", "12,000", 12000,
                   "Scuffles also broke out in the port city of Marseille, where another 12,000 people rallied.")
    assert clause_place(c) == "Marseille"


def test_a_place_after_the_figure_s_verb_sets_it() -> None:
    c = at_default("a:1", "3,500", 3500, "About 3,500 nurses picketed outside hospitals in Toulouse.")
    assert clause_place(c) == "Toulouse"


def test_a_place_named_as_the_sentence_s_location_is_kept() -> None:
    c = at_default("a:1", "3,500", 3500, "About 3,500 nurses picketed in Toulouse.", default="Toulouse")
    assert clause_place(c) is None


def test_a_place_beyond_a_break_of_the_clause_does_not() -> None:
    c = at_default("a:1", "400", 400, "Some 400 farmers blocked roads, while ministers met in Lyon.")
    assert clause_place(c) is None


def test_a_person_a_speaker_s_town_a_time_or_letters_do_not() -> None:
    assert clause_place(at_default("a:1", "two", 2, "The guard fired two shots at Riva, who fell.")) is None
    assert clause_place(at_default("a:1", "40", 40, "Our reporter in Lyon says 40 shops were shut.")) is None
    assert clause_place(at_default("a:1", "900", 900, "In March, 900 workers struck at the plant.")) is None
    assert clause_place(at_default("a:1", "12", 12, "He played 12 games in NFL history.")) is None


def test_a_standing_takes_no_place() -> None:
    # a win-loss record is someone's standing, set nowhere (fact_place), not a figure of the town
    c = at_default("a:1", "41-12", 41, "She finished with a 41-12 record in Lyon before she retired.")
    assert clause_place(c) is None
    game = at_default("a:1", "3-1", 3, "The side lost 3-1 in Lyon on Sunday.")
    assert clause_place(game) == "Lyon"


def test_a_sentence_naming_no_place_keeps_the_default() -> None:
    c = at_default("a:1", "6,000", 6000, "Organisers said 6,000 people joined the march.")
    assert clause_place(c) is None
    [article] = placed([told("a", c)])
    assert article.claims[0].location == "France"


def test_a_place_the_article_never_names_is_no_default_to_replace() -> None:
    # the claim's place came from elsewhere (not the article's own main place): left as it is
    c = at_default("a:1", "8,000", 8000, "In Lyon, 8,000 teachers walked out on Tuesday.", default="Nantes")
    [article] = placed([told("a", c)])
    assert article.claims[0].location == "Nantes"
    [moved] = placed([dataclasses.replace(told("a", c), text=f"Nantes. {c.text}")])
    assert moved.claims[0].location == "Lyon"


def told(aid: str, *claims: Claim) -> Article:
    """An article whose text is its claims' sentences: it names the places they name."""
    return dataclasses.replace(art(aid, *claims), text=" ".join(c.text for c in claims))


def two_cities() -> list[Article]:
    """Two outlets count a crowd in the capital, two a crowd in a town their clauses name."""
    capital = "Police said 30,000 people marched through Paris on Thursday."
    town = "Clashes also erupted in the northern city of Lille, where another 9,000 people marched."
    return [told(x, at_default(f"{x}:1", "30,000", 30000, capital, default="Paris"),
                 at_default(f"{x}:2", "9,000", 9000, town, default="Paris")) for x in "ab"] \
        + [told(x, at_default(f"{x}:1", "9,000", 9000, town, default="Paris"),
                at_default(f"{x}:2", "30,000", 30000, capital, default="Paris")) for x in "cd"]


def test_crowds_in_two_cities_are_two_rows_at_their_own_places() -> None:
    facts = reconcile(two_cities(), story="s")
    places = {f.low: f.location for f in facts}
    assert places.get(30000) == "Paris"
    assert places.get(9000) == "Lille"
