"""A figure an article gives beside the agreed one that is a second telling of it (link/assess_rules.py),
read through reconcile: none against some is a dispute, a part or a vague word is not."""

import dataclasses

from storyline.link.assess_rules import told_two_ways
from storyline.link.reconcile import _clash, _Report, reconcile
from storyline.model import Article, Claim, Fact


def claim(cid: str, number_text: str, value: float, *, qualifier: str = "exact", measure: str = "injured",
          unit: str = "people", text: str = "…") -> Claim:
    low = value if qualifier in ("exact", "at_least") else None
    high = value if qualifier == "exact" else None
    return Claim(id=cid, article=cid[0], start=0, end=len(text), text=text, number_text=number_text, value=value,
                 low=low, high=high, qualifier=qualifier, unit=unit, measure=measure, subject=None,
                 subject_group="mixed", location="Tarrow", as_of=None, attributed_to=None, counted="people")


def art(aid: str, *claims: Claim) -> Article:
    return Article(id=aid, source=f"{aid}.txt", format="txt", text=f"Report {aid}, in this outlet's words.",
                   published="2024-09-14", outlet=f"Outlet {aid}", claims=claims)


def facts(*articles: Article) -> list[Fact]:
    return list(reconcile(articles, story="s"))


def test_some_beside_none_is_a_dispute_over_one_count() -> None:
    # two outlets: the fire hurt no one; a third says so too, and that a paper counted three hurt
    a = art("a", claim("a1", "no one", 0, text="The fire department said no one was hurt."))
    b = art("b", claim("b1", "no injuries", 0, text="There were no injuries, officials said."))
    c = art("c", claim("c1", "no injuries", 0, text="Firefighters reported no injuries."),
            claim("c2", "three", 3, text="A local paper reported that three people were hurt."))
    [fact] = facts(a, b, c)
    assert fact.assessment == "conflicting"
    assert "three" in fact.explanation and "cannot both hold" in fact.explanation


def test_none_beside_some_is_a_dispute_too() -> None:
    # the other way round: outlets agree on two ships damaged; one of them also says none was
    two = art("a", claim("a1", "two", 2, measure="damage", unit="ships", text="Two ships were damaged."))
    also = art("b", claim("b1", "two", 2, measure="damage", unit="ships", text="The storm damaged two ships."),
               claim("b2", "no", 0, measure="damage", unit="ships", text="The port said no ships were damaged."))
    reports = [_Report(claim=c, outlet=c.article, when=None, low=c.value or 0.0, high=c.value or 0.0)
               for a in (two, also) for c in a.claims]
    assert told_two_ways(reports, fits=lambda x, y: not _clash(x, y))


def test_a_part_beside_the_agreed_toll_stays_beside() -> None:
    # "shooting three, killing one": the three counts the people shot, not the dead; no dispute
    a = art("a", claim("a1", "one", 1, measure="killed", text="One man died in the shooting."))
    b = art("b", claim("b1", "three", 3, measure="killed", text="A gunman shot three people, killing one."),
            claim("b2", "one", 1, measure="killed", text="A gunman shot three people, killing one."))
    c = art("c", claim("c1", "1", 1, measure="killed", text="Gunman kills 1 at a warehouse."))
    [fact] = facts(a, b, c)
    assert fact.assessment == "consistent"


def test_a_vague_word_beside_none_is_no_dispute() -> None:
    # "no one was hurt" and, in one outlet, "several were checked for smoke": a vague word counts nothing
    a = art("a", claim("a1", "no one", 0, text="No one was hurt in the blaze."))
    b = art("b", claim("b1", "No one", 0, text="No one was injured."),
            claim("b2", "several", 3, qualifier="vague", text="Several residents were checked for smoke."))
    [fact] = facts(a, b)
    assert fact.assessment == "consistent"


def test_none_everywhere_agrees() -> None:
    a = art("a", claim("a1", "no one", 0, text="No one was hurt."))
    b = art("b", claim("b1", "no injuries", 0, text="There were no injuries."))
    [fact] = facts(a, b)
    assert fact.assessment == "consistent"


def test_none_at_first_and_some_a_day_later_is_a_count_that_moved() -> None:
    # the first day's outlets say no one was hurt; the next day's article recalls that and gives three
    a = art("a", claim("a1", "no one", 0, text="No one was hurt when the roof fell in."))
    b = dataclasses.replace(art("b", claim("b1", "no injuries", 0, text="There were no injuries at first."),
                                claim("b2", "three", 3, text="Three workers were later treated in hospital.")),
                            published="2024-09-15")
    [fact] = facts(a, b, art("c", claim("c1", "No one", 0, text="No one was injured, the council said.")))
    assert fact.assessment == "evolving"
