"""A wire's figure that three outlets or more republish early in their copies is shown, one source still
(reconcile._tabulated, WIRE_SPREAD): a count of things one outlet alone gives stays a claim."""

from __future__ import annotations

from storyline.link.reconcile import reconcile
from storyline.model import Article, Claim
from tests.link.made_claims import things

WIRE = ("A sinkhole about 25 metres wide opened beneath a busy avenue on Monday and swallowed three cars and two "
        "motorcycles, the city's disaster agency said, adding that nobody had been hurt in the collapse.")
OWN = ("Residents of the avenue said the road had been sinking for weeks before it gave way on Monday morning, "
       "and that repeated complaints to the water utility had gone unanswered by officials.")


def _article(aid: str, text: str, *claims: Claim) -> Article:
    return Article(id=aid, source=f"{aid}.txt", format="txt", text=text, published="2025-03-10", outlet=aid,
                   claims=claims)


def _cars(aid: str) -> Claim:
    return things(f"{aid}:1", "three", 3, WIRE, "cars", did="swallowed")


def _shown(articles: list[Article]) -> set[str]:
    return {c for f in reconcile(articles, story="s") for c in f.claims}


def test_a_wire_count_republished_by_three_outlets_is_shown_as_one_source() -> None:
    copies = [_article(a, WIRE, _cars(a)) for a in ("a", "b", "c")]
    facts = reconcile([*copies, _article("d", OWN)], story="s")
    row = next(f for f in facts if "a:1" in f.claims)
    assert row.sources == 1 and row.assessment == "single_source"  # three copies are no three confirmations
    assert {"a:1", "b:1", "c:1"} <= set(row.claims) | set(row.repeats)


def test_the_same_count_in_two_copies_or_one_article_stays_a_claim() -> None:
    assert not _shown([_article(a, WIRE, _cars(a)) for a in ("a", "b")] + [_article("d", OWN)])
    assert not _shown([_article("a", WIRE, _cars("a")), _article("d", OWN)])
