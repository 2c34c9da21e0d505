"""Letters that IGNORECASE patterns take for ASCII ones (ı, İ, ſ, the Kelvin sign) are read as
those letters, not looked up as they are (which raised KeyError and lost the article's claims)."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

from storyline.dates import fold, resolve_date
from storyline.extract.quantities import find_quantities
from storyline.extract.timex import normalize


def test_fold_keeps_every_offset() -> None:
    text = "İZMİR, Frıday: ſix \u212am of road, and “quotes”"
    assert len(fold(text)) == len(text)
    assert fold(text) == "IZMIR, Friday: six Km of road, and “quotes”"
    plain = "nothing to change"
    assert fold(plain) is plain


def test_readers_take_the_letters_as_ascii() -> None:
    assert resolve_date("on Frıday", date(2021, 3, 10)) is not None
    assert resolve_date("on thurſday", date(2021, 3, 10))[0] == "2021-03-04"  # type: ignore[index]
    assert normalize("5 ſeconds", None) == ("DURATION", "PT5S")
    assert normalize("İN 3 DAYS", None) == normalize("in 3 days", None)
    found = find_quantities("ſeven ſoldiers were hurt")
    assert [(q.value, q.text) for q in found] == [(7.0, "ſeven")]  # the words as written


def test_an_article_with_such_letters_is_analysed(tmp_path: Path) -> None:
    from storyline import api

    text = ("Police in İzmir ſaid on Thurſday that ſeven people were killed and 12 injured.\n\n"
            "The İZMİR governor ſaid on Frıday that 40 firefighters were ſent.")
    src = tmp_path / "a.jsonl"
    src.write_text(json.dumps({"id": "a1", "title": "Blast in İzmir", "text": text,
                               "url": "https://news.example/a1", "published": "2021-03-12"}) + "\n",
                   encoding="utf-8")
    result = api.analyze([src], db=tmp_path / "s.db", jobs=1)
    assert not result.dossier.failures
    claims = result.dossier.claims
    assert {c.number_text for c in claims} >= {"ſeven", "12", "40"}
    for c in claims:
        assert c.number_text in c.text
