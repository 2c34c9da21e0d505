"""What a duration is the length of, read from the parse (extract/lasting.py), and the label it gives a row."""

from __future__ import annotations

import pytest

from storyline.extract import nlp
from storyline.extract.claims import claims_stage
from storyline.link.label_heads import head_label
from storyline.model import Article, Claim


@pytest.fixture(scope="module", autouse=True)
def _parser() -> None:
    nlp.setup()


def durations(text: str) -> dict[str, Claim]:
    article = Article(id="t", source="t.txt", format="txt", text=text, language="en", published="2025-05-02")
    return {c.number_text: c for c in claims_stage(nlp.parse_stage(article)).claims if c.measure == "duration"}


@pytest.mark.parametrize(("text", "figure", "lasted"), [
    ("Dock workers began a 72-hour strike at the container terminal on Tuesday.", "72", "strike"),
    ("The ministry opened a six-month review of the contract.", "six", "review"),
    ("Both sides agreed to a 30-day ceasefire along the river.", "30", "ceasefire"),
    ("The siege of the town hall lasted nine hours.", "nine", "siege"),
    ("The audit, which lasted four months, found no missing funds.", "four", "audit"),
    ("The crossing takes about 40 minutes in calm weather.", "about 40", "crossing"),
    ("The hunger strike ended after 23 days, the organisers said.", "23", "hunger strike"),
    ("Police lifted a curfew of 48 hours on the old town.", "48", "curfew"),
])
def test_the_thing_a_length_of_time_measures_is_named(text: str, figure: str, lasted: str) -> None:
    assert durations(text)[figure].lasting == lasted


@pytest.mark.parametrize(("text", "figure"), [
    ("She has lived in the village for 31 years.", "31"),  # a person living there, not a thing that lasted
    ("The climbers were rescued after 20 hours on the ridge.", "20"),  # nothing named lasted
    ("After a 12-hour period of calm, the shelling resumed.", "12"),  # a word for time itself
    ("Kessler lasted 14 months in the job before he resigned.", "14"),  # a person, not a thing
    ("He was freed after 12 hours.", "12"),  # a person, not a thing
    ("The ferry sank after six hours at sea.", "six"),  # sinking is no end of a thing that lasted
    ("She faces a total of 40 days in custody.", "40"),  # a sum, not a thing
    ("Ortega, a 12-year veteran of the force, was suspended.", "12"),  # a person's time in a job
    ("The smuggler went back to jail for three years.", "three"),  # going somewhere is not going on
    ("The index closed at a five-year high on Friday.", "five"),  # a level, not a thing that lasted
])
def test_nothing_is_named_when_the_sentence_names_no_thing_that_lasted(text: str, figure: str) -> None:
    found = durations(text)
    assert figure in found
    assert found[figure].lasting is None


def test_a_row_of_durations_is_labelled_by_what_most_of_its_claims_say_lasted() -> None:
    found = [*durations("Dock workers began a 72-hour strike at the terminal on Tuesday.").values(),
             *durations("Work resumed after 72 hours, the union said.").values()]
    assert head_label("duration (hours)", "duration", found) == "duration of the strike (hours)"
