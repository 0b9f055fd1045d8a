-- Each article's row in the full-text index, kept by the store's writes
-- (Store.index_texts), and beside each article an entity's articles list: a search
-- whose query names an entity counts which of its matches are the entity's articles
-- on index rows alone (store.count_matches), where reading the article id of each
-- match from FTS5's content cost 70-100 ms on 20,000 articles. Existing rows are
-- filled here, once.
CREATE TABLE article_index_rows (
    article_id TEXT PRIMARY KEY REFERENCES articles (id) ON DELETE CASCADE,
    index_row INTEGER NOT NULL UNIQUE
) WITHOUT ROWID;
INSERT INTO article_index_rows (article_id, index_row)
SELECT article_id, MIN(rowid) FROM articles_fts WHERE article_id IN (SELECT id FROM articles)
GROUP BY article_id;

ALTER TABLE entity_articles ADD COLUMN index_row INTEGER;
UPDATE entity_articles SET index_row =
    (SELECT r.index_row FROM article_index_rows r WHERE r.article_id = entity_articles.article_id);
CREATE INDEX entity_articles_index_row ON entity_articles (entity, index_row);
