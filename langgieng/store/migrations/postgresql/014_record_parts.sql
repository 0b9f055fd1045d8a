-- A record's sources appended in parts (see ../014_record_parts.sql).
CREATE TABLE record_parts (
    record_key TEXT COLLATE "C" NOT NULL REFERENCES records (key) ON DELETE CASCADE,
    part INTEGER NOT NULL,
    sources TEXT NOT NULL,
    PRIMARY KEY (record_key, part)
);
ALTER TABLE records ADD COLUMN parts INTEGER;
CREATE INDEX records_untallied ON records (key) WHERE parts IS NULL;

CREATE TABLE stale_records (
    key TEXT COLLATE "C" PRIMARY KEY
);
