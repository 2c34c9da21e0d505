import json
import re

from hypothesis import given, settings
from hypothesis import strategies as st

from storyline.api import Analysis
from storyline.model import SCHEMA, Article, Dossier, Evidence, Failure, RemovedLine
from storyline.report import html, json_codec, terminal

text = st.text(alphabet=st.characters(codec="utf-8", exclude_categories=("Cs",)), max_size=60)
opt = st.none() | text
articles = st.builds(
    Article, id=text.filter(bool), source=text, format=st.sampled_from(["txt", "html", "jsonl"]), text=text,
    title=opt, url=opt, outlet=opt, language=opt, translated_from=opt, published=opt,
    removed=st.lists(st.builds(RemovedLine, text=text, reason=text, line_no=st.none() | st.integers(1, 999)),
                     max_size=3).map(tuple),
    evidence=st.lists(st.builds(Evidence, field=text, value=text, source=text, text=opt), max_size=3).map(tuple),
    warnings=st.lists(text, max_size=2).map(tuple), encoding=opt, content_hash=text)


@settings(max_examples=100, deadline=None)
@given(st.lists(articles, max_size=4), st.lists(st.builds(Failure, source=text, reason=text, stage=text), max_size=2))
def test_json_round_trip(arts: list[Article], fails: list[Failure]) -> None:
    dossier = Dossier(articles=tuple(arts), failures=tuple(fails))
    assert json_codec.from_dict(json.loads(json_codec.dumps(dossier))) == dossier


def test_json_keeps_the_spec_names() -> None:
    a = Article(id="x", source="x.txt", format="txt", text="Body.", removed=(RemovedLine(text="Share", reason="r"),))
    out = json_codec.to_dict(Dossier(articles=(a,)))
    assert out["schema"] == SCHEMA
    for key in ("articles", "entities", "claims", "events", "times", "quotes", "stories"):
        assert isinstance(out[key], list)
    assert {"id", "source", "outlet", "language", "published", "title", "text", "removed"} <= set(out["articles"][0])
    assert out["articles"][0]["removed"] == ["Share"]


HOSTILE = '<script>alert("x")</script><img src=x onerror=alert(1)>'


def analysis() -> Analysis:
    art = Article(id="evil", source="in/evil.html", format="html", title=HOSTILE, text=f"First.\n\n{HOSTILE}",
                  outlet=HOSTILE, removed=(RemovedLine(text=HOSTILE, reason="interface string", line_no=3),),
                  evidence=(Evidence(field="outlet", value=HOSTILE, source="page stamp", text='"><b>'),))
    return Analysis(dossier=Dossier(articles=(art,)), new=["evil"], files=1,
                    failures=[Failure(source="<b>bad</b>.txt", reason="file is empty")], store="s.db")


def test_html_report_escapes_scraped_text_and_is_self_contained() -> None:
    page = html.render(analysis())
    assert "<script>" not in page and "<img" not in page and "<b>bad</b>" not in page
    assert "&lt;script&gt;" in page
    # nothing is loaded from elsewhere: no external src/href, no @import, no url() to the web
    assert not re.search(r"""(?:src|href)=["']?(?:https?:)?//""", page)
    assert "@import" not in page and "url(http" not in page


def test_terminal_summary_names_failures() -> None:
    out = terminal.summary(analysis())
    assert "1 article(s) from 1 file(s)" in out
    assert "✗ <b>bad</b>.txt: file is empty" in out
    assert "1 line(s) removed" in out


def test_terminal_and_report_show_blind_spots() -> None:
    from storyline.model import Fact, OutletView, Story

    fact = Fact(id="f1", label="people evacuated in Marsk", measure="evacuated", subject_group="people",
                location="Marsk", claims=(), low=1, high=1, assessment="consistent", explanation="")
    story = Story(id="s1", title="Flood", articles=("a", "b"), facts=(fact,),
                  outlets=(OutletView(outlet="Alpha", articles=("a",), facts=("f1",)),
                           OutletView(outlet="Beta", articles=("b",), missing_facts=("f1",), missing_events=(0, 1)),
                           OutletView(outlet="Gamma", articles=("c",), read=False)))
    arts = tuple(Article(id=i, source=i, format="txt", text="t", outlet=o) for i, o in [("a", "Alpha"), ("b", "Beta")])
    result = Analysis(dossier=Dossier(articles=arts, stories=(story,)))
    out = terminal.summary(result)
    assert "Beta: 0 | people evacuated in Marsk, 2 timeline entries" in out
    assert "Alpha: 1 | —" in out and "Gamma: 0 | its language is not parsed" in out
    page = html.render(result)
    assert "Outlets side by side" in page and "people evacuated in Marsk" in page and "language not parsed" in page


def test_terminal_and_report_show_sources_and_quotes() -> None:
    from storyline.model import OutletView, Quote, Source, Story

    quote = Quote(id="a:q1", article="a", start=0, end=9, speaker="Anna Koval", text="All safe.", direct=True,
                  cue="said", speaker_text="the president", source_type="official")
    sources = (Source(name="Anna Koval", category="official", quotes=("a:q1",)),
               Source(name="Reuters", category="agency", claims=("a:c1", "a:c2")))
    story = Story(id="s1", title="Flood", articles=("a",),
                  outlets=(OutletView(outlet="Alpha", articles=("a",), sources=sources, figures_asserted=1,
                                      figures_credited=2, quotes_direct=1, hedges=("reportedly", "Reportedly")),
                           OutletView(outlet="Beta", articles=("b",))))
    arts = (Article(id="a", source="a", format="txt", text="All safe. <b>x</b>", outlet="Alpha", quotes=(quote,)),)
    result = Analysis(dossier=Dossier(articles=arts, stories=(story,), quotes=(quote,)))
    out = terminal.summary(result)
    assert "Alpha: agency 2, official 1 | 1/2 | 1/0 | reportedly ×2" in out
    page = html.render(result)
    assert "Who is quoted" in page and "“All safe.”" in page and "as “the president”" in page
    assert 'href="#q-a-0"' in page and 'id="q-a-0"' in page  # the quote links to its place in the article
