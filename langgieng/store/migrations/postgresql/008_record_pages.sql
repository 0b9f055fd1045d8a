-- The verdict a page of records filters on, in the index (see ../008_record_pages.sql).
DROP INDEX records_date;
CREATE INDEX records_date ON records (date NULLS FIRST, key, review);
