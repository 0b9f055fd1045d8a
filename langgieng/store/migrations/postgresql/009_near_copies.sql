-- Near-copies: each article's MinHash, and the other outlets that printed a story
-- stored once (see ../009_near_copies.sql).
CREATE TABLE article_signatures (
    article_id TEXT COLLATE "C" PRIMARY KEY REFERENCES articles (id) ON DELETE CASCADE,
    minhash BYTEA NOT NULL
);

CREATE TABLE article_copies (
    article_id TEXT COLLATE "C" NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    copy_id TEXT COLLATE "C" NOT NULL,
    source TEXT COLLATE "C" NOT NULL,
    url TEXT COLLATE "C",
    published TEXT COLLATE "C",
    ingested_at TEXT COLLATE "C" NOT NULL,
    PRIMARY KEY (article_id, copy_id)
);
