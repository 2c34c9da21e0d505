"""Figures a date or length filter would drop, kept when the year or the span is the story's own, on sentences
written for these tests (the made articles are published in 2025)."""

from __future__ import annotations

from storyline.link.own_times import accounts, lasting, own_year, planned
from storyline.link.reconcile import reconcile
from storyline.model import Claim
from tests.link.made_claims import art, things


def posts(cid: str, number_text: str, value: float, text: str) -> Claim:
    return things(cid, number_text, value, text, "posts")


def span(number_text: str, value: float, text: str, unit: str = "months") -> Claim:
    return things("a:c1", number_text, value, text, unit, measure="duration", unit=unit)


def test_a_plans_target_year_after_the_storys_is_its_own() -> None:
    for text, number in (("The mill expects to shed 640 posts by the end of 2029.", "640"),
                         ("Officials aim to plant 640 trees along the canal through 2028.", "640"),
                         ("Deliveries will start at 640 units a month in spring 2027.", "640"),
                         ("The agency forecasts 640 new homes in the year to March 2027.", "640"),
                         ("The port is set to hire 640 dockers in 2026.", "640"),
                         ("Under the deal, 640 posts go by mid-2030.", "640"),
                         ("They'll add 640 beds in 2026 and 2027.", "640")):
        assert planned(things("a:c1", number, 640, text, "posts"), 2025), text


def test_a_later_year_without_a_plan_or_an_earlier_year_is_not_a_target() -> None:
    for text, year in (("The 2030 bond yielded 640 basis points on Monday.", 2025),
                       ("The 2028 model seats 640 passengers.", 2025),
                       ("In 2019 the council planned to cut 640 posts.", 2025),
                       ("The firm expects to cut 640 posts by 2027, after 300 in 2021.", 2025),
                       ("The firm expects to cut 640 posts by 2027.", None),
                       ("The firm expects to cut 640 posts.", 2025)):
        assert not planned(things("a:c1", "640", 640, text, "posts"), year), text


def test_a_year_in_a_clause_of_its_own_after_the_figure_leaves_it_the_storys() -> None:
    for text, number in (("The striker now has 212 goals, nine more than Rossi, who played from 1981 to 1990.", "212"),
                         ("The firm paid $40m for Orbis, which it founded in 2011.", "$40m"),
                         ("Crews rescued 31 miners from the shaft where a fire killed 12 in 1994.", "31"),
                         ("She is 47, the age her mother was when she won the seat in 1979.", "47")):
        assert own_year(things("a:c1", number, 1, text, "goals"), 2025), text


def test_a_year_before_the_figure_or_in_its_own_clause_still_dates_it() -> None:
    for text, number in (("In 2011, the firm paid $40m for Orbis.", "$40m"),
                         ("The firm paid $40m for Orbis in 2011.", "$40m"),
                         ("Rossi, who played from 1981 to 1990, scored 203 goals.", "203"),
                         ("The flood of 1998 drove 40,000 from their homes, which were never rebuilt.", "40,000"),
                         ("The council, which met in 2012, approved 30 flats and, in 2014, 12 more.", "30")):
        assert not own_year(things("a:c1", number, 1, text, "goals"), 2025), text


def test_how_long_a_process_may_take_or_a_thing_may_last_is_its_own() -> None:
    for text, number, unit in (("The review could take 14 months, the regulator said.", "14", "months"),
                               ("Repairs to the bridge will take up to two years.", "two", "years"),
                               ("The pump comes with a ten-year warranty.", "ten", "year"),
                               ("Its cells have a seven-year lifespan, the maker says.", "seven", "year")):
        assert lasting(span(number, 1, text, unit)), text


def test_a_span_of_the_past_is_not_lasting() -> None:
    for text, number, unit in (("The review took 14 months.", "14", "months"),
                               ("She ran the mill for two decades.", "two", "decades"),
                               ("Talks have taken three years.", "three", "years"),
                               ("The typical lifespan of such pumps is about 12 years.", "12", "years")):
        assert not lasting(span(number, 1, text, unit)), text
    assert not lasting(things("a:c1", "14", 14, "The review could take 14 staff.", "staff"))


def test_a_target_year_joins_the_outlet_telling_the_cut_plainly() -> None:
    a = art("a", posts("a:c1", "640", 640, "The mill said it expected to shed 640 posts by the end of 2029."))
    b = art("b", posts("b:c1", "640", 640, "The mill is to shed 640 posts, its owner said."))
    facts = reconcile([a, b], story="s")
    fact = next(f for f in facts if "b:c1" in f.claims)
    assert set(fact.claims) == {"a:c1", "b:c1"} and fact.sources == 2


def test_a_past_years_cut_stays_apart() -> None:
    a = art("a", posts("a:c1", "640", 640, "The mill shed 640 posts in 2019."))
    b = art("b", posts("b:c1", "640", 640, "The mill is to shed 640 posts, its owner said."))
    facts = reconcile([a, b], story="s")
    assert all("a:c1" not in f.claims for f in facts)


def test_last_years_accounts_are_a_partys_size() -> None:
    for text, number in (("The insurer earned $410 million on $6.2 billion of revenue last year.", "$6.2 billion"),
                         ("Its net profit rose to 88 million francs last year, the group said.", "88 million francs"),
                         ("The province ran a deficit of 3.1 percent of output last fiscal year.", "3.1 percent")):
        assert accounts(things("a:c1", number, 1, text, "revenue", measure="money")), text


def test_last_year_of_another_event_or_with_another_time_stays_dated() -> None:
    for text, number in (("A storm killed 14 people in the valley last year.", "14"),
                         ("Sales fell 9 percent last month, after a rise last year.", "9 percent"),
                         ("Two years ago the firm lost $40 million; last year it broke even on sales.", "$40 million")):
        assert not accounts(things("a:c1", number, 1, text, "revenue", measure="money")), text
