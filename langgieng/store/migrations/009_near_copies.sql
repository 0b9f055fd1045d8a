-- Near-copies (store/copies.py): each article's MinHash, and the other outlets
-- that printed a story stored once.
CREATE TABLE article_signatures (
    article_id TEXT PRIMARY KEY REFERENCES articles (id) ON DELETE CASCADE,
    minhash BLOB NOT NULL              -- 64 unsigned 64-bit values
);

CREATE TABLE article_copies (
    article_id TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,  -- the one kept
    copy_id TEXT NOT NULL,             -- the copy's own id (content hash)
    source TEXT NOT NULL,
    url TEXT,
    published TEXT,
    ingested_at TEXT NOT NULL,
    PRIMARY KEY (article_id, copy_id)
);
