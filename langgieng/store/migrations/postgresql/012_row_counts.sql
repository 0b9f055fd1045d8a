-- The overview's counts of mentions and facts (see ../012_row_counts.sql).
CREATE TABLE row_counts (
    name TEXT COLLATE "C" PRIMARY KEY,
    n BIGINT NOT NULL
);
INSERT INTO row_counts (name, n) SELECT 'mentions', COUNT(*) FROM mentions
    HAVING COUNT(*) > 0;
INSERT INTO row_counts (name, n) SELECT 'linked_mentions', COUNT(entity) FROM mentions
    HAVING COUNT(entity) > 0;
INSERT INTO row_counts (name, n) SELECT 'facts/' || type, COUNT(*) FROM facts GROUP BY type;
