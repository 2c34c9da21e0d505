"""Figures of someone the story names in passing, on sentences written for these tests: a sentence whose
subject is a person few of the story's articles name, a sum told as someone else's."""

from __future__ import annotations

import re

from storyline.link.others import StoryNames, another_owner, another_record, another_subject
from storyline.link.reconcile import reconcile
from storyline.model import Article, Claim, NamedSpan

# the story's own people: the Harbour Otters fired their coach, Hana Brill (every article names them)
LEAD = "The Harbour Otters fired coach Hana Brill on Sunday after a ninth loss."


def claim(aid: str, number_text: str, value: float | None, text: str, *, measure: str = "count",
          unit: str | None = None, counted: str | None = None, n: int = 1, did: str | None = None) -> Claim:
    start = len(LEAD) + 1  # each article opens on its own lead, then the sentence
    return Claim(id=f"{aid}:c{n}", article=aid, start=start, end=start + len(text), text=text,
                 number_text=number_text, value=value, low=value, high=value, qualifier="exact", unit=unit,
                 measure=measure, subject=None, subject_group="not_people", location=None, as_of=None,
                 attributed_to=None, counted=counted, counted_as=did, role="objects")


def art(aid: str, sentence: str, people: tuple[tuple[str, str], ...] = (), *claims: Claim) -> Article:
    """An article: the story's lead, then ``sentence``, with the names a parser would tag in both."""
    text = f"{LEAD} {sentence}"
    names = [NamedSpan(start=m.start(), end=m.end(), label=label, text=m.group())
             for name, label in (("Harbour Otters", "ORG"), ("Hana Brill", "PERSON"), *people)
             for m in re.finditer(re.escape(name), text)]
    return Article(id=aid, source=f"{aid}.txt", format="txt", text=text, published="2024-11-03", outlet=aid,
                   names=tuple(sorted(names, key=lambda s: s.start)), claims=claims)


def story(sentence: str, people: tuple[tuple[str, str], ...], figure: Claim) -> tuple[list[Article], Article]:
    """Five articles of the story; the last one holds ``sentence`` and its figure."""
    others = [art(a, "The club named no successor.") for a in "abce"]
    last = art("d", sentence, people, figure)
    return [*others, last], last


def subject_of(sentence: str, people: tuple[tuple[str, str], ...], number_text: str,
               measure: str = "count") -> bool:
    figure = claim("d", number_text, None, sentence, measure=measure)
    articles, last = story(sentence, people, figure)
    return another_subject(figure, last, StoryNames(articles))


def owner_of(sentence: str, people: tuple[tuple[str, str], ...], number_text: str, *, in_all: bool = False) -> bool:
    figure = claim("d", number_text, None, sentence, measure="money", unit="USD")
    articles, last = story(sentence, people, figure)
    if in_all:  # the owner is someone the story is about: every article names them
        articles = [art(a.id, sentence, people) for a in articles[:4]] + [last]
    return another_owner(figure, last, StoryNames(articles))


# -- a sentence whose subject is a person the story names in passing ---------------------------------------

def test_the_figures_of_a_person_named_in_passing_are_not_the_story_s() -> None:
    for sentence, people, number_text in (
            ("Linebacker Omar Stead was fined $15,000 for two late hits last weekend.",
             (("Omar Stead", "PERSON"),), "two"),
            ("Sam Quill is seeking a six-year deal in the $90 million range.", (("Sam Quill", "PERSON"),),
             "$90 million"),
            ("Running back Lee Varga did not practise and had 2 yards on 8 carries a week ago.",
             (("Lee Varga", "PERSON"),), "8"),
            ("Petra Lund holds the league record with 31 straight wins, set in 2011.", (("Petra Lund", "PERSON"),),
             "31"),
            # after an opener that sets the time
            ("On Friday, outfielder Sam Quill signed a three-year, $31 million contract with the Falcons.",
             (("Sam Quill", "PERSON"), ("Falcons", "ORG")), "$31 million"),
            # a team or a firm the story names in passing
            ("The Falcons lost two more players for the season.", (("Falcons", "ORG"),), "two"),
            ("Broadcaster Norvox lost an estimated $12 million in advertising.", (("Norvox", "ORG"),),
             "an estimated $12 million")):
        assert subject_of(sentence, people, number_text), sentence


def test_the_story_s_own_people_a_source_a_place_or_an_owner_keep_their_figures() -> None:
    # the story's coach: every article names her
    assert not subject_of("Hana Brill won 40 of her 96 games.", (), "40")
    # a person named in passing who passes to the story's coach: someone the story is about is in the sentence
    assert not subject_of("Omar Stead had 3 assists for Hana Brill.", (("Omar Stead", "PERSON"),), "3")
    # a person who only tells: a source, even after an apposition
    assert not subject_of("Omar Stead, a 45-year-old season-ticket holder, said 300 fans walked out.",
                          (("Omar Stead", "PERSON"),), "300")
    assert not subject_of("Omar Stead later confirmed that 300 fans walked out.", (("Omar Stead", "PERSON"),), "300")
    assert not subject_of("Norvox chief executive Omar Stead said that 99% of the lines work again.",
                          (("Norvox", "ORG"), ("Omar Stead", "PERSON")), "99%", measure="percent")
    # a headline's shout: the "name" a parser tags is a common noun in capitals
    assert not subject_of("A MAN was held over the double murder.", (("MAN", "ORG"),), "double", measure="killed")
    # a place a parser took for a person, after a preposition; an owner, not a subject
    assert not subject_of("In Pell Rock a landslide buried one house.", (("Pell Rock", "PERSON"),), "one")
    assert not subject_of("Omar Stead's brother scored 12 points.", (("Omar Stead", "PERSON"),), "12")
    # the name stands after the figure: the sentence is not its
    assert not subject_of("Some 300 fans cheered Omar Stead.", (("Omar Stead", "PERSON"),), "300")


def test_a_story_of_two_articles_says_nothing_of_who_is_named_in_passing() -> None:
    sentence = "Linebacker Omar Stead was fined $15,000 for two late hits last weekend."
    figure = claim("d", "two", 2, sentence)
    pair = [art("a", "The club named no successor."), art("d", sentence, (("Omar Stead", "PERSON"),), figure)]
    assert not another_subject(figure, pair[1], StoryNames(pair))


# -- a sum told as someone else's --------------------------------------------------------------------------

def test_a_sum_told_by_whose_it_is_is_another_deal() -> None:
    for sentence, people, number_text in (
            ("The offer dwarfs the four-year, $90 million deal that Sam Quill got last summer.",
             (("Sam Quill", "PERSON"),), "$90 million"),
            ("He will earn more than the $161 million (over seven years) that fellow free agent Sam Quill received.",
             (("Sam Quill", "PERSON"),), "$161 million"),
            ("That is closer to Dan Rhee's $27 million a year than to the offer.", (("Dan Rhee's", "PERSON"),),
             "$27 million"),
            ("It follows Norcal's $125 million purchase of a chip maker.", (("Norcal", "ORG"),), "$125 million")):
        assert owner_of(sentence, people, number_text), sentence


def test_the_story_s_own_sum_or_a_sum_with_no_owner_stays() -> None:
    # the owner is someone the story is about
    assert not owner_of("The club topped the $160 million offer that Sam Quill made.", (("Sam Quill", "PERSON"),),
                        "$160 million", in_all=True)
    # no owner beside the sum: the relative clause tells what it buys, the name is its beneficiary's
    assert not owner_of("The Otters offered $12 million that would run to 2027 to Sam Quill.",
                        (("Sam Quill", "PERSON"),), "$12 million")
    assert not owner_of("Sam Quill paid $40,000 in fines.", (("Sam Quill", "PERSON"),), "$40,000")


# -- a record set after a name the story names in passing -------------------------------------------------

def record_of(sentence: str, people: tuple[tuple[str, str], ...], number_text: str) -> bool:
    figure = claim("d", number_text, None, sentence, counted="wins", did="record")
    articles, last = story(sentence, people, figure)
    return another_record(figure, last, StoryNames(articles))


def test_a_record_set_after_a_name_named_in_passing_is_another_s_standing() -> None:
    for sentence, people, number_text in (
            ("The season ends next week when the Falcons (12-3) come to town.", (("Falcons", "ORG"),), "12-3"),
            ("Former champion Petra Lund, 43-1, won on points.", (("Petra Lund", "PERSON"),), "43-1"),
            ("On the undercard Petra Lund (43-1) beat Ada Morr (14-13-2).",
             (("Petra Lund", "PERSON"), ("Ada Morr", "PERSON")), "14-13-2")):
        assert record_of(sentence, people, number_text), sentence


def test_the_story_s_own_record_or_a_record_with_no_name_before_it_stays() -> None:
    assert not record_of("The Harbour Otters (9-14) lost again.", (), "9-14")  # every article names them
    assert not record_of("The Falcons reached the playoffs with an 8-8 record.", (("Falcons", "ORG"),), "8-8")
    assert not record_of("The Falcons went 8-8 last season.", (("Falcons", "ORG"),), "8-8")


def test_figures_of_a_person_named_in_passing_make_no_fact() -> None:
    fined = "Linebacker Omar Stead was fined $15,000 for two late hits last weekend."
    fine = "Cornerback Omar Stead has been fined $15,000 by the league for two late hits."
    # nine articles, two of which name the linebacker: a fine several outlets report, of someone named in passing
    articles = [art("a", "The club named no successor.", (), claim("a", "ninth", 9, LEAD, counted="losses")),
                *(art(a, "The club named no successor.") for a in "befghi"),
                art("c", fined, (("Omar Stead", "PERSON"),),
                    claim("c", "$15,000", 15000, fined, measure="money", unit="USD")),
                art("d", fine, (("Omar Stead", "PERSON"),),
                    claim("d", "$15,000", 15000, fine, measure="money", unit="USD"))]
    assert [f for f in reconcile(articles, story="s") if f.measure == "money"] == []
    # the same fine of the story's own coach, in two articles, is a fact
    coach = [art(a.id, "The club named no successor.") for a in articles[:7]] + [
        art("c", "Hana Brill was fined $15,000 for two outbursts.", (),
            claim("c", "$15,000", 15000, "Hana Brill was fined $15,000 for two outbursts.", measure="money",
                  unit="USD")),
        art("d", "Hana Brill has been fined $15,000 by the league.", (),
            claim("d", "$15,000", 15000, "Hana Brill has been fined $15,000 by the league.", measure="money",
                  unit="USD"))]
    assert [f.measure for f in reconcile(coach, story="s") if f.measure == "money"] == ["money"]


def test_how_many_articles_name_someone() -> None:
    articles = [Article(id=a, source=a, format="txt", text=text) for a, text in (
        ("a", "The Otters lost. Coach Hana Brill's future is unclear."), ("b", "Brill was fired."),
        ("c", "The Falcons won."), ("d", "The league fined Mr Stead."))]
    names = StoryNames(articles)
    assert names.share("Hana Brill") == 0.5  # "Brill's" and "Brill" are one name
    assert names.share("The Falcons") == 0.25  # "The" names no one
    assert names.share("Mr Stead") == 0.25
    assert names.share("Ada Morr") == 0.0
