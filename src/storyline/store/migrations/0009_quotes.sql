-- Direct and reported quotes with their speakers, rewritten whenever their article is analysed.
CREATE TABLE quotes (
    id          TEXT PRIMARY KEY,
    article     TEXT NOT NULL REFERENCES articles (id),
    data        TEXT NOT NULL   -- JSON: the whole Quote record, as the article's own stage made it
);
CREATE INDEX quotes_article ON quotes (article);
