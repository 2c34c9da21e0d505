"""Events, times and the timeline, on sentences from other stories."""

from __future__ import annotations

import pytest

from storyline.extract import nlp
from storyline.extract.events import events_stage
from storyline.link.stories import timeline
from storyline.model import Article
from storyline.report.markup import map_svg


@pytest.fixture(scope="module", autouse=True)
def _parser() -> None:
    nlp.setup()


def parsed(text: str, *, aid: str = "t", published: str | None = "2024-03-15") -> Article:
    article = Article(id=aid, source=f"{aid}.txt", format="txt", text=text, language="en", published=published)
    return events_stage(nlp.parse_stage(article))


def test_typed_dated_located_events() -> None:
    a = parsed("Protesters stormed the parliament building in Tbilisi on Thursday.\n\n"
               "Police detained 40 people, the Interior Ministry said.\n\n"
               "Airports in Tbilisi and Batumi are closed.")
    kinds = {(e.type, e.date, e.location) for e in a.events}
    assert ("building_seizure", "2024-03-14", "Tbilisi") in kinds
    assert any(k[0] == "arrest" for k in kinds)
    assert {("airport_closure", "2024-03-15", "Tbilisi"), ("airport_closure", "2024-03-15", "Batumi")} <= kinds


def test_since_gives_an_interval_and_times_are_normalised() -> None:
    a = parsed("Strikes have continued since March 11. The ban will last for the next 30 days. "
               "Shops reopened on Wednesday morning.")
    assert any(e.date == "2024-03-11/2024-03-15" for e in a.events)
    values = {t.text: (t.type, t.value) for t in a.times}
    assert values.get("the next 30 days") == ("DURATION", "P30D")
    assert ("TIME", "2024-03-13TMO") in values.values()


def test_timeline_merges_one_happening_across_articles() -> None:
    one = parsed("Protesters clashed with police in Tbilisi on Thursday.", aid="a")
    two = parsed("Protesters and police clashed in Tbilisi on Thursday night.", aid="b")
    entries = timeline([one, two])
    clash = [e for e in entries if e.type == "clash"]
    assert len(clash) == 1 and clash[0].articles == ("a", "b") and clash[0].date == "2024-03-14"


def test_map_is_drawn_offline_and_escapes_names() -> None:
    from storyline.model import Entity, Mention

    place = Entity(id="e1", name="<Tbilisi>", type="GPE", lat=41.7, lon=44.8,
                   mentions=(Mention(article="a", start=0, end=7),))
    svg = str(map_svg([place]))
    assert svg.startswith("<svg") and "&lt;Tbilisi&gt;" in svg and "http" not in svg
    assert str(map_svg([])) == ""


def test_spans_the_story_sets_are_resolved() -> None:
    a = parsed("The strikes began on March 9 in the port of Poti.\n\n"
               "Police detained 200 people since the beginning of the protests.\n\n"
               "Roads cleared\n\n"
               "Police cleared the roads on Wednesday.\n\n"
               "A state of emergency will remain in effect until March 30. "
               "A curfew was also introduced to cover the same period.\n\n"
               "The sixth day of protests saw more arrests in Poti.")
    dated = {e.type: e.date for e in a.events}
    assert dated["state_of_emergency"] == "2024-03-15/2024-03-30"
    assert dated["curfew"] == "2024-03-15/2024-03-30"  # "the same period" as the sentence before
    arrests = sorted(e.date or "" for e in a.events if e.type == "arrest")
    assert arrests == ["2024-03-09/2024-03-15", "2024-03-14"]  # since the day they began; the sixth day
    clears = [e for e in a.events if e.type == "clash"]
    assert clears and all(e.date == "2024-03-13" for e in clears)  # the heading takes its section's day
