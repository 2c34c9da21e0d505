-- One row per story, so that stories can be listed, searched and filtered without being
-- built again: written at the end of every run that touched the story.
CREATE TABLE story_index (
    story       TEXT PRIMARY KEY,
    title       TEXT NOT NULL,
    articles    INTEGER NOT NULL,
    outlets     TEXT NOT NULL,   -- JSON: [outlet], most articles first
    languages   TEXT NOT NULL,   -- JSON: [language code]
    first       TEXT,            -- earliest publication date of its articles (YYYY-MM-DD)
    last        TEXT,            -- latest
    changes     TEXT NOT NULL,   -- JSON: [line], what the last run changed
    run         INTEGER NOT NULL
);
CREATE INDEX story_index_last ON story_index (last);
