-- The language an article was translated from, when the input says so.
ALTER TABLE articles ADD COLUMN translated_from TEXT;
