"""The loop the row-joining rules share (link/join_rows.py): a row joins the row it fits, the rows are read again."""

from __future__ import annotations

from storyline.link.join_rows import join_where
from storyline.model import Fact


def _row(*ids: str) -> Fact:
    return Fact(id=f"s:{ids[0]}", label="x", measure="count", subject_group="mixed", location=None, claims=ids,
                low=None, high=None, assessment="consistent", explanation="")


def _make(ids: list[str]) -> Fact:
    return _row(*ids)


def test_a_row_joins_the_row_it_fits_and_a_joined_row_may_take_another() -> None:
    # "a" fits any row holding "b"; "c" fits any row holding "a": both end in b's row
    def fits(lone: Fact, other: Fact) -> bool:
        return (lone.claims == ("a",) and "b" in other.claims) or (lone.claims == ("c",) and "a" in other.claims)

    joined = join_where([_row("a"), _row("b"), _row("c")], fits, make=_make)
    assert [set(r.claims) for r in joined] == [{"a", "b", "c"}]


def test_with_only_one_a_row_two_rows_fit_stays_apart() -> None:
    def fits(lone: Fact, other: Fact) -> bool:
        return lone.claims == ("a",) and other.claims != ("a",)

    assert len(join_where([_row("a"), _row("b"), _row("c")], fits, make=_make, only_one=True)) == 3
    assert len(join_where([_row("a"), _row("b"), _row("c")], fits, make=_make)) == 2
