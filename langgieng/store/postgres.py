"""The store on a PostgreSQL server: `Store` with another connection and dialect.

    store = PostgresStore("postgresql://user@host:5432/langgieng")

Every statement of `Store` runs here unchanged but for what `POSTGRES` gives
(store/dialect.py); the connection turns `?` into psycopg's `%s` and reads rows
by position or by column name, as sqlite3.Row does. Writers queue on one
advisory lock taken as their transaction begins, as SQLite's writers queue on
its file lock: several ingests and a server may write at once, and fact ids
(assigned under that lock) never collide. Full-text search is PostgreSQL's own
(tsvector, tsquery, a GIN index), over the text folded as SQLite's index holds
it (`normalize.fold`: no diacritics, lower case), cut into the words FTS5 cuts.
"""

from __future__ import annotations

import contextlib
import functools
import re
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any
from urllib.parse import SplitResult, urlsplit

import psycopg
from psycopg.pq import TransactionStatus

from langgieng.errors import StoreConnectionError, StoreError
from langgieng.store import migrate
from langgieng.store.dialect import MIGRATIONS, Database, Dialect
from langgieng.store.search import (
    TERMS_EXACT,
    TERMS_IMPLIED,
    Found,
    SearchFilters,
    tsquery_expressions,
    tsvectors,
)
from langgieng.store.sqlite import Store

WRITE_LOCK = 7_364_616_711  # pg_advisory_xact_lock key of the store's writers
_BEYOND = 2**63 - 1  # an index row after every other (the largest BIGINT)
CONNECT_TIMEOUT = 10  # seconds
# the tables whose `id` PostgreSQL numbers itself (SQLite's INTEGER PRIMARY KEY)
IDENTITY_TABLES = ("rejections", "corrections", "entity_verdicts", "users", "api_tokens")


def _json_text(column: str, key: str) -> str:
    return f"((CAST({column} AS jsonb) ->> '{key}') COLLATE \"C\")"


def _json_int(column: str, key: str) -> str:
    value = f"(CAST({column} AS jsonb) -> '{key}')"
    return (f"(CASE WHEN jsonb_typeof({value}) = 'number'"
            f" THEN CAST(floor(CAST({value} #>> '{{}}' AS numeric)) AS bigint) END)")


def _sorted_list(column: str, key: str) -> str:
    value = f"(CAST({column} AS jsonb) -> '{key}')"
    return ("(SELECT string_agg(value, ',' ORDER BY value COLLATE \"C\") FROM"
            f" jsonb_array_elements_text(CASE WHEN jsonb_typeof({value}) = 'array'"
            f" THEN {value} END))")


def _matching(select: str, expression: str) -> str:
    """The matches of a tsquery text, through the words and word pairs of `terms`
    where it holds a phrase (search.tsquery_expressions): the one parameter is cut
    in two; `document` is tested too only where `terms` may find more."""
    if TERMS_EXACT not in expression and TERMS_IMPLIED not in expression:
        return (f"SELECT {select} FROM articles_fts, CAST(? AS tsquery) AS query"
                " WHERE document @@ query")
    return (f"SELECT {select} FROM articles_fts, (SELECT CAST(parts[1] AS tsquery) AS query,"
            " CAST(parts[2] AS tsquery) AS terms_query FROM (SELECT"
            " regexp_split_to_array(CAST(? AS text), '[\x1e\x1f]') AS parts) given) queries"
            " WHERE terms @@ terms_query"
            + (" AND document @@ query" if TERMS_IMPLIED in expression else ""))


def _parts(expression: str) -> tuple[str, bool, str | None]:
    """(the tsquery of the words, whether the terms' tsquery finds just the same
    articles, the terms' tsquery or None) of a search expression."""
    words, exact, terms = expression.partition(TERMS_EXACT)
    if exact:
        return words, True, terms
    words, implied, terms = expression.partition(TERMS_IMPLIED)
    return words, False, terms if implied else None


def _older_matches(expression: str, low: int, below: int) -> tuple[str, list[object]]:
    """The matches of a search expression among the index rows from `low` to `below`
    (not included), and its parameters, for reading through the GIN index's bitmap
    only. The span is tested in a `CASE`, from which the planner takes no index
    condition: given the span as a range of the primary key, it read each row of the
    span and tested its words there (TOASTed: about 11 KB of `terms` a row), wherever
    it guessed the span to hold few rows. It guesses so for the newest rows, those
    added since the table was last analyzed (up to a tenth of it when autovacuum's
    thresholds decide), which lie past the end of its histogram: 545 rows for a span
    of 5,925 at 100,000 articles, 32,000 buffers and 86-126 ms where the GIN index's
    10,030 candidates cost 5,000 buffers and 16 ms. Where a phrase must be tested in
    the words (`ts_match_vq`, which no index serves), only the candidates within the
    span are: the test is the `CASE`'s result."""
    words, exact, terms = _parts(expression)
    column, found_by = ("document", words) if terms is None else ("terms", terms)
    sql = (f"SELECT rowid FROM articles_fts WHERE {column} @@ CAST(? AS tsquery)"
           " AND CASE WHEN rowid >= ? AND rowid < ? THEN ")
    if terms is None or exact:
        return sql + "TRUE END", [found_by, low, below]
    return (sql + "ts_match_vq(document, CAST(? AS tsquery)) END",
            [found_by, low, below, words])


POSTGRES = Dialect(
    name="postgresql",
    migrations=MIGRATIONS / "postgresql",
    split_migrations=False,
    begin=("BEGIN", f"SELECT pg_advisory_xact_lock({WRITE_LOCK})"),
    table_exists="SELECT 1 FROM information_schema.tables"
                 " WHERE table_schema = current_schema() AND table_name = ?",
    json_values="SELECT value FROM jsonb_array_elements_text(CAST(? AS jsonb))",
    json_integers="SELECT CAST(value AS bigint)"
                  " FROM jsonb_array_elements_text(CAST(? AS jsonb))",
    json_text=_json_text,
    json_int=_json_int,
    sorted_list=_sorted_list,
    ends_with="right({}, length(?)) = ?",
    least="LEAST({}, {})",
    no_limit=None,
    matching=_matching,
    # the title's words (A) weigh five times the text's (D), as in SQLite's bm25
    rank="-ts_rank('{0.2, 0, 0, 1}', document, query, 1)",
    rank_expression=lambda expression: expression,  # ts_rank counts nothing in the index
    expressions=tsquery_expressions,
    errors=(psycopg.Error,),
    integrity_errors=(psycopg.IntegrityError,),
)


class Row(tuple[Any, ...]):
    """A row read by position or by column name, as sqlite3.Row."""

    names: dict[str, int]

    def __getitem__(self, key: Any) -> Any:
        if isinstance(key, str):
            return super().__getitem__(self.names[key])
        return super().__getitem__(key)

    def keys(self) -> list[str]:
        return list(self.names)


def _rows(cursor: Any) -> Callable[[Sequence[Any]], Row]:
    names = {column.name: i for i, column in enumerate(cursor.description or ())}

    def make(values: Sequence[Any]) -> Row:
        row = Row(values)
        row.names = names
        return row

    return make


# `INSERT INTO mentions (article_id, start, "end") VALUES (?, ?, ?)`: rows that COPY can
# take as they are (no expression, no conflict clause; the store's own SQL, never input)
_PLAIN_INSERT = re.compile(r"INSERT INTO (?P<table>\w+) \((?P<columns>[\w\s,\"]+)\)"
                           r"\s*VALUES \(\?(?:, \?)*\)")


@functools.lru_cache(maxsize=512)
def _placeholders(sql: str) -> str:
    """`?` as psycopg's `%s` (the store's SQL holds no `?` or `%` of its own)."""
    return sql.replace("%", "%%").replace("?", "%s")


def _storable(values: Sequence[Any]) -> Sequence[Any]:
    """PostgreSQL's text holds no NUL, which SQLite's may: one stands as U+FFFD, one
    character for one, so offsets into the text stay right and a NUL in a query
    (an address typed in) matches nothing instead of failing."""
    if not any(isinstance(v, str) and "\x00" in v for v in values):
        return values
    return [v.replace("\x00", "\ufffd") if isinstance(v, str) else v for v in values]


class Connection:
    """A psycopg connection in autocommit mode, run as the store runs sqlite3's."""

    dialect = POSTGRES

    def __init__(self, conn: psycopg.Connection[Any]) -> None:
        self.conn = conn

    def execute(self, sql: str, parameters: Sequence[Any] | None = None) -> Any:
        """Run one statement (`?` placeholders); without parameters, a script of several."""
        if parameters is None and "?" not in sql:
            return self.conn.execute(sql.encode())  # bytes: sent as it is, `%` too
        return self.conn.execute(_placeholders(sql), _storable(parameters or ()))

    def executemany(self, sql: str, parameters: Any) -> Any:
        """Run one statement for each row; a plain `INSERT INTO t (...) VALUES (?, ...)`
        is sent as one COPY instead (a tenth of the writer's time per row: no statement
        per row to send, parse and answer)."""
        cursor = self.conn.cursor()
        plain = _PLAIN_INSERT.fullmatch(sql)
        if plain is None:
            cursor.executemany(_placeholders(sql), [_storable(row) for row in parameters])
            return cursor
        with cursor.copy(f"COPY {plain['table']} ({plain['columns']}) FROM STDIN") as copy:
            for row in parameters:
                copy.write_row(_storable(row))
        return cursor

    @contextmanager
    def planned_for_each_run(self) -> Iterator[None]:
        """Statements planned for their parameters at each run. psycopg prepares a
        statement run five times, and the server may then keep one plan for any
        parameters: a search's best plan depends on how common its words are, and
        the plan kept for phrases read every article holding their words (1.5 s at
        100,000 articles, where the plan for the phrase takes 50 ms)."""
        self.conn.execute("SET plan_cache_mode = force_custom_plan")
        try:
            yield
        finally:
            self.conn.execute("RESET plan_cache_mode")

    @contextmanager
    def bitmap_scans_only(self) -> Iterator[None]:
        """A transaction whose statements read a table only through index bitmaps."""
        with self.conn.transaction():
            self.conn.execute("SET LOCAL enable_seqscan = off")
            self.conn.execute("SET LOCAL enable_indexscan = off")
            yield

    @property
    def in_transaction(self) -> bool:
        return self.conn.info.transaction_status != TransactionStatus.IDLE

    def close(self) -> None:
        self.conn.close()


def redacted(target: str) -> str:
    """The address without its password, as messages may show it."""
    parts = _split(target)
    if parts is None or parts.password is None:
        return target
    host = parts.netloc.rsplit("@", 1)[1]
    user = parts.username or ""
    return parts._replace(netloc=f"{user}:***@{host}").geturl()


def _split(target: str) -> SplitResult | None:
    try:
        return urlsplit(target)
    except ValueError:
        return None


def connect(target: str, *, read_only: bool = False) -> Connection:
    """A connection to the server at `target`; StoreConnectionError (naming the
    address without its password) when the address is wrong or nobody answers."""
    name = redacted(target)
    parts = _split(target)
    try:
        if parts is None or not parts.path.strip("/"):
            raise ValueError("no database name after the host")
        parts.port  # noqa: B018 -- raises ValueError for a port that is not a number
    except ValueError as exc:
        raise StoreConnectionError("%(db)s: not a PostgreSQL address: %(error)s", db=name,
                                   error=_scrubbed(exc, parts)) from None
    try:
        conn = psycopg.connect(target, autocommit=True, connect_timeout=CONNECT_TIMEOUT,
                               row_factory=_rows)
    except psycopg.Error as exc:
        raise StoreConnectionError("%(db)s: cannot connect: %(error)s", db=name,
                                   error=_scrubbed(exc, parts)) from None
    if read_only:
        conn.execute("SET default_transaction_read_only = on")
    return Connection(conn)


def _scrubbed(exc: Exception, parts: SplitResult | None) -> str:
    """The error's first line, the password (if it quotes one) blanked out."""
    lines = [line.strip() for line in str(exc).splitlines() if line.strip()]
    message = lines[0] if lines else type(exc).__name__
    message = message.removeprefix("connection failed: ")
    if parts is not None and parts.password:
        message = message.replace(parts.password, "***")
        raw = parts.netloc.rsplit("@", 1)[0].partition(":")[2]
        if raw:
            message = message.replace(raw, "***")
    return message


class PostgresStore(Store):
    """The store in a PostgreSQL database (its current schema)."""

    def __init__(
        self, target: str, *, migrations_dir: Path | None = None, read_only: bool = False,
        create: bool = True,
    ) -> None:
        """Connect and bring the schema up to date; `read_only` never writes (the
        schema must be current), `create=False` wants a store there already."""
        self.target = target
        self.name = redacted(target)
        self._copies = None
        self.db = db = connect(target, read_only=read_only)
        self.dialect = POSTGRES
        try:
            if read_only or not create:
                self._check(db, migrations_dir, read_only=read_only)
            if not read_only:
                migrate.migrate(db, migrations_dir)
                self.fill_listings()
                self.fill_terms()
        except psycopg.Error as exc:
            db.close()
            raise StoreError("%(db)s: cannot open the database: %(error)s", db=self.name,
                             error=_scrubbed(exc, _split(target))) from None
        except BaseException:
            db.close()
            raise

    def _check(self, db: Database, migrations_dir: Path | None, *, read_only: bool) -> None:
        if not db.execute(POSTGRES.table_exists, ("schema_migrations",)).fetchone():
            raise StoreError("%(db)s: no database here (run `langgieng ingest` first)",
                             db=self.name)
        if read_only and migrate.pending(db, migrations_dir):
            raise StoreError("%(db)s: the database needs `langgieng migrate` first,"
                             " which a read-only server cannot run", db=self.name)

    @contextmanager
    def transaction(self) -> Iterator[Database]:
        """As `Store.transaction`; each one counts as a change (`changes`)."""
        with super().transaction() as db:
            db.execute("UPDATE store_changes SET n = n + 1")
            yield db

    def checkpoint(self) -> None:
        """After a big write: vacuum and analyze the tables autovacuum would, by its
        own thresholds, where it does not (the server's autovacuum off, or the
        table's): see `tidied`. Without it a refresh leaves each row it rewrites
        dead, and the planner works from the counts of an empty store: reads crawled
        over dead rows (the rebuild of every record went past twenty minutes at
        100,000 articles). VACUUM runs outside a transaction; a failure of it costs
        speed only, never the write."""
        assert isinstance(self.db, Connection)
        if self.db.in_transaction:
            return
        with contextlib.suppress(psycopg.Error):
            for table, vacuum in tidied(self.db):  # names from the catalog, quoted
                self.db.execute(f"{'VACUUM (ANALYZE)' if vacuum else 'ANALYZE'} {table}")

    def size_bytes(self) -> int:
        row = self.db.execute("SELECT pg_database_size(current_database())").fetchone()
        return int(row[0])

    def find(self, query: str, wanted: int, *, entity: str | None = None,
             filters: SearchFilters | None = None) -> list[Found]:
        assert isinstance(self.db, Connection)
        with self.db.planned_for_each_run():
            return super().find(query, wanted, entity=entity, filters=filters)

    def count_matches(self, query: str, *, entity: str | None = None,
                      filters: SearchFilters | None = None) -> int:
        assert isinstance(self.db, Connection)
        with self.db.planned_for_each_run():
            return super().count_matches(query, entity=entity, filters=filters)

    def _ranked(self, expression: str, limit: int, chosen: str = "",
                params: Sequence[str] = ()) -> list[tuple[str, int, float]]:
        words = _parts(expression)[0]
        window = self._newest_window(expression, chosen, params)
        ranks = {row: rank for row, rank in window.items() if rank is not None}
        if len(ranks) < len(window):  # the matches found through the indexes
            ranks.update((row[0], row[1]) for row in self.db.execute(
                f"SELECT rowid, {POSTGRES.rank} FROM articles_fts, CAST(? AS tsquery) AS query"
                " WHERE rowid = ANY(?)", (words, [row for row in window if row not in ranks])))
        # as `ORDER BY rank, rowid DESC` orders them
        best = sorted(ranks.items(), key=lambda item: (item[1], -item[0]))[:limit]
        if not best:
            return []
        ids = dict(self.db.execute(
            "SELECT index_row, article_id FROM article_index_rows WHERE index_row = ANY(?)",
            ([row for row, _ in best],)).fetchall())
        return [(ids[row], row, -rank) for row, rank in best]

    def _newest_window(self, expression: str, chosen: str,
                       params: Sequence[str]) -> dict[int, float | None]:
        """The index rows of the `rank_window` newest matches, newest first, with their
        ranks where they were read already (None where they were not).

        The planner prices a scan that tests each row's words as if they lay in the row;
        they are TOASTed, read apart: it walked the whole table for a rare phrase where
        the GIN index finds its few articles (35 ms against 2 ms at 10,000 articles).
        So the newest rows (twice the window) are tested by their words, and ranked as
        they are read, and when they hold too few matches, the rest are looked for in
        the span of older rows that the matches found so far say they lie in: by their
        words again when it is no longer, else through the indexes alone (a common
        pair's GIN bitmap takes 5-15 ms)."""
        words = _parts(expression)[0]
        rows = 2 * self.rank_window
        window = self._matches_below(words, _BEYOND, self.rank_window, chosen, params)
        if len(window) == self.rank_window:
            return window
        top, below = self._rows_below(_BEYOND)
        while below and len(window) < self.rank_window:
            wanted = self.rank_window - len(window)
            # as many rows as held that many matches so far, and a quarter more
            span = (top - below) * (wanted + wanted // 4) // len(window) if window else below
            if span <= rows:
                window.update(self._matches_below(words, below, wanted, chosen, params))
                below = self._rows_below(below)[1]
            else:
                low = max(0, below - span)
                window.update(dict.fromkeys(
                    self._indexed_matches(expression, low, below, wanted, chosen, params)))
                below = low
        return window

    def _indexed_matches(self, expression: str, low: int, below: int, wanted: int,
                         chosen: str, params: Sequence[str]) -> list[int]:
        """The newest `wanted` matches among the index rows from `low` to `below` (not
        included), found through the indexes (`_older_matches`)."""
        older, arguments = _older_matches(expression, low, below)
        assert isinstance(self.db, Connection)
        with self.db.bitmap_scans_only():
            return [row[0] for row in self.db.execute(
                older + chosen + " ORDER BY rowid DESC LIMIT ?", (*arguments, *params, wanted))]

    def _matches_below(self, words: str, below: int, wanted: int, chosen: str,
                       params: Sequence[str]) -> dict[int, float | None]:
        """The newest `wanted` matches among the `2 * rank_window` rows before index row
        `below`, tested by their words, with their ranks: a match's words are ranked
        as soon as they are tested, their TOAST pages just read (ranked apart, by a
        list of rows, each was looked up and read again: a third of a search's
        buffers). Making them a value once for both (`document || ''`) cost more than
        the second reading (7-8 ms for 1,000 rows)."""
        return {row[0]: row[1] for row in self.db.execute(
            f"SELECT rowid, {POSTGRES.rank} FROM (SELECT rowid, article_id, document"
            " FROM articles_fts WHERE rowid < ? ORDER BY rowid DESC LIMIT ?) newest,"
            " CAST(? AS tsquery) AS query WHERE document @@ query" + chosen
            + " ORDER BY rowid DESC LIMIT ?",
            (below, 2 * self.rank_window, words, *params, wanted))}

    def _rows_below(self, below: int) -> tuple[int, int]:
        """The first and the last of the `2 * rank_window` index rows before `below`
        (0 and 0 when there are none)."""
        top, bottom = self.db.execute(
            "SELECT COALESCE(MAX(rowid), 0), COALESCE(MIN(rowid), 0) FROM (SELECT rowid"
            " FROM articles_fts WHERE rowid < ? ORDER BY rowid DESC LIMIT ?) newest",
            (below, 2 * self.rank_window)).fetchone()
        return int(top), int(bottom)

    def fill_terms(self, batch: int = 500) -> None:
        """The terms of the articles indexed before migration 016 kept them."""
        exists = self.db.execute(
            "SELECT 1 FROM information_schema.columns WHERE table_schema = current_schema()"
            " AND table_name = 'articles_fts' AND column_name = 'terms'").fetchone()
        unindexed = ("SELECT rowid, title, text FROM articles_fts WHERE terms IS NULL"
                     " ORDER BY rowid LIMIT ?")
        while exists and (rows := self.db.execute(unindexed, (batch,)).fetchall()):
            with self.transaction() as db:
                db.executemany("UPDATE articles_fts SET terms = CAST(? AS tsvector)"
                               " WHERE rowid = ?",
                               [(tsvectors(row[1], row[2])[1], row[0]) for row in rows])

    def index_values(self, search: tuple[str, str, str]) -> tuple[str, str]:
        """The two tsvectors of an article (`search.tsvectors`). Made in the workers,
        they cost the one writer nothing: a fifth of its time when it made them."""
        return tsvectors(search[1], search[2])

    def index_texts(self, rows: list[tuple[str, str, str]],
                    made: Sequence[tuple[str, ...] | None] = ()) -> None:
        made = list(made) or [None] * len(rows)
        self.db.executemany(
            "INSERT INTO articles_fts (article_id, title, text, document, terms)"
            " VALUES (?, ?, ?, CAST(? AS tsvector), CAST(? AS tsvector))",
            [(*row, *(values or self.index_values(row)))
             for row, values in zip(rows, made, strict=True)],
        )

    def after_copy(self) -> None:
        """Identity columns number on from the largest id copied in."""
        for table in IDENTITY_TABLES:  # names from this module, never input
            self.db.execute(f"SELECT setval(pg_get_serial_sequence('{table}', 'id'),"
                            f" COALESCE(MAX(id), 0) + 1, false) FROM {table}")


# The store's tables that autovacuum leaves alone (the server's autovacuum off, or
# the table's), with whether it would vacuum them now, and whether it would analyze
# them: the rows changed since it last did, past its thresholds (autovacuum_*).
_UNTENDED = (
    "SELECT quote_ident(s.relname),"
    " s.n_dead_tup > current_setting('autovacuum_vacuum_threshold')::float8"
    "  + current_setting('autovacuum_vacuum_scale_factor')::float8 * s.n_live_tup"
    " OR s.n_ins_since_vacuum > current_setting('autovacuum_vacuum_insert_threshold')::float8"
    "  + current_setting('autovacuum_vacuum_insert_scale_factor')::float8 * s.n_live_tup,"
    " s.n_mod_since_analyze > current_setting('autovacuum_analyze_threshold')::float8"
    "  + current_setting('autovacuum_analyze_scale_factor')::float8 * s.n_live_tup"
    " FROM pg_stat_user_tables s WHERE s.schemaname = current_schema()"
    " AND (current_setting('autovacuum') = 'off' OR EXISTS (SELECT 1 FROM"
    "  pg_options_to_table((SELECT reloptions FROM pg_class WHERE oid = s.relid)) o"
    "  WHERE o.option_name = 'autovacuum_enabled'"
    "  AND lower(o.option_value) IN ('false', 'off', 'no', 'f', 'n', '0')))"
    " ORDER BY s.relname"
)


def tidied(db: Connection) -> list[tuple[str, bool]]:
    """The store's tables that autovacuum leaves alone and would vacuum (True) or
    only analyze (False) now, by the server's counts of their rows."""
    with contextlib.suppress(psycopg.Error):  # this connection's counts too (PostgreSQL 15)
        db.conn.execute("SELECT pg_stat_force_next_flush()")
    return [(table, bool(vacuum)) for table, vacuum, analyze in db.execute(_UNTENDED)
            if vacuum or analyze]


def changes(target: str) -> Callable[[], int]:
    """A reader of a number that grows with every write transaction committed to
    the store at `target` (the web cache's clock), on a connection of its own."""
    db = connect(target, read_only=True)

    def read() -> int:
        return int(db.execute("SELECT n FROM store_changes").fetchone()[0])

    return read
