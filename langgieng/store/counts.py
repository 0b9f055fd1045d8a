"""Counts of the largest tables (mentions, facts by type), kept by the writes that
change them (migration 012), so that the overview reads a few rows instead of
counting millions."""

from __future__ import annotations

import json
from collections import Counter

from langgieng.store.codec import ArticleRows
from langgieng.store.dialect import Database

FACTS = "facts/"  # facts/TYPE: the facts of one type
_MENTION_ENTITY = 4  # the entity in a mention row (codec.mention_rows)
_FACT_TYPE = 1  # the type in a fact row (codec.fact_rows)


def of_rows(articles: list[ArticleRows]) -> Counter[str]:
    """What the layers of these articles add to the counts."""
    counts: Counter[str] = Counter()
    for article in articles:
        counts["mentions"] += len(article.mentions)
        counts["linked_mentions"] += sum(1 for m in article.mentions
                                         if m[_MENTION_ENTITY] is not None)
        counts.update(FACTS + row[_FACT_TYPE] for row, _ in article.facts)
    return counts


def stored(db: Database, article_ids: list[str]) -> Counter[str]:
    """What the stored layers of these articles count for (before they are replaced)."""
    return _counted(db, f"WHERE article_id IN ({db.dialect.json_values})",
                    (json.dumps(article_ids),))


def add(db: Database, counts: Counter[str], sign: int = 1) -> None:
    db.executemany(
        "INSERT INTO row_counts (name, n) VALUES (?, ?)"
        " ON CONFLICT (name) DO UPDATE SET n = row_counts.n + excluded.n",
        [(name, sign * n) for name, n in sorted(counts.items()) if n])


def read(db: Database) -> dict[str, int]:
    """The counts by name; counted over the rows in a schema older than migration 012."""
    if db.execute(db.dialect.table_exists, ("row_counts",)).fetchone() is None:
        return dict(_counted(db))
    return {name: int(n) for name, n in db.execute("SELECT name, n FROM row_counts")}


def _counted(db: Database, where: str = "", params: tuple[str, ...] = ()) -> Counter[str]:
    """Mentions, linked mentions and facts by type, counted over the rows `where` keeps."""
    mentions, linked = db.execute(
        f"SELECT COUNT(*), COUNT(entity) FROM mentions {where}", params).fetchone()
    counts = Counter({"mentions": int(mentions), "linked_mentions": int(linked)})
    for type, n in db.execute(f"SELECT type, COUNT(*) FROM facts {where} GROUP BY type", params):
        counts[FACTS + type] += int(n)
    return counts
