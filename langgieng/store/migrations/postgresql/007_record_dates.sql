-- Records in timeline order, a page at a time (see ../007_record_dates.sql).
CREATE INDEX records_date ON records (date NULLS FIRST, key);
