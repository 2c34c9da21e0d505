"""When two outlets' figures agree although their words differ (link/assess.py), read through reconcile."""

import dataclasses

from storyline.link.assess import floor_names, with_unit
from storyline.link.reconcile import reconcile
from storyline.model import Article, Claim, Fact


def claim(cid: str, number_text: str, value: float, *, qualifier: str = "exact", measure: str = "killed",
          unit: str = "people", text: str = "…", counted: str | None = None) -> Claim:
    low = value if qualifier in ("exact", "at_least", "more_than", "about") else None
    high = value if qualifier in ("exact", "almost") else None
    return Claim(id=cid, article=cid[0], start=0, end=10, text=text, number_text=number_text, value=value, low=low,
                 high=high, qualifier=qualifier, unit=unit, measure=measure, subject=None, subject_group="mixed",
                 location="Valland", as_of=None, attributed_to=None, counted=counted)


def art(aid: str, *claims: Claim, published: str | None = None) -> Article:
    return Article(id=aid, source=f"{aid}.txt", format="txt", text=f"Story {aid} of its own.", published=published,
                   outlet=f"Outlet {aid}", claims=claims)


def facts(*articles: Article) -> list[Fact]:
    return list(reconcile(articles, story="s"))


# --- a floor that names the other's figure ---------------------------------------------------

def test_a_floor_names_the_figure_it_starts_at_and_no_other() -> None:
    three = claim("a1", "three", 3)
    assert floor_names(claim("b1", "at least three", 3, qualifier="at_least"), three)
    assert floor_names(claim("b1", "at least 3", 3, qualifier="at_least"),
                       claim("c1", "at least three", 3, qualifier="at_least"))
    assert not floor_names(claim("b1", "more than three", 3, qualifier="more_than"), three)  # excludes three
    assert not floor_names(claim("b1", "at least four", 4, qualifier="at_least"), three)
    assert not floor_names(claim("b1", "three", 3), three)  # two figures, no floor: compared as they are
    assert not floor_names(claim("b1", "at least three", 3, qualifier="at_least", unit="troops"), three)


def test_a_hedged_toll_agrees_with_the_plain_one_whatever_else_an_article_gives() -> None:
    # one outlet hedges ("at least three miners died"); another says three, and its row also holds a figure
    # that is not the toll (one of them died in hospital): the two outlets vouch for one toll
    hedged = art("a", claim("a1", "at least three", 3, qualifier="at_least"), published="2024-05-02")
    plain = art("b", claim("b1", "three", 3), claim("b2", "one", 1), published="2024-05-02")
    other = art("c", claim("c1", "Three", 3), published="2024-05-03")
    [fact] = facts(hedged, plain, other)
    assert fact.assessment == "consistent"
    assert "compatible figures" in fact.explanation and "still being made" not in fact.explanation


def test_a_floor_above_a_lone_figure_is_still_no_agreement() -> None:
    # "at least five" against "two", with no figure both give: not one toll
    floor = art("a", claim("a1", "at least five", 5, qualifier="at_least"))
    low = art("b", claim("b1", "two", 2))
    [fact] = facts(floor, low)
    assert fact.assessment != "consistent"
    more = art("c", claim("c1", "more than three", 3, qualifier="more_than"))
    also = art("d", claim("d1", "three", 3), claim("d2", "one", 1))
    [fact] = facts(more, also)
    assert fact.assessment != "consistent"  # "more than three" is not three, so the 'one' beside it stands


# --- a rough figure in another unit ------------------------------------------------------------

def duration(cid: str, number_text: str, value: float, unit: str, *, qualifier: str = "exact") -> Claim:
    return claim(cid, number_text, value, qualifier=qualifier, measure="duration", unit=unit,
                 text="The repair took that long.")


def distance(cid: str, number_text: str, value: float, unit: str, *, qualifier: str = "exact") -> Claim:
    return dataclasses.replace(claim(cid, number_text, value, qualifier=qualifier, measure="distance", unit=unit,
                                     text="The ferry ran aground that far from the harbour."), role="objects")


def test_roughly_a_week_agrees_with_eight_days() -> None:
    week = art("a", duration("a1", "roughly one", 1, "weeks", qualifier="about"))
    days = art("b", duration("b1", "eight", 8, "days"))
    again = art("c", duration("c1", "8", 8, "days"))
    [fact] = facts(week, days, again)
    assert fact.assessment == "consistent"
    # the reader sees each figure with its unit, so "compatible" can be checked
    assert "roughly one week (" in fact.explanation and "eight days (" in fact.explanation


def test_a_rough_figure_too_far_in_another_unit_still_conflicts() -> None:
    # "about two weeks" reaches 16 days at most: not the 21 days another outlet gives, nor three weeks
    fortnight = art("a", duration("a1", "about two", 2, "weeks", qualifier="about"))
    days = art("b", duration("b1", "21", 21, "days"))
    weeks = art("c", duration("c1", "three", 3, "weeks"))
    table = facts(fortnight, days, weeks)
    assert not any(f.assessment == "consistent" and "a1" in f.claims for f in table)
    assert [(f.claims, f.assessment) for f in table if "b1" in f.claims] == [(("b1", "c1"), "consistent")]


def test_about_three_miles_reaches_five_and_a_half_km_but_an_exact_three_does_not() -> None:
    about = art("a", distance("a1", "about three", 3, "miles", qualifier="about"))
    km = art("b", distance("b1", "5.5", 5.5, "km"))
    assert [f.assessment for f in facts(about, km)] == ["consistent"]
    exact = art("c", distance("c1", "three", 3, "miles"))
    assert [f.assessment for f in facts(exact, km)] == ["conflicting"]


def test_a_figure_keeps_its_words_and_gains_only_a_missing_unit() -> None:
    assert with_unit(duration("a1", "roughly one", 1, "weeks", qualifier="about")) == "roughly one week"
    assert with_unit(duration("a1", "eight days", 8, "days")) == "eight days"
    assert with_unit(distance("a1", "12", 12, "km")) == "12 km"
    assert with_unit(claim("a1", "seven", 7, unit="")) == "seven"


# --- what a consistent row holds beside its agreed figure ----------------------------------------

def test_a_figure_told_beside_the_agreed_one_is_named_in_the_explanation() -> None:
    # "a gunman shot four, killing two": the four is read into the toll's row, but the articles agree on two
    shot = art("a", claim("a1", "two", 2), claim("a2", "four", 4))
    also = art("b", claim("b1", "Two", 2))
    again = art("c", claim("c1", "both", 2))
    [fact] = facts(shot, also, again)
    assert fact.assessment == "consistent"
    assert fact.explanation.endswith("not as another count of it: four (a).")
    # rows whose figures all fit one another say nothing more
    [plain] = facts(art("d", claim("d1", "at least 12", 12, qualifier="at_least")), art("e", claim("e1", "12", 12)))
    assert plain.assessment == "consistent" and "beside" not in plain.explanation
