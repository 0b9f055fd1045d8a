-- Near-copies found through an index rather than in the writer's memory
-- (store/copies.py): each signature's LSH bands, a hashed key per band. The
-- store gives the signatures kept before this their bands when an ingest first
-- looks for copies (the keys are hashed in Python).
CREATE TABLE article_bands (
    key INTEGER NOT NULL,              -- the band's number and values, hashed to 64 bits
    article_id TEXT NOT NULL REFERENCES article_signatures (article_id) ON DELETE CASCADE,
    PRIMARY KEY (key, article_id)
);
CREATE INDEX article_bands_article ON article_bands (article_id);
