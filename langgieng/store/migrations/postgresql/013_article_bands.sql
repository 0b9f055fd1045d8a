-- Near-copies found through an index rather than in the writer's memory
-- (see ../013_article_bands.sql).
CREATE TABLE article_bands (
    key BIGINT NOT NULL,
    article_id TEXT COLLATE "C" NOT NULL REFERENCES article_signatures (article_id)
        ON DELETE CASCADE,
    PRIMARY KEY (key, article_id)
);
CREATE INDEX article_bands_article ON article_bands (article_id);
