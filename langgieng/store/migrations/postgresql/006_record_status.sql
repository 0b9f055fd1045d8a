-- A record's verdict, conflicts and sureness kept on its row (see
-- ../006_record_status.sql).

ALTER TABLE records ADD COLUMN review TEXT COLLATE "C";
ALTER TABLE records ADD COLUMN conflicts INTEGER NOT NULL DEFAULT 0;
ALTER TABLE records ADD COLUMN sureness DOUBLE PRECISION NOT NULL DEFAULT 0;

CREATE INDEX records_review ON records (review, conflicts DESC, sureness, type, key);
