-- Each article's row in the full-text index, beside each article of an entity's
-- list (see ../015_article_index_rows.sql). The index here is a table whose rows
-- name their article already: SQLite's table of them is a view of it.
CREATE VIEW article_index_rows AS SELECT article_id, rowid AS index_row FROM articles_fts;

ALTER TABLE entity_articles ADD COLUMN index_row BIGINT;
UPDATE entity_articles e SET index_row = f.rowid FROM articles_fts f
    WHERE f.article_id = e.article_id;
CREATE INDEX entity_articles_index_row ON entity_articles (entity, index_row);
