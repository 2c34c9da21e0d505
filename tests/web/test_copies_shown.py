"""A pile of three articles, two of them one agency's text under other outlets' headlines, run
through the whole pipeline: every view a reader sees counts the copies as one source and
names the agency."""

from __future__ import annotations

import json
from pathlib import Path

from fastapi.testclient import TestClient

from storyline import api
from storyline.report import html, terminal
from storyline.web import Settings, create_app

WIRE = [
    "HOLMBY (AFP) - A coach carrying pilgrims overturned on a mountain road near Holmby on Saturday, killing "
    "9 passengers and injuring dozens more, the provincial police said.",
    "The driver lost control on a sharp bend as the coach came down the pass in heavy fog, police said, "
    "and the vehicle rolled twice before it came to rest in a field below the road.",
    "Ambulances took the injured to the district hospital in Holmby, where doctors said several were in a "
    "serious condition and that relatives had been gathering at the gates since the afternoon.",
    "The provincial governor ordered an inquiry into the state of the road, which local people have long "
    "said is too narrow for coaches and has no barriers on the steepest stretch of the pass.",
]
OWN = [
    "Nine passengers were killed when their coach left the road above Holmby on Saturday, a nurse at the "
    "district hospital told this newspaper as families waited outside for news.",
    "Villagers who ran down to the field said they found the coach on its roof and carried the injured up "
    "the slope on blankets before the first ambulances arrived from town.",
    "The pilgrims had been travelling home from a shrine in the hills, and the nurse said the hospital had "
    "called in every doctor it could reach to treat the survivors.",
]


def pile(folder: Path) -> Path:
    day = "2024-06-01"
    rows = [{"id": "w1", "outlet": "Northern Star", "title": "Nine killed as coach overturns", "published": day,
             "text": "\n".join(WIRE)},
            {"id": "w2", "outlet": "Hill Gazette", "title": "Pilgrims' coach rolls off pass", "published": day,
             "text": "\n".join([*WIRE[:3], "By Lena Ortiz, Agence France-Presse"])},
            {"id": "o1", "outlet": "Holmby Courier", "title": "Holmby mourns pilgrims", "published": day,
             "text": "\n".join(OWN)}]
    path = folder / "pile.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    return path


def test_two_wire_copies_and_an_own_report_are_two_sources_in_every_view(tmp_path: Path) -> None:
    db = tmp_path / "s.db"
    result = api.analyze([pile(tmp_path)], db=db, jobs=1)
    story = result.dossier.stories[0]
    killed = next(f for f in story.facts if f.measure == "killed")
    assert killed.sources == 2 and killed.copies == (("w1", "w2"),) and killed.rank == 1
    wording = "3 outlets, 2 sources: 2 are copies of one AFP report"
    assert f"{killed.label} [{wording}]" in terminal.summary(result)
    assert wording in html.render(result)
    with TestClient(create_app(Settings(db=db, uploads=tmp_path / "up"))) as client:
        page = client.get(f"/stories/{story.id}").text
        assert wording in page
        first = page[page.index('id="fact-1"'):]
        assert first[:first.index("</tr>")].count(killed.label) == 1  # the first row of the table
        dossier = client.get(f"/api/stories/{story.id}").json()
        shown = next(f for f in dossier["stories"][0]["facts"] if f["id"] == killed.id)
        assert shown["sources"] == 2 and shown["copies"] == [["w1", "w2"]] and shown["rank"] == 1
        assert shown["reported_by"] == wording
