"""Place names the parser leaves unmarked (issue 19, recall): a town before the people who
guard or live in it at a sentence's start or in a title-case headline, and the later
unmarked repeats of a place the article names. Sentences written for these tests."""

from __future__ import annotations

import re

from storyline.link.entities import resolve
from storyline.model import Article, Entity, NamedSpan


def entities(text: str, labels: dict[str, str]) -> dict[str, Entity]:
    spans = [NamedSpan(start=m.start(), end=m.end(), label=label, text=name)
             for name, label in labels.items() for m in re.finditer(r"\b" + re.escape(name) + r"\b", text)]
    art = Article(id="a", source="a.txt", format="txt", text=text,
                  names=tuple(sorted(spans, key=lambda s: s.start)))
    return {e.name: e for e in resolve([art])}


def test_a_town_opening_a_sentence_before_its_police_is_a_place() -> None:
    found = entities("A barn burned overnight. Schenectady police are asking for witnesses.", {})
    assert found["Schenectady"].type == "GPE"


def test_a_town_in_a_title_case_headline_before_man_is_a_place() -> None:
    found = entities("Anchorage Man Charged After Crash On Highway\nThe driver was held on bail.", {})
    assert found["Anchorage"].type == "GPE"


def test_a_capitalised_word_used_in_lower_case_elsewhere_is_not_a_place() -> None:
    found = entities("Young men gathered at the park. The young organisers said so.", {})
    assert "Young" not in found


def test_later_unmarked_repeats_of_a_place_are_its_mentions() -> None:
    text = ("Flood waters rose in Palmer on Monday. Families were moved out of Palmer by bus, "
            "and the mayor of Palmer thanked volunteers.")
    first = text.index("Palmer")  # the parser marked only the first
    art = Article(id="a", source="a.txt", format="txt", text=text,
                  names=(NamedSpan(start=first, end=first + 6, label="GPE", text="Palmer"),))
    palmer = {e.name: e for e in resolve([art])}["Palmer"]
    assert len(palmer.mentions) == 3


def test_a_surname_after_a_first_name_is_not_taken_for_the_place() -> None:
    text = "The storm hit Palmer on Friday. Later, Arnold Palmer spoke to reporters."
    art = Article(id="a", source="a.txt", format="txt", text=text,
                  names=(NamedSpan(start=text.index("Palmer"), end=text.index("Palmer") + 6, label="GPE",
                                   text="Palmer"),))
    palmer = {e.name: e for e in resolve([art])}["Palmer"]
    assert len(palmer.mentions) == 1


def test_a_smaller_town_listed_after_a_place_is_a_place() -> None:
    text = "Shelters opened in Eureka, Fortuna and Arcata after the quake."
    found = entities(text, {"Eureka": "GPE", "Arcata": "GPE"})
    assert found["Fortuna"].type == "GPE"


def test_a_town_before_its_lawyer_is_a_place() -> None:
    found = entities("The case collapsed. Fresno lawyer Dana Whitt said she would appeal.", {"Dana Whitt": "PERSON"})
    assert found["Fresno"].type == "GPE"
