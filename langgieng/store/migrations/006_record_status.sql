-- What a page of records needs, kept on the row so that lists are one indexed
-- query: the people's verdict as applied (NULL until judged; `accepted`,
-- `rejected` or `corrected`), how many fields its sources disagree on, and how
-- sure its surest source is (the review queue shows conflicts, then the least sure).

ALTER TABLE records ADD COLUMN review TEXT;
ALTER TABLE records ADD COLUMN conflicts INTEGER NOT NULL DEFAULT 0;
ALTER TABLE records ADD COLUMN sureness REAL NOT NULL DEFAULT 0;

UPDATE records SET
    conflicts = (SELECT COUNT(*) FROM json_each(records.claims)
                 WHERE json_array_length(json_each.value) > 1),
    sureness = COALESCE((SELECT MAX(json_extract(json_each.value, '$[3]'))
                         FROM json_each(records.sources)), 0);

-- the last verdict in force decides; an acceptance leaves a correction standing
UPDATE records SET review = (
    SELECT CASE
        WHEN c.action = 'reject' THEN 'rejected'
        WHEN EXISTS (
            SELECT 1 FROM corrections x
            WHERE x.record_key = records.key AND x.action = 'correct' AND x.undone_at IS NULL
              AND x.id > COALESCE((SELECT MAX(y.id) FROM corrections y
                                   WHERE y.record_key = records.key AND y.action = 'reject'
                                     AND y.undone_at IS NULL), 0)
        ) THEN 'corrected'
        ELSE 'accepted'
    END
    FROM corrections c
    WHERE c.record_key = records.key AND c.undone_at IS NULL
    ORDER BY c.id DESC LIMIT 1
);

CREATE INDEX records_review ON records (review, conflicts DESC, sureness, type, key);
