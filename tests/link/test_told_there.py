"""A figure of someone or something keeps a place only when a sentence sets it there, not at a home
and not elsewhere (link/told_there.py); on sentences written for these tests."""

from __future__ import annotations

from storyline.link.told_there import harmed, told_there, untold
from storyline.model import Claim, Fact


def claim(text: str, number_text: str, *, measure: str = "age", location: str | None = "Harwick",
          role: str | None = "other", cid: str = "a:c1") -> Claim:
    return Claim(id=cid, article=cid.split(":")[0], start=0, end=len(text), text=text, number_text=number_text,
                 value=1.0, low=1.0, high=1.0, qualifier="exact", unit=None, measure=measure, subject=None,
                 subject_group="not_people", location=location, as_of=None, attributed_to=None, role=role)


def fact(measure: str, claims: list[Claim], *, scope: str | None = None) -> Fact:
    return Fact(id="s:f1", label="a figure", measure=measure, subject_group="not_people", location="Harwick",
                claims=tuple(c.id for c in claims), low=1.0, high=1.0, assessment="single_source", explanation="",
                scope=scope)


def test_a_home_named_after_a_person_sets_no_age_there() -> None:
    for text in ("Doris Pell, 61, of Harwick said the symptoms began in spring.",
                 "Doris Pell of Harwick said the 61-year-old had never smoked.",
                 "The 61-year-old woman from Harwick was treated with antibiotics.",
                 "A 61-year-old, also from Harwick, is the second case this year.",
                 "The 61-year-old is the second Harwick resident to catch the fever.",
                 "The 61-year-old, who lives in Harwick, has recovered."):
        c = claim(text, "61")
        assert not told_there([c], "Harwick"), text
        assert untold(fact("age", [c]), [c], "Harwick"), text


def test_a_sentence_that_sets_the_figure_at_the_row_s_place_keeps_it() -> None:
    for text in ("The 61-year-old checked into a clinic in Harwick on Monday.",
                 "At the show in Harwick, the 61-year-old painter sold every canvas.",
                 "Harwick paid the contractor $61,000 for the new footbridge."):
        c = claim(text, "61")
        assert told_there([c], "Harwick"), text
        assert not untold(fact("age", [c]), [c], "Harwick"), text


def test_a_sentence_that_sets_the_figure_elsewhere_does_not_set_it_at_the_row_s_place() -> None:
    c = claim("The champion, 37, beat the 41-year-old challenger in Dunmore on Saturday.", "41", location="Dunmore")
    assert untold(fact("age", [c]), [c], "Harwick")
    # the sentence's own place, written more fully than the row's, is the row's place
    wider = claim("The 41-year-old sculptor unveiled the piece in Harwick Green, Lowshire.", "41",
                  location="Harwick Green")
    assert not untold(fact("age", [wider]), [wider], "Harwick")


def test_a_price_or_a_sum_set_nowhere_loses_the_story_s_place() -> None:
    for text, figure, measure in (("The basic model costs $38,000 before tax credits.", "$38,000", "price"),
                                  ("The grant of $4 million goes to the clinic's owner, a Harwick man.",
                                   "$4 million", "money"),
                                  ("It reaches a top speed of 112 mph.", "112 mph", "speed")):
        c = claim(text, figure, measure=measure, role="objects")
        assert untold(fact(measure, [c]), [c], "Harwick"), text


def test_figures_of_an_event_and_ages_of_those_it_happened_to_are_not_touched() -> None:
    toll = claim("Four people died when the roof fell.", "Four", measure="killed", role="victims")
    assert not untold(fact("killed", [toll]), [toll], "Harwick")
    victim = claim("The victim, 61, of Harwick was named by police.", "61", role="victims")
    assert not untold(fact("age", [victim]), [victim], "Harwick")
    # the claim's role missed it, but the sentence tells of harm done to her
    harmed = claim("Police found the body of Doris Pell, 61, of Harwick.", "61")
    assert not untold(fact("age", [harmed]), [harmed], "Harwick")
    # a duration or a count is not this module's concern; nor a row set at no place, or with a scope
    span = claim("The trial lasted 61 days.", "61 days", measure="duration", role="objects")
    assert not untold(fact("duration", [span]), [span], "Harwick")
    c = claim("Doris Pell, 61, of Harwick said so.", "61")
    assert not untold(fact("age", [c]), [c], None)
    assert not untold(fact("age", [c], scope="in Harwick"), [c], "Harwick")


def test_an_age_told_with_harm_done_is_an_event_s() -> None:
    for text in ("The singer died at her home on Sunday, aged 88.", "Police found the body of a 30-year-old man.",
                 "The 30-year-old was shot twice in the leg."):
        c = claim(text, "88" if "88" in text else "30")
        assert harmed(fact("age", [c]), [c]), text
    calm = claim("The 30-year-old chef opened her second restaurant.", "30")
    assert not harmed(fact("age", [calm]), [calm])
    # only an age: a sum told with a death is still a sum
    award = claim("The family of the man killed was awarded $2 million.", "$2 million", measure="money")
    assert not harmed(fact("money", [award]), [award])
