"""SQL of accounts, API tokens, the session secret, and verdict history."""

from __future__ import annotations

import json
import secrets
from dataclasses import dataclass
from typing import Any

from langgieng.accounts import AccountError, User, check_name, check_role, token_digest
from langgieng.store.dialect import Database


@dataclass(frozen=True, slots=True)
class Verdict:
    """One stored verdict on a record, as history shows it."""

    id: int
    action: str
    field: str | None
    value: Any
    note: str
    author: str
    at: str
    undone_at: str | None
    undone_by: str | None


def add_user(db: Database, name: str, password_hash: str, role: str, at: str) -> None:
    check_name(name)
    check_role(role)
    try:
        db.execute(
            "INSERT INTO users (name, password_hash, role, created_at) VALUES (?, ?, ?, ?)",
            (name, password_hash, role, at),
        )
    except db.dialect.integrity_errors:
        raise AccountError(f"a user {name!r} exists already") from None


def users(db: Database) -> list[tuple[User, str, int]]:
    """(user, created at, API tokens) for every account, by name."""
    rows = db.execute(
        "SELECT u.name, u.role, u.created_at, COUNT(t.id) FROM users u"
        " LEFT JOIN api_tokens t ON t.user_id = u.id GROUP BY u.id ORDER BY u.name"
    )
    return [(User(name, role), at, tokens) for name, role, at, tokens in rows]


def count_users(db: Database) -> int:
    return int(db.execute("SELECT COUNT(*) FROM users").fetchone()[0])


def password_hash(db: Database, name: str) -> tuple[User, str] | None:
    row = db.execute("SELECT name, role, password_hash FROM users WHERE name = ?", (name,))
    found = row.fetchone()
    return (User(found[0], found[1]), found[2]) if found else None


def user(db: Database, name: str) -> User | None:
    row = db.execute("SELECT name, role FROM users WHERE name = ?", (name,)).fetchone()
    return User(row[0], row[1]) if row else None


def set_role(db: Database, name: str, role: str) -> None:
    check_role(role)
    if db.execute("UPDATE users SET role = ? WHERE name = ?", (role, name)).rowcount == 0:
        raise AccountError(f"no user {name!r}")


def remove_user(db: Database, name: str) -> None:
    if db.execute("DELETE FROM users WHERE name = ?", (name,)).rowcount == 0:
        raise AccountError(f"no user {name!r}")


def add_token(db: Database, name: str, digest: str, label: str, at: str) -> None:
    row = db.execute("SELECT id FROM users WHERE name = ?", (name,)).fetchone()
    if row is None:
        raise AccountError(f"no user {name!r}")
    db.execute(
        "INSERT INTO api_tokens (user_id, digest, label, created_at) VALUES (?, ?, ?, ?)",
        (row[0], digest, label, at),
    )


def token_user(db: Database, token: str) -> User | None:
    row = db.execute(
        "SELECT u.name, u.role FROM api_tokens t JOIN users u ON u.id = t.user_id"
        " WHERE t.digest = ?",
        (token_digest(token),),
    ).fetchone()
    return User(row[0], row[1]) if row else None


def secret(db: Database, name: str) -> str | None:
    row = db.execute("SELECT value FROM secrets WHERE name = ?", (name,)).fetchone()
    return str(row[0]) if row else None


def make_secret(db: Database, name: str) -> str:
    """The named secret, made (32 random bytes) the first time it is asked for."""
    db.execute(
        "INSERT INTO secrets (name, value) VALUES (?, ?) ON CONFLICT (name) DO NOTHING",
        (name, secrets.token_urlsafe(32)),
    )
    found = secret(db, name)
    assert found is not None
    return found


def history(db: Database, record_key: str) -> list[Verdict]:
    rows = db.execute(
        "SELECT id, action, field, value, note, author, created_at, undone_at, undone_by"
        " FROM corrections WHERE record_key = ? ORDER BY id",
        (record_key,),
    )
    return [
        Verdict(r[0], r[1], r[2], None if r[3] is None else json.loads(r[3]), r[4], r[5],
                r[6], r[7], r[8])
        for r in rows
    ]


def undo_last(db: Database, record_key: str, by: str, at: str) -> Verdict | None:
    """Mark the latest verdict still in force on the record undone; None if none is."""
    row = db.execute(
        "SELECT id FROM corrections WHERE record_key = ? AND undone_at IS NULL"
        " ORDER BY id DESC LIMIT 1",
        (record_key,),
    ).fetchone()
    if row is None:
        return None
    db.execute("UPDATE corrections SET undone_at = ?, undone_by = ? WHERE id = ?",
               (at, by, row[0]))
    return next(v for v in history(db, record_key) if v.id == row[0])
