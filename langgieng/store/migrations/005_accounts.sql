-- Who may change the record: accounts (passwords hashed with Argon2), API tokens
-- for scripts (stored as SHA-256 digests: they are random, not chosen), the
-- secret that signs web sessions, and who made each verdict and who undid it.

CREATE TABLE users (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE,
    password_hash TEXT NOT NULL,
    role TEXT NOT NULL CHECK (role IN ('reader', 'reviewer', 'admin')),
    created_at TEXT NOT NULL
);

CREATE TABLE api_tokens (
    id INTEGER PRIMARY KEY,
    user_id INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    digest TEXT NOT NULL UNIQUE,
    label TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL
);

CREATE TABLE secrets (
    name TEXT PRIMARY KEY,
    value TEXT NOT NULL
);

ALTER TABLE corrections ADD COLUMN author TEXT NOT NULL DEFAULT '';
ALTER TABLE corrections ADD COLUMN undone_at TEXT;
ALTER TABLE corrections ADD COLUMN undone_by TEXT;
ALTER TABLE entity_verdicts ADD COLUMN author TEXT NOT NULL DEFAULT '';
