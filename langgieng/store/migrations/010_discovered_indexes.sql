-- The review queue describes discovered entities named in thousands of articles:
-- their spellings, offices and first claim come straight from covering indexes,
-- not from a sort of every mention or claim. Each replaces a narrower index.
CREATE INDEX mentions_entity_surface ON mentions (entity, surface, rule);
DROP INDEX mentions_entity;
CREATE INDEX office_claims_entity_office
    ON office_claims (entity, role, unit, title, country, date);
CREATE INDEX office_claims_entity_date ON office_claims (entity, date, article_id);
DROP INDEX office_claims_entity;
