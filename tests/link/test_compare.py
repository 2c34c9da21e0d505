"""Outlets side by side: what each reports and its blind spots."""

from __future__ import annotations

from storyline.link.compare import compare_outlets
from storyline.model import Article, Claim, Fact, Framing, Story, TimelineEntry


def _claim(cid: str, article: str) -> Claim:
    return Claim(id=cid, article=article, start=0, end=5, text="x", number_text="5", value=5, low=5, high=5,
                 qualifier="exact", unit=None, measure="killed", subject="people", subject_group="people",
                 location=None, as_of=None, attributed_to=None)


def _fact(fid: str, claims: tuple[str, ...]) -> Fact:
    return Fact(id=fid, label=fid, measure="killed", subject_group="people", location=None, claims=claims, low=5,
                high=5, assessment="consistent", explanation="")


def test_blind_spots_are_what_two_other_outlets_report() -> None:
    arts = [Article(id=i, source=i, format="txt", text="t", outlet=o,
                    claims=tuple(_claim(f"c{i}{k}", i) for k in ks))
            for i, o, ks in [("a1", "Alpha", "12"), ("a2", "Alpha", "3"), ("b1", "Beta", "1"), ("c1", "Gamma", "1"),
                             ("d1", None, "")]]
    story = Story(id="s", title="t", articles=("a1", "a2", "b1", "c1", "d1"),
                  facts=(_fact("both", ("ca11", "cb11", "cc11")),  # Alpha, Beta, Gamma
                         _fact("alpha-only", ("ca12", "ca23"))),
                  timeline_entries=(TimelineEntry(date=None, type="x", location=None, events=(),
                                                  articles=("b1", "c1")),),
                  framing=(Framing(article="a1", outlet="Alpha", terms_for_protesters=("rioters",)),
                           Framing(article="a2", outlet="Alpha", terms_for_protesters=("rioters", "protesters"))))
    views = {v.outlet: v for v in compare_outlets(story, arts)}
    assert next(iter(views)) == "Alpha" and views["Alpha"].articles == ("a1", "a2")  # most articles first
    assert views["Alpha"].facts == ("both", "alpha-only") and views["Alpha"].missing_facts == ()
    assert views["Beta"].missing_facts == ()  # only Alpha reports "alpha-only": one outlet's word is no omission
    assert views["unknown outlet (d1)"].missing_facts == ("both",)  # three others report it
    assert views["Alpha"].missing_events == (0,) and views["Beta"].events == (0,)
    assert views["Alpha"].terms_for_protesters == ("rioters", "protesters")  # merged over its articles, once each


def test_an_outlet_in_a_language_not_read_has_no_blind_spots() -> None:
    arts = [Article(id=i, source=i, format="txt", text="t", outlet=o, language=lang,
                    claims=(_claim(f"c{i}", i),) if lang == "en" else ())
            for i, o, lang in [("a", "A", "en"), ("b", "B", "en"), ("s", "Svenska", "sv")]]
    story = Story(id="s", title="t", articles=("a", "b", "s"), facts=(_fact("f", ("ca", "cb")),))
    views = {v.outlet: v for v in compare_outlets(story, arts, parsed={"en"})}
    assert not views["Svenska"].read and views["Svenska"].missing_facts == ()
    assert views["A"].read
    assert {v.outlet: v for v in compare_outlets(story, arts)}["Svenska"].missing_facts == ("f",)


def test_two_outlets_each_blind_to_the_other() -> None:
    arts = [Article(id="a", source="a", format="txt", text="t", outlet="A", claims=(_claim("ca", "a"),)),
            Article(id="b", source="b", format="txt", text="t", outlet="B")]
    story = Story(id="s", title="t", articles=("a", "b"), facts=(_fact("f", ("ca",)),))
    views = {v.outlet: v for v in compare_outlets(story, arts)}
    assert views["B"].missing_facts == ("f",) and views["A"].missing_facts == ()
