"""Figures of history or general knowledge, on sentences written for these tests: another era ("in the
12th century"), a tally over past years ("between 2005 and 2014"), a kind told in the habitual present
("Patients usually recover within ten days"). The story's own figures, told beside them, stay."""

from __future__ import annotations

from storyline.link.general_figures import (
    acceleration_test,
    after_an_era,
    another_era,
    general_knowledge,
    general_statement,
    past_span,
)
from storyline.link.reconcile import reconcile
from storyline.model import Article, Claim

YEAR = 2024


def claim(cid: str, number_text: str, text: str, *, value: float = 1, measure: str = "count",
          unit: str | None = "people", start: int = 0) -> Claim:
    return Claim(id=cid, article=cid.split(":")[0], start=start, end=start + len(text), text=text,
                 number_text=number_text, value=value, low=value, high=value, qualifier="exact", unit=unit,
                 measure=measure, subject=None, subject_group="mixed", location="Valland", as_of=None,
                 attributed_to=None, counted=unit, role="victims")


def art(aid: str, *claims: Claim, text: str | None = None) -> Article:
    return Article(id=aid, source=f"{aid}.txt", format="txt", text=text or " ".join(c.text for c in claims),
                   published="2024-05-02", outlet=aid, claims=claims)


# -- another era -------------------------------------------------------------------------------------

def test_a_figure_set_in_another_era() -> None:
    for number_text, text in (
            ("400", "In the 12th century, a great fire destroyed 400 houses in the old port."),
            ("2,000", "The fever swept the valley, killing 2,000 people in the 1800s."),
            ("thousands", "Over the centuries, floods have drowned thousands along the delta."),
            ("a third", "During the Middle Ages the famine took a third of the province's farmers."),
            ("90", "It was called the grey sickness during the seventeenth century, causing 90 deaths a week."),
            ("12", "By the late 1970s the mill had shed 12 of its looms.")):
        assert another_era(claim("a:c1", number_text, text), YEAR), text


def test_an_era_that_dates_a_thing_or_another_clause_or_the_story_s_own_stays() -> None:
    # the era dates a building or names a style, not the figure
    assert not another_era(claim("a:c1", "20", "The chapel, built in the 16th century, lost 20 windows in the storm."),
                           YEAR)
    assert not another_era(claim("a:c1", "85", "The 1950s film star died on Tuesday at the age of 85.",
                                 measure="age"), YEAR)
    assert not another_era(claim("a:c1", "6", "Firefighters rescued 6 people from a medieval tower on Friday."), YEAR)
    # the era ends another clause after the figure
    assert not another_era(claim("a:c1", "40", "40 flights were cancelled, which had not happened since the 1990s."),
                           YEAR)
    # the story's own century or decade is no other era
    assert not another_era(claim("a:c1", "300", "It is the worst drought in the 21st century, with 300 wells dry."),
                           YEAR)
    assert not another_era(claim("a:c1", "15", "Sales grew 15 percent, the fastest pace in the 2020s.",
                                 measure="percent", unit="percent"), YEAR)


def test_a_sentence_that_goes_on_with_the_era_before_it() -> None:
    before = "In the 13th century the river burst its banks across the plain. "
    text = "Some 4,000 people may have drowned."
    figure = claim("a:c2", "Some 4,000", text, start=len(before))
    assert after_an_era(figure, art("a", figure, text=before + text), YEAR)
    # a sentence with a time of its own is the story's ("on Monday", "this week")
    text = "On Monday some 40 people were evacuated."
    figure = claim("a:c2", "some 40", text, start=len(before))
    assert not after_an_era(figure, art("a", figure, text=before + text), YEAR)
    # a sentence after one that only dates a thing
    before = "The bridge was built in the 18th century. "
    text = "Some 40 cars crossed it before it fell."
    figure = claim("a:c2", "Some 40", text, start=len(before), unit="cars")
    assert not after_an_era(figure, art("a", figure, text=before + text), YEAR)


# -- a tally over past years -------------------------------------------------------------------------

def test_a_tally_over_a_span_of_past_years() -> None:
    for number_text, text in (
            ("four", "The region has seen a handful of cases, 12 infections and four deaths between 2005 and 2014."),
            ("40", "From 1998 to 2006, 40 ships sank in the strait."),
            ("300", "Some 300 miners died in 2001-2009 accidents in the province.")):
        assert past_span(claim("a:c1", number_text, text), YEAR), text


def test_a_span_reaching_the_story_s_year_or_in_another_clause_stays() -> None:
    assert not past_span(claim("a:c1", "25", "Enrolment rose by 25 percent from 2019 to 2024.", measure="percent",
                               unit="percent"), YEAR)
    assert not past_span(claim("a:c1", "eight", "Police arrested eight men, who had run the scheme between 2010 "
                                                "and 2015."), YEAR)


# -- a kind told in the habitual present -------------------------------------------------------------

def test_a_kind_told_in_the_habitual_present() -> None:
    for number_text, measure, text in (
            ("ten", "duration", "Patients usually recover within ten days."),
            ("two to five", "duration", "Those bitten often fall ill after two to five days, doctors say."),
            ("three", "duration", "Travellers at the border crossing typically wait up to three hours."),
            ("12", "duration", "But survival rates are high if the infection is treated within 12 hours."),
            ("about 300", "count", "Mountain rescuers are busy, with about 300 climbers rescued every year."),
            ("40", "percent", "Young vines generally yield 40 percent less fruit."),
            ("about 20", "duration", "The typical lifespan of garden ponds is about 20 years."),
            ("31", "age", "The average age of first-time buyers is 31."),
            ("40,000", "count", "Only 9,000 came, far below the fair's usual 40,000 visitors.")):
        assert general_statement(claim("a:c1", number_text, text, measure=measure),
                                 text=text + " Most travellers and patients agree."), text



def test_a_toll_told_per_year_is_a_general_statement() -> None:
    # a yearly toll in the present perfect or the present: the country's statistics, not the story's dead
    for text in ("Cold-related deaths in the region have topped 2,000 a year in recent winters, figures show.",
                 "Road crashes kill some 2,000 people a year in the province.",
                 "Lightning injures about 2,000 people per year nationwide."):
        measure = "injured" if "injures" in text else "killed"
        assert general_statement(claim("a:c1", "2,000", text, measure=measure, value=2000)), text


def test_a_count_in_a_typical_year_is_a_general_statement() -> None:
    # a country's yearly count of a kind, told as its norm: not the outbreak's own cases
    for number_text, text in (("around 500", "England records around 500 cases in a typical year."),
                              ("between 10 and 20", "Ireland typically records between 10 and 20 cases of the "
                                                    "disease a year."),
                              ("about 40", "The region usually sees about 40 rescues a year.")):
        assert general_statement(claim("a:c1", number_text, text)), text
    # "a year" with no habit word, and a habit word with no year, may be the story's own
    assert not general_statement(claim("a:c1", "14", "The outbreak has caused 14 cases a year after the tower opened."))
    assert not general_statement(claim("a:c1", "14", "Outbreaks typically grow: 14 cases were confirmed on Tuesday."))


def test_a_toll_a_year_ago_or_a_year_on_stays() -> None:
    for text in ("The flood killed 2,000 people a year ago this week.",
                 "The landslide killed 2,000 people a year after the quake.",
                 "Officials said 2,000 were injured a year earlier in the same district."):
        assert not general_statement(claim("a:c1", "2,000", text, measure="killed", value=2000)), text
    # a thing done so many times a year is no toll: it may be the story's own product or plan
    assert not general_statement(claim("a:c1", "up to 400", "Its battery can be charged up to 400 times a year.",
                                       value=400, unit="times"))


def test_a_thing_of_the_story_told_in_the_present_stays() -> None:
    # a named or definite subject: the story's own thing
    assert not general_statement(claim("a:c1", "200", "The ferry usually carries 200 passengers."))
    assert not general_statement(claim("a:c1", "ten", "Its batteries typically last ten hours.", measure="duration"))
    assert not general_statement(claim("a:c1", "5", "Marsh says he usually walks 5 miles.", measure="distance"))
    # a name that opens the sentence, which the article never writes in lower case
    text = "Williams often scores 20 points against them."
    assert not general_statement(claim("a:c1", "20", text, unit="points"), text=text)
    # the story's own average, a norm of a thing of the story
    assert not general_statement(claim("a:c1", "86", "The new console earned an average of 86 frames per second."))
    assert not general_statement(claim("a:c1", "$50", "The average price of the tickets is $50.", measure="money"))
    # a condition of the story's own figure
    assert not general_statement(claim("a:c1", "175", "He faces up to 175 years in prison if convicted.",
                                       measure="duration"))
    # a yearly count told in the past, a yearly sum
    assert not general_statement(claim("a:c1", "200", "Some 200 climbers were rescued every year until 2010."))
    assert not general_statement(claim("a:c1", "$5 million", "He will earn $5 million every year.", measure="money",
                                       unit="dollars"))


# -- in the facts table ------------------------------------------------------------------------------

def test_history_stays_out_of_the_table_and_the_story_s_toll_stays() -> None:
    a = art("a", claim("a:c1", "six", "The fever has killed six people in the district this week.", value=6,
                       measure="killed"),
            claim("a:c2", "25 million", "The fever killed 25 million people in the 14th century.", value=25e6,
                  measure="killed"))
    b = art("b", claim("b:c1", "six", "Six people have died of the fever in the district since Monday.", value=6,
                       measure="killed"),
            claim("b:c2", "more than 30 million", "During the fourteenth century it caused more than 30 million "
                                                 "deaths.", value=30e6, measure="killed"))
    facts = reconcile([a, b], story="s1")
    told = {c for f in facts for c in f.claims}
    assert {"a:c1", "b:c1"} <= told
    assert not told & {"a:c2", "b:c2"}
    assert general_knowledge(a.claims[1], a, YEAR) and not general_knowledge(a.claims[0], a, YEAR)


# -- a speed that names the test of acceleration -----------------------------------------------------

def test_a_speed_from_a_standstill_names_the_test() -> None:
    for number_text, text in (("0-60", "The coupe does 0-60 mph in 4.1 seconds."),
                              ("zero to 100", "It sprints from zero to 100 km/h in six seconds."),
                              ("0 to 30", "The scooter goes 0 to 30 mph in under four seconds.")):
        assert acceleration_test(claim("a:c1", number_text, text, measure="speed", unit="mph")), text
    for number_text, text in (("150", "The coupe has a top speed of 150 mph."),
                              ("up to 120", "The van fled at speeds up to 120 mph.")):
        assert not acceleration_test(claim("a:c1", number_text, text, measure="speed", unit="mph")), text
