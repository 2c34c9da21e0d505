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
    return Article(id=aid, source=f"{aid}.txt", format="txt", text="… people …", published=published, outlet=outlet,
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
    killed = art("a", role(claim("a1", "a", "18", 18, group="security_forces"), "security_forces"))
    dead = art("e", role(claim("e1", "e", "40", 40), "victims"))
    hurt = art("b", role(claim("b1", "b", "18", 18, measure="injured"), "victims"))
    facts = reconcile([killed, dead, hurt], story="s")
    assert sorted((f.measure, f.role) for f in facts) == [
        ("injured", "victims"), ("killed", "security_forces"), ("killed", "victims")]
    assert all(f.assessment == "single_source" for f in facts)


def role(c: Claim, who: str, counted: str = "people") -> Claim:
    import dataclasses

    return dataclasses.replace(c, role=who, counted=counted)


def test_nested_places_are_one_toll_and_a_part_set_apart_is_a_sub_event() -> None:
    # one article gives Northtown's toll beside the total: Northtown is a part, not a conflict
    total = role(claim("a1", "a", "40", 40, location="Valland"), "victims")
    part = role(claim("a2", "a", "7", 7, location="Northtown"), "victims")
    other = art("b", role(claim("b1", "b", "40", 40, location="Valland"), "victims"))
    again = art("c", role(claim("c1", "c", "7", 7, location="Northtown"), "victims"))
    facts = {f.scope: f for f in reconcile([art("a", total, part), other, again], story="s")}
    assert set(facts) == {None, "in Northtown"}
    assert facts[None].assessment == "consistent" and facts["in Northtown"].part_of == facts[None].id
    assert "not a conflict" in facts["in Northtown"].explanation


def test_a_figure_repeated_in_one_article_is_one_report() -> None:
    headline = role(claim("a1", "a", "40", 40), "victims")
    body = role(claim("a2", "a", "40", 40), "victims")
    fact = reconcile([art("a", headline, body)], story="s")[0]
    assert fact.claims == ("a1",) and fact.repeats == ("a2",) and fact.assessment == "single_source"


def test_copies_of_one_wire_text_are_one_source() -> None:
    wire = ("The storm flooded the river valley overnight and rescuers searched the villages along the banks "
            "for people trapped in their homes while the water kept rising through the morning hours.")
    one = Article(id="a", source="a.txt", format="txt", text="Storm hits valley\n" + wire, title="Storm hits valley",
                  claims=(role(claim("a1", "a", "12", 12), "victims"),))
    two = Article(id="b", source="b.txt", format="txt", text="Twelve dead in floods\n" + wire + " By A. Writer.",
                  title="Twelve dead in floods", claims=(role(claim("b1", "b", "12", 12), "victims"),))
    fact = reconcile([one, two], story="s")[0]
    assert fact.sources == 1 and fact.copies == (("a", "b"),) and fact.assessment == "single_source"
    apart = Article(id="c", source="c.txt", format="txt", text="Another outlet wrote its own account of the flood.",
                    claims=(role(claim("c1", "c", "12", 12), "victims"),))
    fact = reconcile([one, two, apart], story="s")[0]
    assert fact.sources == 2 and fact.assessment == "consistent"


def test_background_figures_are_left_out_of_the_table() -> None:
    import dataclasses

    far = dataclasses.replace(claim("a1", "a", "55 kilometres", 55, measure="distance", unit="kilometres"),
                              role="objects")
    old = dataclasses.replace(role(claim("a2", "a", "230,000", 230000), "victims"),
                              text="The 2004 tsunami killed 230,000 people.")
    toll = role(claim("a3", "a", "24", 24), "victims")
    facts = reconcile([art("a", far, old, toll, published="2013-07-03")], story="s")
    assert [f.claims for f in facts] == [("a3",)]


def test_a_story_without_protest_has_no_protesters() -> None:
    pirates = role(claim("a1", "a", "26", 26, measure="detained", group="protesters"), "perpetrators", "pirates")
    fact = reconcile([art("a", pirates)], story="s")[0]
    assert fact.subject_group == "unspecified" and fact.label.startswith("pirates detained")
    assert fact.role == "perpetrators" and fact.counted == "pirates"


def test_amounts_of_money_group_by_size_across_currencies() -> None:
    import dataclasses

    def money(cid: str, text: str, value: float, unit: str) -> Claim:
        return dataclasses.replace(claim(cid, cid[0], text, value, measure="money", unit=unit), role="objects")

    facts = reconcile([art("a", money("a1", "€2m", 2e6, "EUR")), art("b", money("b1", "$2.6m", 2.6e6, "USD")),
                       art("c", money("c1", "€80m", 8e7, "EUR")), art("d", money("d1", "€80m", 8e7, "EUR"))],
                      story="s")
    assert sorted(len(f.claims) for f in facts) == [2, 2]


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

    def count(cid: str, text: str, value: float, did: str, **kw: object) -> Claim:
        c = claim(cid, cid[0], text, value, measure="count", **kw)  # type: ignore[arg-type]
        return dataclasses.replace(role(c, "other"), counted_as=did)

    facts = reconcile([art("a", count("a1", "3,200", 3200, "evacuated")), art("b", count("b1", "40", 40, "missing")),
                       art("c", count("c1", "about 3,400", 3400, "evacuated", qualifier="about"))], story="s")
    assert sorted((f.label, f.assessment) for f in facts) == [
        ("people evacuated in Valland", "consistent"), ("people missing in Valland", "single_source")]


def test_a_toll_each_day_s_articles_put_higher_is_evolving() -> None:
    # the figures' own dates are the disaster's ("killed 30 in the flood that struck on Monday"); what orders
    # them is the day each article came out, and each article's toll is its largest figure
    monday = art("a", claim("a1", "a", "at least 4", 4, qualifier="at_least", low=4, as_of="2024-03-11"),
                 claim("a2", "a", "two", 2, as_of="2024-03-11"), published="2024-03-11", outlet="One")
    tuesday = art("b", claim("b1", "b", "17", 17, as_of="2024-03-11"), published="2024-03-12", outlet="Two")
    later = art("c", claim("c1", "c", "30", 30, as_of="2024-03-11"), published="2024-03-13", outlet="Three")
    undated = art("d", claim("d1", "d", "9", 9), published=None, outlet="Four")
    facts = reconcile([monday, tuesday, later, undated], story="s")
    assert [f.assessment for f in facts] == ["evolving"]
    assert "17 on 2024-03-12" in facts[0].explanation
    # a later day's article that gives less than an earlier one's: the order does not explain it
    lower = art("e", claim("e1", "e", "3", 3, as_of="2024-03-11"), published="2024-03-13", outlet="Five")
    assert list(assessments(monday, tuesday, lower).values()) == ["conflicting"]
    # a later day that merely repeats the figure is no rise
    same = art("f", claim("f1", "f", "4", 4, as_of="2024-03-11"), published="2024-03-12", outlet="Six")
    nine = art("g", claim("g1", "g", "9", 9, as_of="2024-03-11"), published="2024-03-11", outlet="Seven")
    assert list(assessments(nine, same).values()) == ["conflicting"]


def test_a_vague_word_is_a_rough_size_unless_a_figure_lies_far_outside_it() -> None:
    def vague(cid: str, article: str, word: str, low: float, high: float) -> Claim:
        return claim(cid, article, word, None, qualifier="vague", low=low, high=high, measure="injured")
    ten = art("a", claim("a1", "a", "ten", 10, measure="injured"), outlet="One")
    several = art("b", vague("b1", "b", "several", 3, 9), outlet="Two")
    assert list(assessments(ten, several).values()) == ["consistent"]  # "several" and ten: rough, not a clash
    dozens = art("c", vague("c1", "c", "dozens", 24, 199), outlet="Three")
    eight = art("d", claim("d1", "d", "eight", 8, measure="injured"), outlet="Four")
    assert list(assessments(dozens, eight).values()) == ["conflicting"]  # far below what "dozens" allows
    thousand = art("e", claim("e1", "e", "over a thousand", 1000, qualifier="more_than", low=1000,
                              measure="injured"), outlet="Five")
    assert list(assessments(dozens, thousand).values()) == ["conflicting"]  # far above it
