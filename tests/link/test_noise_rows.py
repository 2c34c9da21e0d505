"""Figures that frame or colour another figure, on sentences written for these tests: a window a
span of time is cut into ("in the first 20 minutes"), a full hundred percent told as a degree
("I was 100 percent ready")."""

from __future__ import annotations

from storyline.link.noise_rows import degree, rough, stature, that_happening, time_window
from storyline.link.reconcile import reconcile
from storyline.model import Article, Claim


def claim(cid: str, number_text: str, value: float | None, text: str, *, measure: str = "duration",
          unit: str | None = "days", counted: str | None = None) -> Claim:
    return Claim(id=cid, article=cid.split(":")[0], start=0, end=len(text), text=text, number_text=number_text,
                 value=value, low=value, high=value, qualifier="exact", unit=unit, measure=measure, subject=None,
                 subject_group="not_people", location="Valland", as_of=None, attributed_to=None,
                 counted=counted or unit, role="objects")


def art(aid: str, *claims: Claim) -> Article:
    # each outlet's own words, so that no two read as copies of one wire text
    return Article(id=aid, source=f"{aid}.txt", format="txt", text=" ".join(c.text for c in claims),
                   published="2024-05-02", outlet=aid, claims=claims)


# -- a window a span of time is cut into ------------------------------------------------------------

def test_a_window_of_time_frames_another_figure() -> None:
    for number_text, unit, text in (
            ("20", "minutes", "The visitors scored twice in the first 20 minutes of the final."),
            ("two", "weeks", "Prices have climbed steadily over the last two weeks, traders said."),
            ("three", "days", "Forecasters expect heavy snow during the next three days."),
            ("ten", "laps", "She overtook four rivals in the closing ten laps."),
            ("six", "months", "Their exports fell by a third in the past six months."),
            ("5", "years", "It is the council's worst budget gap in its previous 5 years."),
            # a bulletin's window, told by its end
            ("24", "hours", "Bangladesh recorded 1,482 new dengue cases in the 24 hours to 8am on Sunday.")):
        assert time_window(claim("a:c1", number_text, 1, text, unit=unit)), text


def test_a_span_that_lasts_or_a_count_of_a_sequence_stays() -> None:
    # how long something took or lasted
    assert not time_window(claim("a:c1", "five", 5, "Rescuers searched the ruins for five days."))
    assert not time_window(claim("a:c1", "three", 3, "She had been in hospital for the past three weeks.",
                                 unit="weeks"))
    assert not time_window(claim("a:c1", "90", 90, "The strike lasted 90 minutes before talks resumed.",
                                 unit="minutes"))
    assert not time_window(claim("a:c1", "12", 12, "Rescuers worked for 12 hours to free him.", unit="hours"))
    # a count (not a span of time) of the first or last of a sequence is no window
    assert not time_window(claim("a:c1", "two", 2, "The first two victims were named on Monday.", measure="killed",
                                 unit="people"))
    assert not time_window(claim("a:c1", "17", 17, "He completed his first 17 passes.", measure="count",
                                 unit="passes"))


def test_a_window_several_outlets_give_is_no_fact() -> None:
    facts = reconcile([art("a", claim("a:c1", "20", 20, "The hosts led 3-0 after the first 20 minutes.",
                                      unit="minutes")),
                       art("b", claim("b:c1", "20", 20, "All three goals came in the opening 20 minutes.",
                                      unit="minutes"))],
                      story="s")
    assert [f for f in facts if f.measure == "duration"] == []


def test_a_span_several_outlets_give_is_a_fact() -> None:
    facts = reconcile([art("a", claim("a:c1", "20", 20, "The blaze burned for 20 minutes before crews arrived.",
                                      unit="minutes")),
                       art("b", claim("b:c1", "20", 20, "Firefighters needed 20 minutes to put out the blaze.",
                                      unit="minutes"))],
                      story="s")
    assert [f.claims for f in facts if f.measure == "duration"] == [("a:c1", "b:c1")]


# -- a full hundred percent told as a degree ------------------------------------------------------------

def pct(cid: str, number_text: str, value: float, text: str) -> Claim:
    return claim(cid, number_text, value, text, measure="percent", unit="percent")


def test_a_hundred_percent_of_a_quality_is_a_degree() -> None:
    for number_text, text in (
            ("100 percent", '"I was 100 percent ready for this race," the sprinter said.'),
            ("100%", "The coach said his captain is not 100% fit after the injury."),
            ("100 per cent", "This defeat was, without doubt, 100 per cent my fault."),
            ("100 percent", "Officials said they feel 100 percent confident in the new levees."),
            ("100 percent", "“ It ’ s 100 percent avoidable, ” the inspector said of the blast.")):
        assert degree(pct("a:c1", number_text, 100, text)), text


def test_a_share_or_a_lower_degree_stays() -> None:
    # a share of something, or of a whole done
    assert not degree(pct("a:c1", "100 percent", 100, "The mine is 100 percent of the town's income."))
    assert not degree(pct("a:c1", "100 percent", 100, "Homes in the hamlet were destroyed 100 percent."))
    assert not degree(pct("a:c1", "100%", 100, "The fund lost 100% of its value in a week."))
    assert not degree(pct("a:c1", "100 percent", 100, "Tuition rose 100 percent in a decade."))
    # a share below all of it is a figure
    assert not degree(pct("a:c1", "40 percent", 40, "Turnout was 40 percent, the lowest since 1990."))
    # a duration is no share
    assert not degree(claim("a:c1", "100", 100, "The ban is 100 days long."))


def test_a_degree_several_outlets_quote_is_no_fact() -> None:
    facts = reconcile([art("a", pct("a:c1", "100 percent", 100, '"The loss is 100 percent on me," the keeper said.')),
                       art("b", pct("b:c1", "100%", 100, 'The keeper said the loss was "100% on me".'))],
                      story="s")
    assert [f for f in facts if f.measure == "percent"] == []


# -- "a minute or two": the idiom of a few --------------------------------------------------------------

def test_a_noun_or_two_is_an_idiom() -> None:
    for number_text, text in (
            ("two", "The lights flickered for a second or two before the blast."),
            ("one", "Within one hour or two the river had burst its banks."),
            ("two", "The new mayor could teach her rivals a thing or two about budgets."),
            ("two", "Most guests had a glass or two before the speeches."),
            ("2", "Expect a delay of a day or 2 at the border.")):
        assert rough(claim("a:c1", number_text, 2, text, measure="count", unit="things")), text


def test_a_range_or_a_choice_of_figures_stays() -> None:
    assert not rough(claim("a:c1", "two", 2, "Two or three bridges collapsed in the flood.", measure="count",
                           unit="bridges"))
    assert not rough(claim("a:c1", "three", 3, "Two or three bridges collapsed in the flood.", measure="count",
                           unit="bridges"))
    assert not rough(claim("a:c1", "two", 2, "The ferry carried two cars or trucks.", measure="count",
                           unit="cars"))
    assert not rough(claim("a:c1", "one", 1, "One or three of the pumps failed.", measure="count",
                           unit="pumps"))


# -- a stature in feet and inches -----------------------------------------------------------------------

def test_a_stature_in_feet_and_inches_describes_a_person() -> None:
    for number_text, text in (
            ("6-foot-7", "The 6-foot-7 centre scored twice in the final quarter."),
            ("six - foot - two", "Witnesses described a six - foot - two man in a grey hoodie."),
            ("5", "The suspect is 5 feet 10 inches tall and walks with a limp."),
            ("6", "She is 6ft 1in and plays as a blocker.")):
        assert stature(claim("a:c1", number_text, 6, text, measure="distance", unit="feet")), text


def test_a_length_in_feet_stays() -> None:
    assert not stature(claim("a:c1", "6", 6, "Crews built a 6-foot wall along the river.", measure="distance",
                             unit="feet"))
    assert not stature(claim("a:c1", "30", 30, "A wave 30 feet high struck the harbour.", measure="distance",
                             unit="feet"))
    assert not stature(claim("a:c1", "12", 12, "The flood left 12 feet of mud in the streets.", measure="distance",
                             unit="feet"))
    assert not stature(claim("a:c1", "2", 2, "The storm left 2 feet 6 inches of snow on the pass.", measure="distance",
                             unit="feet"))
    assert not stature(claim("a:c1", "4", 4, "The trench was 4 feet 3 inches deep.", measure="distance",
                             unit="feet"))


# -- a happening pointed back at with "that" -------------------------------------------------------------

def test_a_figure_of_a_happening_told_with_that_is_an_earlier_one() -> None:
    for number_text, measure, text in (
            ("No arrests", "detained", "No arrests were made in that fire, which gutted a warehouse in 2009."),
            ("four", "sentence", "She was sentenced to four years in that case and released early."),
            ("12", "killed", "Twelve years ago a storm flooded the valley; 12 people died during that storm."),
            ("30", "injured", "The driver had also hurt 30 passengers in that same crash."),
            ("seven", "killed", "The minister said seven people were killed in those bombings last month.")):
        assert that_happening(claim("a:c1", number_text, 1, text, measure=measure, unit="people")), text


def test_the_storys_own_happening_stays() -> None:
    for text in ("No arrests have been made in the fire, police said.",
                 "Twelve people died in Sunday's storm, the mayor said.",
                 "The fire that destroyed the mill injured four workers.",
                 "Officials said that 30 passengers were hurt in this crash.",
                 "Police said that four suspects were held after the raid.",
                 "Those four suspects were held after the raid."):
        assert not that_happening(claim("a:c1", "four", 4, text, measure="injured", unit="people")), text
