"""Stories: look-alike events apart, one event across languages, new articles joining stored stories."""

from __future__ import annotations

import dataclasses
import functools
import shutil
from pathlib import Path

import numpy as np
import pytest

from storyline import api
from storyline.extract.embed import embed_stage
from storyline.link import cluster
from storyline.link.cluster import Clustering, _bisect, _parts, _same_days, profile
from storyline.link.stories import summary
from storyline.model import Article

EXAMPLES = Path(__file__).resolve().parents[2] / "examples" / "tyrne-dam"

QUAKE_2004 = [
    ("q1", "2004-12-27", "Quake off Sumatra kills thousands",
     "A magnitude 9.1 earthquake off the coast of Sumatra triggered a tsunami that struck Aceh province, "
     "Indonesia's disaster agency said on Monday. Officials in Banda Aceh said the death toll passed 4,000 "
     "as waves hit Sri Lanka and Thailand in 2004."),
    ("q2", "2004-12-28", "Tsunami toll climbs in Aceh",
     "The toll from Sunday's tsunami in Aceh rose sharply, Indonesian officials said, after the magnitude 9.1 "
     "earthquake off Sumatra. Rescuers in Banda Aceh and Meulaboh pulled bodies from the rubble in 2004."),
]
QUAKE_2018 = [
    ("q3", "2018-09-29", "Quake and tsunami hit Palu on Sulawesi",
     "A magnitude 7.5 earthquake struck Central Sulawesi, and a tsunami swept into the city of Palu, "
     "Indonesia's disaster agency said on Saturday. Officials in Palu and Donggala counted 384 dead in 2018."),
    ("q4", "2018-09-30", "Palu death toll rises after Sulawesi tsunami",
     "The death toll in Palu rose to 832 after the magnitude 7.5 earthquake and tsunami on Sulawesi, "
     "the disaster agency said. Rescuers searched collapsed hotels in Palu and Donggala in 2018."),
]


def article(aid: str, published: str, title: str, text: str, language: str = "en") -> Article:
    a = Article(id=aid, source=f"{aid}.txt", format="txt", title=title, text=text, published=published,
                language=language)
    return embed_stage(a)


def test_look_alike_events_stay_apart() -> None:
    articles = [article(*row) for row in QUAKE_2004 + QUAKE_2018]
    stories = Clustering([], {}).add([profile(a) for a in articles])
    assert stories["q1"] == stories["q2"]
    assert stories["q3"] == stories["q4"]
    assert stories["q1"] != stories["q3"]


def test_new_articles_join_stored_stories_without_reclustering() -> None:
    first = [article(*row) for row in (QUAKE_2004[0], QUAKE_2018[0])]
    clustering = Clustering([], {})
    before = clustering.add([profile(a) for a in first])
    stored = [profile(a) for a in first]
    later = Clustering(stored, before)  # a later run: the stored stories, as they were
    after = later.add([profile(article(*row)) for row in (QUAKE_2004[1], QUAKE_2018[1])])
    assert after == {"q2": before["q1"], "q4": before["q3"]}


def test_summary_sentences_cite_the_articles_that_bear_them_out() -> None:
    articles = [article(*row) for row in QUAKE_2018]
    sentences = summary(articles, size=2)
    assert sentences
    for s in sentences:
        assert s.text in next(a.text for a in articles if a.id == s.articles[0])
    assert any(len(s.articles) == 2 for s in sentences)


def test_an_article_in_another_language_joins_its_story_and_a_second_run_says_what_changed(tmp_path: Path) -> None:
    pile = tmp_path / "pile"
    pile.mkdir()
    for name in ("marsk-herald.txt", "kuriren-nord.html", "riverside-daily.html"):
        shutil.copy(EXAMPLES / name, pile / name)
    other = pile / "palu.txt"
    other.write_text("\n\n".join(t for *_, title, t in [(*row[:2], row[2], f"{row[2]}\n\n{row[3]}")
                                                       for row in QUAKE_2018]), encoding="utf-8")
    db = tmp_path / "s.db"
    first = api.analyze([pile], db=db, jobs=1)
    by_article = {a: s.id for s in first.dossier.stories for a in s.articles}
    assert by_article["kuriren-nord"] == by_article["marsk-herald"] == by_article["riverside-daily"]  # sv joins en
    assert by_article["palu"] != by_article["marsk-herald"]
    assert all(c.is_new for c in first.changes)

    for name in ("nordpress-wire.jsonl", "eastbank-live.txt"):
        shutil.copy(EXAMPLES / name, pile / name)
    second = api.analyze([pile], db=db, jobs=1)
    dam = next(s for s in second.dossier.stories if "marsk-herald" in s.articles)
    assert dam.id == by_article["marsk-herald"]  # the stored story grew; nothing was re-clustered
    change = next(c for c in second.changes if c.story == dam.id)
    assert not change.is_new and set(change.new_articles) == {"nordpress-0314-1", "nordpress-0316-1", "eastbank-live"}
    moved = [f.describe() for f in change.figures]
    assert any("→" in line or "new:" in line for line in moved), moved
    palu = next(c for c in second.changes if c.story == by_article["palu"])
    assert not palu.changed


# Two arrests of one club's players, weeks apart: the same club, city, charge and words;
# the player, his position, the road and the figures differ.
ARREST_A = [
    ("a1", "2021-03-02", "Harbour City Sharks striker Tomas Varga arrested on suspicion of drink-driving",
     "Harbour City Sharks striker Tomas Varga was arrested on suspicion of drink-driving early on Monday, police said. "
     "Varga, 24, was stopped on the Kellner Bridge after his car hit a barrier. The Sharks said the club was "
     "aware of the arrest and would not comment further. Varga is the league's top scorer with 14 goals."),
    ("a2", "2021-03-02", "Sharks' Varga held after Kellner Bridge crash",
     "Police arrested Sharks striker Tomas Varga after his car struck a barrier on the Kellner Bridge. "
     "Officers said Varga failed a breath test. The Harbour City Sharks said they were aware of the arrest. "
     "Varga, the top scorer with 14 goals, is expected to play on Saturday."),
    ("a3", "2021-03-03", "Varga charged with drink-driving, Sharks striker to appear in court",
     "Tomas Varga, the Harbour City Sharks striker, was charged with drink-driving after the crash on the "
     "Kellner Bridge, prosecutors said. The 24-year-old top scorer will appear in court next month. "
     "The Sharks said Varga would train with the team."),
]
ARREST_B = [
    ("b1", "2021-03-09", "Sharks goalkeeper Liam Okafor arrested for drink-driving",
     "Liam Okafor, the Harbour City Sharks goalkeeper and captain, spent Sunday night in a police cell after "
     "officers stopped him at a checkpoint on Dockside Avenue. Okafor, 31, refused a breath test, police said. "
     "The Sharks confirmed the arrest of their captain."),
    ("b2", "2021-03-09", "Okafor: Sharks captain refused breath test at Dockside checkpoint",
     "The Harbour City Sharks captain Liam Okafor refused a breath test at a Dockside Avenue checkpoint and was "
     "arrested, according to a police statement. The veteran goalkeeper has kept nine clean sheets this season."),
    ("b3", "2021-03-10", "Sharks keep Okafor in goal despite drink-driving charge",
     "Prosecutors charged Sharks goalkeeper Liam Okafor with drink-driving and refusing a breath test. "
     "The club said its 31-year-old captain, stopped at the Dockside Avenue checkpoint, would keep his place "
     "in goal on Saturday."),
]


def test_a_story_holding_two_look_alike_events_is_split_in_two() -> None:
    articles = [article(*row) for row in ARREST_A + ARREST_B]
    profiles = [profile(a) for a in articles]
    first_pass = Clustering([], {})
    first_pass._split = lambda story_ids: []  # type: ignore[method-assign]
    merged = first_pass.add(profiles)
    assert len(set(merged.values())) == 1  # the look-alikes share enough words to be put together at first
    stories = Clustering([], {}).add(profiles)
    assert len({stories[a] for a in ("a1", "a2", "a3")}) == 1
    assert len({stories[b] for b in ("b1", "b2", "b3")}) == 1
    assert stories["a1"] != stories["b1"]


def test_one_event_told_in_different_words_is_not_split() -> None:
    articles = [article(*row) for row in ARREST_A] + [article(*row) for row in QUAKE_2018]
    stories = Clustering([], {}).add([profile(a) for a in articles])
    assert len({stories[a] for a in ("a1", "a2", "a3")}) == 1
    assert stories["q3"] == stories["q4"] != stories["a1"]


def test_a_later_run_splits_off_a_look_alike_event_and_the_stored_story_keeps_its_id() -> None:
    first = [profile(article(*row)) for row in ARREST_A]
    before = Clustering([], {}).add(first)
    later = Clustering(first, before)
    later_first_pass = Clustering(first, dict(before))
    later_first_pass._split = lambda story_ids: []  # type: ignore[method-assign]
    second = [profile(article(*row)) for row in ARREST_B]
    assert set(later_first_pass.add(second).values()) == {before["a1"]}  # the first pass alone would merge them
    after = later.add(second)
    assert {after[b] for b in ("b1", "b2", "b3")} != {before["a1"]}
    assert len({after[b] for b in ("b1", "b2", "b3")}) == 1
    assert all(later.story_of[a] == before["a1"] for a in ("a1", "a2", "a3"))


def test_the_lead_keeps_the_capitalised_words_of_the_title_and_first_words_only() -> None:
    body = "Police in Harbour City arrested Tomas Varga on Monday. " + "the club said nothing more. " * 20
    p = profile(Article(id="x", source="x.txt", format="txt", title="Varga held", text=body + "Okafor was not there."))
    assert p.lead == {"varga": 2, "police": 1, "harbour": 1, "city": 1, "tomas": 1}  # not "monday", not "okafor"


def test_the_cut_in_two_finds_two_events_of_comparable_size_not_one_odd_article() -> None:
    # two events of four articles, alike within (0.30) and a little alike between (0.05); article 0
    # is loosely tied to its own event (0.045) and less to the other (0.02). Average linkage merged
    # it last, so its cut in two was that article alone, which is no split; the normalised cut
    # finds the two events.
    similarity = np.full((8, 8), 0.05)
    similarity[:4, :4] = similarity[4:, 4:] = 0.30
    similarity[0, 1:4] = similarity[1:4, 0] = 0.045
    similarity[0, 4:] = similarity[4:, 0] = 0.02
    np.fill_diagonal(similarity, 1.0)
    assert sorted(map(sorted, _bisect(similarity))) == [[0, 1, 2, 3], [4, 5, 6, 7]]
    assert _parts(similarity, list(range(8))) == [[0, 1, 2, 3], [4, 5, 6, 7]]
    one = np.full((6, 6), 0.3) + np.eye(6) * 0.7
    assert _parts(one, list(range(6))) == [list(range(6))]  # one event: no cut is far less alike


def test_halves_that_share_their_days_and_a_lead_name_are_one_event_and_the_word_cut_is_not_kept() -> None:
    # the business press and the papers of the town that loses a plant: two vocabularies, one event. The word cut
    # of the example above is refused when the halves were published the same days and name the same firm
    similarity = np.full((8, 8), 0.05)
    similarity[:4, :4] = similarity[4:, 4:] = 0.30
    np.fill_diagonal(similarity, 1.0)
    days = [10, 10, 11, 11, 11, 11, 12, 13]
    leads = [{"orvex", "austin"}] * 4 + [{"orvex", "livingston"}] * 3 + [{"livingston"}]
    together = functools.partial(_same_days, days, leads)
    assert _parts(similarity, list(range(8)), together) == [list(range(8))]
    # one half's days after the other's (a policy announced, then struck down): the cut stands
    later = functools.partial(_same_days, [1, 1, 2, 2, 9, 9, 10, 10], leads)
    assert _parts(similarity, list(range(8)), later) == [[0, 1, 2, 3], [4, 5, 6, 7]]
    # the same days but no name of the leads in half of each half (two look-alike events the same week)
    apart = functools.partial(_same_days, days, [{"orvex"}] * 4 + [{"kestrel"}] * 4)
    assert _parts(similarity, list(range(8)), apart) == [[0, 1, 2, 3], [4, 5, 6, 7]]
    # an undated article: the days say nothing, and the words decide as before (ECB+ has no dates)
    undated = functools.partial(_same_days, [None, *days[1:]], leads)
    assert _parts(similarity, list(range(8)), undated) == [[0, 1, 2, 3], [4, 5, 6, 7]]
    assert _same_days(days, leads, [0, 1, 2, 3], [4, 5, 6, 7])
    assert not _same_days(days, leads, [0, 1], [7])  # days 10 and 13 do not meet


def test_articles_without_lead_names_are_split_on_their_words_alone(monkeypatch: pytest.MonkeyPatch) -> None:
    # Chinese or Arabic has no capitals: no lead names, and the likeness is not scaled down by their absence
    profiles = [dataclasses.replace(profile(article(*row)), lead={}) for row in ARREST_A + ARREST_B]
    clustering = Clustering(profiles, {p.article: "s" for p in profiles})
    members = [p.article for p in profiles]
    without = clustering._within(members)
    with_leads = Clustering([profile(article(*row)) for row in ARREST_A + ARREST_B], {a: "s" for a in members})
    assert not np.allclose(without, with_leads._within(members))
    monkeypatch.setattr(cluster, "LEAD_NAMES", 0.0)
    assert np.allclose(without, clustering._within(members))


def test_the_headline_is_the_title_or_the_first_sentence_never_a_web_address() -> None:
    titled = profile(Article(id="t", source="t.txt", format="txt", title="Ferry runs aground off Skerra in March 2019",
                             text="The ferry Nordlys ran aground on Tuesday. All 212 passengers were taken off."))
    assert set(titled.head) == {"ferry", "runs", "aground", "off", "skerra"}  # no month, no year: when, not what
    untitled = profile(Article(id="u", source="u.txt", format="txt", title=None,
                               text="https: / / news. example / ferry\nThe ferry Nordlys ran aground on Tuesday. "
                                    "All 212 passengers were taken off."))
    assert set(untitled.head) == {"ferry", "nordlys", "ran", "aground"}


def test_articles_whose_headlines_tell_one_happening_are_more_alike_in_the_split_pass(
        monkeypatch: pytest.MonkeyPatch) -> None:
    # The same two sentences under four headlines: two tell a ferry running aground, two a ferry
    # catching fire. Only the headline tells them apart, and only the split pass reads it.
    body = "The ferry Nordlys was towed into Skerra harbour. Passengers were taken to a sports hall."
    rows = [("g1", "Nordlys runs aground on rocks off Skerra"), ("g2", "Ferry Nordlys aground on Skerra rocks"),
            ("f1", "Fire breaks out in Nordlys engine room"), ("f2", "Nordlys engine room fire forces evacuation")]
    profiles = [profile(Article(id=i, source=f"{i}.txt", format="txt", title=t, text=body)) for i, t in rows]
    clustering = Clustering(profiles, {p.article: "s" for p in profiles})
    within = clustering._within([p.article for p in profiles])
    assert within[0, 1] > within[0, 2] and within[2, 3] > within[1, 3]
    monkeypatch.setattr(cluster, "HEAD", 0.0)
    without = clustering._within([p.article for p in profiles])
    assert within[0, 1] - within[0, 2] > without[0, 1] - without[0, 2]


def test_a_missing_publication_date_is_neither_a_match_nor_a_mismatch() -> None:
    dated = [article(*row) for row in QUAKE_2018]
    clustering = Clustering([profile(a) for a in dated], {a.id: "s" for a in dated})
    story = clustering.stories["s"]

    def score(published: str | None) -> float:
        p = profile(article("x", published or "", *QUAKE_2018[0][2:]))
        p = dataclasses.replace(p, article="x", published=published)
        names, words = clustering._vector("q3")  # the same words as q3: only the date differs
        return clustering._score(p, names, words, story)

    assert score(None) == score("2018-09-29")  # no date: as likely as the same day, no less
    assert score("2021-06-01") < score(None)  # three years apart: less likely


def test_months_the_leads_name_are_a_match_or_a_mismatch_and_none_is_neither(monkeypatch: pytest.MonkeyPatch) -> None:
    # Two monthly figures of one statistics office: the same words but for the month
    texts = [("m1", "Exports rose 3% in October, customs office says"),
             ("m2", "October exports up 3% on car sales"),
             ("n1", "Exports fell 2% in November, customs office says"),
             ("x1", "Exports figures show car sales strong")]
    body = "The customs office published its monthly trade figures. Car makers led the change."
    profiles = [profile(Article(id=i, source=f"{i}.txt", format="txt", title=t, text=body)) for i, t in texts]
    assert [p.months for p in profiles] == [{10}, {10}, {11}, set()]
    clustering = Clustering(profiles, {p.article: "s" for p in profiles})
    members = [p.article for p in profiles]
    within = clustering._within(members)
    weight = cluster.WHEN
    monkeypatch.setattr(cluster, "WHEN", 0.0)
    without = clustering._within(members)
    assert weight > 0
    assert within[0, 1] == pytest.approx(without[0, 1] + weight)
    assert within[0, 2] == pytest.approx(without[0, 2] - weight)
    assert within[0, 3] == pytest.approx(without[0, 3])  # no month in its lead: neither
    maybe = profile(Article(id="y", source="y.txt", format="txt", title="Exports May rise, office says", text=body))
    assert maybe.months == set()  # "May" may be no month: too often a word


FERRY = [  # (file, text): one event, told in English twice and then in Swedish
    ("harbour.txt", "Ferry runs aground off Vindholm\n\nThe passenger ferry Stella Marin ran aground off the "
                    "island of Vindholm on Tuesday night, the coast guard said. All 212 passengers were taken "
                    "ashore by lifeboats. Divers were inspecting the hull on Wednesday morning."),
    ("coast.txt", "Stella Marin passengers rescued after grounding\n\nRescuers brought 212 passengers of the "
                  "Stella Marin ashore after the ferry struck rocks near Vindholm late on Tuesday. The operator "
                  "said no one was hurt and that the ship would be towed to port."),
    ("kusten.txt", "Färjan Stella Marin gick på grund vid Vindholm\n\nPassagerarfärjan Stella Marin gick på grund "
                   "utanför Vindholm på tisdagskvällen, uppger kustbevakningen. Alla 212 passagerare fördes i land "
                   "med livbåtar och ingen skadades."),
]


def test_a_run_in_one_language_loads_no_embedding_model_and_a_second_language_embeds_the_stored_articles(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from storyline.extract import embed
    from storyline.pipeline import DEFAULT_STAGES, EMBED
    from storyline.store import open_store

    for name, text in FERRY:
        (tmp_path / name).write_text(text, encoding="utf-8")
    english, swedish = [tmp_path / n for n, _ in FERRY[:2]], tmp_path / FERRY[2][0]
    real_setup = embed.setup

    def no_model() -> None:
        raise AssertionError("the embedding model was loaded in a run in one language")

    monkeypatch.setattr(embed, "setup", no_model)
    db = tmp_path / "s.db"
    api.analyze(english, db=db, jobs=1)
    store = open_store(db)
    try:
        kept = store.profiles()
        assert len(kept) == 2 and all(not p.embedding.any() and p.lead_text for p in kept)
        assert kept[0].lead_text[0].startswith(("Ferry runs aground", "Stella Marin passengers"))
    finally:
        store.close()

    monkeypatch.setattr(embed, "setup", real_setup)
    result = api.analyze([swedish], db=db, jobs=1)
    store = open_store(db)
    try:
        profiles = {p.article: p for p in store.profiles()}
    finally:
        store.close()
    assert {p.language for p in profiles.values()} == {"en", "sv"}
    assert all(p.embedding.any() for p in profiles.values())
    assert len(result.dossier.stories) == 1 and len(result.dossier.stories[0].articles) == 3
    # the same vectors as when every article went through the embedding stage in the run that read it
    api.analyze([*english, swedish], db=tmp_path / "d.db", jobs=1, stages=(*DEFAULT_STAGES, EMBED))
    store = open_store(tmp_path / "d.db")
    try:
        direct = {p.article: p for p in store.profiles()}
    finally:
        store.close()
    assert direct.keys() == profiles.keys()
    assert all(np.array_equal(p.embedding, direct[a].embedding) for a, p in profiles.items())


def test_many_articles_are_embedded_in_worker_processes_with_the_same_vectors() -> None:
    towns = ["Arnby", "Belmoor", "Casterly", "Dunhollow", "Eskford", "Fallowmere", "Greywick"]
    profiles = [profile(Article(id=f"a{i}", source=f"a{i}.txt", format="txt", language="en" if i % 3 else "sv",
                                title=f"Storm number {i} closes roads around {towns[i % len(towns)]}",
                                text=f"Council crews in {towns[(i * 3) % len(towns)]} cleared {i + 2} fallen trees "
                                     f"on Thursday. Schools stayed shut for a {i % 4 + 1}-day spell."))
                for i in range(cluster.PARALLEL_FROM + 6)]
    assert all(p.lead_text for p in profiles)
    serial = cluster.embedded(profiles)
    assert len(serial) == len(profiles)
    assert cluster.embedded(profiles, jobs=2) == serial
