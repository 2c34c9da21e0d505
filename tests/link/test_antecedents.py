"""A bare count joins the row of the noun its own sentence named just before it, and nothing else."""

from __future__ import annotations

from storyline.link.antecedents import bare, fold_antecedents
from storyline.model import Claim
from tests.link.made_claims import art, claim, ids, things, unit


def _fold(*rows: list[Claim]) -> list[set[str]]:
    units = [unit(*row) for row in rows]
    claims = [c for row in rows for c in row]
    articles = [art(a, *(c for c in claims if c.article == a)) for a in sorted({c.article for c in claims})]
    fold_antecedents(units, articles=articles)
    return [ids(u) for u in units]


def test_others_join_the_row_of_the_noun_named_before() -> None:
    rows = [[things("a1:c1", "three", 3, "Three crates reached the pier and three were lost overboard.", "crates"),
             things("a2:c1", "three", 3, "Three crates were lost in the storm.", "crates")],
            [claim("a3:c2", "three", 3, "One crate sank at once, another drifted off, and three others broke open.",
                   counted="others", role="other")]]
    assert _fold(*rows) == [{"a1:c1", "a2:c1", "a3:c2"}, set()]


def test_a_count_with_no_noun_joins_a_typed_row() -> None:
    rows = [[things("b1:c1", "11", 11, "Rescuers freed 11 miners from the shaft.", "miners", measure="rescued")],
            [claim("b2:c3", "11", 11, "The blast killed four miners and left 11 others stranded below.",
                   counted="others", role="other")]]
    assert _fold(*rows) == [{"b1:c1", "b2:c3"}, set()]


def test_a_noun_not_named_before_the_figure_keeps_the_row_apart() -> None:
    rows = [[things("c1:c1", "five", 5, "Five lorries were stuck on the pass.", "lorries"),
             things("c2:c1", "five", 5, "Five lorries blocked the road.", "lorries")],
            [claim("c3:c2", "Five", 5, "Five others were rescued before the lorries arrived.", counted="others")]]
    assert _fold(*rows) == [{"c1:c1", "c2:c1"}, {"c3:c2"}]


def test_another_figure_of_the_sentence_equal_to_it_tells_two_quantities() -> None:
    first = things("d1:c1", "two", 2, "Two shells landed in the square and two others near the depot.", "shells")
    others = claim("d1:c2", "two", 2, "Two shells landed in the square and two others near the depot.",
                   counted="others", role="other")
    rows = [[first, things("d2:c1", "two", 2, "Two shells hit the square.", "shells")], [others]]
    assert _fold(*rows) == [{"d1:c1", "d2:c1"}, {"d1:c2"}]


def test_a_different_figure_stays() -> None:
    rows = [[things("e1:c1", "40", 40, "Some 40 boats were damaged in the harbour.", "boats"),
             things("e2:c1", "40", 40, "Some 40 boats were wrecked.", "boats")],
            [claim("e3:c2", "12", 12, "The storm sank a dozen boats and left 12 others adrift.", counted="others")]]
    assert _fold(*rows) == [{"e1:c1", "e2:c1"}, {"e3:c2"}]


def test_a_typed_measure_other_than_the_rows_stays() -> None:
    rows = [[things("f1:c1", "six", 6, "Six guards were posted at the gate.", "guards", measure="deployed"),
             things("f2:c1", "six", 6, "Six guards stood at the gate.", "guards", measure="deployed")],
            [claim("f3:c2", "six", 6, "Two guards were shot and six others were wounded.", measure="injured",
                   counted="others")]]
    assert _fold(*rows) == [{"f1:c1", "f2:c1"}, {"f3:c2"}]


def test_a_row_of_several_sources_is_not_moved() -> None:
    rows = [[things("g1:c1", "nine", 9, "Nine vans were seized.", "vans")],
            [claim("g2:c2", "nine", 9, "Three vans were stopped and nine others searched.", counted="others"),
             claim("g3:c2", "nine", 9, "Nine others were searched at the border.", counted="others")]]
    assert _fold(*rows) == [{"g1:c1"}, {"g2:c2", "g3:c2"}]


def test_two_rows_that_fit_leave_it_where_it_is() -> None:
    rows = [[things("h1:c1", "four", 4, "Four tents were raised.", "tents")],
            [things("h2:c1", "four", 4, "Four huts were built.", "huts")],
            [claim("h3:c2", "four", 4, "Tents and huts went up first; four others followed.", counted="others")]]
    assert _fold(*rows) == [{"h1:c1"}, {"h2:c1"}, {"h3:c2"}]


def test_bare_nouns() -> None:
    assert bare(claim("i1:c1", "two", 2, "Two others came.", counted="others"))
    assert bare(claim("i1:c2", "two", 2, "Two came.", counted=None))
    assert not bare(claim("i1:c3", "two", 2, "Two nurses came.", counted="nurses"))


def test_an_estimate_of_the_same_figure_is_that_figure() -> None:
    rows = [[things("j1:c1", "an estimated 30", 30, "Crews sought an estimated 30 pupils under the roof.", "pupils",
                    measure="missing", qualifier="about")],
            [claim("j2:c4", "30", 30, "The collapse killed eight pupils and left 30 others buried.", counted="others",
                   role="other")]]
    assert _fold(*rows) == [{"j1:c1", "j2:c4"}, set()]


def test_a_small_figure_with_no_noun_at_all_stays() -> None:
    rows = [[things("k1:c1", "two", 2, "She threw two hard jabs in the first round.", "jabs"),
             things("k2:c1", "two", 2, "Two jabs landed early.", "jabs")],
            [claim("k3:c2", "two", 2, "No jabs worked: one, he was tired, and two, the crowd was loud.",
                   counted=None, role="other")]]
    assert _fold(*rows) == [{"k1:c1", "k2:c1"}, {"k3:c2"}]


def test_a_large_figure_with_no_noun_joins_the_noun_before_it() -> None:
    rows = [[things("l1:c1", "3,120", 3120, "She ran 3,120 miles that year.", "miles", measure="distance")],
            [claim("l2:c3", "3,120", 3120, "After 40 miles on the last day her tally stood at 3,120.",
                   measure="count", counted=None, role="other")]]
    assert _fold(*rows) == [{"l1:c1", "l2:c3"}, set()]
