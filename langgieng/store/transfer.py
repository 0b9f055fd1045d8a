"""A whole store copied to another, of either backend (`langgieng copy`).

Every table people or the pipeline wrote is copied row for row, ids included,
so that corrections, verdicts, users and tokens point where they pointed; the
search index is remade by the destination in its own form (FTS5 or tsvector)
from the folded texts the source holds. The copy is one transaction of the
destination: a failed copy leaves it as it was.
"""

from __future__ import annotations

from collections.abc import Iterator

from langgieng.errors import StoreError
from langgieng.store.migrate import schema_version
from langgieng.store.sqlite import Store

BATCH = 1000  # rows read and written together

# (table, columns, order) in an order that satisfies the foreign keys
TABLES: tuple[tuple[str, str, str], ...] = (
    ("articles", "id, source, format, title, text, url, published, published_inferred,"
     " sentences, removed, ingested_at", "id"),
    ("mentions", 'article_id, start, "end", surface, entity, kind, confidence, rule', "rowid"),
    ("facts", "id, article_id, type, fields, evidence_start, evidence_end, confidence, rule,"
     " indicator, date, date_end, record_key", "id"),
    ("fact_entities", "fact_id, entity, date", "fact_id, entity"),
    ("entity_articles", "entity, article_id, published, mentions", "entity, article_id"),
    ("office_claims", "article_id, entity, title, role, unit, country, date, evidence_start,"
     " evidence_end", "article_id, evidence_start, entity, role"),
    ("article_signatures", "article_id, minhash", "article_id"),
    ("article_bands", "key, article_id", "key, article_id"),
    ("article_copies", "article_id, copy_id, source, url, published, ingested_at",
     "article_id, copy_id"),
    ("rejections", "id, source, reason, at", "id"),
    ("row_counts", "name, n", "name"),
    ("records", "key, id, type, fields, claims, sources, date, updated_at, review, conflicts,"
     " sureness, parts", "key"),
    ("record_parts", "record_key, part, sources", "record_key, part"),
    ("record_listings", "record_key, listing", "record_key"),
    ("stale_records", "key", "key"),
    ("record_entities", "record_key, entity, date", "record_key, entity"),
    ("corrections", "id, record_key, action, field, value, note, created_at, author,"
     " undone_at, undone_by", "id"),
    ("entity_verdicts", "id, entity, action, target, record, note, created_at, author", "id"),
    ("users", "id, name, password_hash, role, created_at", "id"),
    ("api_tokens", "id, user_id, digest, label, created_at", "id"),
    ("secrets", "name, value", "name"),
)
INDEX = "articles_fts"  # remade, not copied


def copy_store(source: Store, target: Store, *, replace: bool = False) -> dict[str, int]:
    """Copy every row of `source` into `target`; how many rows each table got.
    A target holding anything is refused unless `replace`, which empties it first."""
    if source.target == target.target:
        raise StoreError("%(db)s: a store cannot be copied into itself", db=target.name)
    if schema_version(source.db) != schema_version(target.db):
        raise StoreError("%(db)s: not at the schema version of %(source)s; run `langgieng"
                         " migrate` on both first", db=target.name, source=source.name)
    filled = [table for table, _, _ in TABLES if _holds_rows(target, table)]
    if filled and not replace:
        raise StoreError("%(db)s already holds %(tables)s: copy into an empty store, or give"
                         " --replace to empty it first", db=target.name,
                         tables=", ".join(filled))
    counts: dict[str, int] = {}
    with target.transaction() as db:
        for table, _, _ in [*reversed(TABLES), (INDEX, "", "")]:
            db.execute(f"DELETE FROM {table}")  # names from TABLES, never input
        for table, columns, order in TABLES:
            marks = ", ".join("?" for _ in columns.split(","))
            sql = f"INSERT INTO {table} ({columns}) VALUES ({marks})"
            counts[table] = 0
            for rows in _batches(source, f"SELECT {columns} FROM {table} ORDER BY {order}"):
                db.executemany(sql, rows)
                counts[table] += len(rows)
        counts[INDEX] = 0
        for rows in _batches(source, f"SELECT article_id, title, text FROM {INDEX}"
                                     " ORDER BY rowid"):
            target.index_texts([(str(r[0]), str(r[1]), str(r[2])) for r in rows])
            counts[INDEX] += len(rows)
        # the rows the destination's index gave the articles, beside their entities
        db.execute("UPDATE entity_articles SET index_row = (SELECT r.index_row FROM"
                   " article_index_rows r WHERE r.article_id = entity_articles.article_id)")
        target.after_copy()
    return counts


def _holds_rows(store: Store, table: str) -> bool:
    return store.db.execute(f"SELECT 1 FROM {table} LIMIT 1").fetchone() is not None


def _batches(store: Store, sql: str) -> Iterator[list[tuple[object, ...]]]:
    cursor = store.db.execute(sql)
    while rows := cursor.fetchmany(BATCH):
        yield [tuple(row) for row in rows]
