-- What story clustering needs of each article, kept so that a later run need not read it again.
CREATE TABLE profiles (
    article     TEXT PRIMARY KEY REFERENCES articles (id),
    embedding   BLOB NOT NULL,   -- float16 sentence-embedding mean (extract/embed.py)
    data        TEXT NOT NULL    -- JSON: language, published, names, words, years (link/cluster.py)
);
-- The story each article belongs to: assigned when the article is first clustered, kept after.
CREATE TABLE story_members (
    article     TEXT PRIMARY KEY REFERENCES articles (id),
    story       TEXT NOT NULL,
    run         INTEGER NOT NULL
);
CREATE INDEX story_members_story ON story_members (story);
-- What a story said at the end of a run, so that the next run can tell what changed.
CREATE TABLE story_snapshots (
    story       TEXT NOT NULL,
    run         INTEGER NOT NULL,
    data        TEXT NOT NULL,   -- JSON: articles, facts
    PRIMARY KEY (story, run)
);
