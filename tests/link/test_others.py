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
            ("Defender Omar Stead was fined $8,500 for a late tackle on Saturday.",
             (("Omar Stead", "PERSON"),), "$8,500"),
            ("Sam Quill wants a four-year deal near $48 million.", (("Sam Quill", "PERSON"),), "$48 million"),
            ("Wing back Lee Varga sat out practice and had 3 yards on 6 carries two weeks ago.",
             (("Lee Varga", "PERSON"),), "6"),
            ("Petra Lund holds the club record of 19 clean sheets, set in 2009.", (("Petra Lund", "PERSON"),),
             "19"),
            # after an opener that sets the time
            ("On Friday, goalkeeper Sam Quill signed a two-year, $13 million contract with the Gulls.",
             (("Sam Quill", "PERSON"), ("Gulls", "ORG")), "$13 million"),
            # a team or a firm the story names in passing
            ("The Gulls lost three more starters to injury.", (("Gulls", "ORG"),), "three"),
            ("Broadcaster Norvox lost about $6 million in sponsorship.", (("Norvox", "ORG"),), "about $6 million")):
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
    assert not subject_of("Norvox chief executive Omar Stead said that 85% of customers are back online.",
                          (("Norvox", "ORG"), ("Omar Stead", "PERSON")), "85%", measure="percent")
    # a headline's shout: the "name" a parser tags is a common noun in capitals
    assert not subject_of("A DRIVER was questioned about the double stabbing.", (("DRIVER", "ORG"),), "double",
                          measure="killed")
    # a place a parser took for a person, after a preposition; an owner, not a subject
    assert not subject_of("In Pell Rock a landslide buried one house.", (("Pell Rock", "PERSON"),), "one")
    assert not subject_of("Omar Stead's brother scored 12 points.", (("Omar Stead", "PERSON"),), "12")
    # a group of people told by where they live, tagged as a body by a parser: the story's people, not a name
    assert not subject_of("Residents of Pell Rock and Dorn opposed a threefold rise in water bills.",
                          (("Residents of Pell Rock", "ORG"),), "threefold", measure="price")
    assert not subject_of("Workers of Norvox walked out, 300 of them.", (("Workers of Norvox", "ORG"),), "300")
    # the name stands after the figure: the sentence is not its
    assert not subject_of("Some 300 fans cheered Omar Stead.", (("Omar Stead", "PERSON"),), "300")


def test_a_story_of_two_articles_says_nothing_of_who_is_named_in_passing() -> None:
    sentence = "Defender Omar Stead was fined $8,500 for a late tackle on Saturday."
    figure = claim("d", "$8,500", 8500, sentence, measure="money", unit="USD")
    pair = [art("a", "The club named no successor."), art("d", sentence, (("Omar Stead", "PERSON"),), figure)]
    assert not another_subject(figure, pair[1], StoryNames(pair))


# -- a sum told as someone else's --------------------------------------------------------------------------

def test_a_sum_told_by_whose_it_is_is_another_deal() -> None:
    for sentence, people, number_text in (
            ("The bid beats the three-year, $41 million pact that Sam Quill signed in May.",
             (("Sam Quill", "PERSON"),), "$41 million"),
            ("He would earn more than the $57 million (over five years) that the midfielder Sam Quill took.",
             (("Sam Quill", "PERSON"),), "$57 million"),
            ("That is nearer Dan Rhee's $19 million a season than the club's offer.", (("Dan Rhee's", "PERSON"),),
             "$19 million"),
            ("It follows Norcal's $210 million purchase of a sensor maker.", (("Norcal", "ORG"),), "$210 million")):
        assert owner_of(sentence, people, number_text), sentence


def test_the_story_s_own_sum_or_a_sum_with_no_owner_stays() -> None:
    # the owner is someone the story is about
    assert not owner_of("The club topped the $70 million offer that Sam Quill made.", (("Sam Quill", "PERSON"),),
                        "$70 million", in_all=True)
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
            ("The season ends when the Gulls (10-5) visit next Sunday.", (("Gulls", "ORG"),), "10-5"),
            ("Former champion Petra Lund, 31-2, won on points.", (("Petra Lund", "PERSON"),), "31-2"),
            ("In the opening bout Petra Lund (31-2) beat Ada Morr (9-11-1).",
             (("Petra Lund", "PERSON"), ("Ada Morr", "PERSON")), "9-11-1")):
        assert record_of(sentence, people, number_text), sentence


def test_the_story_s_own_record_or_a_record_with_no_name_before_it_stays() -> None:
    assert not record_of("The Harbour Otters (6-17) lost again.", (), "6-17")  # every article names them
    assert not record_of("The Gulls ended the season with a 7-9 record.", (("Gulls", "ORG"),), "7-9")
    assert not record_of("The Gulls went 7-9 last year.", (("Gulls", "ORG"),), "7-9")


def test_figures_of_a_person_named_in_passing_make_no_fact() -> None:
    fined = "Defender Omar Stead was fined $8,500 for a late tackle on Saturday."
    fine = "Centre back Omar Stead has been fined $8,500 by the league for the tackle."
    # nine articles, two of which name the linebacker: a fine several outlets report, of someone named in passing
    articles = [art("a", "The club named no successor.", (), claim("a", "ninth", 9, LEAD, counted="losses")),
                *(art(a, "The club named no successor.") for a in "befghi"),
                art("c", fined, (("Omar Stead", "PERSON"),),
                    claim("c", "$8,500", 8500, fined, measure="money", unit="USD")),
                art("d", fine, (("Omar Stead", "PERSON"),),
                    claim("d", "$8,500", 8500, fine, measure="money", unit="USD"))]
    assert [f for f in reconcile(articles, story="s") if f.measure == "money"] == []
    # the same fine of the story's own coach, in two articles, is a fact
    coach = [art(a.id, "The club named no successor.") for a in articles[:7]] + [
        art("c", "Hana Brill was fined $8,500 for a touchline outburst.", (),
            claim("c", "$8,500", 8500, "Hana Brill was fined $8,500 for a touchline outburst.", measure="money",
                  unit="USD")),
        art("d", "Hana Brill has been fined $8,500 by the league.", (),
            claim("d", "$8,500", 8500, "Hana Brill has been fined $8,500 by the league.", measure="money",
                  unit="USD"))]
    assert [f.measure for f in reconcile(coach, story="s") if f.measure == "money"] == ["money"]


def test_how_many_articles_name_someone() -> None:
    articles = [Article(id=a, source=a, format="txt", text=text) for a, text in (
        ("a", "The Otters lost. Coach Hana Brill's future is unclear."), ("b", "Brill was fired."),
        ("c", "The Gulls won."), ("d", "The league fined Mr Stead."))]
    names = StoryNames(articles)
    assert names.share("Hana Brill") == 0.5  # any word of the name: "Hana" or "Brill"
    assert names.share("Mr Stead") == 0.25  # a word of two letters names no one
    assert names.share("Ada Morr") == 0.0


def test_the_age_of_someone_named_in_passing_is_theirs_not_another_subjects_figure() -> None:
    # a count of wins of an assistant named in passing is another subject's; an age told of such a person is
    # not set aside here: the table's gate weighs it by its sources like any age
    sentence = "Assistant Rui Maro, 54, had 3 wins on 6 tries two weeks ago."
    people = (("Rui Maro", "PERSON"),)
    assert subject_of(sentence, people, "3")
    assert not subject_of(sentence, people, "54", measure="age")
