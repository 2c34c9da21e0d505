-- Event mentions and temporal expressions, rewritten whenever their article is analysed.
CREATE TABLE events (
    id          TEXT PRIMARY KEY,
    article     TEXT NOT NULL REFERENCES articles (id),
    type        TEXT NOT NULL,
    date        TEXT,
    data        TEXT NOT NULL   -- JSON: the whole Event record
);
CREATE INDEX events_article ON events (article);
CREATE INDEX events_date ON events (date);
CREATE TABLE times (
    id          TEXT PRIMARY KEY,
    article     TEXT NOT NULL REFERENCES articles (id),
    data        TEXT NOT NULL   -- JSON: the whole Time record
);
CREATE INDEX times_article ON times (article);
