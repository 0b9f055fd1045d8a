"""Versioned schema: ordered SQL files applied forward, one transaction each.

A migration is `NNN_name.sql` in the migrations folder of the database's
dialect (`migrations/` for SQLite, `migrations/postgresql/` with the same
versions for PostgreSQL). Each applied file is recorded in `schema_migrations`,
so opening an old database brings it up to date without touching its data, and
a failed migration leaves it as it was. Each is applied under the store's
write lock, so processes opening one store at once apply it once.
"""

from __future__ import annotations

import re
import sqlite3
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from langgieng.errors import StoreError
from langgieng.store.dialect import MIGRATIONS, Database, dialect_of

MIGRATIONS_DIR = MIGRATIONS  # SQLite's
_FILE_NAME = re.compile(r"^(\d+)_(\w+)\.sql$")


@dataclass(frozen=True, slots=True)
class Migration:
    version: int
    name: str
    path: Path

    def statements(self) -> list[str]:
        """The file's SQL split into complete SQLite statements (triggers stay whole)."""
        statements: list[str] = []
        pending = ""
        for line in self.path.read_text(encoding="utf-8").splitlines(keepends=True):
            pending += line
            if sqlite3.complete_statement(pending):
                statements.append(pending.strip())
                pending = ""
        if pending.strip() and not _only_comments(pending):
            raise StoreError("%(path)s: incomplete SQL statement at the end of the file",
                             path=self.path)
        return statements


def _only_comments(sql: str) -> bool:
    return all(not line.strip() or line.strip().startswith("--") for line in sql.splitlines())


def discover(directory: Path | None = None) -> list[Migration]:
    """The migrations in `directory` (SQLite's by default), in version order."""
    directory = directory or MIGRATIONS_DIR
    found: dict[int, Migration] = {}
    for path in sorted(directory.glob("*.sql")):
        match = _FILE_NAME.match(path.name)
        if not match:
            raise StoreError("%(path)s: a migration must be named NNN_name.sql", path=path)
        version = int(match.group(1))
        if version in found:
            raise StoreError("%(path)s: migration version %(version)s is used twice", path=path,
                             version=version)
        found[version] = Migration(version, match.group(2), path)
    return [found[v] for v in sorted(found)]


def applied_versions(conn: Database) -> set[int]:
    rows = conn.execute("SELECT version FROM schema_migrations").fetchall()
    return {row[0] for row in rows}


def schema_version(conn: Database) -> int:
    row = conn.execute("SELECT MAX(version) FROM schema_migrations").fetchone()
    return int(row[0] or 0)


def migrate(conn: Database, directory: Path | None = None) -> list[int]:
    """Apply every pending migration; return the versions applied now.

    `conn` must be in autocommit mode (isolation_level=None): transactions here
    are explicit, so a migration's DDL and its record commit together.
    """
    if not _has_table(conn):  # looked up first: a current database takes no write lock
        _begin(conn)
        conn.execute(
            "CREATE TABLE IF NOT EXISTS schema_migrations ("
            " version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)"
        )
        conn.execute("COMMIT")
    migrations = discover(directory or dialect_of(conn).migrations)
    known = {m.version for m in migrations}
    unknown = applied_versions(conn) - known
    if unknown:
        raise StoreError(
            "database schema version %(found)s is newer than this program knows (%(known)s);"
            " upgrade langgieng", found=max(unknown), known=max(known, default=0),
        )
    done = applied_versions(conn)
    applied: list[int] = []
    for migration in migrations:
        if migration.version not in done and _apply(conn, migration):
            applied.append(migration.version)
    return applied


def pending(conn: Database, directory: Path | None = None) -> list[Migration]:
    """Migrations not applied yet (all of them on a database without the table)."""
    done = applied_versions(conn) if _has_table(conn) else set()
    return [m for m in discover(directory or dialect_of(conn).migrations) if m.version not in done]


def _has_table(conn: Database) -> bool:
    row = conn.execute(dialect_of(conn).table_exists, ("schema_migrations",)).fetchone()
    return row is not None


def _begin(conn: Database) -> None:
    """A transaction holding the store's write lock."""
    for statement in dialect_of(conn).begin:
        conn.execute(statement)


def _apply(conn: Database, migration: Migration) -> bool:
    # PostgreSQL runs a file whole (function bodies hold `;`); SQLite one statement at a time
    statements = (migration.statements() if dialect_of(conn).split_migrations
                  else [migration.path.read_text(encoding="utf-8")])
    _begin(conn)  # also re-checks under the write lock (two openers)
    try:
        if migration.version in applied_versions(conn):
            conn.execute("ROLLBACK")
            return False
        for statement in statements:
            conn.execute(statement)
        conn.execute(
            "INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)",
            (migration.version, migration.name, datetime.now(UTC).isoformat(timespec="seconds")),
        )
        conn.execute("COMMIT")
    except dialect_of(conn).errors as exc:
        conn.execute("ROLLBACK")
        raise StoreError("%(path)s: migration failed: %(error)s", path=migration.path,
                         error=exc) from exc
    return True
