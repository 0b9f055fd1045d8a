"""Stage `store`: one SQLite file, or a PostgreSQL database, behind one interface.

    with open_store("langgieng.db") as store:       # or "postgresql://host/db"
        store.save_articles(articles)
        hits = store.search("kien giang")
"""

from __future__ import annotations

import sqlite3
import sys
from collections.abc import Callable
from pathlib import Path

from langgieng.errors import StoreError
from langgieng.store.codec import ArticleSummary
from langgieng.store.search import SearchHit, snippet
from langgieng.store.sqlite import Store, open_read_only

__all__ = ["ArticleSummary", "SearchHit", "Store", "changes", "database_errors",
           "display_name", "is_postgres", "open_store", "snippet"]

SCHEMES = ("postgresql://", "postgres://")


def is_postgres(target: str | Path) -> bool:
    """Whether `target` names a PostgreSQL database rather than a SQLite file."""
    return str(target).startswith(SCHEMES)


def open_store(
    target: str | Path, *, create: bool = True, migrations_dir: Path | None = None,
    read_only: bool = False,
) -> Store:
    """Open (and migrate) the store at `target`: a SQLite file path, or a
    `postgresql://user@host:port/database` address (psycopg's, with its options).

    With `create=False` a missing store is an error instead of a new empty one,
    which is what read-only commands want; `read_only` never writes it.
    """
    target = str(target)
    if is_postgres(target):
        from langgieng.store.postgres import PostgresStore  # psycopg loads only for it

        return PostgresStore(target, migrations_dir=migrations_dir, read_only=read_only,
                             create=create)
    if (not create or read_only) and target != ":memory:" and not Path(target).is_file():
        raise StoreError("%(db)s: no database here (run `langgieng ingest` first)", db=target)
    return Store(target, migrations_dir=migrations_dir, read_only=read_only)


def display_name(target: str | Path) -> str:
    """The store as messages name it: a PostgreSQL address without its password."""
    if is_postgres(target):
        from langgieng.store.postgres import redacted

        return redacted(str(target))
    return str(target)


def database_errors() -> tuple[type[Exception], ...]:
    """What the database drivers in use raise (psycopg's once it is loaded)."""
    psycopg = sys.modules.get("psycopg")
    return (sqlite3.Error, psycopg.Error) if psycopg is not None else (sqlite3.Error,)


def changes(target: str) -> Callable[[], int]:
    """A reader of a number that changes with every write committed to the store
    at `target` by any connection (the web cache's clock), on a connection of its
    own that never writes."""
    if is_postgres(target):
        from langgieng.store import postgres

        return postgres.changes(target)
    watch = open_read_only(target, check_same_thread=False)

    def read() -> int:
        return int(watch.execute("PRAGMA data_version").fetchone()[0])

    return read
