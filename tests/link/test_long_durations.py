"""Long durations of the story's own subject (link/long_durations.py), on sentences written for these
tests: the span an action or a state lasted, or the time since a person's own act, is the story's; a
history, a career, a plan, a record's window, a state before the story's time or a speaker's memory is
not."""

from __future__ import annotations

from storyline.link.long_durations import own
from storyline.link.reconcile import reconcile
from storyline.model import Article, Claim, NamedSpan


def claim(cid: str, number_text: str, value: float, text: str, *, unit: str = "months") -> Claim:
    return Claim(id=cid, article=cid.split(":")[0], start=0, end=len(text), text=text, number_text=number_text,
                 value=value, low=value, high=value, qualifier="exact", unit=unit, measure="duration", subject=None,
                 subject_group="not_people", location="Valland", as_of=None, attributed_to=None, counted=unit,
                 role="objects")


def art(aid: str, *claims: Claim, names: tuple[NamedSpan, ...] = ()) -> Article:
    return Article(id=aid, source=f"{aid}.txt", format="txt", text=" ".join(c.text for c in claims),
                   published="2024-05-02", outlet=aid, claims=claims, names=names)


def _own(number_text: str, text: str, *, unit: str = "months", person: str | None = None) -> bool:
    c = claim("a:c1", number_text, 1, text, unit=unit)
    names = (NamedSpan(start=text.index(person), end=text.index(person) + len(person), label="PERSON",
                       text=person),) if person else ()
    return own(c, art("a", c, names=names))


def test_the_span_an_action_or_a_state_lasted_is_the_story_s() -> None:
    for number_text, unit, text in (
            ("14", "months", "The chemotherapy went on for 14 months before the tumour shrank."),
            ("nine", "years", "The dissident has lived inside the consulate for nine years."),
            ("more than three", "decades", "Inspectors have checked every bridge for more than three decades."),
            ("eight", "years", "The new pump lasts eight years without a service."),
            ("nine", "months", "The blockade of the port is expected to last nearly nine months.")):
        assert _own(number_text, text, unit=unit), text


def test_the_time_since_a_person_s_own_act_is_the_story_s() -> None:
    assert _own("three", "That happened three years after she fled the country.", unit="years")
    assert _own("eight", "The trial opened eight months after his arrest.")
    assert _own("20", "Mara Quist vanished from a ferry 20 months ago.", person="Mara Quist")
    assert _own("Six", "Six weeks after Tomas Brel left the shelter, the search goes on.", unit="weeks",
                person="Tomas Brel")


def test_a_history_a_career_a_plan_or_a_record_window_is_not() -> None:
    for number_text, unit, text in (
            ("12", "years", "The board praised the club's 12-year history in the league."),
            ("nine", "months", "She began a nine-month stay at the clinic on Friday."),  # left to agreement
            ("five", "years", "The bank will cut its staff for the next five years."),
            ("six", "months", "The general, who ruled the island for six months, died in exile."),
            ("25", "years", "It was the wettest spring for 25 years."),
            ("ten", "years", "Investors cheered the highest profit in a ten-year run.")):
        assert not _own(number_text, text, unit=unit), text


def test_a_state_before_the_story_a_dated_span_or_a_speaker_s_memory_is_not() -> None:
    for number_text, unit, text in (
            ("six", "years", "He had owned the shop for six years when the fire broke out."),
            ("nine", "months", "She was world champion for nine months in 2009."),
            ("20", "years", "\"It has been with us for 20 years,\" the mayor said."),
            ("Fifteen", "years", "\"Fifteen years ago when I was a student, nobody cared,\" she said.")):
        assert not _own(number_text, text, unit=unit), text


def test_the_time_since_a_country_s_or_a_firm_s_past_is_not() -> None:
    assert not _own("Four", "Four months after Norland split from its neighbour, the border is tense.")
    assert not _own("5", "The republic gained its independence 5 months ago.")
    assert not _own("two", "Shares fell two years after the merger was signed.", unit="years")


def test_two_outlets_telling_a_treatment_s_length_make_a_fact() -> None:
    a = claim("a:c1", "18", 18, "The course of antibiotics continued for 18 months, doctors wrote.")
    b = claim("b:c1", "18", 18, "Her treatment ran on for 18 months in all.")
    facts = reconcile([art("a", a), art("b", b)], story="s")
    assert any({"a:c1", "b:c1"} <= set(f.claims) for f in facts)

