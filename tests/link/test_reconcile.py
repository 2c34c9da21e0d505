from storyline.link.reconcile import interval, reconcile
from storyline.link.stories import build_stories, complete_years
from storyline.model import Article, Claim


def claim(cid: str, article: str, number_text: str, value: float | None, *, qualifier: str = "exact",
          low: float | None = None, high: float | None = None, measure: str = "killed", group: str = "mixed",
          as_of: str | None = None, location: str | None = "Valland", unit: str = "people",
          source: str | None = None) -> Claim:
    if qualifier == "exact":
        low = high = value
    return Claim(id=cid, article=article, start=0, end=10, text="…", number_text=number_text, value=value, low=low,
                 high=high, qualifier=qualifier, unit=unit, measure=measure, subject=None, subject_group=group,
                 location=location, as_of=as_of, attributed_to=source)


def art(aid: str, *claims: Claim, published: str | None = "2024-03-15", outlet: str | None = None) -> Article:
    return Article(id=aid, source=f"{aid}.txt", format="txt", text="…", published=published, outlet=outlet,
                   claims=claims)


def assessments(*articles: Article) -> dict[str, str]:
    return {f.label: f.assessment for f in reconcile(articles, story="s")}


def test_interval_of_each_qualifier() -> None:
    assert interval(claim("c", "a", "almost 4,000", 4000, qualifier="almost", high=4000)) == (3600, 4000)
    assert interval(claim("c", "a", "dozens", None, qualifier="vague")) == (24, 199)
    assert interval(claim("c", "a", "50–65", None, qualifier="range", low=50, high=65)) == (50, 65)


def test_rising_tally_is_evolving_and_same_figure_consistent() -> None:
    early = art("a", claim("a1", "a", "12", 12, as_of="2024-03-14", source="agency"), outlet="One")
    late = art("b", claim("b1", "b", "more than 19", 19, qualifier="more_than", low=19, as_of="2024-03-16",
                          source="the agency"), outlet="Two")
    facts = reconcile([early, late], story="s")
    assert [f.assessment for f in facts] == ["evolving"]
    assert "rise from 12 on 2024-03-14 to more than 19 on 2024-03-16" in facts[0].explanation
    same = art("c", claim("c1", "c", "12", 12, as_of="2024-03-14"))
    assert list(assessments(early, same).values()) == ["consistent"]


def test_same_time_incompatible_figures_conflict() -> None:
    a = art("a", claim("a1", "a", "748", 748, measure="injured", group="security_forces", as_of="2024-03-15"))
    b = art("b", claim("b1", "b", "at least 784", 784, qualifier="at_least", low=784, measure="injured",
                       group="security_forces", as_of="2024-03-15"))
    assert list(assessments(a, b).values()) == ["conflicting"]


def test_look_alike_figures_stay_apart() -> None:
    killed = art("a", claim("a1", "a", "18", 18, group="security_forces"))
    hurt = art("b", claim("b1", "b", "18", 18, measure="injured", group="protesters"))
    elsewhere = art("c", claim("c1", "c", "7", 7, measure="injured", group="protesters", location="Northtown"))
    facts = reconcile([killed, hurt, elsewhere, art("d", claim("d1", "d", "x", 1, location="Valland"))], story="s")
    assert sorted((f.measure, f.subject_group, f.location or "") for f in facts) == [
        ("injured", "protesters", "Northtown"), ("injured", "protesters", "Valland"), ("killed", "mixed", "Valland"),
        ("killed", "security_forces", "Valland")]
    assert all(f.assessment == "single_source" for f in facts if f.measure == "injured")


def test_missing_year_comes_from_the_story_and_is_recorded() -> None:
    undated = art("u", claim("u1", "u", "23", 23, as_of="XXXX-03-14"), published=None)
    dated = art("d", claim("d1", "d", "23", 23), published="2024-03-16")
    done = {a.id: a for a in complete_years([undated, dated])}
    assert done["u"].claims[0].as_of == "2024-03-14"
    assert any(e.field == "as_of year" for e in done["u"].evidence)
    far = art("f", claim("f1", "f", "1", 1, as_of="XXXX-09-01"), published=None)
    assert complete_years([far, dated])[0].claims[0].as_of == "XXXX-09-01"  # not plausible: left unknown


def test_one_story_holds_every_article() -> None:
    articles, stories = build_stories([art("a", claim("a1", "a", "1", 1)), art("b")])
    assert len(stories) == 1 and stories[0].articles == ("a", "b") and len(articles) == 2


def test_counts_of_different_things_stay_apart() -> None:
    import dataclasses

    evacuated = dataclasses.replace(claim("a1", "a", "3,200", 3200, measure="count"), counted_as="evacuated")
    missing = dataclasses.replace(claim("b1", "b", "40", 40, measure="count"), counted_as="missing")
    again = dataclasses.replace(claim("c1", "c", "about 3,400", 3400, qualifier="about", measure="count"),
                                counted_as="evacuated")
    facts = reconcile([art("a", evacuated), art("b", missing), art("c", again)], story="s")
    assert sorted((f.label, f.assessment) for f in facts) == [
        ("people (all sides) evacuated in Valland", "consistent"), ("people (all sides) missing in Valland",
                                                                    "single_source")]
