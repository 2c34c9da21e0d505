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
    a = parsed("Protests have continued since March 11. The ban will last for the next 30 days. "
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


def dates_of(a: Article, kind: str) -> list[str | None]:
    return [e.date for e in a.events if e.type == kind]


def test_a_page_stamped_the_day_after_it_was_written_speaks_of_both_days() -> None:
    article = Article(id="w", source="w.txt", format="txt", language="en", published="2024-03-15",
                      written="2024-03-14", title="Troops deploy to Osh as fighting reportedly starts",
                      text="Troops deploy to Osh as fighting reportedly starts\n\n"
                           "Witnesses report that fighting has started in Osh.\n\n"
                           "Earlier on Thursday, the president dismissed the government.")
    a = events_stage(nlp.parse_stage(article))
    now = "2024-03-14/2024-03-15"  # written on the 14th, stamped the 15th: now is one of those days
    assert dates_of(a, "clash") == [now, now]  # the headline, then the present perfect
    assert dates_of(a, "military_deployment") == [now]
    assert dates_of(a, "government_resignation") == ["2024-03-14"]


def test_causes_consequences_and_tallies_take_only_the_dates_that_govern_them() -> None:
    a = parsed("Protests began on March 2, prompted by a sharp rise in bread prices.\n\n"
               "The strikes turned violent on March 12, leading to clashes with police and looting.\n\n"
               "On Tuesday, the capital was calm. More than 900 people have been detained and dozens killed.\n\n"
               "On Wednesday, police detained the opposition leader.")
    assert dates_of(a, "protest") == ["2024-03-02"]  # "March 12" below is a month, not a march
    assert dates_of(a, "price_change") == [None]  # the cause came before; when, the sentence does not say
    assert dates_of(a, "clash") == ["2024-03-12/2024-03-15"] and dates_of(a, "looting") == ["2024-03-12/2024-03-15"]
    assert dates_of(a, "killing") == [None]  # a running tally, not Tuesday's news
    assert dates_of(a, "arrest") == [None, "2024-03-13"]


def test_an_aside_dates_itself_and_a_paragraph_opened_by_however_goes_on() -> None:
    a = parsed("According to the mayor, who met the protest leaders on Monday, troops have been deployed to the city."
               "\n\nThe president said on Thursday that order was restored.\n\n"
               "However, his spokesman said the curfew would stay.\n\n"
               "Mass protests have swept the country in the first weeks of 2024.")
    assert dates_of(a, "military_deployment") == ["2024-03-15"]  # not Monday: that is the mayor's meeting
    assert dates_of(a, "curfew") == ["2024-03-14"]  # "However, …" continues Thursday's story
    assert dates_of(a, "protest")[-1] == "2024-01-01/2024-03-15"
