-- Records in timeline order, a page at a time, without sorting them all
-- (the overview's and /api/records' order: date, then key).
CREATE INDEX records_date ON records (date, key);
