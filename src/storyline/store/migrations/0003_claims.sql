-- Quantitative claims, one row each, rewritten whenever their article is analysed.
CREATE TABLE claims (
    id          TEXT PRIMARY KEY,
    article     TEXT NOT NULL REFERENCES articles (id),
    measure     TEXT NOT NULL,
    data        TEXT NOT NULL   -- JSON: the whole Claim record
);
CREATE INDEX claims_article ON claims (article);
CREATE INDEX claims_measure ON claims (measure);
