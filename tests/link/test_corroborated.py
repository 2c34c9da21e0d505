"""Figures dated apart from the story (another year, an earlier time), kept when outlets of two sources give them
in their own words and none tells them plainly, on sentences written for these tests."""

from __future__ import annotations

from storyline.link import reconcile as rec
from storyline.link.corroborated import retold
from storyline.model import Article, Claim

STORY_YEAR = 2024


def figure(cid: str, number_text: str, value: float, text: str, *, counted: str, measure: str = "count",
           unit: str | None = None) -> Claim:
    return Claim(id=cid, article=cid.split(":")[0], start=0, end=len(text), text=text, number_text=number_text,
                 value=value, low=value, high=value, qualifier="exact", unit=unit or counted.split()[-1],
                 measure=measure, subject=None, subject_group="not_people", location="Brenford", as_of=None,
                 attributed_to=None, counted=counted, role="objects")


def art(aid: str, *claims: Claim, published: str = "2024-06-03") -> Article:
    return Article(id=aid, source=f"{aid}.txt", format="txt", text=" ".join(c.text for c in claims),
                   published=published, outlet=aid, claims=claims)


def dated(claim: Claim, article: Article) -> bool:
    return rec._other_year(claim, article, STORY_YEAR) or rec._other_time(claim, set())


def key(claim: Claim) -> tuple[str, str]:
    return claim.measure, claim.counted or ""


def kept(*articles: Article, copies: dict[str, str] | None = None) -> frozenset[str]:
    return retold(articles, dated=dated, key=key, copies=copies)


def test_two_sources_giving_a_dated_figure_in_their_own_words_keep_it() -> None:
    a = art("a", figure("a:c1", "seven", 7, "Born in 1931, she was the youngest of seven daughters of a miner.",
                        counted="daughters"))
    b = art("b", figure("b:c1", "seven", 7, "The singer, raised in a pit village in 1930s Wales, had seven daughters "
                                           "as sisters and left school in 1945.", counted="daughters"))
    assert kept(a, b) == {"a:c1", "b:c1"}
    # an earlier time rather than a year: "last year's", told by two outlets
    c = art("c", figure("c:c1", "41 million", 41e6, "Last year's final drew 41 million viewers, the network said.",
                        counted="viewers"))
    d = art("d", figure("d:c1", "41 million", 41e6, "Ratings beat last year's mark of 41 million viewers.",
                        counted="viewers"))
    assert kept(c, d) == {"c:c1", "d:c1"}


def test_one_writer_copies_and_another_value_agree_with_nobody() -> None:
    a = art("a", figure("a:c1", "$3 million", 3e6, "Voters in 2019 approved a $3 million bond for the park.",
                        counted="bond", measure="money", unit="USD"))
    copy = art("b", figure("b:c1", "$3 million", 3e6, "Voters in 2019 approved a $3 million bond for the park.",
                           counted="bond", measure="money", unit="USD"))
    assert kept(a, copy) == frozenset()  # one text copied: one writer
    other = art("c", figure("c:c1", "$4 million", 4e6, "A $4 million bond passed in 2019 after a recount.",
                            counted="bond", measure="money", unit="USD"))
    assert kept(a, other) == frozenset()  # another value
    twice = art("d", figure("d:c1", "$3 million", 3e6, "Voters in 2019 approved a $3 million bond.",
                            counted="bond", measure="money", unit="USD"),
                figure("d:c2", "$3 million", 3e6, "That $3 million bond of 2019 bought the land.",
                       counted="bond", measure="money", unit="USD"))
    assert kept(twice) == frozenset()  # one article repeating itself
    again = art("e", figure("e:c1", "$3 million", 3e6, "The town borrowed $3 million in 2019 to buy the land.",
                            counted="bond", measure="money", unit="USD"))
    assert kept(a, again, copies={"a": "a", "e": "a"}) == frozenset()  # two outlets of one source


def test_a_figure_someone_tells_plainly_keeps_its_row_without_the_dated_retellings() -> None:
    a = art("a", figure("a:c1", "12", 12, "In 2021 the firm ran 12 stores across the county.", counted="stores"))
    b = art("b", figure("b:c1", "12", 12, "Its 12 stores, opened by 2021, stay open.", counted="stores"))
    plain = art("c", figure("c:c1", "12", 12, "The chain runs 12 stores.", counted="stores"))
    assert kept(a, b) == {"a:c1", "b:c1"}
    assert kept(a, b, plain) == frozenset()


def test_a_span_counted_back_from_the_writers_day_is_no_figure_of_the_story() -> None:
    a = art("a", figure("a:c1", "two", 2, "The plant closed two years ago, in 2022, after the flood.",
                        counted="years", measure="duration"))
    b = art("b", figure("b:c1", "two", 2, "Two years ago, in 2022, workers left the plant for good.",
                        counted="years", measure="duration"))
    assert kept(a, b) == frozenset()
    # a length, not a window, is kept when two outlets give it
    c = art("c", figure("c:c1", "five", 5, "He served five years for fraud in 1990 before the move.",
                        counted="years", measure="duration"))
    d = art("d", figure("d:c1", "five", 5, "A 1990 fraud case cost him five years behind bars.",
                        counted="years", measure="duration"))
    assert kept(c, d) == {"c:c1", "d:c1"}


def test_the_facts_table_shows_a_dated_figure_two_outlets_agree_on_and_not_one_outlets() -> None:
    a = art("a", figure("a:c1", "seven", 7, "In 1931 she was the youngest of seven daughters of a miner.",
                        counted="daughters"))
    b = art("b", figure("b:c1", "seven", 7, "Raised in a pit village, she had seven daughters as sisters by 1945.",
                        counted="daughters"))
    facts = rec.reconcile([a, b], story="s1")
    assert any(set(f.claims) == {"a:c1", "b:c1"} for f in facts)
    alone = art("c", figure("c:c1", "40", 40, "The county had 40 schools in 1990, the census said.",
                            counted="schools"))
    assert not [f for f in rec.reconcile([a, alone], story="s2") if f.claims]


def test_a_toll_of_another_year_at_another_place_stays_out_however_many_outlets_recall_it() -> None:
    import dataclasses

    def toll(cid: str, text: str, value: float, place: str) -> Claim:
        return dataclasses.replace(figure(cid, str(value), value, text, counted="people", measure="killed",
                                          unit="people"), location=place, subject_group="mixed", role="victims")

    today = [art(x, toll(f"{x}:c1", "A gunman killed 7 people at a shopping centre in Brenford on Saturday.", 7,
                         "Brenford")) for x in ("a", "b", "c")]
    recalled = [art(x, toll(f"{x}:c2", text, 3, "Lowmoor")) for x, text in (
        ("d", "In 2016, 3 people were killed in a shooting at a bank in Lowmoor."),
        ("e", "It far exceeds a 2016 bank shooting in Lowmoor that left 3 people dead."),
        ("f", "In 2016 a man killed 3 people at a bank branch in Lowmoor."))]
    facts = rec.reconcile([*today, *recalled], story="s1")
    tolls = [set(f.claims) for f in facts if f.measure == "killed"]
    assert tolls == [{"a:c1", "b:c1", "c:c1"}]


def test_any_count_of_another_year_at_another_place_stays_out_however_many_outlets_recall_it() -> None:
    import dataclasses

    def trapped(cid: str, text: str, value: float, place: str) -> Claim:
        return dataclasses.replace(figure(cid, str(value), value, text, counted="boys", unit="people"),
                                   location=place, subject_group="mixed", role="victims", counted_as="trapped")

    today = [art(x, trapped(f"{x}:c1", "Sixteen pupils were trapped in a cave near Brenford on Saturday.", 16,
                            "Brenford")) for x in ("a", "b", "c")]
    recalled = [art(x, trapped(f"{x}:c2", text, 12, "Lowmoor")) for x, text in (
        ("d", "In 2018, 12 boys were trapped for 18 days in a cave at Lowmoor."),
        ("e", "In 2018 12 boys were trapped in the Lowmoor cave before divers brought them out."))]
    facts = rec.reconcile([*today, *recalled], story="s1")
    assert not [f for f in facts if {"d:c2", "e:c2"} & set(f.claims)]


def test_a_toll_of_another_year_at_the_story_s_place_at_other_values_stays_out() -> None:
    import dataclasses

    def toll(cid: str, text: str, value: float) -> Claim:
        return dataclasses.replace(figure(cid, str(value), value, text, counted="people", measure="killed",
                                          unit="people"), subject_group="mixed", role="victims")

    today = [art("a", toll("a:c1", "The eruption of Mount Brenn killed 14 people on Sunday.", 14)),
             art("b", toll("b:c1", "The toll from Mount Brenn's eruption rose to 23 on Tuesday.", 23))]
    recalled = [art(x, toll(f"{x}:c2", text, 50)) for x, text in (
        ("c", "Brenn's last major eruption, in December 2021, killed 50 people."),
        ("d", "Brenn killed 50 people when it erupted in December 2021."),
        ("e", "Brenn last erupted with deadly force in 2021, when 50 people died."))]
    assert rec._other_year(recalled[1].claims[0], recalled[1], STORY_YEAR)  # the "when" dates the deaths
    facts = rec.reconcile([*today, *recalled], story="s1")
    tolls = {c for f in facts if f.measure == "killed" for c in f.claims}
    assert tolls == {"a:c1", "b:c1"}
