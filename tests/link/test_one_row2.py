"""One quantity, one row: one report retold in another outlet's words (link/one_row2.py); on sentences
written for these tests."""

from __future__ import annotations

from storyline.link.one_row2 import others, retold
from storyline.link.reconcile import reconcile
from storyline.model import Claim, Fact
from tests.link.made_claims import art, claim, groups, things


def together(facts: tuple[Fact, ...], *ids: str) -> bool:
    return any(set(ids) <= g for g in groups(facts))


# -- the other figures of a sentence ---------------------------------------------------------------------------

def test_others_reads_digits_words_and_records_but_not_the_claims_own_figure() -> None:
    c = things("a:c1", "14", 14, "The striker, 12-4 with his club, has 14 goals and six assists in 22 games.",
               "goals")
    assert others(c) == {(12.0, 4.0), (6.0,), (22.0,)}


def test_others_leaves_out_ages_and_ordinals() -> None:
    c = things("a:c1", "nine", 9, "The 31-year-old keeper made nine saves in the third straight shutout.", "saves")
    assert others(c) == set()


# -- one report retold -----------------------------------------------------------------------------------------

def test_a_line_of_statistics_retold_with_another_noun_is_one_report() -> None:
    a = things("a:c1", "14", 14, "She has 14 goals and six assists in 22 games this season.", "goals")
    b = things("b:c1", "14", 14, "Her 14 strikes and six assists in 22 appearances lead the league.", "strikes")
    assert retold(a, b) and retold(b, a)


def test_a_record_counts_as_two_shared_figures() -> None:
    a = things("a:c1", "38", 38, "The champion, 41-2 with 38 knockouts, stopped the challenger.", "knockouts")
    b = things("b:c1", "38", 38, "He moves to 41-2 with 38 wins inside the distance.", "wins")
    assert retold(a, b)


def test_one_shared_figure_tells_no_report() -> None:
    # "12" beside both is not enough: many sentences of a story give the toll
    a = claim("a:c1", "40", 40, "The fire destroyed 40 homes and killed 12 people.", measure="count", unit="homes",
              counted="homes", role="objects")
    b = claim("b:c1", "40", 40, "Rescuers pulled 40 cars from the river where 12 people died.", measure="count",
              unit="cars", counted="cars", role="objects")
    assert not retold(a, b)


def test_a_retold_sentence_with_another_figure_or_measure_is_not_the_same_report() -> None:
    a = things("a:c1", "14", 14, "She has 14 goals and six assists in 22 games.", "goals")
    other_figure = things("b:c1", "15", 15, "She has 15 strikes and six assists in 22 games.", "strikes")
    other_measure = things("b:c1", "14", 14, "She has 14 strikes and six assists in 22 games.", "strikes",
                           measure="deployed")
    same_article = things("a:c2", "14", 14, "Her 14 strikes and six assists in 22 games lead.", "strikes")
    assert not retold(a, other_figure)
    assert not retold(a, other_measure)
    assert not retold(a, same_article)


def test_statistics_lines_retold_by_three_outlets_are_one_row() -> None:
    a = art("a", things("a:c1", "four", 4, "He ran for 310 yards and caught 47 passes for 395 yards and four TDs.",
                        "TDs"))
    b = art("b", things("b:c1", "four", 4, "He had 47 catches for 395 yards and four scores this year.", "scores"))
    c = art("c", things("c:c1", "four", 4, "Add 47 receptions for 395 yards and four touchdowns.", "touchdowns"))
    d = art("d", things("d:c1", "four", 4, "He caught 47 balls for 395 yards and four TDs.", "TDs"))
    e = art("e", things("e:c1", "four", 4, "His four touchdowns are a career high.", "touchdowns"))
    facts = reconcile([a, b, c, d, e], story="s")
    assert together(facts, "a:c1", "b:c1", "c:c1", "d:c1", "e:c1")  # the touchdowns go whole: all are four


def test_only_the_retold_figure_moves_from_a_quantity_that_holds_another() -> None:
    # "51 wins by knockout" is the knockouts'; the "61 wins" of the record stay the wins'
    a = art("a", things("a:c1", "51", 51, "The champion, 61-3 with 51 knockouts, won again.", "knockouts"))
    b = art("b", things("b:c1", "51", 51, "Now 61-3, he has 51 knockouts.", "knockouts"))
    c = art("c", things("c:c1", "51", 51, "He improves to 61-3 with 51 wins by way of knockout.", "wins"))
    d = art("d", things("d:c1", "61", 61, "He has 61 wins and three defeats as a professional.", "wins"))
    facts = reconcile([a, b, c, d], story="s")
    assert together(facts, "a:c1", "b:c1", "c:c1")
    assert not together(facts, "c:c1", "d:c1")


def test_an_article_that_gives_the_two_quantities_apart_keeps_them_apart() -> None:
    # the third outlet gives "strikes" 14 and "goals" 9: two counts, whatever the first two say
    a = art("a", things("a:c1", "14", 14, "She has 14 goals and six assists in 22 games.", "goals"))
    b = art("b", things("b:c1", "14", 14, "She tops the table with 14 goals.", "goals"))
    c = art("c", things("c:c1", "14", 14, "Her 14 strikes and six assists in 22 games lead.", "strikes"),
            things("c:c2", "nine", 9, "Nine goals came from open play.", "goals"))
    facts = reconcile([a, b, c], story="s")
    assert not together(facts, "a:c1", "c:c1")


def test_a_stray_figure_in_a_quantity_does_not_make_it_the_one_retold() -> None:
    # the "16" stands among the megapixels by mistake: the memory is not the camera's
    cam = [art(x, things(f"{x}:c1", "5", 5, f"It has a 5-megapixel camera ({x}).", "megapixels")) for x in "abc"]
    stray = art("d", things("d:c1", "16", 16, "A 5-megapixel camera, a 3.5mm jack and up to 16 GB cards.",
                            "megapixels"))
    memory = art("e", things("e:c1", "16", 16, "A 5-megapixel camera, a 3.5mm jack and slots for 16 GB.", "GB"))
    facts = reconcile([*cam, stray, memory], story="s")
    assert not together(facts, "a:c1", "e:c1")


# -- two figures of one measure an article tells apart ---------------------------------------------------------

def _yards(cid: str, figure: int, text: str, *, unit: str = "yards") -> Claim:
    return claim(cid, str(figure), figure, text, measure="distance", unit=unit, counted=unit, role="objects")


def test_two_players_yards_an_article_gives_apart_are_two_rows() -> None:
    a = art("a", _yards("a:c1", 212, "Okafor threw for 212 yards in the win."),
            _yards("a:c2", 231, "Brandt ran for 231 yards, a club record."))
    b = art("b", _yards("b:c1", 212, "Okafor finished with 212 yards passing."))
    c = art("c", _yards("c:c1", 231, "Brandt's 231 yards on the ground set a record."))
    d = art("d", _yards("d:c1", 212, "Okafor passed for 212 yards and Brandt rushed for 231 yards."),
            _yards("d:c2", 231, "Okafor passed for 212 yards and Brandt rushed for 231 yards."))
    facts = reconcile([a, b, c, d], story="s")
    assert together(facts, "a:c1", "b:c1", "d:c1") and together(facts, "a:c2", "c:c1", "d:c2")
    assert not together(facts, "a:c1", "a:c2")


def test_a_distance_and_its_conversion_in_one_article_stay_one_figure() -> None:
    # "100 km (62 miles)": one distance in two units, not two distances
    a = art("a", claim("a:c1", "about 100", 100, "The epicentre lay about 100 km (62 miles) offshore.",
                       measure="distance", unit="km", counted="km", role="objects", qualifier="about"),
            claim("a:c2", "62", 62, "The epicentre lay about 100 km (62 miles) offshore.", measure="distance",
                  unit="miles", counted="miles", role="objects"))
    b = art("b", claim("b:c1", "100", 100, "The quake struck 100 km from the coast.", measure="distance", unit="km",
                       counted="km", role="objects"))
    c = art("c", claim("c:c1", "62", 62, "It hit 62 miles from the shore.", measure="distance", unit="miles",
                       counted="miles", role="objects"))
    facts = reconcile([a, b, c], story="s")
    assert together(facts, "a:c1", "b:c1", "c:c1")


def test_close_figures_no_article_gives_together_are_left_as_they_were() -> None:
    # two outlets disagree on one run's length: a clash to show, not two runs
    runs = [art(x, _yards(f"{x}:c1", n, f"His touchdown run covered {n} yards ({x}).")) for x, n in
            (("a", 71), ("b", 71), ("c", 74))]
    facts = reconcile(runs, story="s")
    assert together(facts, "a:c1", "b:c1", "c:c1")


def test_apart_by_article_sends_each_figure_to_the_nearest_told_apart() -> None:
    from storyline.link.one_row2 import apart_by_article

    class Told:
        def __init__(self, c: Claim) -> None:
            self.claim, self.low, self.high = c, c.value or 0.0, c.value or 0.0

    reports = [Told(_yards("a:c1", 212, "x")), Told(_yards("a:c2", 231, "y")), Told(_yards("b:c1", 215, "z")),
               Told(_yards("c:c1", 228, "w"))]
    pieces = apart_by_article(reports, size=lambda c: c.value)
    assert sorted(sorted(r.claim.id for r in p) for p in pieces) == [["a:c1", "b:c1"], ["a:c2", "c:c1"]]
