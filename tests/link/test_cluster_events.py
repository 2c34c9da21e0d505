"""Stories: same topic is not same event (issue 20) — what a headline says happened."""

from __future__ import annotations

from pathlib import Path

import pytest

from storyline.extract.embed import embed_stage
from storyline.link import cluster
from storyline.link.cluster import Clustering, event_words, profile
from storyline.model import Article
from storyline.store.sqlite import SQLiteStore


def item(aid: str, text: str) -> Article:
    """A short undated item: a title line and a one- or two-sentence lead, no publication date."""
    return embed_stage(Article(id=aid, source=f"{aid}.txt", format="txt", title=None, text=text, published=None,
                               language="en"))


def test_event_words_read_the_kind_of_happening_with_its_synonyms() -> None:
    ruling = ["Appeals panel strikes down the county's rent cap", "Judge blocks rent freeze in Marlow",
              "Court rules Marlow rent cap unlawful", "Rent cap struck down by state judges"]
    announcement = ["Marlow council unveils rent cap for older flats", "County announces two-year rent freeze",
                    "Mayor proposes cap on rent rises"]
    assert all(event_words(t)[:1] == ["decide"] for t in ruling), [event_words(t) for t in ruling]
    assert all(event_words(t)[:1] == ["announce"] for t in announcement), [event_words(t) for t in announcement]
    # a phrase is read before its words: "passed away" is a death, not a vote that passed
    assert event_words("Veteran singer Ada Moss passed away at 91") == ["death"]
    assert event_words("Senate passes the housing bill") == ["approve"]
    assert event_words("A quiet afternoon in the park") == []


def test_the_profile_keeps_the_headline_kinds_first_then_the_lead_and_its_cues() -> None:
    p = profile(item("x", "Union to hold strike vote next week\nRail staff will vote on Monday on a walkout over pay."))
    head, lead = p.event[:p.event.index("|")], p.event[p.event.index("|") + 1:]
    assert head == ("approve",)  # the vote; "hold" is not "holds" (rates held)
    assert "walkout" in lead and "approve" not in lead and "~future" in lead and "~monday" in lead
    assert profile(item("y", "A quiet afternoon in the park\nNothing of note.")).event == ()


# Two events of one topic, three outlets each, no dates: a city's ban on short-term lets
# announced, and, later, a court striking it down. The names and topic words are shared;
# what happened differs.
ANNOUNCED = [
    ("n1", "Brenmouth unveils curbs on short-term holiday lets in the old town\n"
           "Mayor Ines Kolar said on Tuesday that flats in the historic centre may no longer be let to tourists "
           "for less than 30 days. Owners have six months to comply."),
    ("n2", "Kolar unveils holiday let ban to free up homes for locals\n"
           "Brenmouth's mayor announced limits on short stays in the old town, saying rents had doubled. "
           "Letting platforms must remove listings by spring."),
    ("n3", "Brenmouth to outlaw tourist flats in historic centre, angering owners\n"
           "The city's plan to stop short-term letting in the old town drew protests from landlords. "
           "Kolar said families were being priced out of Brenmouth."),
]
STRUCK = [
    ("r1", "Court strikes down Brenmouth curbs on holiday lets\n"
           "A regional court ruled that the city exceeded its powers when it barred short-term lets in the old town. "
           "Mayor Ines Kolar said Brenmouth would appeal."),
    ("r2", "Judges overturn Kolar's short-let ban in Brenmouth old town\n"
           "Landlords cheered as the court threw out the restrictions on letting flats to tourists. "
           "The ruling takes effect at once."),
    ("r3", "Brenmouth holiday let ban ruled unlawful\n"
           "The court found the city had no authority to stop owners in the historic centre from letting to tourists. "
           "Kolar called the decision a blow to local families."),
]


def test_one_topic_two_events_come_apart_on_what_happened(monkeypatch: pytest.MonkeyPatch) -> None:
    profiles = [profile(item(aid, text)) for aid, text in ANNOUNCED + STRUCK]
    monkeypatch.setattr(cluster, "EVENT_RATIO", 0.0)  # the event split off: the topic holds them together
    merged = Clustering([], {}).add(profiles)
    assert len(set(merged.values())) == 1
    monkeypatch.undo()
    stories = Clustering([], {}).add(profiles)
    assert len({stories[a] for a, _ in ANNOUNCED}) == 1
    assert len({stories[a] for a, _ in STRUCK}) == 1
    assert stories["n1"] != stories["r1"]


def test_a_missing_kind_of_happening_is_neither_a_match_nor_a_mismatch() -> None:
    texts = [("a", "Court strikes down Brenmouth ban\nThe ruling came on Friday."),
             ("b", "Brenmouth bans holiday lets\nThe mayor announced the ban on Tuesday."),
             ("c", "Brenmouth and its landlords\nThe old town has long been a magnet for visitors.")]
    clustering = Clustering([profile(item(aid, text)) for aid, text in texts], {})
    happened = clustering._happened(["a", "b", "c"])
    assert happened[0, 1] == -1.0  # a ruling and an announcement: unrelated kinds
    assert happened[0, 2] == 0.0 and happened[1, 2] == 0.0  # the third names no kind: no evidence either way
    assert clustering._happened(["a", "a"])[0, 1] == 1.0


def test_related_kinds_are_not_evidence_of_two_events() -> None:
    texts = [("a", "Two held over killing of Dorn shopkeeper\nPolice arrested two men on Sunday."),
             ("b", "Dorn shopkeeper shot dead in robbery\nThe owner of a corner shop was killed on Saturday.")]
    clustering = Clustering([profile(item(aid, text)) for aid, text in texts], {})
    assert clustering._happened(["a", "b"])[0, 1] == 1.0  # an arrest and the killing it follows: one story


def test_the_event_words_are_stored_with_the_profile(tmp_path: Path) -> None:
    store = SQLiteStore(tmp_path / "s.db")
    a = item("n1", ANNOUNCED[0][1])
    run = store.begin_run(["x"])
    store.save(articles=[a], run=run)
    (stored,) = store.profiles(["n1"])
    assert stored.event == profile(a).event and "announce" in stored.event
