-- Each article's words and the pairs of words that stand side by side (`a_b`), with
-- no positions (search.tsvectors), and their GIN index. The index of the words
-- keeps no positions: a phrase of two common words that seldom stand together was
-- tested in every article holding both (about 1 s at 100,000 articles); its pairs
-- find the few that may hold it. The rows indexed before are given their terms by
-- the store when it opens (PostgresStore.fill_terms), found through the partial index.
ALTER TABLE articles_fts ADD COLUMN terms tsvector;
CREATE INDEX articles_fts_terms ON articles_fts USING gin (terms);
CREATE INDEX articles_fts_unindexed ON articles_fts (rowid) WHERE terms IS NULL;
