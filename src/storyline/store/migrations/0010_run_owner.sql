-- Which process runs a run ("host:pid"), so that a later start can tell a run still going
-- from one whose process was killed, and close the latter as interrupted.
ALTER TABLE runs ADD COLUMN owner TEXT;
