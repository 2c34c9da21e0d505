"""The place of a fact (link/fact_places.py): a piece of a name or a common noun phrase is no
place, and a figure that happens nowhere gets none; on sentences written for these tests."""

from __future__ import annotations

import re

from storyline.link.fact_labels import agreed_places, relabel
from storyline.link.fact_places import NoPlaces, common_or_cut, happens_nowhere
from storyline.model import Article, Claim, Fact, NamedSpan


def claim(text: str, number_text: str, *, measure: str = "count", location: str | None = "Harwick",
          role: str | None = "objects", cid: str = "a:c1", start: int = 0) -> Claim:
    return Claim(id=cid, article=cid.split(":")[0], start=start, end=start + len(text), text=text,
                 number_text=number_text, value=1.0, low=1.0, high=1.0, qualifier="exact", unit=None,
                 measure=measure, subject=None, subject_group="not_people", location=location, as_of=None,
                 attributed_to=None, role=role)


def fact(measure: str, label: str, claims: list[Claim], *, location: str | None = "Harwick",
         scope: str | None = None) -> Fact:
    return Fact(id="s:f1", label=label, measure=measure, subject_group="not_people", location=location,
                claims=tuple(c.id for c in claims), low=1.0, high=1.0, assessment="single_source", explanation="",
                scope=scope)


def article(aid: str, text: str, places: tuple[str, ...] = (), others: tuple[str, ...] = (),
            claims: tuple[Claim, ...] = ()) -> Article:
    """An article whose parser found ``places`` as places and ``others`` as organisations."""
    names = [NamedSpan(start=m.start(), end=m.end(), label=label, text=m.group())
             for label, words in (("GPE", places), ("ORG", others)) for w in words
             for m in re.finditer(re.escape(w), text)]
    return Article(id=aid, source=f"{aid}.txt", format="txt", text=text, names=tuple(names), claims=claims)


# -- a figure that happens nowhere --------------------------------------------------------------

def test_a_price_a_speed_or_a_sum_has_no_place_unless_its_sentence_gives_one() -> None:
    for text, figure, measure in (("The cheapest model sells for $649.", "$649", "price"),
                                  ("Its top speed is an electronically limited 130 mph.", "130 mph", "speed"),
                                  ("The insurer agreed to pay $2.1 billion for the rival firm.", "$2.1 billion",
                                   "money")):
        c = claim(text, figure, measure=measure)
        assert happens_nowhere(fact(measure, "amount", [c]), [c]), text
    told = claim("At the fair in Harwick the lamb sold for $900.", "$900", measure="price")
    assert not happens_nowhere(fact("price", "price", [told]), [told])


def test_an_age_of_a_victim_or_a_suspect_keeps_its_place_anyone_else_s_does_not() -> None:
    coach = claim("The coach, 52, signed a two-year extension.", "52", measure="age", role="other")
    assert happens_nowhere(fact("age", "age of the coach", [coach]), [coach])
    victim = claim("The cyclist, 34, died at the scene.", "34", measure="age", role="victims")
    assert not happens_nowhere(fact("age", "age of the cyclist", [victim]), [victim])
    suspect = claim("A 19-year-old was charged with arson.", "19-year-old", measure="age", role="perpetrators")
    assert not happens_nowhere(fact("age", "age of the suspect", [suspect]), [suspect])


def test_figures_of_an_event_keep_their_place() -> None:
    for text, figure, measure in (("Nine people died when the bridge gave way.", "Nine", "killed"),
                                  ("Police held 40 fans after the match.", "40", "detained"),
                                  ("About 3,000 people marched to the town hall.", "3,000", "count"),
                                  ("The tremor lasted 20 seconds.", "20 seconds", "duration"),
                                  ("The quake measured 5.8.", "5.8", "magnitude")):
        c = claim(text, figure, measure=measure, role="victims" if measure == "killed" else "other")
        assert not happens_nowhere(fact(measure, "figure", [c]), [c]), text
    scoped = claim("Tickets cost $40 at the gate.", "$40", measure="price")
    assert not happens_nowhere(fact("price", "price", [scoped], scope="in the east stand"), [scoped])


def test_relabel_drops_the_place_of_a_price_and_its_label_says_no_place() -> None:
    text = "Harwick hosted the launch on Monday. The handset costs $499 without a contract."
    c = claim(text[37:], "$499", measure="price", start=37)
    pile = [article("a", text, places=("Harwick",), claims=(c,))]
    row = relabel([fact("price", "cost in Harwick", [c])], pile, main="Harwick")[0]
    assert row.location is None and "Harwick" not in row.label and row.label.startswith("price of the handset")


# -- a piece of a name, or a common noun phrase ---------------------------------------------------

def test_a_common_noun_phrase_or_a_cut_name_is_no_place() -> None:
    for name in ("the red zone", "a field hospital", "the car park", "Bureau of Land and", "the Rovers at Kell Park"):
        assert common_or_cut(name), name
    for name in ("Gulf of Aden", "the United States", "Trinidad and Tobago", "Kerman province", "the North Bay",
                 "iran", "Port au Prince"):
        assert not common_or_cut(name), name


def test_a_word_written_inside_a_longer_name_is_no_place() -> None:
    pile = [article("a", "The Ashford Valley League final drew a big crowd. The Ashford Valley League "
                         "praised the Valley final.", places=("Valley",), others=("Ashford Valley League",)),
            article("b", "Two clubs reached the Ashford Valley League final in Brenton.", places=("Brenton",))]
    pieces = NoPlaces(pile)
    assert pieces("Valley")
    assert not pieces("Brenton") and not pieces(None)


def test_a_place_named_on_its_own_or_opening_a_name_stays_a_place() -> None:
    pile = [article("a", "Flooding hit Brenton on Sunday. Brenton United postponed its game. In Brenton, "
                         "the river rose two metres.", places=("Brenton",)),
            article("b", "The Brenton Rovers and West Papua province were named.", places=("West Papua",))]
    pieces = NoPlaces(pile)
    assert not pieces("Brenton")
    assert not pieces("Papua province")  # a longer place's words ("West Papua"), not an organisation's
    once = NoPlaces([article("c", "Assistant Kendal County Prosecutor Ann Hale spoke. The judge left.")])
    assert not once("Kendal")  # once inside a longer name is too little


def test_an_unknown_word_opening_a_numbered_name_is_no_place() -> None:
    pile = [article("a", "About 200 staff work in Block 7 at the science park. Block 7 opened in May.",
                    places=("Block",))]
    assert NoPlaces(pile)("Block")


def test_relabel_moves_a_fact_from_a_common_noun_phrase_to_the_story_s_place() -> None:
    text = "Kendal was shaken by a quake on Sunday. Thirty people were treated at a field hospital."
    c = claim(text[40:], "Thirty", location="a field hospital", start=40, role="other")
    pile = [article(aid, text, places=("Kendal",), claims=(c,) if aid == "a" else ()) for aid in ("a", "b")]
    row = relabel([fact("count", "people treated in a field hospital", [c], location="a field hospital")], pile,
                  main="Kendal")[0]
    assert row.location == "Kendal"


def test_between_places_named_as_widely_the_story_is_where_its_figures_are_set() -> None:
    text = "Kendal fans travelled to Penrith. The final in Penrith drew 9,000 fans."
    figure = claim("The final in Penrith drew 9,000 fans.", "9,000", location="Penrith", start=34)
    pile = [article(aid, text, places=("Kendal", "Penrith"), claims=(figure,) if aid == "a" else ())
            for aid in ("a", "b")]
    assert agreed_places(pile)[0] == "Penrith"
    other = [article(aid, text, places=("Kendal", "Penrith"),
                     claims=(claim("Kendal fans", "9,000", location="Kendal"),) if aid == "a" else ())
             for aid in ("a", "b")]
    assert agreed_places(other)[0] == "Kendal"
