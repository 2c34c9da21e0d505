"""A bare count told of the noun the figure before it counts (link/gapped_counts.py)."""

from __future__ import annotations

import dataclasses

from storyline.link.gapped_counts import bare_row_noun, gapped_noun, name_bare_rows
from storyline.model import Article, Claim, Fact
from tests.link.made_claims import claim


def _pair(aid: str, text: str, named: tuple[str, float, str], bare: tuple[str, float]) -> tuple[Claim, Claim]:
    """A sentence's count of a named noun and its bare count after it."""
    first = claim(f"{aid}:c1", named[0], named[1], text, counted=named[2])
    second = claim(f"{aid}:c2", bare[0], bare[1], text, counted=None)
    return first, second


def _row(*claims: Claim, sources: int) -> Fact:
    return Fact(id="s:bare", label="amount", measure="count", subject_group="mixed", location=None,
                claims=tuple(c.id for c in claims), low=claims[0].value, high=claims[0].value,
                assessment="consistent", explanation="", counted=None, sources=sources)


def _mates(*claims: Claim) -> dict[tuple[str, int], list[Claim]]:
    out: dict[tuple[str, int], list[Claim]] = {}
    for c in claims:
        out.setdefault((c.article, c.start), []).append(c)
    return out


MARCH_A = _pair("a", "Police counted 8,000 marchers in the square, and the unions 25,000.", ("8,000", 8000, "marchers"),
                ("25,000", 25000))
MARCH_B = _pair("b", "Some 8,000 marchers took part by the police count, while organisers said 25,000.",
                ("8,000", 8000, "marchers"), ("25,000", 25000))


def test_a_bare_count_after_a_named_one_counts_its_noun() -> None:
    named, bare = MARCH_A
    assert gapped_noun(bare, [named, bare]) == "marchers"


def test_a_figure_between_breaks_the_gap() -> None:
    named, bare = _pair("a", "Police counted 8,000 marchers over 3 hours and 25,000 later.",
                        ("8,000", 8000, "marchers"), ("25,000", 25000))
    middle = claim("a:c3", "3", 3, named.text, measure="duration", unit="hours", counted=None)
    assert gapped_noun(bare, [named, middle, bare]) is None


def test_no_coordination_no_gap() -> None:
    named, bare = _pair("a", "The 8,000 marchers chanted 25,000 times.", ("8,000", 8000, "marchers"),
                        ("25,000", 25000))
    assert gapped_noun(bare, [named, bare]) is None


def test_a_count_with_a_noun_of_its_own_is_left_alone() -> None:
    named, _ = MARCH_A
    assert gapped_noun(named, [named]) is None


def test_two_sources_leaving_one_noun_out_name_the_row() -> None:
    claims = {c.id: c for c in (*MARCH_A, *MARCH_B)}
    row = _row(MARCH_A[1], MARCH_B[1], sources=2)
    assert bare_row_noun(row, claims, mates=_mates(*claims.values()), copies={}) == "marchers"


def test_one_source_alone_does_not_name_the_row() -> None:
    claims = {c.id: c for c in (*MARCH_A, *MARCH_B)}
    row = _row(MARCH_A[1], MARCH_B[1], sources=2)
    assert bare_row_noun(row, claims, mates=_mates(*claims.values()), copies={"b": "a"}) is None


def test_a_row_of_several_figures_is_not_named() -> None:
    other = dataclasses.replace(MARCH_B[1], value=30000.0, number_text="30,000",
                                text=MARCH_B[1].text.replace("25,000", "30,000"))
    named_b = dataclasses.replace(MARCH_B[0], text=other.text)
    claims = {c.id: c for c in (*MARCH_A, named_b, other)}
    row = _row(MARCH_A[1], other, sources=2)
    assert bare_row_noun(row, claims, mates=_mates(*claims.values()), copies={}) is None


def test_name_bare_rows_relabels_only_the_bare_row() -> None:
    claims = {c.id: c for c in (*MARCH_A, *MARCH_B)}
    bare = _row(MARCH_A[1], MARCH_B[1], sources=2)
    named = dataclasses.replace(_row(MARCH_A[0], MARCH_B[0], sources=2), id="s:named", counted="marchers")
    articles = [Article(id=a, source=f"{a}.txt", format="txt", text="x", claims=tuple(c for c in claims.values()
                                                                                     if c.article == a))
                for a in ("a", "b")]

    def rebuild(ids: list[str], noun: str) -> Fact:
        return dataclasses.replace(bare, label=f"{noun} counted")

    out = name_bare_rows([bare, named], claims, articles=articles, copies={}, rebuild=rebuild)
    assert (out[0].counted, out[0].label, out[0].claims) == ("marchers", "marchers counted", bare.claims)
    assert out[1] is named
