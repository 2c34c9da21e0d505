"""Parts of a toll told as counts of their own (link/sub_counts.py), on sentences written for these tests."""

from __future__ import annotations

import dataclasses

from storyline.link.reconcile import reconcile
from storyline.link.sub_counts import MORE, SITE, link_parts, sub_count
from storyline.model import Article, Claim, Fact


def claim(cid: str, number_text: str, value: float, text: str, *, measure: str = "killed",
          qualifier: str = "exact", start: int = 0) -> Claim:
    high = value if qualifier == "exact" else None
    return Claim(id=cid, article=cid.split(":")[0], start=start, end=start + len(text), text=text,
                 number_text=number_text, value=value, low=value, high=high, qualifier=qualifier, unit="people",
                 measure=measure, subject=None, subject_group="mixed", location="Dorval", as_of=None,
                 attributed_to=None, counted="people", role="victims")


def art(aid: str, *claims: Claim) -> Article:
    return Article(id=aid, source=f"{aid}.txt", format="txt", text=f"{aid}: a report on the flood in Dorval.",
                   published="2025-05-04", outlet=aid, claims=claims)


def kind(text: str, number_text: str, *, measure: str = "killed", others: tuple[Claim, ...] | None = None) -> str:
    c = claim("a:c9", number_text, 3, text, measure=measure, start=300)
    # by default the article gave a toll of the same measure before
    before = (claim("a:c1", "20", 20, "Twenty people were hurt or killed.", measure=measure),) if others is None \
        else others
    return sub_count(c, art("a", *before, c))


def test_more_besides_those_told_before_is_a_part() -> None:
    assert kind("Another three people drowned when the bridge gave way, the mayor said.", "three") == MORE
    assert kind("Two other residents died later in hospital from their injuries.", "Two") == MORE
    assert kind("The bodies of five more victims were pulled from the river on Sunday.", "five") == MORE
    assert kind("A further 12 people were hurt in the stampede at the station.", "12", measure="injured") == MORE
    assert kind("Rescuers said an additional four were missing near the dam.", "four", measure="missing") == MORE


def test_a_toll_told_beside_another_figure_is_not_a_part() -> None:
    # "others" sets the injured apart from the dead of the same sentence: the injured toll itself
    text = "The storm killed 14 people and injured 60 others across the valley."
    dead = claim("a:c1", "14", 14, text, start=300)
    assert kind(text, "60", measure="injured", others=(dead,)) == ""
    text = "The blast left nine dead and dozens more wounded."
    assert kind(text, "dozens", measure="injured", others=(claim("a:c1", "nine", 9, text, start=300),)) == ""
    # more besides no toll of its measure told before: the dead of the sentence before are not the hurt
    dead = claim("a:c1", "Ten", 10, "Ten people died in the crash.")
    assert kind("Another 20 were hurt, the police said.", "20", measure="injured", others=(dead,)) == ""
    assert kind("Another 20 were hurt, the police said.", "20", measure="injured") == MORE
    # the toll itself, and a count of something else
    assert kind("Seven people died when the ferry capsized.", "Seven") == ""
    assert kind("Another three trucks were swept away.", "three", measure="count") == ""


def test_one_sites_own_count_is_a_part() -> None:
    assert kind('"We have received around 40 people with burns," a nurse said.', "around 40",
                measure="injured") == SITE
    assert kind("\"We treated 25 injured overnight,\" the surgeon told reporters.", "25", measure="injured") == SITE
    assert kind("The district hospital admitted 18 of the wounded by noon.", "18", measure="injured") == SITE
    # the injured taken to several hospitals are the whole toll
    assert kind("Dozens of people were injured and taken to hospitals across the city.", "Dozens",
                measure="injured") == ""


def test_a_part_is_its_own_row_linked_to_the_toll() -> None:
    toll = [art(a, claim(f"{a}:c1", "at least 20", 20, "At least 20 people were killed by the flood.",
                         qualifier="at_least")) for a in ("a", "b", "c")]
    text = "Three other people died later in hospital, officials said."
    more = [art(a, claim(f"{a}:c1", "20", 20, "Twenty people were killed by the flood."),
                claim(f"{a}:c2", "Three", 3, text, start=200)) for a in ("d", "e")]
    facts = reconcile([*toll, *more], story="s")
    total = next(f for f in facts if not f.part_of)
    part = next(f for f in facts if f.part_of)
    assert set(total.claims) == {"a:c1", "b:c1", "c:c1", "d:c1", "e:c1"} and total.assessment == "consistent"
    assert set(part.claims) == {"d:c2", "e:c2"} and part.part_of == total.id
    assert "(further)" in part.label and "not a conflict" in part.explanation


def test_one_sites_count_does_not_make_the_toll_conflict() -> None:
    toll = [art(a, claim(f"{a}:c1", "about 300", 300, "About 300 people were injured in the quake.",
                         measure="injured", qualifier="about")) for a in ("a", "b")]
    site = [art(a, claim(f"{a}:c2", "40", 40, '"We have treated 40 injured since dawn," said a doctor.',
                         measure="injured", start=150)) for a in ("c", "d")]
    facts = reconcile([*toll, *site], story="s")
    assert len(facts) == 2
    total = next(f for f in facts if not f.part_of)
    assert total.assessment == "consistent" and set(total.claims) == {"a:c1", "b:c1"}
    part = next(f for f in facts if f.part_of)
    assert part.part_of == total.id and "one site" in part.explanation


def test_more_told_by_one_source_stays_in_the_toll() -> None:
    # "one other person" one outlet alone gives is an aside (an intention, another event): no row of its own
    toll = [art(a, claim(f"{a}:c1", "two", 2, "Two people were shot dead at the depot.")) for a in ("a", "b")]
    aside = art("c", claim("c:c1", "two", 2, "Two people were shot dead at the depot."),
                claim("c:c2", "one", 1, "Police believe he meant to kill one other person.", start=90))
    facts = reconcile([*toll, aside], story="s")
    assert len(facts) == 1 and "c:c2" in facts[0].claims and not facts[0].part_of


def test_a_group_among_the_dead_is_linked_to_the_toll() -> None:
    # "two boys among the five dead": the boys are kept apart from the toll, and said to be a part of it
    toll = [art(a, claim(f"{a}:c1", "five", 5, "Five people died when the roof fell in.")) for a in ("a", "b")]
    boys = [art(a, dataclasses.replace(claim(f"{a}:c2", "two", 2, "Two children were among the dead.", start=80),
                                       counted="children")) for a in ("c", "d")]
    facts = reconcile([*toll, *boys], story="s")
    total = next(f for f in facts if not f.part_of)
    part = next(f for f in facts if f.part_of)
    assert part.part_of == total.id and part.counted == "children" and "one group among them" in part.explanation
    assert total.assessment == "consistent" and "(" not in part.label


def test_a_share_of_a_count_is_linked_to_its_count_not_to_another() -> None:
    # "nine barns, three of which burned down" beside "nine barns were damaged"; sheds are another count
    def barns(cid: str, number_text: str, value: float, text: str, *, subject: str | None = None) -> Claim:
        c = claim(cid, number_text, value, text, measure="count")
        return dataclasses.replace(c, unit="barns", counted="barns", role="objects", subject=subject)
    whole = [art(a, barns(f"{a}:c1", "nine", 9, "Nine barns were damaged by the storm."),
                 barns(f"{a}:c2", "three", 3, "Nine barns were damaged, three of which burned down.",
                       subject="barns (of whom)")) for a in ("a", "b")]
    sheds = [art(a, dataclasses.replace(barns(f"{a}:c3", "40", 40, "Some 40 sheds were flattened."),
                                        unit="sheds", counted="sheds")) for a in ("c", "d", "e")]
    facts = reconcile([*whole, *sheds], story="s")
    nine = next(f for f in facts if "a:c1" in f.claims)
    share = next(f for f in facts if "a:c2" in f.claims)
    assert share.part_of == nine.id and "a share of them" in share.explanation
    assert not nine.part_of and nine.assessment == "consistent"


def test_a_row_of_parts_is_never_a_part_of_itself() -> None:
    # two of three figures count a part ("another four died"), and no other row of the toll: no total to link to
    fact = Fact(id="s:f1", label="people killed", measure="killed", subject_group="mixed", location=None,
                claims=("a:c1", "b:c1", "c:c1"), low=4.0, high=4.0, assessment="consistent", explanation="",
                role="victims", sources=3)
    linked = link_parts([fact], parts={"a:c1": MORE, "b:c1": MORE}, bounds=lambda f: "4")
    assert linked[0].part_of is None
    # beside another row of the toll, it is linked to that one
    total = dataclasses.replace(fact, id="s:f2", claims=("d:c1", "e:c1"), low=9.0, high=9.0)
    linked = link_parts([fact, total], parts={"a:c1": MORE, "b:c1": MORE}, bounds=lambda f: "9")
    assert linked[0].part_of == "s:f2" and linked[1].part_of is None
