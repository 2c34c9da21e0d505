-- Articles after cleaning, the input files they came from, and each run's record.
CREATE TABLE articles (
    id            TEXT PRIMARY KEY,
    source        TEXT NOT NULL,
    format        TEXT NOT NULL,
    content_hash  TEXT NOT NULL,
    outlet        TEXT,
    language      TEXT,
    published     TEXT,
    title         TEXT,
    url           TEXT,
    text          TEXT NOT NULL,
    removed       TEXT NOT NULL,   -- JSON: [{text, reason, line_no}]
    evidence      TEXT NOT NULL,   -- JSON: [{field, value, source, text}]
    warnings      TEXT NOT NULL,   -- JSON: [str]
    encoding      TEXT,
    first_run     INTEGER NOT NULL,
    last_run      INTEGER NOT NULL
);
CREATE INDEX articles_published ON articles (published);
CREATE INDEX articles_outlet ON articles (outlet);

CREATE TABLE sources (
    path          TEXT PRIMARY KEY,
    digest        TEXT NOT NULL,   -- sha1 of the file's bytes
    article_ids   TEXT NOT NULL,   -- JSON: [id]
    last_run      INTEGER NOT NULL
);

CREATE TABLE runs (
    id            INTEGER PRIMARY KEY AUTOINCREMENT,
    started       TEXT NOT NULL,
    finished      TEXT,
    inputs        TEXT NOT NULL,   -- JSON: [path]
    summary       TEXT             -- JSON: counts
);

CREATE TABLE failures (
    run           INTEGER NOT NULL REFERENCES runs (id),
    source        TEXT NOT NULL,
    stage         TEXT NOT NULL,
    reason        TEXT NOT NULL
);
