-- An entity's facts, records and articles in date order straight from an index,
-- so entity pages and timelines cost the page asked for, not every row of the
-- entity. The dates are copies of facts.date, records.date and articles.published,
-- kept by the store's writes; existing rows are filled here.

ALTER TABLE fact_entities ADD COLUMN date TEXT;
UPDATE fact_entities SET date = (SELECT f.date FROM facts f WHERE f.id = fact_entities.fact_id);
DROP INDEX fact_entities_entity;
CREATE INDEX fact_entities_entity_date ON fact_entities (entity, date, fact_id);

ALTER TABLE record_entities ADD COLUMN date TEXT;
UPDATE record_entities
SET date = (SELECT r.date FROM records r WHERE r.key = record_entities.record_key);
DROP INDEX record_entities_entity;
CREATE INDEX record_entities_entity_date ON record_entities (entity, date, record_key);

-- One row per article and entity it names, with how often: the entity page's list.
CREATE TABLE entity_articles (
    entity TEXT NOT NULL,
    article_id TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    published TEXT,
    mentions INTEGER NOT NULL,
    PRIMARY KEY (entity, article_id)
) WITHOUT ROWID;
CREATE INDEX entity_articles_published ON entity_articles (entity, published, article_id);
CREATE INDEX entity_articles_article ON entity_articles (article_id);

INSERT INTO entity_articles (entity, article_id, published, mentions)
SELECT m.entity, m.article_id, a.published, COUNT(*)
FROM mentions m JOIN articles a ON a.id = m.article_id
WHERE m.entity IS NOT NULL
GROUP BY m.entity, m.article_id;
