"""Outlets, languages and translator's notes."""

import pytest

from storyline.clean import outlets
from storyline.clean.language import detect_language, translation_note
from tests.conftest import ARTICLE


@pytest.mark.parametrize(("url", "name"), [
    ("https://www.reuters.com/world/europe/x", "Reuters"),
    ("https://edition.cnn.com/2024/01/01/x.html", "CNN"),
    ("https://meduza.io/en/feature/2022/01/06/x", "Meduza"),
    ("https://www.hs.fi/ulkomaat/art-1.html", "Helsingin Sanomat"),
])
def test_known_outlets_by_url(url: str, name: str) -> None:
    found = outlets.by_url(url)
    assert found is not None and found.name == name


def test_unknown_url_gives_its_domain_and_no_outlet() -> None:
    assert outlets.by_url("https://www.valley-courier.example/a/1") is None
    assert outlets.domain_of("https://www.valley-courier.example/a/1") == "valley-courier.example"


def test_canonical_names_and_other_language_names() -> None:
    assert outlets.canonical("Sputnik International") == "Sputnik"
    assert outlets.canonical("ТАСС") == "TASS"
    assert outlets.canonical("Valley Courier Online") == "Valley Courier Online"  # unknown: kept as written


def test_self_naming_needs_two_mentions_and_never_a_wire() -> None:
    once = "A local doctor told Le Monde that hospitals were full. " + ARTICLE
    assert outlets.self_named(once) is None
    twice = once + " “We are exhausted,” a nurse told Le Monde on Wednesday."
    assert outlets.self_named(twice) == ("Le Monde", "told Le Monde")
    wire = "The minister told Reuters the border would stay shut. An aide told Reuters more troops were coming."
    assert outlets.self_named(wire) is None


def test_unknown_outlet_named_by_shape_twice() -> None:
    text = ("The mayor told the Valley Courier the road would reopen. "
            "Residents told the Valley Courier they had been without power for two days.")
    assert outlets.self_named(text) == ("Valley Courier", "told the Valley Courier")
    people = "The mayor told Anna Berg the road would reopen. Later he told Anna Berg more."
    assert outlets.self_named(people) is None


def test_site_furniture_names_the_site() -> None:
    assert outlets.named_in_furniture(["Subscribe to the Valley Courier newsletter", "Comments"]) == (
        "Valley Courier", "Subscribe to the Valley Courier newsletter")
    found = outlets.named_in_furniture(["© 2024 Northern Daily Press. All rights reserved."])
    assert found is not None and found[0] == "Northern Daily Press"
    assert outlets.named_in_furniture(["Subscribe to our newsletter", "© REUTERS / JANE DOE"]) is None


@pytest.mark.parametrize(("text", "code"), [
    (ARTICLE, "en"),
    ("Наводнение вынудило более двух тысяч человек покинуть свои дома, сообщил губернатор области во вторник. "
     "Спасатели на лодках добирались до отрезанных деревень.", "ru"),
    ("Översvämningen tvingade över 2 000 människor att lämna sina hem, uppgav landshövdingen på tisdagen. "
     "Räddningstjänsten använde båtar för att nå avskurna byar.", "sv"),
])
def test_language_detection(text: str, code: str) -> None:
    found = detect_language(text)
    assert found is not None and found.code == code and found.reliable


def test_language_of_too_little_text_is_unknown() -> None:
    assert detect_language("Share") is None


@pytest.mark.parametrize(("line", "code"), [
    ("(Translated automatically from German.)", "de"),
    ("This article was machine-translated from Finnish", "fi"),
    ("Translation from the Italian by our desk", "it"),
    ("He translated the letter for us.", None),
])
def test_translation_notes(line: str, code: str | None) -> None:
    assert translation_note(line) == code


def test_a_text_written_the_day_before_its_stamp() -> None:
    from storyline.clean.stages import written_date

    text = "Earlier on Tuesday, the mayor said roads would reopen. Later on Tuesday, snow fell again."
    assert written_date(text, "2024-03-13") == ("2024-03-12", "Earlier on Tuesday")  # stamped Wednesday
    assert written_date(text, "2024-03-12") is None  # written the day it is stamped: nothing to correct
    assert written_date("Earlier on Monday, talks began. Earlier on Tuesday, they ended.", "2024-03-13") is None
