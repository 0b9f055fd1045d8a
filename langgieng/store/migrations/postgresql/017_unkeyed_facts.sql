-- The facts not yet folded into a record (see ../017_unkeyed_facts.sql).
CREATE INDEX facts_unkeyed ON facts (id) WHERE record_key IS NULL;
