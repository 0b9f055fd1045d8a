"""Persistence of reconciled records and of people's corrections.

Facts get a `record_key` when stored; every record whose key gained a fact
is rebuilt from all of its facts. Ingesting more articles therefore updates
records incrementally, and re-ingesting (no new facts) changes nothing.
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
from collections.abc import Iterable
from datetime import UTC, datetime
from typing import Any

from langgieng.errors import NotFound
from langgieng.model import Claim, Fact, Record, Source, Span
from langgieng.reconcile import build_record, record_key
from langgieng.reconcile.views import Correction, apply_corrections, entities_of, record_date

_FACT_COLUMNS = (
    "SELECT f.id, f.type, f.fields, f.evidence_start, f.evidence_end, f.confidence, f.rule,"
    " f.article_id, a.published, a.url FROM facts f JOIN articles a ON a.id = f.article_id"
)


def key_id(key: str) -> str:
    """The short, stable id of a record key."""
    return hashlib.sha1(key.encode("utf-8")).hexdigest()[:10]


def refresh_for_articles(db: sqlite3.Connection, article_ids: Iterable[str]) -> int:
    """Give the articles' new facts a record key and rebuild those records."""
    keys: set[str] = set()
    for article_id in article_ids:
        rows = db.execute(
            _FACT_COLUMNS + " WHERE f.article_id = ? AND f.record_key IS NULL", (article_id,)
        ).fetchall()
        for row in rows:
            fact, source = _fact_and_source(row)
            key = record_key(fact, published=source.published)
            db.execute("UPDATE facts SET record_key = ? WHERE id = ?", (key, row["id"]))
            keys.add(key)
    rebuild(db, keys)
    return len(keys)


def refresh_all(db: sqlite3.Connection) -> int:
    """Recompute every record from the stored facts (after the key rules change)."""
    db.execute("UPDATE facts SET record_key = NULL")
    db.execute("DELETE FROM records")
    ids = [row[0] for row in db.execute("SELECT id FROM articles")]
    return refresh_for_articles(db, ids)


def rebuild(db: sqlite3.Connection, keys: Iterable[str]) -> None:
    now = datetime.now(UTC).isoformat(timespec="seconds")
    for key in keys:
        rows = db.execute(_FACT_COLUMNS + " WHERE f.record_key = ? ORDER BY f.id", (key,))
        group = [_fact_and_source(row) for row in rows]
        db.execute("DELETE FROM records WHERE key = ?", (key,))
        if not group:
            continue
        record = build_record(key, group)
        db.execute(
            "INSERT INTO records (key, id, type, fields, claims, sources, date, updated_at)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            (
                key,
                key_id(key),
                record.type,
                _json(record.fields),
                _json(_claims_json(record)),
                _json([_source_json(s) for s in record.sources]),
                record_date(record) or None,
                now,
            ),
        )
        db.executemany(
            "INSERT INTO record_entities (record_key, entity) VALUES (?, ?)",
            [(key, entity) for entity in sorted(entities_of(record))],
        )


def load_records(
    db: sqlite3.Connection,
    *,
    type: str | None = None,
    entity: str | None = None,
    include_rejected: bool = False,
) -> list[Record]:
    """Records with people's corrections applied; rejected ones left out unless asked."""
    sql, params = "SELECT r.* FROM records r", []
    if entity:
        sql += " JOIN record_entities e ON e.record_key = r.key AND e.entity = ?"
        params.append(entity)
    if type:
        sql += " WHERE r.type = ?"
        params.append(type)
    sql += " ORDER BY r.date, r.key"
    records = [_record(row) for row in db.execute(sql, params)]
    corrections = _corrections(db, [r.key for r in records])
    reviewed = []
    for record in records:
        result = apply_corrections(record, corrections.get(record.key, []))
        if result is not None:
            reviewed.append(result)
        elif include_rejected:
            record.review = "rejected"
            reviewed.append(record)
    return reviewed


def find_record(db: sqlite3.Connection, ref: str) -> Record:
    """A record by key, id or unambiguous id prefix, corrections applied."""
    rows = db.execute(
        "SELECT * FROM records WHERE key = ? OR id = ? OR id LIKE ? LIMIT 2",
        (ref, ref, ref.replace("%", "").replace("_", "") + "%" if len(ref) >= 4 else ref),
    ).fetchall()
    if not rows:
        raise NotFound(f"no record {ref!r} (see `langgieng review` for ids)")
    if len(rows) > 1:
        raise NotFound(f"{ref!r} matches several records; give more of the id")
    record = _record(rows[0])
    applied = apply_corrections(record, _corrections(db, [record.key]).get(record.key, []))
    if applied is None:
        record.review = "rejected"
    return record


def save_correction(db: sqlite3.Connection, correction: Correction) -> None:
    db.execute(
        "INSERT INTO corrections (record_key, action, field, value, note, created_at)"
        " VALUES (?, ?, ?, ?, ?, ?)",
        (
            correction.record_key,
            correction.action,
            correction.field,
            None if correction.value is None else _json(correction.value),
            correction.note,
            datetime.now(UTC).isoformat(timespec="seconds"),
        ),
    )


def _corrections(db: sqlite3.Connection, keys: list[str]) -> dict[str, list[Correction]]:
    found: dict[str, list[Correction]] = {}
    if not keys:
        return found
    # Few records carry corrections; read them all rather than bind thousands of keys.
    wanted = set(keys)
    for row in db.execute("SELECT * FROM corrections ORDER BY id"):
        if row["record_key"] in wanted:
            value = None if row["value"] is None else json.loads(row["value"])
            found.setdefault(row["record_key"], []).append(
                Correction(row["record_key"], row["action"], row["field"], value, row["note"])
            )
    return found


def _fact_and_source(row: sqlite3.Row) -> tuple[Fact, Source]:
    span = Span(row["evidence_start"], row["evidence_end"])
    fact = Fact(row["type"], json.loads(row["fields"]), span, row["confidence"], row["rule"])
    source = Source(row["article_id"], span, row["confidence"], row["published"], row["url"])
    return fact, source


def _record(row: sqlite3.Row) -> Record:
    claims = {
        name: [Claim(c["value"], [_source(s) for s in c["sources"]]) for c in options]
        for name, options in json.loads(row["claims"]).items()
    }
    sources = [_source(s) for s in json.loads(row["sources"])]
    return Record(row["key"], row["type"], json.loads(row["fields"]), claims, sources)


def _claims_json(record: Record) -> dict[str, Any]:
    return {
        name: [{"value": c.value, "sources": [_source_json(s) for s in c.sources]} for c in options]
        for name, options in record.claims.items()
    }


def _source_json(source: Source) -> dict[str, Any]:
    return {
        "article": source.article_id,
        "start": source.evidence.start,
        "end": source.evidence.end,
        "confidence": source.confidence,
        "published": source.published,
        "url": source.url,
    }


def _source(data: dict[str, Any]) -> Source:
    return Source(
        data["article"],
        Span(data["start"], data["end"]),
        data["confidence"],
        data.get("published"),
        data.get("url"),
    )


def _json(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))
