-- A record's sources appended in parts instead of rewritten whole at each refresh
-- (store/record_tally.py). Since this migration a record's `claims` hold each
-- claim's tally (value, place, articles, official, latest, confidence, first
-- sources) and `sources` a summary (counts, sureness, the first articles' sources);
-- `parts` says how many parts it has. Records stored before (`parts` NULL) keep
-- their old form, still read, until the store is next opened to write, which
-- tallies them (Python: the official outlets are a data file).
CREATE TABLE record_parts (
    record_key TEXT NOT NULL REFERENCES records (key) ON DELETE CASCADE,
    part INTEGER NOT NULL,
    sources TEXT NOT NULL,             -- JSON: the sources added, and which claims they state
    PRIMARY KEY (record_key, part)
);
ALTER TABLE records ADD COLUMN parts INTEGER;
CREATE INDEX records_untallied ON records (key) WHERE parts IS NULL;

-- Records an article was in before it was extracted again (replace_layers): a
-- refresh rebuilds them from their facts rather than adding the article twice.
CREATE TABLE stale_records (
    key TEXT PRIMARY KEY
);
