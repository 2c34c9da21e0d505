"""A definite description's age is the person it refers to (link/main_person.py)."""

from __future__ import annotations

from storyline.link.main_person import named_ages
from storyline.link.reconcile import reconcile
from storyline.model import Article, Claim, NamedSpan, Span


def _article(aid: str, sentences: list[str], *, ages: dict[str, tuple[str, str | None]],
             names: dict[str, str]) -> Article:
    """An article of ``sentences``; ``ages`` maps a figure's text to (its sentence's first words, its
    counted noun); ``names`` maps a name's text to its label, found wherever it stands."""
    text = " ".join(sentences)
    spans, claims = [], []
    at = 0
    for s in sentences:
        spans.append(Span(start=at, end=at + len(s)))
        at += len(s) + 1
    found = []
    for name, label in names.items():
        start = text.find(name)
        while start >= 0:
            found.append(NamedSpan(start=start, end=start + len(name), label=label, text=name))
            start = text.find(name, start + 1)
    for k, (figure, (opening, counted)) in enumerate(ages.items()):
        span = next(sp for sp in spans if text[sp.start:sp.end].startswith(opening))
        sentence = text[span.start:span.end]
        claims.append(Claim(id=f"{aid}:c{k + 1}", article=aid, start=span.start, end=span.end, text=sentence,
                            number_text=figure, value=float(figure), low=float(figure), high=float(figure),
                            qualifier="exact", unit="years", measure="age", subject=counted,
                            subject_group="people", location=None, as_of=None, attributed_to=None, counted=counted,
                            number_start=span.start + sentence.find(figure)))
    return Article(id=aid, source=f"{aid}.txt", format="txt", text=text, published="2025-05-02", outlet=aid,
                   sentences=tuple(spans), names=tuple(sorted(found, key=lambda n: n.start)), claims=tuple(claims))


def _counted(articles: list[Article]) -> list[str | None]:
    return [c.counted for a in named_ages(articles) for c in a.claims]


def test_a_definite_descriptor_gives_the_age_of_the_person_named_with_it_elsewhere() -> None:
    told = _article("x", ["Court papers say Mira Dalgaard, 61, left the firm in March."],
                    ages={"61": ("Court papers", "Mira Dalgaard")}, names={"Mira Dalgaard": "PERSON"})
    descr = _article("y", ["Mira Dalgaard resigned on Tuesday.", "The 62-year-old Dane has denied any fault."],
                     ages={"62": ("The 62", "dane")}, names={"Mira Dalgaard": "PERSON", "Dane": "NORP"})
    assert _counted([told, descr]) == ["Mira Dalgaard", "Mira Dalgaard"]
    facts = reconcile([told, descr], story="s")
    assert any({"x:c1", "y:c1"} <= set(f.claims) for f in facts)  # one age, told before and after a birthday


def test_a_bare_definite_age_and_a_role_noun_are_the_person_too() -> None:
    told = _article("x", ["Pilot Oren Vasquez, 39, landed the plane."], ages={"39": ("Pilot", "Oren Vasquez")},
                    names={"Oren Vasquez": "PERSON"})
    descr = _article("y", ["Oren Vasquez flew for twenty years.", "The 39-year-old said the gear failed.",
                           "The 40-year-old aviator was praised."],
                     ages={"39": ("The 39", None), "40": ("The 40", "aviator")}, names={"Oren Vasquez": "PERSON"})
    assert _counted([told, descr]) == ["Oren Vasquez", "Oren Vasquez", "Oren Vasquez"]


def test_an_indefinite_description_brings_in_someone_new() -> None:
    told = _article("x", ["Tessa Lund, 44, owns the bakery."], ages={"44": ("Tessa", "Tessa Lund")},
                    names={"Tessa Lund": "PERSON"})
    descr = _article("y", ["Tessa Lund called the police.", "A 44-year-old baker was hurt in the fire."],
                     ages={"44": ("A 44", "baker")}, names={"Tessa Lund": "PERSON"})
    assert _counted([told, descr]) == ["Tessa Lund", "baker"]


def test_a_name_after_the_age_or_an_age_of_nobody_named_is_left_alone() -> None:
    told = _article("x", ["Bruno Keel, 30, won the final."], ages={"30": ("Bruno", "Bruno Keel")},
                    names={"Bruno Keel": "PERSON", "Ivo Stan": "PERSON"})
    other = _article("y", ["Bruno Keel beat Ivo Stan.", "The 31-year-old champion Stan had led early.",
                           "The 52-year-old coach watched."],
                     ages={"31": ("The 31", "champion"), "52": ("The 52", "coach")},
                     names={"Bruno Keel": "PERSON", "Ivo Stan": "PERSON"})
    assert _counted([told, other]) == ["Bruno Keel", "champion", "coach"]


def test_two_persons_of_about_that_age_or_another_named_just_before_leave_it_unclear() -> None:
    told = _article("x", ["Ana Ruiz, 25, and Lena Holt, 26, were hired."],
                    ages={"25": ("Ana Ruiz", "Ana Ruiz"), "26": ("Ana Ruiz", "Lena Holt")},
                    names={"Ana Ruiz": "PERSON", "Lena Holt": "PERSON"})
    descr = _article("y", ["Ana Ruiz joined in May.", "The 25-year-old engineer starts soon."],
                     ages={"25": ("The 25", "engineer")}, names={"Ana Ruiz": "PERSON", "Lena Holt": "PERSON"})
    assert _counted([told, descr])[-1] == "engineer"
    alone = _article("x", ["Ana Ruiz, 25, was hired."], ages={"25": ("Ana Ruiz", "Ana Ruiz")},
                     names={"Ana Ruiz": "PERSON", "Carl Brandt": "PERSON"})
    between = _article("y", ["Ana Ruiz hired Carl Brandt last week.", "The 25-year-old engineer starts soon."],
                       ages={"25": ("The 25", "engineer")}, names={"Ana Ruiz": "PERSON", "Carl Brandt": "PERSON"})
    assert _counted([alone, between])[-1] == "engineer"
