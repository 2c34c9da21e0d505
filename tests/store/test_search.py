"""Story search by full-text index (SQLite FTS5, PostgreSQL tsvector), on both stores: the
same stories as a plain reading of the titles and outlets, for word queries."""

import re

from storyline.model import Article, StoryListing
from storyline.store import open_store

# story -> (title, outlet) of its articles; headlines written for this test
STORIES = {
    "s-quay": [("Harbour workers walk out over night shifts", "Tidewater Gazette"),
               ("Dockers' strike halts the ferry to Kellmouth", "Northern Ledger")],
    "s-flood": [("River Aller bursts its banks near Verden", "Weser Bote"),
                ("Flood barriers hold in Zürich's old town", "Alpen Kurier")],
    "s-vote": [("Parliament passes the water-pricing bill", "Northern Ledger")],
    "s-blaze": [("Warehouse blaze: firefighters work through the night", "Tidewater Gazette"),
                ("Blaze at a paint warehouse, no one hurt", None)],
    "s-talks": [("Nurse-led talks stall over pay", "Kliniken Heute"), (None, "Weser Bote")],
}
QUERIES = ["night", "NIGHT", "nig", "strike", "Dockers", "ferry Kellmouth", "kellmouth ferry", "zürich", "ZÜRICH",
           "zurich", "water", "pricing", "water-pricing", "led", "nurse-led", "northern ledger", "weser", "blaze",
           "work", "warehouse blaze", "volcano", "night volcano", "hurt", "e", "!!!"]


def _words(text: str) -> list[str]:
    return re.findall(r"[^\W_]+", text.casefold())


def expected(query: str) -> set[str]:
    """Stories with an article whose title and outlet have, for every word of the query, a word
    beginning with it: what the indexes promise, read off the plain strings."""
    terms = _words(query)
    if not terms:
        return set()
    found = set()
    for story, articles in STORIES.items():
        for title, outlet in articles:
            have = _words(f"{title or ''} {outlet or ''}")
            if all(any(w.startswith(t) for w in have) for t in terms):
                found.add(story)
    return found


def fill(db) -> object:
    store = open_store(db)
    run = store.begin_run([])
    listings, members = [], {}
    for story, articles in STORIES.items():
        ids = []
        for n, (title, outlet) in enumerate(articles):
            aid = f"{story}-{n}"
            store.save(articles=[Article(id=aid, source=f"in/{aid}.txt", format="txt", text="Body.", title=title,
                                         outlet=outlet, content_hash=aid)], run=run)
            ids.append(aid)
            members[aid] = story
        listings.append(StoryListing(id=story, title=articles[0][0] or story, articles=len(ids),
                                     outlets=tuple(o for _, o in articles if o), last="2025-05-0" + str(len(listings))))
    store.assign_stories(members, run)
    store.index_stories(run, listings)
    return store


def test_search_finds_the_stories_whose_articles_have_the_words(db) -> None:
    store = fill(db)
    wrong = {}
    for query in QUERIES:
        found, total = store.story_listings(query=query)
        if {s.id for s in found} != expected(query) or total != len(found):
            wrong[query] = (sorted(s.id for s in found), total, sorted(expected(query)))
    assert not wrong


def test_simple_word_queries_find_what_a_substring_search_found(db) -> None:
    """For whole words, the index gives what the LIKE scan it replaces gave (case-insensitive)."""
    store = fill(db)
    for query in ["night", "Blaze", "ferry", "Ledger", "parliament", "banks", "shifts", "hurt", "Heute"]:
        like = {story for story, articles in STORIES.items()
                if any(query.lower() in f"{t or ''} {o or ''}".lower() for t, o in articles)}
        assert {s.id for s in store.story_listings(query=query)[0]} == like, query


def test_search_follows_a_changed_headline_and_other_filters(db) -> None:
    store = fill(db)
    run = store.begin_run([])
    store.save(articles=[Article(id="s-vote-0", source="in/s-vote-0.txt", format="txt", text="Body.",
                                 title="Senate rejects the tariff plan", outlet="Northern Ledger",
                                 content_hash="changed")], run=run)
    store.assign_stories({"s-vote-0": "s-vote"}, run)  # a changed article is clustered again: same story here
    assert [s.id for s in store.story_listings(query="tariff")[0]] == ["s-vote"]
    assert store.story_listings(query="parliament")[1] == 0  # the old headline's words are gone
    assert {s.id for s in store.story_listings(query="ledger", outlet="Northern Ledger")[0]} == {"s-quay", "s-vote"}
    assert [s.id for s in store.story_listings(query="ledger", since="2025-05-03")[0]] == []
    page, total = store.story_listings(query="night", limit=1)
    assert len(page) == 1 and total == 2
    assert store.story_listings(query="night", offset=5) == ([], 2)  # past the last page: still counted
    assert store.story_listings(query="volcano") == ([], 0)
