-- Named entities as the parser found them in each article (resolved across articles at export time).
CREATE TABLE names (
    article     TEXT NOT NULL REFERENCES articles (id),
    start       INTEGER NOT NULL,
    "end"       INTEGER NOT NULL,
    label       TEXT NOT NULL,
    text        TEXT NOT NULL
);
CREATE INDEX names_article ON names (article);
