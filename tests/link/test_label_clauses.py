"""Labels that name only a measure, named by the clause their figure stands in, on sentences written for these
tests: a level's subject or the object moved to it, what a span of time is of; and sentences that must leave the
label as it is."""

from __future__ import annotations

from storyline.link.fact_labels import thing_of
from storyline.link.label_clauses import clause_label, level_of, time_of
from tests.link.made_claims import said


def test_the_subject_of_a_level_names_a_percentage() -> None:
    jobless = said("Unemployment climbed to 7.2% in June from 6.8% in May.", "6.8%", measure="percent", unit="percent")
    assert clause_label("percent (percent)", "percent", [jobless]) == "unemployment (percent)"
    turnout = said("In the northern provinces the turnout was 61 percent, officials said.", "61 percent",
                   measure="percent", unit="percent")
    assert clause_label("percent (percent)", "percent", [turnout]) == "turnout (percent)"
    apposed = said("The vacancy rate, at 3.9% in the spring, is the lowest on record.", "3.9%", measure="percent",
                   unit="percent")
    assert level_of(apposed) == "vacancy rate"


def test_the_object_moved_to_a_level_names_it() -> None:
    lifted = said("The central bank lifted its overnight rate by a quarter point to 4.5% on Tuesday.", "4.5%",
                  measure="percent", unit="percent")
    assert level_of(lifted) == "overnight rate"
    ahead = said("Treasury raised its growth forecast for next year to 2.1 percent.", "2.1 percent",
                 measure="percent", unit="percent")
    assert clause_label("percent (percent)", "percent", [lifted, ahead]) in (
        "growth forecast (percent)", "overnight rate (percent)")


def test_a_level_of_a_distance_or_a_sum_is_named_by_its_subject() -> None:
    crest = said("The lake at the northern dam peaked at 212.4 metres on Sunday.", "212.4", measure="distance",
                 unit="metres")
    assert clause_label("distance (metres)", "distance", [crest]) == "lake at the northern dam (metres)"
    owed = said("Including fees, the sum owed rises to about $4 million, the trustee said.", "about $4 million",
                measure="money")
    assert clause_label("amount", "money", [owed]) == "sum owed"


def test_a_change_a_name_or_a_pronoun_names_no_level() -> None:
    moved = said("Exports rose 4.5% in March.", "4.5%", measure="percent", unit="percent")
    assert level_of(moved) == ""  # by how much, not the level
    by = said("The index fell by 2.5% on Friday.", "2.5%", measure="percent", unit="percent")
    assert level_of(by) == ""
    named = said("Brightwell rose to 12% of the market.", "12%", measure="percent", unit="percent")
    assert level_of(named, frozenset({"brightwell"})) == ""  # a company the parser names
    inside = said("Aid for the two towns is expected to total $3 million.", "$3 million", measure="money")
    assert level_of(inside) == ""  # the object of a preposition is no subject
    it = said("It reached 40 metres by noon.", "40", measure="distance", unit="metres")
    assert level_of(it) == ""
    # a label that already names what is measured stays
    rate = said("The levy rate rose to 9 percent.", "9 percent", measure="percent", unit="percent")
    assert clause_label("levy rate (percent)", "percent", [rate]) == ""


def test_a_span_of_time_is_named_by_its_clause() -> None:
    appeal = said("The club has 14 days to appeal the ban.", "14", measure="duration", unit="days")
    assert time_of(appeal) == "duration to appeal the ban"
    jury = said("In Dunmore, the jury deliberated for about six hours on Monday.", "about six", measure="duration",
                unit="hours")
    assert clause_label("duration (hours)", "duration", [jury]) == "duration for which the jury deliberated (hours)"
    late = said("The airline waited nine days before telling passengers, the report found.", "nine",
                measure="duration", unit="days")
    assert time_of(late) == "duration before telling passengers"
    stopped = said("Deputies gave chase and the driver finally stopped after about 20 minutes.", "about 20",
                   measure="duration", unit="minutes")
    assert time_of(stopped) == "duration before the driver finally stopped"
    works = said("Officials said rebuilding the pier would take about eight months.", "about eight",
                 measure="duration", unit="months")
    assert time_of(works) == "duration of rebuilding the pier"
    relative = said("The hikers, who had set out at dawn, were stranded on the ridge for nearly two days.",
                    "nearly two", measure="duration", unit="days")
    assert time_of(relative) == "duration for which the hikers were stranded on the ridge"


def test_a_span_told_otherwise_keeps_its_label() -> None:
    quoted = said('"I clung to the railing for nearly an hour," she said.', "nearly an", measure="duration",
                  unit="hour")
    assert time_of(quoted) == ""  # a speaker's own clause
    no_subject = said("The warehouse burned overnight and was fought by crews for ten hours.", "ten",
                      measure="duration", unit="hours")
    assert time_of(no_subject) == ""  # the clause has no subject
    # one figure of three says it: too few to name the row
    others = [said(f"It lasted {k} days.", str(k), measure="duration", unit="days", n=k) for k in (2, 3)]
    assert clause_label("duration (days)", "duration", [appeal_days(), *others]) == ""


def appeal_days():  # type: ignore[no-untyped-def]
    return said("The firm has 21 days to lodge an appeal.", "21", measure="duration", unit="days")


def test_a_height_above_or_a_length_of_a_thing_told_in_a_relative_clause() -> None:
    plume = said("A plume of smoke rose 900 metres above the refinery.", "900", measure="distance", unit="metres")
    assert thing_of(plume).startswith("height")
    slide = said("The mudslide, which was 400 metres long, blocked the valley road.", "400", measure="distance",
                 unit="metres")
    assert thing_of(slide) == "length of the mudslide"


def test_a_cost_a_change_and_a_compound_unit_are_named_by_what_they_are_of() -> None:
    costing = said("The blockade is costing exporters about $9 million a day.", "about $9 million", measure="price")
    assert clause_label("cost", "price", [costing]) == "cost of the blockade"
    jump = said("Grocers reported a 9% jump in flour prices since March.", "9%", measure="percent", unit="percent")
    assert clause_label("jump (percent)", "percent", [jump]) == "jump in flour prices (percent)"
    tank = said("Crews drained a 30-tonne holding tank on Friday.", "30", measure="weight", unit="tonnes")
    assert clause_label("tonnes (weight)", "weight", [tank]) == "holding tank (tonnes)"
    going = said("Crews drained a 30-tonne holding tank overnight.", "30", measure="weight", unit="tonnes")
    assert clause_label("tonnes (weight)", "weight", [going]) == ""  # a phrase that goes on: read no further
    alone = said("The jump of 9% surprised grocers.", "9%", measure="percent", unit="percent")
    assert clause_label("jump (percent)", "percent", [alone]) == ""
