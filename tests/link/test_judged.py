"""The assessment a reader gives a row (link/judged.py): exact readings that differ conflict, hedged ones
stand for their neighbours."""

import dataclasses

from storyline.link.judged import (
    hedged,
    listed,
    magnitude_slack,
    moved_in_one_sentence,
    rounded_count,
    rounds_to,
    running_total,
    told_as_two,
)
from storyline.link.reconcile import _clash, reconcile
from storyline.model import Article, Claim, Fact
from tests.link.made_claims import report


def quake(cid: str, number_text: str, value: float, *, text: str, qualifier: str = "exact") -> Claim:
    low, high = (value, value) if qualifier == "exact" else (value, None)
    return Claim(id=cid, article=cid.split(":")[0], start=0, end=len(text), text=text, number_text=number_text,
                 value=value, low=low, high=high, qualifier=qualifier, unit="earthquake", measure="magnitude",
                 subject=None, subject_group="not_people", location="Tarnow", as_of=None, attributed_to=None,
                 counted=None, role="objects")


def art(aid: str, *claims: Claim) -> Article:
    return Article(id=aid, source=f"{aid}.txt", format="txt", text=f"{aid}: a report of the tremor in its own words.",
                   published="2024-09-14", outlet=aid, claims=claims)


def facts(*articles: Article) -> list[Fact]:
    return [f for f in reconcile(articles, story="s") if f.measure == "magnitude"]


def test_two_exact_readings_a_tenth_apart_conflict() -> None:
    # two outlets read 6.4 from one agency, a third 6.5 from another: a reader names both
    [fact] = facts(art("a", quake("a:1", "6.4", 6.4, text="The 6.4-magnitude tremor struck Tarnow before dawn.")),
                   art("b", quake("b:1", "6.4", 6.4, text="A quake of magnitude 6.4 shook the valley on Friday.")),
                   art("c", quake("c:1", "6.5", 6.5, text="The seismic service put the shock at magnitude 6.5.")))
    assert fact.assessment == "conflicting"
    assert "6.4" in fact.explanation and "6.5" in fact.explanation and "cannot both hold" in fact.explanation


def test_a_hedged_reading_stands_for_its_neighbour() -> None:
    # "about 5.0" is an estimate: 4.9 told exactly by another outlet fits it; 4.9 and 5.0 told plainly do not
    rough = quake("a:1", "about 5.0", 5.0, qualifier="about", text="Residents felt a jolt of about 5.0.")
    plain = quake("c:1", "5.0", 5.0, text="The seismic service put it at 5.0.")
    told = quake("b:1", "4.9", 4.9, text="The magnitude 4.9 quake cracked plaster in Tarnow.")
    assert not _clash(report(rough), report(told))
    assert _clash(report(plain), report(told))


def test_one_exact_reading_everywhere_is_consistent() -> None:
    [fact] = facts(art("a", quake("a:1", "7.1", 7.1, text="A 7.1 magnitude earthquake hit the coast.")),
                   art("b", quake("b:1", "7.1", 7.1, text="The magnitude 7.1 shock toppled the old tower.")))
    assert fact.assessment == "consistent"


def test_slack_only_when_either_is_hedged() -> None:
    plain = quake("a:1", "6.2", 6.2, text="It measured 6.2.")
    rough = quake("b:1", "nearly 6.2", 6.2, qualifier="almost", text="It measured nearly 6.2.")
    assert magnitude_slack(plain, plain) == 0.0
    assert magnitude_slack(plain, rough) > 0.1 and magnitude_slack(rough, plain) > 0.1
    assert hedged(rough) and not hedged(plain)


def heads(cid: str, number_text: str, value: float, *, text: str, unit: str = "staff") -> Claim:
    return Claim(id=cid, article=cid.split(":")[0], start=0, end=len(text), text=text, number_text=number_text,
                 value=value, low=value, high=value, qualifier="exact", unit=unit, measure="count", subject=None,
                 subject_group="not_people", location="Tarnow", as_of=None, attributed_to=None, counted=unit,
                 role="objects")


def test_a_head_count_in_round_thousands_stands_for_the_exact_one() -> None:
    # the chain's "14,000 staff" is its filing's 14,300, rounded: a reader calls that consistent
    rough = heads("a:1", "14,000", 14000, text="The chain's 14,000 staff were told of the closures by email.")
    exact = heads("b:1", "14,300", 14300, text="Its annual filing listed 14,300 staff at the end of March.")
    assert rounded_count(rough, exact) and rounded_count(exact, rough) and rounds_to(rough, exact)
    [fact] = [f for f in reconcile([art("a", rough), art("b", exact)], story="s") if f.measure == "count"]
    assert fact.assessment == "consistent"


def test_no_rounding_outside_half_the_place_or_for_one_digit_or_small_counts() -> None:
    twelve = heads("a:1", "12,000", 12000, text="Some 12,000 people signed the petition.", unit="people")
    assert not rounded_count(twelve, heads("b:1", "12,900", 12900, text="It had 12,900 names.", unit="people"))
    # "10,000" has one significant digit: it stands for no exact count near it
    ten = heads("c:1", "10,000", 10000, text="Organisers counted 10,000 marchers.", unit="marchers")
    assert not rounded_count(ten, heads("d:1", "10,400", 10400, text="Police said 10,400 marched.", unit="marchers"))
    # small counts are counted, not rounded: 40 divers and 38 divers disagree
    forty = heads("e:1", "40", 40, text="Forty divers searched the wreck.", unit="divers")
    assert not rounded_count(forty, heads("f:1", "38", 38, text="38 divers searched the wreck.", unit="divers"))
    # two counts of other things are never one rounded
    assert not rounded_count(twelve, heads("g:1", "12,300", 12300, text="12,300 homes lost power.", unit="homes"))


def takings(cid: str, number_text: str, value: float, *, text: str) -> Claim:
    return Claim(id=cid, article=cid.split(":")[0], start=0, end=len(text), text=text, number_text=number_text,
                 value=value, low=value, high=value, qualifier="exact", unit="USD", measure="money", subject=None,
                 subject_group="not_people", location="Tarnow", as_of=None, attributed_to=None, counted="takings",
                 role="objects")


def test_a_larger_figure_told_as_a_running_total_is_an_update() -> None:
    # the fair's takings: $2.1 million after the first weekend, "has already raised $3.4 million" a week on
    first = report(takings("a:1", "$2.1 million", 2.1e6, text="The fair took $2.1 million on its first weekend."))
    later = report(takings("b:1", "$3.4 million", 3.4e6, text="The fair has already raised $3.4 million."))
    assert running_total([(first, later)]) == (first, later)
    assert running_total([(later, first)]) == (first, later)


def test_a_running_total_below_the_other_figure_or_a_plain_clash_is_no_update() -> None:
    plain = report(takings("a:1", "$3.4 million", 3.4e6, text="Organisers said the fair took $3.4 million."))
    other = report(takings("b:1", "$2.9 million", 2.9e6, text="The city put the fair's takings at $2.9 million."))
    smaller = report(takings("c:1", "$2.1 million", 2.1e6, text="So far the fair has taken $2.1 million."))
    assert running_total([(plain, other)]) is None  # two plain figures: a dispute
    assert running_total([(plain, smaller)]) is None  # the tally is the smaller: it says nothing of a rise


def test_a_tally_told_a_day_before_a_larger_figure_ran_on() -> None:
    paid = report(takings("a:1", "$88,000", 88e3, text="The council said it had so far paid $88,000 to 22 families."))
    later = report(takings("b:1", "$96,000", 96e3, text="By evening, cheques worth $96,000 had been handed over."))
    paid, later = dataclasses.replace(paid, when="2025-04-07"), dataclasses.replace(later, when="2025-04-08")
    assert running_total([(paid, later)]) == (paid, later)
    # a day earlier than the tally, the larger figure is a dispute, not a tally that ran on
    assert running_total([(paid, dataclasses.replace(later, when="2025-04-06"))]) is None


def test_a_running_total_turns_a_conflict_into_an_evolving_row() -> None:
    arts = [art("a", takings("a:1", "$2.1 million", 2.1e6, text="The fair took $2.1 million on its first weekend.")),
            art("b", takings("b:1", "$2.1 million", 2.1e6, text="Its first weekend brought the fair $2.1 million.")),
            art("c", takings("c:1", "$2.8 million", 2.8e6,
                             text="The fair has already raised $2.8 million for the library, its organisers said."))]
    [fact] = [f for f in reconcile(arts, story="s") if f.measure == "money"]
    assert fact.assessment == "evolving" and "running total" in fact.explanation


def test_two_readings_listed_in_one_sentence_are_two_quakes() -> None:
    pair = "Two shocks, measuring 6.2 and 5.8, hit the islands overnight."
    a1 = quake("a:1", "6.2", 6.2, text=pair)
    a2 = quake("a:2", "5.8", 5.8, text=pair)
    assert listed(a1, a2) and listed(a2, a1)
    # two agencies' readings of one quake are told apart by their sources, not listed
    both = "The survey put it at 6.2, but the national institute said it was 5.8."
    assert not listed(quake("b:1", "6.2", 6.2, text=both), quake("b:2", "5.8", 5.8, text=both))


def test_a_row_of_two_listed_quakes_splits_by_nearest_reading() -> None:
    pair = "Two shocks, measuring 6.2 and 5.8, hit the islands overnight."
    reports = [report(quake("a:1", "6.2", 6.2, text=pair)), report(quake("a:2", "5.8", 5.8, text=pair)),
               report(quake("b:1", "6.2", 6.2, text="The first, a 6.2 quake, struck at 3 a.m.")),
               report(quake("c:1", "5.8", 5.8, text="A second 5.8 tremor followed an hour later.")),
               report(quake("d:1", "6.3", 6.3, text="A magnitude 6.3 earthquake rocked the islands.")),
               report(quake("e:1", "5.6", 5.6, text="An aftershock of 5.6 shook the port."))]
    parts = told_as_two(reports)
    assert sorted(sorted(r.claim.id for r in p) for p in parts) == [["a:1", "b:1", "d:1"], ["a:2", "c:1", "e:1"]]


def test_a_list_no_other_outlet_echoes_splits_nothing() -> None:
    # "quakes of magnitude 2 and 3 are common here" is talk of the area, not two of the story's quakes
    talk = "Quakes of magnitude 2 and 3 are common in the valley, residents said."
    reports = [report(quake("a:1", "2", 2.0, text=talk)), report(quake("a:2", "3", 3.0, text=talk)),
               report(quake("b:1", "4.1", 4.1, text="The 4.1 quake woke the valley.")),
               report(quake("c:1", "4.1", 4.1, text="A magnitude 4.1 tremor struck at dawn."))]
    assert len(told_as_two(reports)) == 1


def test_two_listed_quakes_are_two_rows() -> None:
    pair = "Two shocks, measuring 6.2 and 5.8, hit the islands overnight."
    arts = [art("a", quake("a:1", "6.2", 6.2, text=pair), quake("a:2", "5.8", 5.8, text=pair)),
            art("b", quake("b:1", "6.2", 6.2, text=pair), quake("b:2", "5.8", 5.8, text=pair)),
            art("c", quake("c:1", "6.3", 6.3, text="A magnitude 6.3 earthquake rocked the islands first."))]
    rows = sorted((sorted(f.claims), f.assessment) for f in facts(*arts))
    assert rows == [(["a:1", "b:1", "c:1"], "conflicting"), (["a:2", "b:2"], "consistent")]


def test_one_sentence_that_tells_the_figure_moving_makes_the_row_evolve() -> None:
    raised = "The council lifted its estimate of the repair bill from $40 million to $45-50 million on Monday."
    span = dataclasses.replace(takings("a:2", "$45-50 million", 4.5e7, text=raised), qualifier="range",
                               low=4.5e7, high=5e7)
    arts = [art("a", takings("a:1", "$40 million", 4e7, text=raised), span),
            art("b", takings("b:1", "$40 million", 4e7, text="The council first put the repair bill at $40 million."))]
    moved = moved_in_one_sentence([report(c) for a in arts for c in a.claims])
    assert moved is not None and (moved[0].claim.id, moved[1].claim.id) == ("a:1", "a:2")
    [fact] = [f for f in reconcile(arts, story="s") if f.measure == "money"]
    assert fact.assessment == "evolving" and "from $40 million to $45-50 million" in fact.explanation


def test_two_terms_of_one_deal_or_two_listed_sums_are_no_move() -> None:
    terms = "She was paid $2 million up front and 4% of the takings."
    share = dataclasses.replace(takings("a:2", "4%", 4.0, text=terms), unit="percent")
    assert moved_in_one_sentence([report(takings("a:1", "$2 million", 2e6, text=terms)), report(share)]) is None
    both = "The two houses sold for $400,000 and $450,000."
    assert moved_in_one_sentence([report(takings("b:1", "$400,000", 4e5, text=both)),
                                  report(takings("b:2", "$450,000", 4.5e5, text=both))]) is None


def test_two_things_moving_side_by_side_are_no_move_of_one_figure() -> None:
    for text, first, second in (
            ("Harlow shares fell 3 percent early, while Pinecrest jumped 24 percent.", "3 percent", "24 percent"),
            ("Exports rose 4% in May but imports climbed 9%.", "4%", "9%"),
            ("The tax on fuel was cut by 2 percent; the tax on tobacco by 5 percent.", "2 percent", "5 percent")):
        reports = [report(dataclasses.replace(takings(f"a:{i}", t, float(t.split("%")[0].split()[0]), text=text),
                                              unit="percent")) for i, t in enumerate((first, second))]
        assert moved_in_one_sentence(reports) is None, text
    # one change told from one figure to the other still moves
    raised = "The bank raised its growth forecast from 3 percent to 4 percent."
    reports = [report(dataclasses.replace(takings(f"a:{i}", t, float(t.split()[0]), text=raised), unit="percent"))
               for i, t in enumerate(("3 percent", "4 percent"))]
    assert moved_in_one_sentence(reports) is not None
