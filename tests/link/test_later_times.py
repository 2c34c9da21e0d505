"""An earlier time told after a figure, past a clause break or another figure, dates that clause only (sentences
written for these tests; the story is of 2024, told in June)."""

from __future__ import annotations

from storyline.link import reconcile as rec
from storyline.link.later_times import ahead
from tests.link.test_corroborated import art, figure


def other_time(number_text: str, value: float, text: str, *, counted: str, measure: str = "count") -> bool:
    return rec._other_time(ahead(figure("a:c1", number_text, value, text, counted=counted, measure=measure)), {6})


def test_a_time_of_a_later_figure_or_clause_leaves_ours_undated() -> None:
    assert not other_time("2,400", 2400, "The council has planted 2,400 trees this spring, up from 900 last year.",
                          counted="trees")
    assert not other_time("65", 65, "He said 65 layoffs on top of the 40 announced two years ago would shut the "
                          "plant.", counted="layoffs")
    assert not other_time("four", 4, "The governor, who has ordered four days of flags at half-staff, said the levee "
                          "had been inspected last month.", counted="days", measure="duration")


def test_a_time_in_the_figures_own_clause_or_before_it_still_dates_it() -> None:
    assert other_time("40,000", 40000, "Storms cut power to 40,000 homes last year.", counted="homes")
    assert other_time("40,000", 40000, "Last year, storms cut power to 40,000 homes.", counted="homes")
    assert other_time("12", 12, "Two years ago, a fire at the depot killed 12 people, police said.",
                      counted="people")
    # the figure told after another one: the later time is still its own
    assert other_time("900", 900, "The council has planted 2,400 trees this spring, up from 900 last year.",
                      counted="trees")


def test_a_claim_with_no_later_time_is_left_as_it_is() -> None:
    claim = figure("a:c1", "30", 30, "Thirty people were hurt on Monday.", counted="people")
    assert ahead(claim) is claim
    # the sentence read by the time filter keeps its offsets: only the later time is blanked
    told = figure("a:c1", "2,400", 2400, "It planted 2,400 trees, against 900 last year.", counted="trees")
    assert ahead(told).text == "It planted 2,400 trees, against 900          ."


def test_reconcile_tables_a_figure_two_outlets_give_beside_last_years() -> None:
    a = art("a", figure("a:c1", "2,400", 2400, "The council has planted 2,400 trees this spring, up from 900 last "
                        "year.", counted="trees"))
    b = art("b", figure("b:c1", "2,400", 2400, "Some 2,400 trees went into the ground this spring, the council said.",
                        counted="trees"))
    c = art("c", figure("c:c1", "2,400", 2400, "Crews planted 2,400 trees, more than twice last year's total.",
                        counted="trees"))
    rows = [set(f.claims) for f in rec.reconcile([a, b, c], story="s")]
    assert any("a:c1" in r for r in rows)


def test_an_event_told_months_after_another_leaves_the_other_one_s_figures_out() -> None:
    assert other_time("four", 4, "The attack comes two months after a gunman wounded four people at a stadium.",
                      counted="people", measure="injured")
    assert other_time("31", 31, "It came a year after another blast killed 31 people at the market.",
                      counted="people", measure="killed")
    # days after the story's own event: its own figures
    assert not other_time("40", 40, "Two days after the quake killed 40 people, rescuers were still digging.",
                          counted="people", measure="killed")
