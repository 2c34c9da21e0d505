"""A running total told beside each night's count is one quantity that grows (link/so_far.py)."""

from __future__ import annotations

from storyline.link.reconcile import reconcile
from storyline.link.so_far import day_named, nights_apart, one_period, so_far
from storyline.model import Claim
from tests.link.made_claims import claim, told

NIGHT_AND_TOTAL = "Police said 46 people were arrested overnight, bringing the total since Saturday to 64."


def _arrest(cid: str, number_text: str, value: float, text: str) -> Claim:
    return claim(cid, number_text, value, text, measure="detained", counted="people", role="other")


def test_the_tally_cue_belongs_to_the_figure_it_stands_beside() -> None:
    assert not so_far(_arrest("a:c1", "46", 46, NIGHT_AND_TOTAL))
    assert so_far(_arrest("a:c2", "64", 64, NIGHT_AND_TOTAL))
    assert so_far(_arrest("a:c3", "64", 64, "Police arrested 46 more, bringing to 64 the number of arrests."))
    assert so_far(_arrest("a:c4", "135", 135, "That brings the total number of arrests to 135 since Saturday night."))
    assert so_far(_arrest("a:c5", "29", 29, "In all, 29 officers have been injured."))
    night = "Nine officers were injured overnight, for a total of 26."
    assert not so_far(_arrest("a:c6", "Nine", 9, night)) and so_far(_arrest("a:c7", "26", 26, night))
    assert not so_far(_arrest("a:c8", "3", 3, "The ambulance took the injured to 3 hospitals."))
    assert not so_far(_arrest("a:c9", "14", 14, "The quake killed 14 people on Monday."))


def test_a_nights_own_count_is_told_by_its_clause() -> None:
    assert one_period(_arrest("a:c1", "46", 46, NIGHT_AND_TOTAL))
    assert not one_period(_arrest("a:c2", "64", 64, NIGHT_AND_TOTAL))
    assert one_period(_arrest("a:c3", "18", 18, "Police made 18 arrests on the first night of rioting."))
    assert one_period(_arrest("a:c4", "14", 14, "The union said 14 officers were hurt on Sunday night."))
    assert not one_period(_arrest("a:c5", "14", 14, "The quake killed 14 people on Monday."))


def _rows(*articles: tuple[str, tuple[tuple[str, float, str], ...], str],
          measure: str = "detained") -> list[tuple[float, ...]]:
    made = []
    for aid, figures, day in articles:
        made.append(told(aid, *(claim(f"{aid}:c{i + 1}", n, v, t, measure=measure, counted="people",
                                      role="other" if measure == "detained" else "victims")
                                for i, (n, v, t) in enumerate(figures)), published=day))
    facts = reconcile(made, story="s")
    return sorted(tuple(sorted({c.value or 0.0 for a in made for c in a.claims if c.id in f.claims}))
                  for f in facts if f.measure == measure)


def test_the_tallies_of_a_riot_are_one_row_beside_each_nights_arrests() -> None:
    rows = _rows(("a", (("18", 18, "Police arrested 18 people overnight in Harwick."),), "2025-03-16"),
                 ("b", (("46", 46, "Police said 46 people were arrested overnight in Harwick, bringing the total "
                                   "since Saturday to 64."),
                        ("64", 64, "Police said 46 people were arrested overnight in Harwick, bringing the total "
                                   "since Saturday to 64.")), "2025-03-17"),
                 ("c", (("71", 71, "Police arrested 71 people overnight in Harwick."),
                        ("135", 135, "That brings the total number of arrests in Harwick to 135 since Saturday.")),
                  "2025-03-18"))
    assert (64.0, 135.0) in rows  # one running total, grown
    assert {(18.0,), (46.0,), (71.0,)} <= set(rows)  # each night's own count


def test_a_toll_told_only_as_its_total_stays_one_row() -> None:
    rows = _rows(("a", (("31", 31, "Three more bodies were found in Harwick, raising the death toll to 31."),),
                  "2025-03-16"),
                 ("b", (("31", 31, "At least 31 people were killed in Harwick."),
                        ("12", 12, "Twelve of the 31 were arrested earlier for looting in Harwick.")), "2025-03-16"))
    assert (31.0,) in rows and (31.0, 31.0) not in rows
    assert sum(1 for r in rows if 31.0 in r) == 1


def test_a_toll_dated_to_one_night_is_no_count_night_by_night() -> None:
    # "so far" beside a toll restated with its night ("up from 27 dead on Monday night"): one quake, one toll
    rows = _rows(("a", (("12", 12, "We have confirmed 12 deaths so far in Harwick, the mayor said."),), "2025-03-16"),
                 ("b", (("58", 58, "The agency confirmed 58 deaths in Harwick, up from 27 dead on Monday night."),
                        ("27", 27, "The agency confirmed 58 deaths in Harwick, up from 27 dead on Monday night.")),
                  "2025-03-17"), measure="killed")
    assert any(12.0 in r and 58.0 in r for r in rows)  # the toll's row holds its tally
    assert not one_period(_arrest("b:c2", "27", 27, "The agency confirmed 58 deaths, up from 27 dead on Monday night."))
    nights = [_arrest("a:c1", "46", 46, "Police arrested 46 people overnight."),
              _arrest("b:c1", "71", 71, "Police arrested 71 people overnight.")]
    assert nights_apart(nights) and not nights_apart(nights[:1])


def test_the_night_of_the_event_and_a_tolls_standing_are_no_nights_count() -> None:
    assert not one_period(_arrest("a:c1", "24", 24, "At least 24 people died in Monday night's derailment."))
    assert not one_period(_arrest("a:c2", "31", 31, "The death toll rose overnight to 31."))
    assert not one_period(_arrest("a:c3", "26", 26, "The toll stood at 26 on Sunday night."))
    # a train crash's toll told with its night and a tally stays one row
    rows = _rows(("a", (("24", 24, "At least 24 people died in Monday night's derailment near Harwick."),),
                  "2025-03-11"),
                 ("b", (("26", 26, "Divers recovered two more bodies, bringing the toll in Harwick to 26."),
                        ("two", 2, "Divers recovered two more bodies, bringing the toll in Harwick to 26.")),
                  "2025-03-12"),
                 ("c", (("31", 31, "The death toll in Harwick rose overnight to 31."),), "2025-03-13"),
                 measure="killed")
    assert any({24.0, 26.0, 31.0} <= set(r) for r in rows)


def test_a_force_told_on_two_days_in_one_article_is_one_quantity() -> None:
    text = ("At the peak on Wednesday, 1,350 firefighters were deployed in Monchique; about 900 firefighters "
            "remained on Thursday.")
    day = claim("d:c1", "1,350", 1350, text, measure="deployed", counted="firefighters", role="security_forces")
    later = claim("d:c2", "about 900", 900, text, measure="deployed", counted="firefighters", role="security_forces")
    assert (day_named(day), day_named(later)) == ("wednesday", "thursday")
    first = claim("a:c1", "620", 620, "Some 620 firefighters were deployed in Monchique on Monday.",
                  measure="deployed", counted="firefighters", role="security_forces")
    made = [told("a", first, published="2025-08-11"), told("d", day, later, published="2025-08-14")]
    rows = [f for f in reconcile(made, story="s") if f.measure == "deployed"]
    assert len(rows) == 1 and rows[0].assessment == "evolving"
    # two arrests' counts of two days stay two counts: arrests are no standing force
    text = "Police arrested 46 people on Monday, while on Tuesday they arrested 30 people."
    nights = [told("p", claim("p:c1", "46", 46, text, measure="detained", counted="people", role="other"),
                   claim("p:c2", "30", 30, text, measure="detained", counted="people", role="other"),
                   published="2025-08-12")]
    assert len([f for f in reconcile(nights, story="s") if f.measure == "detained"]) == 2
