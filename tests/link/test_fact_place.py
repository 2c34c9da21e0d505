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


def test_a_measure_someone_or_something_holds_is_held() -> None:
    for text, figure in (("The new tablet has 16GB of memory and a bright screen.", "16GB"),
                         ("Okafor finished with 27 points and nine rebounds.", "27"),
                         ("Prices start at $329 for the basic model.", "$329"),
                         ("The striker scored her 12th goal of the season.", "12th"),
                         ("The champion's 14 straight wins are a club record.", "14"),
                         ("Teodora Lind (31-4) defended her belt.", "31"),
                         ("The 29-year-old midfielder signed on Monday.", "29"),
                         ("The three-time Olympian will retire.", "three")):
        assert held(claim(text, figure)), text


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


def test_a_record_or_a_spec_has_no_place_an_age_keeps_it() -> None:
    record = claim("Teodora Lind (31-4) defended her belt on Saturday.", "31-4")
    assert placeless(fact("count", "wins", [record]), [record])
    spec = claim("The phone offers 128GB of storage.", "128GB")
    assert placeless(fact("count", "storage", [spec]), [spec])
    age = claim("Rosa Dunne, 64, was found at her home.", "64", measure="age")
    assert not placeless(fact("age", "age of Rosa Dunne", [age]), [age])


def test_a_place_s_name_opening_a_team_s_name_or_acting_does_not_set_the_figure() -> None:
    team = claim("The Marlow Rovers have 18 wins this year.", "18")
    assert placeless(fact("count", "wins in Marlow", [team]), [team])
    acting = claim("A late goal gave Marlow its 18th win.", "18th")
    assert placeless(fact("count", "wins in Marlow", [acting]), [acting])
    there = claim("The club has 18 pitches across Marlow.", "18")
    assert not placeless(fact("count", "pitches in Marlow", [there]), [there])


def test_a_figure_its_sentence_sets_at_a_place_keeps_it() -> None:
    one = claim("In Marlow, the club has 3,000 members.", "3,000")
    assert not placeless(fact("count", "members in Marlow", [one]), [one])


def test_an_event_s_measure_keeps_its_place_however_it_is_phrased() -> None:
    toll = claim("The storm's 12 victims were buried on Friday.", "12", measure="killed", unit="people")
    assert not placeless(fact("killed", "people killed in Marlow", [toll]), [toll])
    crowd = claim("Organisers said 5,000 people joined the march.", "5,000", unit="people")
    assert not placeless(fact("count", "people joined in Marlow", [crowd]), [crowd])


def test_most_figures_decide_and_a_sub_event_keeps_its_scope() -> None:
    held_one = claim("The bridge's 300 metres of deck were repainted.", "300", cid="a:c1")
    other = claim("Workers repainted 300 metres of deck.", "300", cid="b:c1")
    third = claim("Crews repainted some 300 metres of the deck.", "300", cid="c:c1")
    assert not placeless(fact("distance", "deck repainted", [held_one, other, third]), [held_one, other, third])
    scoped = claim("Its 40 rooms were flooded.", "40")
    assert not placeless(fact("count", "rooms flooded", [scoped], scope="in the hotel"), [scoped])


def test_a_row_without_a_place_reads_without_in_place() -> None:
    text = "Marlow hosted the launch on Monday. The new phone has 64GB of storage."
    names = (NamedSpan(start=0, end=6, label="GPE", text="Marlow"),)
    spec = Claim(id="a:c1", article="a", start=36, end=len(text), text=text[36:], number_text="64GB", value=64.0,
                 low=64.0, high=64.0, qualifier="exact", unit="GB", measure="count", subject=None,
                 subject_group="not_people", location="Marlow", as_of=None, attributed_to=None)
    pile = [Article(id="a", source="a.txt", format="txt", text=text, names=names, claims=(spec,))]
    row = relabel([fact("count", "storage in Marlow", [spec])], pile, main="Marlow")[0]
    assert row.location is None and row.label == "storage"
