"""Ages told as a list after the people they belong to ("two men, aged 24 and 31"), on sentences written for
these tests, with the real parse: every figure of the list is an age of that noun, not a count or a toll."""

from __future__ import annotations

import pytest

from storyline.extract import nlp
from storyline.link.reconcile import reconcile
from tests.extract.read_claims import figures, read_all


@pytest.fixture(scope="module", autouse=True)
def _parser() -> None:
    nlp.setup()


def test_every_age_of_a_list_is_an_age_of_the_noun_before_it() -> None:
    found = figures("The men, aged 24 and 31, were detained in the city about three hours later.")
    assert [(found[n].measure, found[n].counted) for n in ("24", "31")] == [("age", "men"), ("age", "men")]
    found = figures("A 63-year-old woman and two men, ages 47 and 48, were shot, the police said.")
    assert (found["48"].measure, found["48"].counted) == ("age", "men")  # not 48 people shot
    assert (found["63"].measure, found["63"].counted) == ("age", "woman")
    found = figures("Three climbers, aged 19, 22 and 30, were rescued from the ridge.")
    assert {n: found[n].measure for n in ("19", "22", "30")} == {"19": "age", "22": "age", "30": "age"}


def test_an_age_after_a_role_and_its_clause_is_that_person_s_age() -> None:
    """"The man who died, 74," and "the driver of the line 8 tram, 43,": an age between commas after a role and what
    befell them or whose they are, not 74 killed nor 43 detained; whose age it is, the role's noun."""
    found = figures("The man who died, 74, was crushed when a tree fell on his car in the town, officials said.")
    assert (found["74"].measure, found["74"].counted) == ("age", "man")
    found = figures("The driver of the line 8 tram, 43, has been detained by police.")
    assert (found["43"].measure, found["43"].counted) == ("age", "driver")
    found = figures("The owner of the warehouse, 55, was arrested on Friday.")
    assert found["55"].measure == "age"
    found = figures("Of the people who died, 12 were children.")  # no comma after the figure: a part of the toll
    assert found["12"].measure != "age"


def test_a_count_told_after_an_age_stays_a_count() -> None:
    found = figures("A man aged 35 was killed, and 40 others were hurt.")
    assert found["35"].measure == "age"
    assert found["40"].measure == "injured"
    found = figures("The suspects, aged between 20 and 25, face 30 years in prison.")
    assert found["30"].measure != "age"


def test_relatives_ages_told_in_passing_are_no_row_and_never_another_person_s_age() -> None:
    texts = ["A gunman killed three people at a warehouse in Dayton on Monday, police said. One of the dead, "
             "Tom Reyes, 41, was a forklift driver. He is survived by his wife and two sons, ages 6 and 16.",
             "Three people were shot dead at a Dayton warehouse on Monday. Tom Reyes, 41, a forklift driver, was among "
             "them. He leaves his wife and two sons, ages 6 and 16.",
             "Police said three workers died in Monday's warehouse shooting in Dayton. Reyes, 41, is survived by his "
             "wife and two sons, ages 16 and 6."]
    articles = read_all(texts)
    sons = [c for a in articles for c in a.claims if c.number_text in ("6", "16")]
    assert {(c.measure, c.counted, c.background) for c in sons} == {("age", "sons", True)}
    ages = [f for f in reconcile(articles, story="s") if f.measure == "age"]
    assert [sorted({c.split(":")[0] for c in f.claims}) for f in ages] == [["a0", "a1", "a2"]]  # Reyes's 41 only
    assert ages[0].label == "age of Tom Reyes"
