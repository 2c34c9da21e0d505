"""Asides several outlets repeat, on sentences written for these tests: a figure in the sketch of a quoted
person, the period a rate is spread over, and a toll told by a pronoun that goes on from a sentence set in
another time."""

from __future__ import annotations

from storyline.link.asides import InheritedTimes, rate_period, speaker_sketch
from storyline.link.reconcile import reconcile
from storyline.model import Article, Claim


def claim(cid: str, number_text: str, value: float, text: str, *, measure: str = "count",
          unit: str | None = "people", counted: str | None = "people", role: str = "objects",
          qualifier: str = "exact", start: int = 0) -> Claim:
    at = text.find(number_text)
    return Claim(id=cid, article=cid.split(":")[0], start=start, end=start + len(text), text=text,
                 number_text=number_text, value=value, low=value, high=value if qualifier == "exact" else None,
                 qualifier=qualifier, unit=unit, measure=measure, subject=None, subject_group="mixed",
                 location="Dornfeld", as_of=None, attributed_to=None, counted=counted, role=role,
                 number_start=start + at if at >= 0 else None)


# -- the sketch of a quoted person ---------------------------------------------------------------------

def test_a_figure_in_the_sketch_of_a_speaker_is_left_out() -> None:
    for number_text, text in (
            ("three", '"The water rose in minutes," said Marta Kowal, 51, a teacher living with her three sons.'),
            ("12", "Tom Reyes, a former nurse who now runs a team of 12 volunteers, said the road was closed."),
            ("40", '"We saw smoke first," said Ana Lindqvist, a farmer with 40 cows on the hill above the mill.'),
            ("two", "Jon Ebbe, a driver for two bakeries in the town, told reporters he heard the blast.")):
        assert speaker_sketch(claim("a:c1", number_text, 1, text)), text


def test_the_speakers_report_and_what_the_speaker_did_are_kept() -> None:
    for number_text, text in (
            # the figure comes after the sketch has closed: what the speaker reports
            ("20", "Floors collapsed, said Ina Berg, a nurse at the clinic, adding that she treated 20 people."),
            # a relative clause of what the speaker did in the event, not who the speaker is
            ("13", '"He was a big factor," said Paul Ames, who scored 13 points.'),
            # the figure is the sentence's own report, the sketch stands elsewhere
            ("14", "Fourteen? No: 14 people died, said Lea Horn, a spokeswoman for the fire service."),
            ("14", "The fire killed 14 people, said Lea Horn, a spokeswoman for the fire service."),
            ("300", "About 300 people marched, police said.")):
        assert not speaker_sketch(claim("a:c1", number_text, 1, text)), text


def test_a_speakers_age_is_left_to_reconcile() -> None:
    text = '"It shook for ages," said Ruth Ames, 42, a cashier.'
    assert not speaker_sketch(claim("a:c1", "42", 42, text, measure="age", unit="years", counted=None))


# -- the period a rate is spread over -------------------------------------------------------------------

def years(number_text: str, text: str, qualifier: str = "exact") -> Claim:
    return claim("a:c1", number_text, 2, text, measure="duration", unit="years", counted="years",
                 qualifier=qualifier)


def test_the_period_of_a_rate_is_no_duration_of_the_story() -> None:
    assert rate_period(years("over three", "The nurses want a 6 percent raise over three years.", "more_than"))
    assert rate_period(years("two", "Fares will rise 12% across two years, the operator said."))
    assert rate_period(years("over two", "The union is seeking a 7 pct increase spread over two years.",
                             "more_than"))


def test_a_duration_of_the_event_is_kept() -> None:
    assert not rate_period(years("over two", "The strike has lasted over two years.", "more_than"))
    assert not rate_period(years("three", "Turnout fell 6 percent, and the count took three days."))
    assert not rate_period(years("two", "The dam was closed for two years after the flood."))
    # a percentage is no duration: only durations are tested
    assert not rate_period(claim("a:c1", "6 percent", 6, "Wages rose 6 percent over the year.",
                                 measure="percent", unit="percent", counted=None))


# -- a toll told by a pronoun after a sentence set in another time ----------------------------------------

FIRST = "The last big quake in the region struck in 2011, when a magnitude-6.1 tremor hit Velden."
TOLL = "It killed 210 people and left 4,000 homeless."


def story_with_recall() -> Article:
    text = f"{FIRST} {TOLL}"
    recalled = claim("a:c1", "6.1", 6.1, FIRST, measure="magnitude", unit=None, counted=None)
    toll = claim("a:c2", "210", 210, TOLL, measure="killed", role="victims", start=len(FIRST) + 1)
    return Article(id="a", source="a.txt", format="txt", text=text, published="2024-05-02", outlet="a",
                   claims=(recalled, toll))


def test_a_pronoun_doing_harm_goes_on_from_the_sentence_before() -> None:
    article = story_with_recall()
    recalled, toll = article.claims
    times = InheritedTimes()
    assert not times.inherits(toll, article)  # nothing set apart yet
    times.set_apart(recalled)
    assert times.inherits(toll, article)


def test_a_pronoun_that_does_no_harm_or_a_sentence_further_on_is_not_inherited() -> None:
    first = "The firm was founded in 2009 in Velden."
    for later, gap in (("It also won grants worth $9 million.", " "),  # a company, not an event
                       ("It killed 12 people.", " The storm hit on Monday. ")):  # not the sentence just before
        text = first + gap + later
        founded = claim("a:c1", "2009", 2009, first, measure="count", unit=None, counted=None)
        told = claim("a:c2", "12" if "12" in later else "$9 million", 12, later, start=len(first) + len(gap))
        article = Article(id="a", source="a.txt", format="txt", text=text, published="2024-05-02", outlet="a",
                          claims=(founded, told))
        times = InheritedTimes()
        times.set_apart(founded)
        assert not times.inherits(told, article), later


def test_reconcile_leaves_the_recalled_toll_out_of_the_table() -> None:
    own = "The quake on Tuesday killed 9 people in Velden."
    facts = reconcile([story_with_recall(),
                       Article(id="b", source="b.txt", format="txt", text=own, published="2024-05-02", outlet="b",
                               claims=(claim("b:c1", "9", 9, own, measure="killed", role="victims"),))],
                      story="s")
    killed = [f for f in facts if f.measure == "killed"]
    assert killed and all("a:c2" not in f.claims for f in killed)
    assert any("b:c1" in f.claims for f in killed)
