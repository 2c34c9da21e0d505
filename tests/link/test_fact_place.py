"""Whether a fact has a place (link/fact_place.py): a figure of an event at a place keeps it, a
measure of a person, an object or a deal has none; on sentences written for these tests."""

from __future__ import annotations

from storyline.link.fact_labels import relabel
from storyline.link.fact_place import held, placeless
from storyline.model import Article, Claim, Fact, NamedSpan


def claim(text: str, number_text: str, *, measure: str = "count", unit: str | None = None,
          location: str | None = "Marlow", cid: str = "a:c1") -> Claim:
    return Claim(id=cid, article=cid.split(":")[0], start=0, end=len(text), text=text, number_text=number_text,
                 value=1.0, low=1.0, high=1.0, qualifier="exact", unit=unit, measure=measure, subject=None,
                 subject_group="not_people", location=location, as_of=None, attributed_to=None)


def fact(measure: str, label: str, claims: list[Claim], *, location: str | None = "Marlow",
         scope: str | None = None) -> Fact:
    return Fact(id="s:f1", label=label, measure=measure, subject_group="not_people", location=location,
                claims=tuple(c.id for c in claims), low=1.0, high=1.0, assessment="single_source", explanation="",
                scope=scope)


def test_a_spec_a_tally_or_a_person_s_years_are_not_standings() -> None:
    # measured and not kept: held-out readers place these (the module's docstring)
    for text, figure in (("The new tablet has 16GB of memory and a bright screen.", "16GB"),
                         ("Okafor finished with 27 points and nine rebounds.", "27"),
                         ("The striker scored her 12th goal of the season.", "12th"),
                         ("The 29-year-old midfielder signed on Monday.", "29")):
        assert not held(claim(text, figure)), text


def test_a_standing_is_held_a_game_s_score_is_not() -> None:
    for text, figure in (("She led the club to a 48-30 record.", "48-30"),
                         ("The Hawks are 9-5 after the loss.", "9-5"),
                         ("With the defeat the challenger fell to 17-6.", "17-6")):
        assert held(claim(text, figure)), text
    for text, figure in (("The Hawks won 3-1 at home.", "3-1"),
                         ("A 27-20 win sealed the title.", "27-20"),
                         ("The sides were tied at 2-2 at half-time.", "2-2")):
        assert not held(claim(text, figure)), text


def test_a_figure_of_what_happened_is_not_held() -> None:
    for text, figure in (("Police had arrested 14 people by Sunday.", "14"),
                         ("The ferry was carrying 40 passengers when it sank.", "40"),
                         ("Officers had interviewed three witnesses.", "three"),
                         ("About 2,000 people marched through the town.", "2,000"),
                         ("Firefighters have been battling the blaze for 12 hours.", "12")):
        assert not held(claim(text, figure)), text


def test_a_record_has_no_place_a_spec_and_an_age_keep_theirs() -> None:
    record = claim("Teodora Lind (31-4) defended her belt on Saturday.", "31-4")
    assert placeless(fact("count", "wins", [record]), [record])
    spec = claim("The phone offers 128GB of storage.", "128GB")
    assert not placeless(fact("count", "storage", [spec]), [spec])
    age = claim("Rosa Dunne, 64, was found at her home.", "64", measure="age")
    assert not placeless(fact("age", "age of Rosa Dunne", [age]), [age])


def test_a_place_s_name_opening_a_team_s_name_or_acting_does_not_set_the_figure() -> None:
    team = claim("The Marlow Rovers (18-3) lead the table.", "18-3")
    assert placeless(fact("count", "wins in Marlow", [team]), [team])
    acting = claim("A late goal saw Marlow improve to 18-3.", "18-3")
    assert placeless(fact("count", "wins in Marlow", [acting]), [acting])
    there = claim("In Marlow the hosts are 18-3 this year.", "18-3")
    assert not placeless(fact("count", "wins in Marlow", [there]), [there])


def test_a_figure_its_sentence_sets_at_a_place_keeps_it() -> None:
    one = claim("In Marlow, the club has 3,000 members.", "3,000")
    assert not placeless(fact("count", "members in Marlow", [one]), [one])


def test_an_event_s_measure_keeps_its_place_however_it_is_phrased() -> None:
    toll = claim("The storm's 12 victims were buried on Friday.", "12", measure="killed", unit="people")
    assert not placeless(fact("killed", "people killed in Marlow", [toll]), [toll])
    crowd = claim("Organisers said 5,000 people joined the march.", "5,000", unit="people")
    assert not placeless(fact("count", "people joined in Marlow", [crowd]), [crowd])


def test_most_figures_decide_and_a_sub_event_keeps_its_scope() -> None:
    held_one = claim("The Comets (12-9) won again.", "12-9", cid="a:c1")
    other = claim("The Comets won 12-9 on the night.", "12-9", cid="b:c1")
    third = claim("A 12-9 win for the Comets.", "12-9", cid="c:c1")
    assert not placeless(fact("count", "points", [held_one, other, third]), [held_one, other, third])
    scoped = claim("The Comets (12-9) won again.", "12-9")
    assert not placeless(fact("count", "wins", [scoped], scope="in the cup"), [scoped])


def test_a_row_without_a_place_reads_without_in_place() -> None:
    text = "Marlow hosted the bout on Monday. Teodora Lind (31-4) won on points."
    names = (NamedSpan(start=0, end=6, label="GPE", text="Marlow"),)
    rec = Claim(id="a:c1", article="a", start=34, end=len(text), text=text[34:], number_text="31-4", value=31.0,
                low=31.0, high=31.0, qualifier="exact", unit=None, measure="count", subject=None,
                subject_group="not_people", location="Marlow", as_of=None, attributed_to=None)
    pile = [Article(id="a", source="a.txt", format="txt", text=text, names=names, claims=(rec,))]
    row = relabel([fact("count", "wins in Marlow", [rec])], pile, main="Marlow")[0]
    assert row.location is None and row.label == "wins"
