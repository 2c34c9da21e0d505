"""One weight told in two units agrees; two weights far apart in two units clash."""

from __future__ import annotations

from storyline.link.weights import in_two_units, join_bare, kilograms
from storyline.model import Claim, Fact


def weight(number_text: str, value: float, unit: str | None, n: int = 1) -> Claim:
    sentence = f"Customs seized {number_text} {unit or ''} of heroin."
    return Claim(id=f"a:c{n}", article="a", start=0, end=len(sentence), text=sentence, number_text=number_text,
                 value=value, low=value, high=value, qualifier="exact", unit=unit, measure="count", subject=None,
                 subject_group="not_people", location=None, as_of=None, attributed_to=None, counted=unit,
                 role="objects", number_start=sentence.index(number_text))


def test_a_weight_in_kilograms() -> None:
    assert kilograms(weight("4.3", 4.3, "tonnes")) == 4300.0
    assert kilograms(weight("4,300", 4300.0, "kilograms")) == 4300.0
    assert kilograms(weight("12", 12.0, "containers")) is None
    assert kilograms(weight("12", 12.0, None)) is None


def test_two_units_of_mass_are_compared_by_weight() -> None:
    assert in_two_units(weight("4.3", 4.3, "tonnes"), weight("4,300", 4300.0, "kilograms", 2))
    assert not in_two_units(weight("4.3", 4.3, "tonnes"), weight("4.1", 4.1, "tonnes", 2))  # one unit: as written
    assert not in_two_units(weight("4.3", 4.3, "tonnes"), weight("40", 40.0, "containers", 2))


def _told(cid: str, number_text: str, value: float, text: str) -> Claim:
    return Claim(id=cid, article=cid.split(":")[0], start=0, end=len(text), text=text, number_text=number_text,
                 value=value, low=value, high=value, qualifier="exact", unit="tonnes", measure="weight", subject=None,
                 subject_group="not_people", location="Harwick", as_of=None, attributed_to=None, counted="tonnes",
                 role="objects", number_start=text.index(number_text))


def _row(counted: str, *claims: Claim) -> Fact:
    return Fact(id=f"s:{claims[0].id}", label=f"{counted} (weight)", measure="weight", subject_group="not_people",
                location="Harwick", claims=tuple(c.id for c in claims), low=claims[0].value, high=claims[0].value,
                assessment="consistent", explanation="", counted=counted, sources=len(claims))


PHENOL = [_told(f"{x}:c1", "12", 12, "An estimated 12 tonnes of phenol leaked.") for x in "ab"]
FISH = [_told(f"{x}:c2", "3", 3, "About 3 tonnes of dead fish were collected.") for x in "ab"]
BARE = [_told(f"{x}:c3", "12", 12, "Of the 12 tonnes, most reached the river.") for x in "cd"]
OTHER = [_told(f"{x}:c4", "40", 40, "The tank held 40 tonnes.") for x in "cd"]


def test_a_weight_told_by_its_unit_alone_joins_the_named_weight_it_restates() -> None:
    every = {c.id: c for c in (*PHENOL, *FISH, *BARE, *OTHER)}

    def make(ids: list[str]) -> Fact:
        return _row("tonnes of phenol", *(every[i] for i in ids))

    rows = [_row("tonnes of phenol", *PHENOL), _row("tonnes of dead fish", *FISH), _row("tonnes", *BARE),
            _row("tonnes", *OTHER)]
    joined = [set(f.claims) for f in join_bare(rows, every, make=make)]
    assert {"a:c1", "b:c1", "c:c3", "d:c3"} in joined  # "the 12 tonnes" are the phenol's
    assert {"c:c4", "d:c4"} in joined and {"a:c2", "b:c2"} in joined  # another figure, another thing: apart
    twice = [_row("tonnes of phenol", *PHENOL), _row("tonnes of chlorine", *(_told(f"{x}:c5", "12", 12,
             "Some 12 tonnes of chlorine leaked.") for x in "ef")), _row("tonnes", *BARE)]
    every |= {f"{x}:c5": _told(f"{x}:c5", "12", 12, "Some 12 tonnes of chlorine leaked.") for x in "ef"}
    assert len(join_bare(twice, every, make=make)) == 3  # which of the two it restates stays unknown
