-- The facts not yet folded into a record (record_key IS NULL), in fact order: a
-- record refresh reads them page by page from here (store/records.py), where it
-- walked the whole table, or every NULL the record_key index ever held, each page.
CREATE INDEX facts_unkeyed ON facts (id) WHERE record_key IS NULL;
