-- An entity's facts, records and articles in date order from an index (see
-- ../003_entity_indexes.sql).

ALTER TABLE fact_entities ADD COLUMN date TEXT COLLATE "C";
DROP INDEX fact_entities_entity;
CREATE INDEX fact_entities_entity_date ON fact_entities (entity, date NULLS FIRST, fact_id);

ALTER TABLE record_entities ADD COLUMN date TEXT COLLATE "C";
DROP INDEX record_entities_entity;
CREATE INDEX record_entities_entity_date
    ON record_entities (entity, date NULLS FIRST, record_key);

CREATE TABLE entity_articles (
    entity TEXT COLLATE "C" NOT NULL,
    article_id TEXT COLLATE "C" NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    published TEXT COLLATE "C",
    mentions INTEGER NOT NULL,
    PRIMARY KEY (entity, article_id)
);
CREATE INDEX entity_articles_published
    ON entity_articles (entity, published NULLS FIRST, article_id);
CREATE INDEX entity_articles_article ON entity_articles (article_id);
