-- Reconciled records: one per happening, built from the facts of every article
-- (langgieng.reconcile). Rebuilt from facts at will, so nothing here is precious
-- except `corrections`, which people wrote and which win over extraction.

ALTER TABLE facts ADD COLUMN record_key TEXT;
CREATE INDEX facts_record_key ON facts (record_key);

CREATE TABLE records (
    key TEXT PRIMARY KEY,              -- reconcile.record_key, e.g. meeting|series/...|12
    id TEXT NOT NULL UNIQUE,           -- short hash of the key, for commands and URLs
    type TEXT NOT NULL,
    fields TEXT NOT NULL,              -- JSON: the preferred value of each field
    claims TEXT NOT NULL,              -- JSON: per field, each value with its sources
    sources TEXT NOT NULL,             -- JSON: every source article and evidence span
    date TEXT,                         -- where the record sits on a timeline
    updated_at TEXT NOT NULL
);
CREATE INDEX records_type ON records (type, date);

CREATE TABLE record_entities (
    record_key TEXT NOT NULL REFERENCES records (key) ON DELETE CASCADE,
    entity TEXT NOT NULL,
    PRIMARY KEY (record_key, entity)
);
CREATE INDEX record_entities_entity ON record_entities (entity);

-- Keyed by record key, not a foreign key: a correction outlives re-extraction.
CREATE TABLE corrections (
    id INTEGER PRIMARY KEY,
    record_key TEXT NOT NULL,
    action TEXT NOT NULL CHECK (action IN ('accept', 'reject', 'correct')),
    field TEXT,
    value TEXT,                        -- JSON
    note TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL
);
CREATE INDEX corrections_record ON corrections (record_key, id);
