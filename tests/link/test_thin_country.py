"""A country few of a story's articles name is not where its figures are (link/thin_country.py);
on sentences written for these tests."""

from __future__ import annotations

import re

from storyline.link.fact_labels import relabel
from storyline.link.thin_country import set_nowhere, thin_country
from storyline.model import Article, Claim, Fact, NamedSpan


def claim(text: str, number_text: str, *, measure: str = "count", location: str | None = "Norway",
          cid: str = "a:c1", start: int = 0) -> Claim:
    return Claim(id=cid, article=cid.split(":")[0], start=start, end=start + len(text), text=text,
                 number_text=number_text, value=1.0, low=1.0, high=1.0, qualifier="exact", unit=None,
                 measure=measure, subject=None, subject_group="not_people", location=location, as_of=None,
                 attributed_to=None, role="objects")


def fact(measure: str, label: str, claims: list[Claim], *, location: str | None = "Norway",
         scope: str | None = None) -> Fact:
    return Fact(id="s:f1", label=label, measure=measure, subject_group="not_people", location=location,
                claims=tuple(c.id for c in claims), low=1.0, high=1.0, assessment="single_source", explanation="",
                scope=scope)


def article(aid: str, text: str, places: tuple[str, ...] = (), claims: tuple[Claim, ...] = ()) -> Article:
    names = [NamedSpan(start=m.start(), end=m.end(), label="GPE", text=m.group())
             for w in places for m in re.finditer(re.escape(w), text)]
    return Article(id=aid, source=f"{aid}.txt", format="txt", text=text, names=tuple(names), claims=claims)


def test_a_country_few_articles_name_is_thin_a_widely_named_one_or_a_town_is_not() -> None:
    assert thin_country("Norway", naming=2, articles=12)
    assert thin_country("U.S.", naming=1, articles=9)
    assert not thin_country("Norway", naming=6, articles=12)  # a third and more: the story's country
    assert not thin_country("Leeds", naming=1, articles=12)  # a town named once is still a place
    assert not thin_country(None, naming=0, articles=5)


def test_a_figure_of_a_thing_loses_the_thin_country_one_of_an_event_or_one_placed_by_its_sentence_does_not() -> None:
    update = claim("The update fixes 40 separate flaws.", "40")
    assert set_nowhere(fact("count", "flaws", [update]), [update])
    size = claim("The tablet weighs 480 grams.", "480 grams", measure="weight")
    assert set_nowhere(fact("weight", "grams", [size]), [size])
    toll = claim("Two people died in the crash.", "Two", measure="killed")
    assert not set_nowhere(fact("killed", "people killed", [toll]), [toll])
    told = claim("In Norway, 300 shops sold out by noon.", "300")
    assert not set_nowhere(fact("count", "shops", [told]), [told])
    scoped = claim("The firm cut 90 jobs.", "90")
    assert not set_nowhere(fact("count", "jobs", [scoped], scope="at its main plant"), [scoped])


def _story(naming: int, *, of: int = 9) -> tuple[Claim, list[Article]]:
    figure = "The patch closes 40 separate flaws in the browser."
    c = claim(figure, "40")
    pile = []
    for i in range(of):
        said = "Shoppers in Norway were told to update. " if i < naming else "Users were told to update. "
        pile.append(article(f"a{i}" if i else "a", said + figure, places=("Norway",) if i < naming else (),
                            claims=(c,) if i == 0 else ()))
    return c, pile


def test_relabel_sets_a_figure_nowhere_when_two_articles_in_nine_name_the_country() -> None:
    c, pile = _story(2)
    row = relabel([fact("count", "flaws in Norway", [c])], pile, main="Norway")[0]
    assert row.location is None
    assert row.label == "flaws"


def test_relabel_keeps_the_country_most_articles_name() -> None:
    c, pile = _story(6)
    row = relabel([fact("count", "flaws in Norway", [c])], pile, main="Norway")[0]
    assert row.location == "Norway"
