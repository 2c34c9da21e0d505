"""A row's one odd figure, far from the one independent outlets agree on, is another quantity read in
(link/assessed.py): the row is consistent; a near figure, one off, told on another day, or given
where the agreeing outlets are one source, is still a conflict."""

import dataclasses

from storyline.link.assessed import head_noun as _head
from storyline.link.assessed import odd_one, typical
from storyline.link.reconcile import _clash, _Report, reconcile
from storyline.model import Article, Claim, Fact


def claim(cid: str, number_text: str, value: float, *, text: str, measure: str = "count",
          unit: str = "lifeboats") -> Claim:
    return Claim(id=cid, article=cid[0], start=0, end=len(text), text=text, number_text=number_text, value=value,
                 low=value, high=value, qualifier="exact", unit=unit, measure=measure, subject=None,
                 subject_group="not_people", location="Carrow", as_of=None, attributed_to=None, counted=unit,
                 role="objects")


def art(aid: str, *claims: Claim, published: str = "2024-05-02") -> Article:
    return Article(id=aid, source=f"{aid}.txt", format="txt", text=f"Report {aid}, in this outlet's own words.",
                   published=published, outlet=f"Outlet {aid}", claims=claims)


def facts(*articles: Article) -> list[Fact]:
    return list(reconcile(articles, story="s"))


def agreeing(value: float, words: str) -> list[Article]:
    return [art("a", claim("a1", words, value, text=f"The crew launched {words} lifeboats as the ferry listed.")),
            art("b", claim("b1", words, value, text=f"Sailors lowered {words} lifeboats into the swell.")),
            art("c", claim("c1", words, value, text=f"By dawn {words} lifeboats had reached the harbour."))]


def test_a_figure_far_from_the_agreed_one_is_set_aside() -> None:
    # three outlets: twelve lifeboats launched; a fourth counts the boats the whole fleet carries
    fleet = art("d", claim("d1", "40", 40, text="The line's ferries carry 40 lifeboats between them."))
    [fact] = facts(*agreeing(12, "12"), fleet)
    assert fact.assessment == "consistent"
    assert "Set aside: 40 (d)" in fact.explanation


def test_a_far_smaller_figure_is_set_aside_too() -> None:
    # the other way: outlets agree on 30 trucks; one gives the 4 that were still burning at noon
    trucks = [art(a, claim(f"{a}1", "30", 30, unit="trucks", text=f"About the convoy ({a}): 30 trucks were hit."))
              for a in "abc"]
    noon = art("d", claim("d1", "four", 4, unit="trucks", text="Four trucks were still burning at noon."))
    [fact] = facts(*trucks, noon)
    assert fact.assessment == "consistent" and "Set aside: four (d)" in fact.explanation


def test_a_near_figure_is_still_a_conflict() -> None:
    # 12 against 15: writers who tell one count differently stay this near; a reader calls it a dispute
    other = art("d", claim("d1", "15", 15, text="Fifteen lifeboats were launched, a passenger said."))
    [fact] = facts(*agreeing(12, "12"), other)
    assert fact.assessment == "conflicting"


def test_one_apart_is_a_conflict_however_small() -> None:
    # "two" against "three" is half as much again, but a miscount of one thing, not another quantity
    other = art("d", claim("d1", "two", 2, text="Only two lifeboats got away, a survivor said."))
    [fact] = facts(*agreeing(3, "three"), other)
    assert fact.assessment == "conflicting"


def test_two_odd_outlets_are_a_conflict() -> None:
    # when two articles each disagree, there is no single stray figure to set aside
    d = art("d", claim("d1", "40", 40, text="Forty lifeboats were launched, the coastguard said."))
    e = art("e", claim("e1", "three", 3, text="Only three lifeboats were launched, a sailor said."))
    [fact] = facts(*agreeing(12, "12")[:2], d, e)
    assert fact.assessment == "conflicting"


def test_an_odd_figure_of_another_day_is_left_to_time() -> None:
    # told two days after every other: time may explain it, so it is no stray figure
    later = art("d", claim("d1", "40", 40, text="In all, 40 lifeboats have now been launched."), published="2024-05-04")
    [fact] = facts(*agreeing(12, "12"), later)
    assert fact.assessment == "evolving"  # not set aside: a count higher a later day moved (link/rising_days.py)


def _reports(*articles: Article) -> list[_Report]:
    return [_Report(claim=c, outlet=c.article, when=None, low=c.value or 0.0, high=c.value or 0.0)
            for a in articles for c in a.claims]


def test_agreeing_copies_of_one_text_set_nothing_aside() -> None:
    # the agreeing articles are copies of one wire text: one source against one, a plain dispute
    reports = _reports(*agreeing(12, "12")[:2], art("d", claim("d1", "40", 40, text="Forty were launched.")))
    fits = lambda a, b: not _clash(a, b)  # noqa: E731
    assert odd_one(reports, fits=fits, source={}, when=lambda r: r.when)
    assert not odd_one(reports, fits=fits, source={"a": "a", "b": "a"}, when=lambda r: r.when)


def test_none_against_some_is_never_set_aside() -> None:
    reports = _reports(*agreeing(12, "12"), art("d", claim("d1", "no", 0, text="No lifeboats were launched.")))
    zero = [dataclasses.replace(r, low=0.0, high=0.0) if r.claim.value == 0 else r for r in reports]
    assert not odd_one(zero, fits=lambda a, b: not _clash(a, b), source={}, when=lambda r: r.when)


def test_a_far_toll_is_still_a_dispute() -> None:
    # what was done to people is told by its verb: "twelve rescued" against "forty rescued" is one toll disputed
    rescued = [art(a, claim(f"{a}1", "12", 12, measure="rescued", unit="people",
                            text=f"Crews rescued 12 people from the ferry ({a}).")) for a in "abc"]
    far = art("d", claim("d1", "40", 40, measure="rescued", unit="people", text="Forty people were rescued."))
    assert [f.assessment for f in facts(*rescued, far)] == ["conflicting"]


# --- the noun a row is named by ----------------------------------------------------------------------


def named(cid: str, counted: str, text: str) -> Claim:
    return dataclasses.replace(claim(cid, "four", 4, text=text), counted=counted, unit=counted.split()[-1])


def test_the_noun_most_articles_use_names_the_row() -> None:
    # three outlets call them boats, each with its own adjective; one outlet says "dinghies" twice
    claims = [named("a1", "boats", "Four boats were stopped at the river mouth."),
              named("b1", "fishing boats", "Coast guards held four fishing boats."),
              named("c1", "wooden boats", "Four wooden boats were towed to port."),
              named("d1", "dinghies", "Four dinghies were seized."),
              named("d2", "dinghies", "The four dinghies carried no flags.")]
    assert typical(claims).counted in ("boats", "fishing boats", "wooden boats")


def test_a_complement_or_bracket_is_not_the_head() -> None:
    # "crates of grain" counts crates, like "crates"; "wins (4-2)" counts wins
    claims = [named("a1", "crates of grain", "Four crates of grain were lost."),
              named("b1", "crates", "Four crates went overboard."),
              named("c1", "tonnes", "Four tonnes were lost."),
              named("c2", "tonnes", "The four tonnes were insured.")]
    assert typical(claims).counted in ("crates of grain", "crates")
    assert _head("wins (4-2)") == "win" and _head("crates of grain") == "crate"


def test_when_nouns_tie_the_most_common_phrase_stands() -> None:
    # two articles each: the phrase told most often keeps the row's name
    claims = [named("a1", "ferries", "Four ferries were cancelled."),
              named("a2", "ferries", "The four ferries stayed in port."),
              named("b1", "ferries", "Four ferries did not sail."),
              named("c1", "sailings", "Four sailings were called off."),
              named("d1", "sailings", "Four sailings were cancelled.")]
    assert typical(claims).counted == "ferries"
