"""Stage `store`: one SQLite file (PostgreSQL later through the same interface).

    with open_store("langgieng.db") as store:
        store.save_articles(articles)
        hits = store.search("kien giang")
"""

from __future__ import annotations

from pathlib import Path

from langgieng.errors import StoreError
from langgieng.store.codec import ArticleSummary
from langgieng.store.search import SearchHit, snippet
from langgieng.store.sqlite import Store

__all__ = ["ArticleSummary", "SearchHit", "Store", "open_store", "snippet"]


def open_store(
    target: str | Path, *, create: bool = True, migrations_dir: Path | None = None,
    read_only: bool = False,
) -> Store:
    """Open (and migrate) the store at `target`, a SQLite file path.

    With `create=False` a missing file is an error instead of a new empty store,
    which is what read-only commands want; `read_only` never writes the file.
    """
    target = str(target)
    if target.startswith(("postgresql://", "postgres://")):
        # the URL may hold a password: do not echo it
        raise StoreError("PostgreSQL is not supported yet; give a SQLite file path")
    if (not create or read_only) and target != ":memory:" and not Path(target).is_file():
        raise StoreError("%(db)s: no database here (run `langgieng ingest` first)", db=target)
    return Store(target, migrations_dir=migrations_dir, read_only=read_only)
