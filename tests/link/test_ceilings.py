"""When "as many as N" disputes a lower figure (link/ceilings.py), alone and read through reconcile."""

import math
from dataclasses import dataclass

from storyline.link.ceilings import estimate_top, falls_short
from storyline.link.reconcile import interval, reconcile
from storyline.model import Article, Claim, Fact


def claim(cid: str, number_text: str, value: float, *, qualifier: str = "exact", measure: str = "killed",
          unit: str | None = "people", counted: str | None = None, span: tuple[float, float] | None = None
          ) -> Claim:
    low = value if qualifier in ("exact", "at_least", "more_than", "about") else None
    high = value if qualifier in ("exact", "almost", "up_to") else None
    if span:
        low, high = span
    return Claim(id=cid, article=cid[0], start=0, end=10, text=f"… {number_text} …", number_text=number_text,
                 value=value, low=low, high=high, qualifier=qualifier, unit=unit, measure=measure, subject=None,
                 subject_group="mixed", location="Valland", as_of=None, attributed_to=None, counted=counted)


@dataclass(frozen=True)
class Report:
    claim: Claim
    low: float
    high: float


def told(c: Claim) -> Report:
    low, high = interval(c)
    return Report(c, low, high)


def test_an_estimate_told_as_as_many_as_names_its_top() -> None:
    assert estimate_top(told(claim("a1", "as many as 140", 140, qualifier="up_to")))
    assert estimate_top(told(claim("a1", "as much as $3 million", 3e6, qualifier="up_to", unit="USD")))
    assert not estimate_top(told(claim("a1", "up to 140", 140, qualifier="up_to")))  # a ceiling, not an estimate
    assert not estimate_top(told(claim("a1", "at most 140", 140, qualifier="up_to")))
    assert not estimate_top(told(claim("a1", "140", 140)))


def test_a_firm_figure_well_under_the_estimate_is_another_figure() -> None:
    many = told(claim("a1", "as many as 140", 140, qualifier="up_to"))
    assert falls_short(many, told(claim("b1", "118", 118)))
    assert falls_short(told(claim("b1", "about 90", 90, qualifier="about")), many)  # either order
    assert falls_short(many, told(claim("b1", "between 80 and 100", 90, qualifier="range", span=(80, 100))))


def test_a_figure_the_estimate_reaches_is_the_same_figure() -> None:
    many = told(claim("a1", "as many as 140", 140, qualifier="up_to"))
    assert not falls_short(many, told(claim("b1", "140", 140)))
    assert not falls_short(many, told(claim("b1", "137", 137)))  # within a twentieth: rounded up
    assert not falls_short(many, told(claim("b1", "about 130", 130, qualifier="about")))  # its range reaches it
    assert not falls_short(many, told(claim("b1", "more than 100", 100, qualifier="more_than")))  # a floor
    assert not falls_short(many, told(claim("b1", "dozens", math.nan, qualifier="vague")))
    assert not falls_short(many, told(claim("b1", "as many as 90", 90, qualifier="up_to")))
    assert not falls_short(many, told(claim("b1", "118", 118, unit="tonnes")))  # another unit


def test_a_ceiling_told_as_up_to_is_left_alone() -> None:
    # "up to ten hours of battery life" beside "eight hours": a specification's top, under which the other sits
    ceiling = told(claim("a1", "up to ten", 10, qualifier="up_to", measure="duration", unit="hours"))
    assert not falls_short(ceiling, told(claim("b1", "eight", 8, measure="duration", unit="hours")))


def art(aid: str, *claims: Claim) -> Article:
    return Article(id=aid, source=f"{aid}.txt", format="txt", text=f"Story {aid} of its own.",
                   published="2024-09-14", outlet=f"Outlet {aid}", claims=claims)


def facts(*articles: Article) -> list[Fact]:
    return list(reconcile(articles, story="s"))


def test_a_row_with_an_estimate_above_the_others_count_is_a_dispute() -> None:
    # two outlets count 118 dead in the landslide; a third quotes a mayor: as many as 140
    rows = facts(art("a", claim("a1", "118", 118)), art("b", claim("b1", "118", 118)),
                 art("c", claim("c1", "as many as 140", 140, qualifier="up_to")))
    [fact] = rows
    assert fact.assessment == "conflicting"


def test_a_row_with_an_estimate_the_others_reach_stays_consistent() -> None:
    rows = facts(art("a", claim("a1", "140", 140)), art("b", claim("b1", "about 140", 140, qualifier="about")),
                 art("c", claim("c1", "as many as 140", 140, qualifier="up_to")))
    [fact] = rows
    assert fact.assessment == "consistent"


def test_a_row_under_a_ceiling_told_as_up_to_stays_consistent() -> None:
    rows = facts(art("a", claim("a1", "118", 118)), art("b", claim("b1", "118", 118)),
                 art("c", claim("c1", "up to 140", 140, qualifier="up_to")))
    [fact] = rows
    assert fact.assessment == "consistent"
