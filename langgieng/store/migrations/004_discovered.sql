-- People (and other entities) the text taught the system: what each article says
-- of them, and what a person decided about them. Verdicts are keyed by entity id,
-- not by row, so they outlive re-ingest and re-extraction.

CREATE TABLE office_claims (
    article_id TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    entity TEXT NOT NULL,
    title TEXT NOT NULL,               -- as the article writes it, unit included
    role TEXT NOT NULL,
    unit TEXT,                         -- the province, country or organisation served
    country TEXT,
    date TEXT,
    evidence_start INTEGER NOT NULL,
    evidence_end INTEGER NOT NULL
);
CREATE INDEX office_claims_entity ON office_claims (entity);
CREATE INDEX office_claims_article ON office_claims (article_id);

CREATE TABLE entity_verdicts (
    id INTEGER PRIMARY KEY,
    entity TEXT NOT NULL,
    action TEXT NOT NULL CHECK (action IN ('promote', 'merge', 'reject')),
    target TEXT,                       -- merge: the entity it is the same as
    record TEXT,                       -- promote: the gazetteer record (JSON)
    note TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL
);
CREATE INDEX entity_verdicts_entity ON entity_verdicts (entity, id);

-- the discovered people are a few mentions among many: read them through an index
CREATE INDEX mentions_rule_entity ON mentions (rule, entity);
