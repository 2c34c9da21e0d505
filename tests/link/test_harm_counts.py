"""A one-source count of things wrecked or of people cared for is a row of the story's harm
(link/harm_counts.py)."""

from __future__ import annotations

import dataclasses

from storyline.link.harm_counts import harm_told, hospital_labels, in_hospital, to_hospital, told_alone
from storyline.link.reconcile import _fits, reconcile
from storyline.model import Fact
from tests.link.made_claims import claim, report, things, told


def test_things_wrecked_are_harm_by_the_verb_of_their_clause() -> None:
    for did in ("destroyed", "flattened", "collapsed", "burned", "looted", "damaged"):
        cabins = things("a:c1", "140", 140, f"The slide {did} 140 cabins along the ridge.", "cabins", did=did)
        assert harm_told(cabins), did


def test_things_set_on_fire_are_harm_by_the_words_around_the_figure() -> None:
    for number_text, text, did in (("22", "Firefighters responded to 22 burning vehicles.", "responded"),
                                   ("57", "Police said 57 vehicles were set on fire.", "set"),
                                   ("74", "Crews fought fires in 74 vehicles.", "fought"),
                                   ("119", "Police say 119 vehicles have been set alight.", "set")):
        assert harm_told(things("a:c1", number_text, 1, text, "vehicles", did=did)), text
    assert not harm_told(things("a:c1", "12", 12, "Police seized 12 vehicles.", "vehicles", did="seized"))


def test_things_sold_built_or_recalled_are_not() -> None:
    for did in ("sold", "built", "recalled", "shipped", None):
        phones = things("a:c2", "3,000", 3000, "The firm sold 3,000 handsets in a week.", "handsets", did=did)
        assert not harm_told(phones), did


def test_people_cared_for_are_harm_by_their_verb_or_a_trip_to_hospital() -> None:
    treated = claim("a:c3", "17", 17, "Medics treated 17 hikers for exposure.", counted="hikers", did="treated",
                    role="civilians")
    sheltered = claim("a:c4", "about 90", 90, "About 90 villagers sheltered in a mill overnight.",
                      counted="villagers", did="sheltered", role="civilians", qualifier="about")
    flown = claim("a:c5", "Six", 6, "Six passengers were flown to hospitals in the capital.", counted="passengers",
                  role="victims")
    assert harm_told(treated) and harm_told(sheltered) and harm_told(flown)


def test_people_moved_taken_or_counted_vaguely_are_not() -> None:
    moved = claim("a:c6", "40", 40, "The club moved 40 staff to its new ground.", counted="staff", did="moved",
                  role="civilians")
    hostages = claim("a:c7", "three", 3, "Three tourists were taken to a farm in the hills.", counted="tourists",
                     did="taken", role="victims")
    vague = claim("a:c8", "scores", 0, "Clinics were treating scores of patients.", counted="patients",
                  did="treating", role="victims")
    vague = dataclasses.replace(vague, value=None)
    bare = claim("a:c9", "12", 12, "12 were treated.", counted=None, did="treated")
    assert not any(harm_told(c) for c in (moved, hostages, vague, bare))


def test_a_count_naming_no_noun_is_people_when_they_were_taken_to_hospital() -> None:
    rushed = claim("a:c10", "four", 4, "Rescuers pulled nine from the river and four were rushed to the district "
                   "hospital.", counted=None, role="objects")
    boats = claim("a:c11", "four", 4, "Police said four were towed to the harbour.", counted=None, role="objects")
    assert harm_told(rushed) and not harm_told(boats)
    row = Fact(id="r", label="amount", measure="count", subject_group="mixed", location=None, claims=("a:c10",),
               low=4.0, high=4.0, assessment="single_source", explanation="", sources=1)
    shown = told_alone([], [row], frozenset({"a:c10"}))
    assert [(f.counted, f.label) for f in shown] == [("people", "people taken to hospital")]


def _row(fid: str, measure: str, *claims: str, figure: float = 30.0, role: str | None = "objects",
         sources: int = 1) -> Fact:
    return Fact(id=fid, label=fid, measure=measure, subject_group="mixed", location=None, claims=claims,
                low=figure, high=figure, assessment="single_source", explanation="", counted=fid, sources=sources,
                role=role)


def test_only_lone_harm_rows_no_shown_row_holds_are_shown() -> None:
    toll = _row("toll", "killed", "a:c1", "b:c1", figure=4.0, role="victims", sources=2)
    hurt = _row("hurt", "injured", "b:c2", figure=9.0, role="victims")
    barns = _row("barns", "count", "b:c7")
    again = _row("again", "count", "a:c1")
    pens = _row("pens", "count", "b:c8")
    nursed = _row("nursed", "count", "a:c5", figure=9.0, role="victims")
    housed = _row("housed", "count", "a:c6", figure=55.0, role="victims")
    harmed = frozenset({"b:c7", "a:c1", "a:c5", "a:c6"})
    assert told_alone([toll, hurt], [barns, again, pens, nursed, housed], harmed) == [barns, housed]


def test_reconcile_shows_a_late_lone_count_of_homes_destroyed_but_not_of_cars_sold() -> None:
    filler = "Crews worked through the night under floodlights and the roads stayed shut. " * 6
    toll_a = claim("a:c1", "five", 5, "The landslide killed five people in Harwick.", measure="killed")
    toll_b = claim("b:c1", "five", 5, "Five people died when the hillside gave way.", measure="killed")
    homes = things("b:c2", "38", 38, "A county survey found that 38 homes were destroyed.", "homes",
                   did="destroyed")
    cars = things("b:c3", "2,000", 2000, "The dealer sold 2,000 cars last year.", "cars", did="sold")
    a = told("a", toll_a)
    texts = [toll_b.text, filler, homes.text, cars.text]
    at = [sum(len(t) + 1 for t in texts[:i]) for i in range(len(texts))]
    placed = [dataclasses.replace(c, start=at[i], end=at[i] + len(c.text))
              for i, c in ((0, toll_b), (2, homes), (3, cars))]
    b = dataclasses.replace(told("b", *placed), text=" ".join(texts))  # the homes told after the filler
    facts = reconcile([a, b], story="s")
    shown = {c for f in facts for c in f.claims}
    assert "b:c2" in shown and "b:c3" not in shown


def test_people_taken_to_hospital_are_labelled_so_not_counted() -> None:
    ran = claim("a:c12", "Eighteen", 18, "Eighteen runners were taken to hospital with heatstroke.",
                counted="runners", role="victims")
    assert to_hospital(ran)
    row = dataclasses.replace(_row("runners", "count", "a:c12", figure=18.0, role="victims"),
                              label="runners counted in Lyon")
    other = dataclasses.replace(_row("crowd", "count", "a:c13"), label="crowd counted in Lyon")
    assert [f.label for f in hospital_labels([row, other], frozenset({"a:c12"}))] == [
        "runners taken to hospital in Lyon", "crowd counted in Lyon"]


def test_people_admitted_taken_or_kept_in_hospital_are_one_count_however_told() -> None:
    admitted = claim("a:c1", "46", 46, "In all, 46 people were admitted to hospital, the health office said.",
                     did="admitted")
    taken = claim("b:c1", "51", 51, "Officials said 51 people had been taken to hospital.", did=None)
    kept = claim("c:c1", "51", 51, "Doctors said 51 people are in hospital in the capital.", did=None)
    facts = reconcile([told("a", admitted), told("b", taken), told("c", kept)], story="s")
    assert [sorted(f.claims) for f in facts if "a:c1" in f.claims] == [["a:c1", "b:c1", "c:c1"]]
    assert in_hospital(kept) and in_hospital(taken)
    assert not in_hospital(claim("d:c1", "46", 46, "Some 46 people were in the hall when it collapsed."))


def test_a_count_of_suspects_held_is_the_arrest_count_of_another_noun_in_the_same_article() -> None:
    pirates = claim("a:c1", "seven", 7, "The frigate detained seven suspected pirates.", measure="detained",
                    counted="pirates", role="perpetrators")
    again = claim("b:c1", "seven", 7, "The navy detained seven pirates off the coast.", measure="detained",
                  counted="pirates", role="perpetrators")
    held = claim("a:c2", "seven", 7, "The seven suspects were being held aboard the frigate.", measure="detained",
                 counted="suspects", role="perpetrators")
    assert _fits([report(held)], [report(pirates), report(again)])[0] == 1
    # but two named groups in one article are two counts: "seven soldiers" beside "seven civilians" killed
    soldiers = claim("a:c3", "seven", 7, "Seven soldiers were killed.", measure="killed", counted="soldiers",
                     role="security_forces")
    civilians = claim("a:c4", "seven", 7, "Seven civilians were killed.", measure="killed", counted="civilians",
                      role="civilians")
    assert _fits([report(soldiers)], [report(civilians), report(again)])[0] == 0


def test_children_among_a_toll_are_one_count_whether_told_as_a_part_or_not() -> None:
    part = claim("a:c1", "three", 3, "At least nine people, including three children, were killed.", measure="killed",
                 counted="children")
    part = dataclasses.replace(part, subject="children (of whom)")
    whole = claim("b:c1", "Four", 4, "Four children were killed in the blast.", measure="killed", counted="children")
    later = claim("c:c1", "Six", 6, "Six children are now among the dead, doctors said.", measure="killed",
                  counted="children")
    rows = [f for f in reconcile([told("a", part), told("b", whole), told("c", later)], story="s")
            if "b:c1" in f.claims]
    assert len(rows) == 1 and set(rows[0].claims) == {"a:c1", "b:c1", "c:c1"}


def test_a_count_of_one_side_is_not_a_part_of_anothers_toll_by_its_figure() -> None:
    officers = [claim(f"{a}:c1", "two", 2, "The man was overpowered by two police officers on patrol.",
                      counted="police officers", role="security_forces") for a in ("a", "b")]
    hurt = [claim("c:c1", "Two", 2, "Two of the eight people wounded live in the town.", measure="injured",
                  counted="people"),
            claim("d:c1", "Five", 5, "Five of the injured were taken to the university hospital.", measure="injured",
                  counted="people"),
            claim("e:c1", "Two", 2, "Two of the wounded were still in hospital.", measure="injured", counted="people")]
    assert _fits([report(c) for c in officers], [report(c) for c in hurt])[0] == 0
    # a bare count of the same people still folds into the toll it restates
    bare = [claim(f"{a}:c2", "two", 2, "Two were still in hospital on Monday.", counted="people", role="victims")
            for a in ("f", "g")]
    assert _fits([report(c) for c in bare], [report(c) for c in hurt])[0] == 1
