"""Persistence of reconciled records and of people's corrections.

Facts get a `record_key` when stored; `refresh_new` folds the facts that have
none yet into their records: a stored record's tallies are loaded and only the
new facts are added (store/record_tally.py), their sources appended as a new
part, so the cost of an ingest does not grow with the store or with the size of
the records it touches. Re-ingesting (no new facts) changes nothing;
`refresh_all` rebuilds everything from the facts, and gives the same records.

Readers get whole records (every source, from the parts) or, for lists, each
record's listing (store/record_json.py).
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable
from datetime import UTC, datetime
from typing import Any

from langgieng.errors import NotFound
from langgieng.model import Fact, Record, Source, Span
from langgieng.reconcile import record_key
from langgieng.reconcile.corrections import Correction, apply_corrections
from langgieng.reconcile.views import entities_of, record_date
from langgieng.store import record_json, record_tally
from langgieng.store.dialect import Database
from langgieng.store.queries import dated_order

_FACT_SELECT = ("SELECT f.id, f.type, f.fields, f.evidence_start, f.evidence_end,"
                " f.confidence, f.rule, f.article_id, a.published, a.url")
_FACTS = " FROM facts f JOIN articles a ON a.id = f.article_id"
_FACT_COLUMNS = _FACT_SELECT + _FACTS
_KEYED_FACT_COLUMNS = _FACT_SELECT + ", f.record_key" + _FACTS
CHUNK = 20_000  # facts read (and held) at a time, to bound memory on a big ingest or rebuild
ROUND = 500_000  # facts keyed before they are folded in: a record is written once a round
WRITE_SLICE = 500  # records read and written together
MAX_PARTS = 100  # a record refreshed this often (small ingests) is written again in one part

EntityRow = tuple[str, str, str | None]  # a record_entities row: record key, entity, date


def key_id(key: str) -> str:
    """The short, stable id of a record key."""
    return hashlib.sha1(key.encode("utf-8")).hexdigest()[:10]


def refresh_new(db: Database) -> int:
    """Give the facts stored since the last refresh a record key and fold them
    into their records, in fact order. Returns how many records changed.

    The facts are keyed first, up to ROUND of them (whole articles), and only then
    read again by record, a slice of records at a time: each record is read and
    written once per round, however many pages of facts name it."""
    changed: set[str] = set()
    while True:
        held: dict[int, tuple[Fact, Source]] = {}
        keyed = _key_new_facts(db, held)
        if not keyed:
            break
        now = datetime.now(UTC).isoformat(timespec="seconds")
        for keys in _slices((key, len(ids)) for key, ids in keyed.items()):
            groups = ({key: [held[i] for i in keyed[key]] for key in keys} if held else
                      _facts_by_id(db, {i: key for key in keys for i in keyed[key]}))
            stored = _stored_rows(db, keys)
            stale = _stale(db, keys)
            updated = (_updated(db, key, groups[key], stored.get(key), key in stale)
                       for key in keys)
            _write_bounded(db, updated, now, _stored_entities(db, list(stored)))
        changed.update(keyed)
    return len(changed)


def _stale(db: Database, keys: list[str]) -> set[str]:
    """Those of the keys whose records an article was in before it was extracted
    again; the marks go, as the records are rebuilt."""
    found = {row[0] for row in db.execute(
        f"SELECT key FROM stale_records WHERE key IN ({db.dialect.json_values})",
        (json.dumps(keys),))}
    db.executemany("DELETE FROM stale_records WHERE key = ?", [(key,) for key in found])
    return found


def _slices(sizes: Iterable[tuple[str, int]]) -> list[list[str]]:
    """Records are read and written a slice at a time: one query per slice, not per
    record, with at most WRITE_SLICE records and about CHUNK of their facts (a
    record with more, alone) in memory. `sizes`: each key and its facts to read."""
    slices: list[list[str]] = []
    current: list[str] = []
    held = 0
    for key, size in sizes:
        if current and (len(current) >= WRITE_SLICE or held + size > CHUNK):
            slices.append(current)
            current, held = [], 0
        current.append(key)
        held += size
    if current:
        slices.append(current)
    return slices


def _stored_rows(db: Database, keys: list[str]) -> dict[str, Any]:
    rows = db.execute(f"SELECT * FROM records WHERE key IN ({db.dialect.json_values})",
                      (json.dumps(keys),))
    return {row["key"]: row for row in rows}


def _stored_entities(db: Database, keys: list[str]) -> dict[str, set[EntityRow]]:
    """The record_entities rows of the given records, by record."""
    found: dict[str, set[EntityRow]] = {key: set() for key in keys}
    rows = db.execute(
        "SELECT record_key, entity, date FROM record_entities"
        f" WHERE record_key IN ({db.dialect.json_values})", (json.dumps(keys),))
    for key, entity, date in rows:
        found[key].add((key, entity, date))
    return found


def _key_new_facts(db: Database, held: dict[int, tuple[Fact, Source]]) -> dict[str, list[int]]:
    """Key the next facts without a record key, CHUNK at a time, until ROUND of them
    (then with the rest of the last one's article: an article's facts join a record
    together). Their ids, by key, in fact order. When they all came in one read (at
    most CHUNK: an ingest's batch), `held` gets each fact and source by id, so that
    they are not read and decoded again to be folded."""
    keyed: dict[str, list[int]] = {}
    count, last = 0, -1
    while count < ROUND:
        rows = db.execute(_FACT_COLUMNS + " WHERE f.record_key IS NULL AND f.id > ?"
                          " ORDER BY f.id LIMIT ?", (last, CHUNK)).fetchall()
        if not rows:
            break
        if len(rows) == CHUNK and count + len(rows) >= ROUND:
            rows += db.execute(
                _FACT_COLUMNS + " WHERE f.record_key IS NULL AND f.article_id = ? AND f.id > ?"
                " ORDER BY f.id", (rows[-1]["article_id"], rows[-1]["id"])).fetchall()
        first = count == 0 and len(rows) < CHUNK  # the whole round in this read
        _key(db, rows, keyed, held if first else None)
        count, last = count + len(rows), rows[-1]["id"]
        if len(rows) < CHUNK:
            break
    return keyed


def _key(db: Database, rows: list[Any], keyed: dict[str, list[int]],
         held: dict[int, tuple[Fact, Source]] | None = None) -> None:
    """Give facts read with _FACT_COLUMNS their record keys; add their ids to `keyed`
    (and each fact and source to `held`, if given)."""
    given = []
    for row in rows:
        fact, source = _fact_and_source(row)
        key = _key_of(fact, source)
        fact_id = row["id"]
        keyed.setdefault(key, []).append(fact_id)
        given.append((key, fact_id))
        if held is not None:
            held[fact_id] = fact, source
    db.executemany("UPDATE facts SET record_key = ? WHERE id = ?", given)


def _key_of(fact: Fact, source: Source) -> str:
    """The record key of a stored fact: the happening it tells, as of its article's date."""
    return record_key(fact, published=source.published, article=source.article_id)


def _facts_by_id(db: Database, keys: dict[int, str]) -> dict[str, list[tuple[Fact, Source]]]:
    """The facts of the ids of `keys` (fact id -> record key), by key, in fact order."""
    groups: dict[str, list[tuple[Fact, Source]]] = {}
    rows = db.execute(_FACT_COLUMNS + f" WHERE f.id IN ({db.dialect.json_integers})"
                      " ORDER BY f.id", (json.dumps(list(keys)),))
    for row in rows:
        groups.setdefault(keys[row["id"]], []).append(_fact_and_source(row))
    return groups


def _updated(db: Database, key: str, group: list[tuple[Fact, Source]], row: Any,
             stale: bool) -> record_tally.Tallied:
    """The record of `key` (stored as `row`, if at all) with the group's facts added,
    in stated order."""
    if row is None:
        return record_tally.fold(record_tally.new(key, group[0][0]), group)
    if stale or row["parts"] is None or row["parts"] >= MAX_PARTS:
        # an article seen again (re-extracted): its old facts may be gone, start over;
        # a record stored before tallies, or in many parts, is made again from its facts
        return _rebuilt(db, key)
    return record_tally.fold(_tallied(row), group)


def _rebuilt(db: Database, key: str) -> record_tally.Tallied:
    rows = db.execute(_FACT_COLUMNS + " WHERE f.record_key = ? ORDER BY f.id", (key,))
    return _folded(key, [_fact_and_source(row) for row in rows])


def _folded(key: str, group: list[tuple[Fact, Source]]) -> record_tally.Tallied:
    """The record of `key` made from all of its facts."""
    return record_tally.fold(record_tally.new(key, group[0][0]), group)


def _write_bounded(db: Database, updated: Iterable[record_tally.Tallied], now: str,
                   stored_entities: dict[str, set[EntityRow]]) -> None:
    """`_write` the records as they come, WRITE_SLICE or about CHUNK sources at a time:
    a record rebuilt from its facts holds all of its sources until written."""
    held: list[record_tally.Tallied] = []
    sources = 0
    for record in updated:
        held.append(record)
        sources += len(record.added)
        if len(held) >= WRITE_SLICE or sources >= CHUNK:
            _write(db, held, now, stored_entities)
            held, sources = [], 0
    if held:
        _write(db, held, now, stored_entities)


def refresh_all(db: Database) -> int:
    """Recompute every record from the stored facts (after the key rules change):
    keys first, then each record once from all of its facts. A fact whose key is
    the same, and a record whose rows come out the same, are not written again (on
    a server that seldom vacuums, each row written leaves a dead one behind)."""
    db.execute("DELETE FROM stale_records")
    sizes: dict[str, int] = {}  # facts by key
    last = -1
    while rows := db.execute(_KEYED_FACT_COLUMNS + " WHERE f.id > ? ORDER BY f.id LIMIT ?",
                             (last, CHUNK)).fetchall():
        given = []
        for row in rows:
            key = _key_of(*_fact_and_source(row))
            sizes[key] = sizes.get(key, 0) + 1
            if row["record_key"] != key:
                given.append((key, row["id"]))
        db.executemany("UPDATE facts SET record_key = ? WHERE id = ?", given)
        last = rows[-1]["id"]
    db.executemany("DELETE FROM records WHERE key = ?",
                   [(row[0],) for row in db.execute("SELECT key FROM records").fetchall()
                    if row[0] not in sizes])
    now = datetime.now(UTC).isoformat(timespec="seconds")
    for keys in _slices(sorted(sizes.items())):
        # the slice's keys are the stored keys from its first to its last (both
        # databases compare them by code point, as `sorted`): a range the planner
        # reads through the index, where for a list of keys PostgreSQL read the table
        groups: dict[str, list[tuple[Fact, Source]]] = {key: [] for key in keys}
        for row in db.execute(_KEYED_FACT_COLUMNS + " WHERE f.record_key >= ?"
                              " AND f.record_key <= ? ORDER BY f.id", (keys[0], keys[-1])):
            groups[row["record_key"]].append(_fact_and_source(row))
        stored = _stored_rows(db, keys)
        _write(db, [_folded(key, groups[key]) for key in keys], now,
               _stored_entities(db, list(stored)), before=_as_stored(db, stored))
    return len(sizes)


def _write(db: Database, updated: list[record_tally.Tallied], now: str,
           stored_entities: dict[str, set[EntityRow]], *,
           before: dict[str, tuple[Any, str | None, list[str]]] | None = None) -> None:
    """Store records' tallies, the part each adds, and their entities. A record
    without parts (new, or rebuilt) starts over at part 0. `stored_entities` holds
    the entity rows of those already stored: rows that have not changed (most, as
    a record grows) are left as they are. `before` (from `_as_stored`), when given,
    holds the stored rows of records rebuilt whole: one that comes out as stored is
    not written again."""
    rows, parts, listings, stale, entity_rows, restarted = [], [], [], [], [], []
    verdicts = _corrections(db, [record.key for record in updated])
    for record in updated:
        ranked_claims = record.ranked()
        ranked = record_tally.preferred(record, ranked_claims)
        date = record_date(ranked) or None
        part = record_tally.encode_part(record) if record.added else None
        summary, tallies = record_tally.encode(record, ranked_claims)
        conflicts = sum(1 for options in ranked_claims.values() if len(options) > 1)
        row = (record.key, key_id(record.key), record.type, record_json.dumps(ranked.fields),
               tallies, summary, date, now, _status(ranked, verdicts.get(record.key, [])),
               conflicts, record.sureness, record.parts + (part is not None))
        listing = record_tally.encode_listing(record, ranked_claims)
        if before is None or not _as_before(before.get(record.key), row, part, listing):
            if record.parts == 0:
                restarted.append((record.key,))
            if part is not None:
                parts.append((record.key, record.parts, part))
            record.parts = row[-1]
            rows.append(row)
            listings.append((record.key, listing))
        entities = [(record.key, entity, date) for entity in sorted(entities_of(ranked))]
        stored = stored_entities.get(record.key)
        if stored is None or stored != set(entities):
            entity_rows += entities
            if stored:
                stale.append((record.key,))
    db.executemany(
        "INSERT INTO records (key, id, type, fields, claims, sources, date, updated_at,"
        " review, conflicts, sureness, parts) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
        " ON CONFLICT (key) DO UPDATE SET type = excluded.type, fields = excluded.fields,"
        " claims = excluded.claims, sources = excluded.sources, date = excluded.date,"
        " updated_at = excluded.updated_at, review = excluded.review,"
        " conflicts = excluded.conflicts, sureness = excluded.sureness,"
        " parts = excluded.parts",
        rows,
    )
    db.executemany("DELETE FROM record_parts WHERE record_key = ?", restarted)
    db.executemany("INSERT INTO record_parts (record_key, part, sources) VALUES (?, ?, ?)",
                   parts)
    _write_listings(db, listings)
    db.executemany("DELETE FROM record_entities WHERE record_key = ?", stale)
    db.executemany("INSERT INTO record_entities (record_key, entity, date) VALUES (?, ?, ?)",
                   entity_rows)


# the columns of a records row as `_write` lays them out, from `type` on; all but
# `updated_at` are the same for a record rebuilt as it was stored
_ROW_COLUMNS = ("type", "fields", "claims", "sources", "date", "updated_at", "review",
                "conflicts", "sureness", "parts")
_COMPARED = tuple(name for name in _ROW_COLUMNS if name != "updated_at")


def _as_stored(db: Database, stored: dict[str, Any]) -> dict[str, tuple[Any, str | None,
                                                                       list[str]]]:
    """(row, listing, parts) of the stored records of `stored` (key -> records row)
    that are in one part, as a rebuilt record is: those in several are written again."""
    whole = [key for key, row in stored.items() if row["parts"] == 1]
    parts = _parts(db, whole)
    listings = {row[0]: row[1] for row in db.execute(
        "SELECT record_key, listing FROM record_listings"
        f" WHERE record_key IN ({db.dialect.json_values})", (json.dumps(whole),))}
    return {key: (stored[key], listings.get(key), parts[key]) for key in whole}


def _as_before(stored: tuple[Any, str | None, list[str]] | None, row: tuple[Any, ...],
               part: str | None, listing: str) -> bool:
    """Whether a record's new row, part and listing are those stored."""
    if stored is None:
        return False
    stored_row, stored_listing, stored_parts = stored
    new = dict(zip(_ROW_COLUMNS, row[2:], strict=True))
    return (stored_listing == listing and stored_parts == ([] if part is None else [part])
            and all(stored_row[name] == new[name] for name in _COMPARED))


def _write_listings(db: Database, listings: list[tuple[str, str]]) -> None:
    db.executemany(
        "INSERT INTO record_listings (record_key, listing) VALUES (?, ?)"
        " ON CONFLICT (record_key) DO UPDATE SET listing = excluded.listing", listings)


def unlisted(db: Database, limit: int = WRITE_SLICE) -> list[str]:
    """Keys of records stored without a listing (before migration 011), at most `limit`."""
    return [row[0] for row in db.execute(
        "SELECT key FROM records r WHERE NOT EXISTS"
        " (SELECT 1 FROM record_listings l WHERE l.record_key = r.key) LIMIT ?", (limit,))]


def untallied(db: Database, limit: int = WRITE_SLICE) -> list[str]:
    """Keys of records stored whole, before tallies (migration 014), at most `limit`."""
    return [row[0] for row in db.execute("SELECT key FROM records WHERE parts IS NULL LIMIT ?",
                                         (limit,))]


def fill_listings(db: Database) -> int:
    """Give every record stored before tallies its tallies and parts, and every
    record stored without a listing its listing; returns how many."""
    filled = 0
    now = datetime.now(UTC).isoformat(timespec="seconds")
    while keys := untallied(db):
        stored = _stored_rows(db, keys)
        _write(db, [record_tally.from_record(_stated_record(row)) for row in stored.values()],
               now, _stored_entities(db, list(stored)))
        filled += len(stored)
    while keys := unlisted(db):
        whole = _whole_records(db, keys)
        _write_listings(db, [(record.key, record_json.encode_listing(record))
                             for record in whole])
        filled += len(whole)
    return filled


def _status(record: Record, corrections: list[Correction]) -> str | None:
    """The verdict people's corrections give the record (on a copy: stored fields
    stay as extracted)."""
    judged = Record(record.key, record.type, dict(record.fields))
    apply_corrections(judged, corrections)
    return judged.review


def update_status(db: Database, key: str) -> None:
    """Keep the record's stored verdict in step with its corrections."""
    row = db.execute("SELECT key, type, fields FROM records WHERE key = ?", (key,)).fetchone()
    if row is not None:
        fields = Record(key, row["type"], json.loads(row["fields"]))
        status = _status(fields, _corrections(db, [key]).get(key, []))
        db.execute("UPDATE records SET review = ? WHERE key = ?", (status, key))


def _selection(
    *, type: str | None, entity: str | None, include_rejected: bool, unreviewed: bool
) -> tuple[str, list[Any], tuple[str, str]]:
    """FROM and WHERE of a list of records, its parameters and its date order."""
    if entity:  # the (entity, date) index gives an entity's records in date order
        sql = " FROM record_entities e JOIN records r ON r.key = e.record_key WHERE e.entity = ?"
        params: list[Any] = [entity]
        order = ("e.date", "e.record_key")
    else:
        sql, params, order = " FROM records r WHERE 1 = 1", [], ("r.date", "r.key")
    if type:
        sql += " AND r.type = ?"
        params.append(type)
    if unreviewed:
        sql += " AND r.review IS NULL"
    elif not include_rejected:
        sql += " AND " + _NOT_REJECTED.format("r.review")
    return sql, params, order


def count_records(
    db: Database, *, type: str | None = None, entity: str | None = None,
    include_rejected: bool = False, unreviewed: bool = False,
) -> int:
    sql, params, _ = _selection(type=type, entity=entity, include_rejected=include_rejected,
                                unreviewed=unreviewed)
    return int(db.execute("SELECT COUNT(*)" + sql, params).fetchone()[0])


def rejected_keys(db: Database) -> set[str]:
    """The keys of the records people rejected (the stored verdict, no decoding)."""
    return {row[0] for row in db.execute("SELECT key FROM records WHERE review = 'rejected'")}


# `review IS NOT 'rejected'`, as PostgreSQL reads it too
_NOT_REJECTED = "({0} IS NULL OR {0} <> 'rejected')"


def record_counts(db: Database) -> dict[str, Any]:
    """The overview's figures from one pass over the index: records by type (not
    rejected), with conflicts, and not yet reviewed."""
    kept = _NOT_REJECTED.format("review")
    by_type = {row[0]: int(row[1]) for row in db.execute(
        f"SELECT type, COUNT(*) FROM records WHERE {kept} GROUP BY type"
    ).fetchall()}
    conflicts, unreviewed = db.execute(
        f"SELECT SUM(CASE WHEN conflicts > 0 AND {kept} THEN 1 ELSE 0 END),"
        " SUM(CASE WHEN review IS NULL THEN 1 ELSE 0 END) FROM records"
    ).fetchone()
    series = db.dialect.json_text("fields", "series")
    named = [row[0] for row in db.execute(
        f"SELECT DISTINCT {series} FROM records"
        f" WHERE type = 'meeting' AND {kept} AND {series} IS NOT NULL ORDER BY 1"
    )]
    return {"by_type": by_type, "total": sum(by_type.values()), "conflicts": int(conflicts or 0),
            "unreviewed": int(unreviewed or 0), "series": named}


def series_summary(db: Database) -> list[tuple[str, int, int | None, int | None]]:
    """(series, editions recorded, first, last) for every series with meetings."""
    series = db.dialect.json_text("fields", "series")
    edition = db.dialect.json_int("fields", "edition")
    rows = db.execute(
        f"SELECT {series}, COUNT(*), MIN({edition}), MAX({edition})"
        f" FROM records WHERE type = 'meeting' AND {_NOT_REJECTED.format('review')}"
        f" AND {series} IS NOT NULL GROUP BY 1 ORDER BY 1"
    ).fetchall()
    return [(s, int(n), _int(first), _int(last)) for s, n, first, last in rows]


def _int(value: Any) -> int | None:
    return None if value is None else int(value)


def indicator_summary(db: Database) -> list[tuple[str, str, int, int]]:
    """(indicator, parties as a,b, measures, targets) for every indicator and pair."""
    indicator = db.dialect.json_text("fields", "indicator")
    parties = db.dialect.sorted_list("records.fields", "parties")
    rows = db.execute(
        f"SELECT {indicator}, {parties},"
        " SUM(CASE WHEN type = 'measure' THEN 1 ELSE 0 END),"
        " SUM(CASE WHEN type = 'target' THEN 1 ELSE 0 END)"
        " FROM records WHERE type IN ('measure', 'target')"
        f" AND {_NOT_REJECTED.format('review')} AND {indicator} IS NOT NULL"
        " GROUP BY 1, 2 ORDER BY 1, 2 NULLS FIRST"
    ).fetchall()
    return [(i, p, int(m), int(t)) for i, p, m, t in rows]


def load_records(
    db: Database,
    *,
    type: str | None = None,
    entity: str | None = None,
    include_rejected: bool = False,
    unreviewed: bool = False,
    newest_first: bool = False,
    limit: int | None = None,
    offset: int = 0,
    listed: bool = False,
) -> list[Record]:
    """Records with people's corrections applied; rejected ones left out unless
    asked, or only those nobody judged yet (`unreviewed`, in the review queue's
    order). Oldest first by timeline date unless `newest_first`; `limit` and
    `offset` page through them. `listed` gives each as a list shows it, from
    its listing (see record_json): the sources of its first articles only."""
    sql, params, order = _selection(type=type, entity=entity, include_rejected=include_rejected,
                                    unreviewed=unreviewed)
    if unreviewed:  # the review queue: conflicts first, then the least sure (review_order)
        order_by = "r.conflicts DESC, r.sureness, r.type, r.key"
    else:
        order_by = dated_order(order, newest_first=newest_first)
    if limit is None and not offset and not listed:
        rows = db.execute("SELECT r.*" + sql + " ORDER BY " + order_by, params).fetchall()
        parts = _parts(db, [row["key"] for row in rows if row["parts"] is not None])
        records = [_record(row, parts) for row in rows]
    else:
        # a page: ordered and cut on the narrow columns first, so that the sort never
        # carries the rows' large JSON; then those rows alone
        page = "SELECT r.key" + sql + " ORDER BY " + order_by + " LIMIT ? OFFSET ?"
        cut = db.dialect.no_limit if limit is None else limit
        keys = [row[0] for row in db.execute(page, [*params, cut, offset])]
        records = _listed_records(db, keys) if listed else _whole_records(db, keys)
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


def _whole_records(db: Database, keys: list[str]) -> list[Record]:
    found = _stored_rows(db, keys)
    parts = _parts(db, [key for key, row in found.items() if row["parts"] is not None])
    return [_record(found[key], parts) for key in keys if key in found]


def _parts(db: Database, keys: list[str]) -> dict[str, list[str]]:
    """The parts of the records of `keys`, in order, by record."""
    found: dict[str, list[str]] = {key: [] for key in keys}
    if keys:
        for key, part in db.execute(
            "SELECT record_key, sources FROM record_parts"
            f" WHERE record_key IN ({db.dialect.json_values}) ORDER BY record_key, part",
            (json.dumps(keys),)):
            found[key].append(part)
    return found


def _listed_records(db: Database, keys: list[str]) -> list[Record]:
    """The records of `keys` from their listings; never reads their claims and sources."""
    rows = db.execute(
        "SELECT r.key, r.type, r.fields, l.listing FROM records r"
        " LEFT JOIN record_listings l ON l.record_key = r.key"
        f" WHERE r.key IN ({db.dialect.json_values})", (json.dumps(keys),))
    found = {row["key"]: record_json.decode_listing(row["key"], row["type"], row["fields"],
                                                    row["listing"])
             for row in rows if row["listing"] is not None}
    if len(found) < len(keys):  # stored before listings, until the store is next opened to write
        whole = _whole_records(db, [key for key in keys if key not in found])
        found.update((record.key, record_json.listed(record)) for record in whole)
    return [found[key] for key in keys]


def find_record(db: Database, ref: str) -> Record:
    """A record by key, id or unambiguous id prefix, corrections applied."""
    sql, params = "SELECT * FROM records WHERE key = ? OR id = ?", [ref, ref]
    if len(ref) >= 4:  # compared as text: no LIKE wildcards
        sql += " OR substr(id, 1, length(?)) = ?"
        params += [ref, ref]
    rows = db.execute(sql + " LIMIT 2", params).fetchall()
    if not rows:
        raise NotFound("no record %(ref)r (see `langgieng review` for ids)", ref=ref)
    if len(rows) > 1:
        raise NotFound("%(ref)r matches several records; give more of the id", ref=ref)
    record = _whole_records(db, [rows[0]["key"]])[0]
    applied = apply_corrections(record, _corrections(db, [record.key]).get(record.key, []))
    if applied is None:
        record.review = "rejected"
    return record


def save_correction(db: Database, correction: Correction) -> None:
    db.execute(
        "INSERT INTO corrections (record_key, action, field, value, note, author, created_at)"
        " VALUES (?, ?, ?, ?, ?, ?, ?)",
        (
            correction.record_key,
            correction.action,
            correction.field,
            None if correction.value is None else record_json.dumps(correction.value),
            correction.note,
            correction.author,
            datetime.now(UTC).isoformat(timespec="seconds"),
        ),
    )


def _corrections(db: Database, keys: list[str]) -> dict[str, list[Correction]]:
    found: dict[str, list[Correction]] = {}
    if not keys:
        return found
    # Few records carry corrections; read them all rather than bind thousands of keys.
    wanted = set(keys)
    for row in db.execute("SELECT * FROM corrections WHERE undone_at IS NULL ORDER BY id"):
        if row["record_key"] in wanted:
            value = None if row["value"] is None else json.loads(row["value"])
            found.setdefault(row["record_key"], []).append(
                Correction(row["record_key"], row["action"], row["field"], value, row["note"],
                           row["author"])
            )
    return found


def _fact_and_source(row: Any) -> tuple[Fact, Source]:
    _, type, fields, start, end, confidence, rule, article_id, published, url = row[:10]
    span = Span(start, end)
    fact = Fact(type, json.loads(fields), span, confidence, rule)
    return fact, Source(article_id, span, confidence, published, url)


def _stated_record(row: Any) -> Record:
    """A record stored whole (before tallies), claims in the order first stated."""
    return record_json.decode(row["key"], row["type"], row["fields"], row["sources"],
                              row["claims"], stated=True)


def _tallied(row: Any) -> record_tally.Tallied:
    """The stored record's tallies, to add facts to."""
    return record_tally.decode(row["key"], row["type"], row["fields"], row["sources"],
                               row["claims"], row["parts"])


def _record(row: Any, parts: dict[str, list[str]]) -> Record:
    """The stored record for readers: claims best first, every source, from its
    tallies and parts (or as stored whole, before tallies)."""
    if row["parts"] is None:
        return record_json.decode(row["key"], row["type"], row["fields"], row["sources"],
                                  row["claims"])
    return record_tally.whole(row["key"], row["type"], row["fields"], row["claims"],
                              parts[row["key"]])
