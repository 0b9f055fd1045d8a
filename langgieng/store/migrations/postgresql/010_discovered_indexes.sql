-- Covering indexes for describing discovered entities (see
-- ../010_discovered_indexes.sql).
CREATE INDEX mentions_entity_surface ON mentions (entity, surface, rule);
DROP INDEX mentions_entity;
CREATE INDEX office_claims_entity_office
    ON office_claims (entity, role, unit, title, country, date);
CREATE INDEX office_claims_entity_date ON office_claims (entity, date NULLS FIRST, article_id);
DROP INDEX office_claims_entity;
