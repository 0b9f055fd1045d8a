-- Articles and their stand-off layers. Offsets are character offsets into articles.text.

CREATE TABLE articles (
    id TEXT PRIMARY KEY,               -- content hash of the clean title and text
    source TEXT NOT NULL,
    format TEXT NOT NULL,
    title TEXT NOT NULL,
    text TEXT NOT NULL,
    url TEXT,
    published TEXT,                    -- ISO date: YYYY, YYYY-MM or YYYY-MM-DD
    published_inferred INTEGER NOT NULL DEFAULT 0,
    sentences TEXT NOT NULL DEFAULT '[]',  -- JSON [[start, end], ...]
    removed TEXT NOT NULL DEFAULT '[]',    -- JSON [{"text": ..., "reason": ...}, ...]
    ingested_at TEXT NOT NULL
);
CREATE INDEX articles_published ON articles (published, id);

CREATE TABLE mentions (
    article_id TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    start INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    surface TEXT NOT NULL,
    entity TEXT,
    kind TEXT NOT NULL,
    confidence REAL NOT NULL,
    rule TEXT NOT NULL
);
CREATE INDEX mentions_entity ON mentions (entity);
CREATE INDEX mentions_article ON mentions (article_id);

-- `date` / `date_end` are derived from the fact's start/date/period/by (and end)
-- so that time filters need no JSON; `indicator` likewise for measures and targets.
CREATE TABLE facts (
    id INTEGER PRIMARY KEY,
    article_id TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    type TEXT NOT NULL,
    fields TEXT NOT NULL,              -- JSON object, the contract's fields for `type`
    evidence_start INTEGER NOT NULL,
    evidence_end INTEGER NOT NULL,
    confidence REAL NOT NULL,
    rule TEXT NOT NULL,
    indicator TEXT,
    date TEXT,
    date_end TEXT
);
CREATE INDEX facts_type ON facts (type);
CREATE INDEX facts_article ON facts (article_id);
CREATE INDEX facts_indicator ON facts (indicator);

CREATE TABLE fact_entities (
    fact_id INTEGER NOT NULL REFERENCES facts (id) ON DELETE CASCADE,
    entity TEXT NOT NULL,
    PRIMARY KEY (fact_id, entity)
);
CREATE INDEX fact_entities_entity ON fact_entities (entity);

CREATE TABLE rejections (
    id INTEGER PRIMARY KEY,
    source TEXT NOT NULL,
    reason TEXT NOT NULL,
    at TEXT NOT NULL,                  -- last time this input was rejected for this reason
    UNIQUE (source, reason)
);

-- Search over the folded (lower-case, diacritic-free) title and text. fold() keeps
-- length, so a hit found in the folded text has the same offsets in articles.text.
CREATE VIRTUAL TABLE articles_fts USING fts5 (
    article_id UNINDEXED,
    title,
    text,
    tokenize = 'unicode61 remove_diacritics 2'
);
