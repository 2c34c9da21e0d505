"""The stage contract, run over every registered stage (scikit-learn's check_estimator idea)."""

import contextlib
import dataclasses

import pytest

from storyline.errors import PipelineError, StageError
from storyline.model import Article, Document
from storyline.pipeline import DEFAULT_STAGES, Pipeline, Stage
from tests.conftest import ARTICLE

SAMPLES = [
    Article(id="empty", source="e.txt", format="txt", text=""),
    Article(id="plain", source="p.txt", format="txt", text=ARTICLE, title="Floods"),
    Article(id="web", source="w.html", format="html", text=ARTICLE, url="https://www.bbc.co.uk/news/x",
            language="en"),
]


@pytest.mark.parametrize("stage", DEFAULT_STAGES, ids=lambda s: s.name)
@pytest.mark.parametrize("article", SAMPLES, ids=lambda a: a.id)
def test_stage_contract(stage: Stage, article: Article) -> None:
    out = stage.run(article)
    assert out == stage.run(article), "stages are deterministic"
    assert out.text == article.text, "only cleaning may change the text"
    changed = {f.name for f in dataclasses.fields(Article) if getattr(out, f.name) != getattr(article, f.name)}
    assert changed <= stage.assigns, f"{stage.name} changed undeclared fields {changed - stage.assigns}"


def test_pipeline_checks_stage_order_when_built() -> None:
    needs_claims = Stage(name="facts", run=lambda a: a, requires=frozenset({"claims"}), assigns=frozenset())
    with pytest.raises(PipelineError, match="'facts' needs \\['claims'\\]"):
        Pipeline([needs_claims])
    bad_assign = Stage(name="x", run=lambda a: a, requires=frozenset(), assigns=frozenset({"nonsense"}))
    with pytest.raises(PipelineError, match="unknown fields"):
        Pipeline([bad_assign])


def test_a_failing_stage_names_itself_and_the_article() -> None:
    def boom(a: Article) -> Article:
        raise ValueError("bad input")

    pipe = Pipeline([Stage(name="boom", run=boom, requires=frozenset({"text"}), assigns=frozenset())])
    with pytest.raises(StageError, match="stage 'boom' failed on article 'd1'"):
        pipe(Document(id="d1", source="d1.txt", format="txt", body=ARTICLE))


def test_pipeline_is_deterministic_end_to_end() -> None:
    doc = Document(id="d1", source="d1.txt", format="txt", body=" date 2024-02-03 Floods\n\nShare\n" + ARTICLE,
                   has_date_prefix=True)
    first, second = Pipeline()(doc), Pipeline()(doc)
    assert first == second
    assert first.title == "Floods" and first.published == "2024-02-03" and first.language == "en"


def test_an_over_long_article_is_cut_with_a_warning() -> None:
    from storyline.pipeline import CLEAN_STAGES, MAX_ARTICLE_CHARS, capped
    paragraphs = [f"Crews in district {i} counted {i * 7} damaged houses and {i % 13} flooded schools by the evening "
                  f"of day {i}, the district {i} council said in its report number {i * 3}." for i in range(4000)]
    doc = Document(id="long", source="long.txt", format="txt", body="\n\n".join(paragraphs))
    cut = capped(doc)
    assert MAX_ARTICLE_CHARS // 2 < len(cut.body) <= MAX_ARTICLE_CHARS and doc.body.startswith(cut.body)
    assert cut.body.endswith(".")  # at a line break, not mid-word
    article = Pipeline(CLEAN_STAGES)(doc)
    assert len(article.text) <= MAX_ARTICLE_CHARS
    assert any(w.startswith("article cut to its first") for w in article.warnings)
    short = Pipeline(CLEAN_STAGES)(Document(id="s", source="s.txt", format="txt", body=ARTICLE))
    assert not any("cut" in w for w in short.warnings)


def _slow(seconds: float) -> Stage:
    import time

    def run(a: Article) -> Article:
        deadline = time.monotonic() + seconds
        while time.monotonic() < deadline:  # busy, as a runaway regular expression or parse would be
            with contextlib.suppress(Exception):  # a stage's own broad handler must not swallow the budget
                sum(range(10_000))
        return a

    return Stage(name="slow", run=run, requires=frozenset({"text"}), assigns=frozenset())


def test_an_article_over_its_time_budget_fails_with_one_line_and_the_next_one_runs() -> None:
    import time

    pipe = Pipeline([_slow(30.0)], seconds=0.3)
    started = time.monotonic()
    with pytest.raises(StageError, match=r"stage 'slow' failed on article 'd1': took more than 0\.3 s") as caught:
        pipe(Document(id="d1", source="d1.txt", format="txt", body=ARTICLE))
    assert time.monotonic() - started < 5
    assert "\n" not in str(caught.value)
    quick = Pipeline([_slow(0.0)], seconds=0.3)
    assert quick(Document(id="d2", source="d2.txt", format="txt", body=ARTICLE)).id == "d2"
    time.sleep(0.5)  # the timer was cleared: nothing fires after the article is done


def test_the_budget_is_read_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("STORYLINE_ARTICLE_SECONDS", "2.5")
    assert Pipeline([]).seconds == 2.5
    monkeypatch.setenv("STORYLINE_ARTICLE_SECONDS", "soon")
    assert Pipeline([]).seconds == 60.0


def test_a_text_longer_than_the_cap_is_cut_with_a_warning() -> None:
    body = "The river rose through the night and the town was evacuated. " * 40
    out = Pipeline([], max_chars=1000)(Document(id="long", source="l.txt", format="txt", body=body))
    assert len(out.text) <= 1000
    assert any("cut to its first" in w and f"{len(body):,}" in w for w in out.warnings)
    whole = Pipeline([])(Document(id="short", source="s.txt", format="txt", body=body))
    assert not any("cut to" in w for w in whole.warnings)
