-- The day an article's text says it was written, when that is before its date stamp.
ALTER TABLE articles ADD COLUMN written TEXT;
