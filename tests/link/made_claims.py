"""Claims, articles and reports made by hand for the fact-grouping tests: every claim is set in Harwick,
one article per outlet."""

from __future__ import annotations

from storyline.link.reconcile import _Report, _Unit, interval
from storyline.model import Article, Claim, Fact


def claim(cid: str, number_text: str, value: float, text: str, *, measure: str = "count", unit: str = "people",
          counted: str | None = "people", did: str | None = None, role: str = "victims",
          qualifier: str = "exact") -> Claim:
    high = value if qualifier == "exact" else None
    return Claim(id=cid, article=cid.split(":")[0], start=0, end=len(text), text=text, number_text=number_text,
                 value=value, low=value, high=high, qualifier=qualifier, unit=unit, measure=measure, subject=None,
                 subject_group="mixed", location="Harwick", as_of=None, attributed_to=None, counted=counted,
                 counted_as=did, role=role)


def art(aid: str, *claims: Claim) -> Article:
    return Article(id=aid, source=f"{aid}.txt", format="txt", text=f"{aid}: an account written by this outlet alone.",
                   published="2025-03-02", outlet=aid, claims=claims)


def modifier(cid: str, number_text: str, value: float, text: str, *, counted: str | None, measure: str = "other",
             unit: str | None = None) -> Claim:
    """A figure the claim reader took for a modifier of one thing ("a nine-storey tower"): measure "other", the
    thing as its counted noun, set in Valland."""
    return Claim(id=cid, article=cid.split(":")[0], start=0, end=len(text), text=text, number_text=number_text,
                 value=value, low=value, high=value, qualifier="exact", unit=unit or counted, measure=measure,
                 subject=None, subject_group="not_people", location="Valland", as_of=None, attributed_to=None,
                 counted=counted, role="objects")


def told(aid: str, *claims: Claim, published: str = "2024-05-02") -> Article:
    """An outlet's article made of its claims' sentences."""
    return Article(id=aid, source=f"{aid}.txt", format="txt", text=" ".join(c.text for c in claims),
                   published=published, outlet=aid, claims=claims)


def things(cid: str, number_text: str, value: float, text: str, counted: str, *, did: str | None = None,
           measure: str = "count", qualifier: str = "exact", unit: str | None = None) -> Claim:
    return claim(cid, number_text, value, text, measure=measure, unit=unit or counted.split()[-1], counted=counted,
                 did=did, role="objects", qualifier=qualifier)


def groups(facts: tuple[Fact, ...]) -> list[set[str]]:
    """Each fact's claims, with the figures its articles repeat."""
    return sorted((set(f.claims) | set(f.repeats) for f in facts), key=sorted)


def report(c: Claim) -> _Report:
    """A claim as reconcile holds it: its outlet is its article, its range the one ``interval`` reads."""
    low, high = interval(c)
    return _Report(claim=c, outlet=c.article, when=None, low=low, high=high)


def unit(*claims: Claim) -> _Unit:
    """A row of these claims' reports, with no parts."""
    return _Unit(total=[report(c) for c in claims], parts={})


def ids(u: _Unit) -> set[str]:
    return {r.claim.id for r in u.total}


def said(text: str, number_text: str, *, measure: str = "count", unit: str | None = None,
         counted: str | None = None, did: str | None = None, n: int = 1) -> Claim:
    """A figure of things told in one sentence of article ``a{n}``, placed nowhere (the label tests)."""
    return Claim(id=f"a{n}:c1", article=f"a{n}", start=0, end=len(text), text=text, number_text=number_text,
                 value=1.0, low=1.0, high=1.0, qualifier="exact", unit=unit, measure=measure, subject=None,
                 subject_group="not_people", location=None, as_of=None, attributed_to=None, counted=counted,
                 counted_as=did, role="objects", number_start=text.index(number_text))


def shown_row(*claims: Claim, part_of: str | None = None) -> Fact:
    """A shown row of the claims, as the rules that join rows after the gate see it (set in Harwick)."""
    first = claims[0]
    return Fact(id=f"s:{first.id}", label=first.counted or "amount", measure=first.measure, subject_group="mixed",
                location="Harwick", claims=tuple(c.id for c in claims), low=first.low, high=first.high,
                assessment="consistent", explanation="", counted=first.counted, role=first.role, part_of=part_of,
                sources=len({c.article for c in claims}))


def joined_row(ids: list[str]) -> Fact:
    """The row a join makes of its claims' ids (``make``), re-judged."""
    return Fact(id="s:joined", label="joined", measure="detained", subject_group="mixed", location="Harwick",
                claims=tuple(ids), low=None, high=None, assessment="evolving", explanation="re-judged",
                sources=len({i.split(":")[0] for i in ids}))
