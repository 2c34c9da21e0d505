-- Story search and filters that scale. Full-text search over articles' titles and outlets,
-- so that story search is an index look-up, not a LIKE scan of every story's articles (a
-- story's title is the headline of one of its articles). Words only, no stemming, case
-- folded, accents kept, in both stores.
-- The language filter reads articles by language (as the outlet filter reads them by outlet).
CREATE INDEX articles_language ON articles (language);
-- dialect: sqlite
CREATE VIRTUAL TABLE article_search USING fts5 (
    article UNINDEXED, title, outlet, tokenize = 'unicode61 remove_diacritics 0', prefix = '2 3'
);
INSERT INTO article_search (article, title, outlet) SELECT id, title, outlet FROM articles;
CREATE TRIGGER article_search_insert AFTER INSERT ON articles BEGIN
    INSERT INTO article_search (article, title, outlet) VALUES (new.id, new.title, new.outlet);
END;
CREATE TRIGGER article_search_update AFTER UPDATE OF id, title, outlet ON articles
WHEN old.id IS NOT new.id OR old.title IS NOT new.title OR old.outlet IS NOT new.outlet BEGIN
    DELETE FROM article_search WHERE article = old.id;
    INSERT INTO article_search (article, title, outlet) VALUES (new.id, new.title, new.outlet);
END;
CREATE TRIGGER article_search_delete AFTER DELETE ON articles BEGIN
    DELETE FROM article_search WHERE article = old.id;
END;
-- dialect: postgres
ALTER TABLE articles ADD COLUMN search tsvector GENERATED ALWAYS AS
    (to_tsvector('simple'::regconfig, coalesce(title, '') || ' ' || coalesce(outlet, ''))) STORED;
CREATE INDEX articles_search ON articles USING gin (search);
