"""A wire dateline is parsed apart from the sentence it opens (extract/nlp.py ``DATELINE``): run into the
sentence, the parser hangs the sentence's subject on the city; sentences written for these tests."""

from __future__ import annotations

import pytest

from storyline.extract import nlp
from tests.extract.read_claims import figures, read


@pytest.fixture(scope="module", autouse=True)
def _parser() -> None:
    nlp.setup()


@pytest.mark.parametrize("text", [
    "GOPENG, Malaysia (Pan-Asia Wire) - Sixteen people, 14 students and two teachers, were trapped in a cave "
    "after a flash flood on Saturday, officials said.",
    "IPOH, Nov 17 (Nusantara) - Sixteen people, 14 students and two teachers, were trapped in a cave after a "
    "flash flood on Saturday, officials said.",
])
def test_the_sentence_after_a_dateline_keeps_its_own_subject(text: str) -> None:
    assert figures(text)["Sixteen"].counted_as == "trapped"
    article = read(text)
    body = text.index("Sixteen")
    assert not any(s.start < body < s.end for s in article.sentences)  # the dateline is no part of the sentence


def test_a_dateline_s_places_are_still_names() -> None:
    names = {n.text: n.label for n in read("GOPENG, Malaysia (Pan-Asia Wire) - Sixteen people were trapped.").names}
    assert names.get("Malaysia") == "GPE"


@pytest.mark.parametrize("line", [
    "GOPENG, Malaysia (Pan-Asia Wire) - ",
    "NAIROBI, Nov 5 (EANA) - ",
    "LYON, France — ",
    "MASBATE CITY - ",
    "CONSTANȚA, Romania, Sept 16 (Black Sea Wire) - ",  # capitals beyond ASCII: a comma-below T
    "BOGOTÁ, Colombia — ",
    "ŁÓDŹ - ",
    "SÃO PAULO, Brazil (Sul Wire) - ",
])
def test_datelines_are_recognised(line: str) -> None:
    assert nlp.DATELINE.match(line + "Police said.")


@pytest.mark.parametrize("line", [
    "Police said the toll - 12 dead - was final.",
    "UN - the word - appears here.",  # no capitals-only city of two letters and more before a comma or a dash
    "The fire (in Leeds) - officials said - spread.",
])
def test_other_openings_are_no_datelines(line: str) -> None:
    match = nlp.DATELINE.match(line)
    assert match is None or match.group(0).strip().isupper(), line
