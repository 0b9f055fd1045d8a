"""What differs between the SQL of SQLite and of PostgreSQL, in one place.

The store's statements are written once, with `?` placeholders and the SQL both
databases read alike (`ON CONFLICT`, `CASE`, `NULLS FIRST`); where they part
(JSON, full-text search, locks), a statement takes its piece from the dialect
of the connection it runs on (`db.dialect`). The PostgreSQL connection turns
`?` into psycopg's `%s` (store/postgres.py).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Protocol

from langgieng.store.search import ParsedQuery, fts5_expressions, fts5_rank_expression

MIGRATIONS = Path(__file__).with_name("migrations")


@dataclass(frozen=True, slots=True)
class Dialect:
    name: str
    migrations: Path  # the folder of this database's NNN_name.sql files
    split_migrations: bool  # run a migration statement by statement (else the file at once)
    begin: tuple[str, ...]  # opens a write transaction that holds the store's write lock
    table_exists: str  # one `?`: the table's name
    json_values: str  # `SELECT value FROM ...` the strings of a JSON array given as `?`
    json_integers: str  # the same, the integers of a JSON array
    json_text: Callable[[str, str], str]  # (column, key): a JSON object's value as SQL
    json_int: Callable[[str, str], str]  # the same, as an integer (NULL if not a number)
    sorted_list: Callable[[str, str], str]  # (column, key): a JSON array's strings, sorted, joined
    ends_with: str  # two `?`: the suffix's length, then the suffix; the text before it
    least: str  # the smaller of two values, `{}` for each
    no_limit: int | None  # what `LIMIT ?` takes to mean no limit
    # full-text search: (`select`, expression) turned into a query of the index filtered
    # by the match expression, given as the first parameter, ranked by `rank` (lower first)
    matching: Callable[[str, str], str]
    rank: str
    rank_expression: Callable[[str], str]  # what `rank` scores an expression's matches by
    expressions: Callable[[ParsedQuery], list[str]]
    errors: tuple[type[Exception], ...]  # what a driver raises
    integrity_errors: tuple[type[Exception], ...]  # a UNIQUE or foreign key refused


class Database(Protocol):
    """A connection the store's SQL runs on: sqlite3's, or store/postgres.py's."""

    dialect: Dialect

    def execute(self, sql: str, parameters: Any = ..., /) -> Any: ...

    def executemany(self, sql: str, parameters: Any, /) -> Any: ...

    def close(self) -> None: ...


def _sqlite_json(column: str, key: str) -> str:
    return f"json_extract({column}, '$.{key}')"


def _sqlite_sorted(column: str, key: str) -> str:
    return ("(SELECT group_concat(value, ',') FROM (SELECT value FROM"
            f" json_each({_sqlite_json(column, key)}) ORDER BY value))")


SQLITE = Dialect(
    name="sqlite",
    migrations=MIGRATIONS,
    split_migrations=True,
    begin=("BEGIN IMMEDIATE",),  # takes the write lock at once: writers queue, never deadlock
    table_exists="SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?",
    json_values="SELECT value FROM json_each(?)",
    json_integers="SELECT value FROM json_each(?)",
    json_text=_sqlite_json,
    json_int=_sqlite_json,
    sorted_list=_sqlite_sorted,
    ends_with="substr({}, -length(?)) = ?",
    least="MIN({}, {})",
    no_limit=-1,
    matching=lambda select, _: f"SELECT {select} FROM articles_fts WHERE articles_fts MATCH ?",
    rank="bm25(articles_fts, 0.0, 5.0, 1.0)",
    rank_expression=fts5_rank_expression,
    expressions=fts5_expressions,
    errors=(sqlite3.Error,),
    integrity_errors=(sqlite3.IntegrityError,),
)


class Connection(sqlite3.Connection):
    """sqlite3's connection, telling the store's SQL which dialect it speaks."""

    dialect = SQLITE


def dialect_of(conn: Any) -> Dialect:
    """The connection's dialect; a plain sqlite3 connection speaks SQLite's."""
    dialect: Dialect = getattr(conn, "dialect", SQLITE)
    return dialect
