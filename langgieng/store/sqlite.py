"""The store: every SQL statement of the package outside migrations lives here.

`Store` runs on one SQLite file; `PostgresStore` (store/postgres.py) is the
same class on a PostgreSQL connection, its SQL differing only where the
dialect (store/dialect.py) says. One connection in autocommit mode with
explicit transactions, so each `save_articles` call is exactly one
transaction: a killed ingest leaves whole articles only. Writers take the
store's write lock when they begin, so that several processes may write at
once; readers (search, the web UI) run beside them (WAL in SQLite).
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path
from types import TracebackType
from typing import Any
from urllib.parse import quote

from langgieng.accounts import User, dummy_hash, new_token, password_matches
from langgieng.errors import NotFound, StoreError
from langgieng.link.curation import Curation
from langgieng.model import Article, Fact, Mention, Record, Rejection
from langgieng.reconcile.corrections import Correction
from langgieng.store import accounts, codec, copies, counts, discovered, migrate, queries, records
from langgieng.store.codec import ArticleSummary
from langgieng.store.copies import NearCopies
from langgieng.store.dialect import Connection, Database, Dialect
from langgieng.store.search import (
    Found,
    SearchFilters,
    SearchHit,
    host_of,
    parse_query,
    query_terms,
    snippet,
)

MIN_PREFIX = 6  # shortest id prefix accepted by get_article
# search ranks at most this many (the newest) matches of a query: ranking reads each
# one's words (PostgreSQL) or positions (SQLite); 2,000 cost 20-30 ms at 100,000 articles
RANK_WINDOW = 500


def first_line(exc: Exception) -> str:
    """A driver's message without the lines after it (PostgreSQL's DETAIL quotes rows)."""
    return str(exc).strip().split("\n", 1)[0]


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def open_read_only(target: str, **options: Any) -> Connection:
    """The database opened for reading alone. A database in the write-ahead mode needs
    its shared-memory file beside it; in a folder no one may write, where none can be
    made, it is opened as immutable: nobody can write it there either."""
    uri = f"file:{quote(str(Path(target).resolve()))}?mode=ro"
    options = {"isolation_level": None, "timeout": 10, "factory": Connection, **options}
    db = sqlite3.connect(uri, uri=True, **options)
    try:
        db.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except sqlite3.OperationalError as exc:
        # only where nothing can be made beside it: a lock held by a writer is waited
        # for, never read past
        if exc.sqlite_errorcode & 0xFF not in (sqlite3.SQLITE_READONLY, sqlite3.SQLITE_CANTOPEN):
            raise
        db.close()
        db = sqlite3.connect(uri + "&immutable=1", uri=True, **options)
    return db


class Store:
    """Articles, their mentions and facts, and rejected inputs, in one SQLite file."""

    db: Database
    dialect: Dialect
    rank_window = RANK_WINDOW  # search ranks at most this many (the newest) matches

    def __init__(
        self, target: str, *, migrations_dir: Path | None = None, read_only: bool = False
    ) -> None:
        """Open (and bring up to date) the database; `read_only` opens it for reading
        alone, as a server that may not write it does: its schema must be current."""
        self.target = target
        self.name = target  # the store as messages name it
        self._copies: NearCopies | None = None  # loaded when an ingest first asks
        try:
            if read_only:
                db = open_read_only(target)
            else:
                db = sqlite3.connect(target, isolation_level=None, timeout=10,
                                     factory=Connection)
        except sqlite3.Error as exc:
            raise StoreError("%(db)s: cannot open the database: %(error)s", db=target,
                             error=exc) from exc
        self.db, self.dialect = db, db.dialect
        try:
            db.row_factory = sqlite3.Row
            db.create_function("host_of", 1, host_of, deterministic=True)
            if read_only:
                db.execute("PRAGMA foreign_keys=ON")
                if migrate.pending(db, migrations_dir):
                    raise StoreError("%(db)s: the database needs `langgieng migrate` first,"
                                     " which a read-only server cannot run", db=target)
            else:
                # the log shrinks back to 64 MB at each checkpoint, however busy the readers
                for pragma in ("journal_mode=WAL", "synchronous=NORMAL", "foreign_keys=ON",
                               "journal_size_limit=67108864"):
                    db.execute(f"PRAGMA {pragma}")
                migrate.migrate(db, migrations_dir)
                self.fill_listings()
        except (sqlite3.Error, StoreError) as exc:
            db.close()
            if isinstance(exc, StoreError):
                raise
            raise StoreError("%(db)s: cannot open the database: %(error)s", db=target,
                             error=exc) from exc

    def fill_listings(self) -> None:
        """Tally and list the records stored before tallies and listings were kept
        (see records.fill_listings); a read finds none to fill in a current store, and
        takes no write lock. A schema older than migration 014 (a test's own
        migrations) has nothing to fill."""
        exists = self.db.execute(self.dialect.table_exists, ("record_parts",)).fetchone()
        if exists is not None and (records.untallied(self.db, limit=1)
                                   or records.unlisted(self.db, limit=1)):
            with self.transaction() as db:
                records.fill_listings(db)

    # -- lifecycle ---------------------------------------------------------

    def close(self) -> None:
        self.db.close()

    def checkpoint(self) -> None:
        """Copy the write-ahead log into the database and empty it (after a big write)."""
        self.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")

    def size_bytes(self) -> int:
        """How much room the database takes."""
        page = self.db.execute("PRAGMA page_count").fetchone()[0]
        return int(page) * int(self.db.execute("PRAGMA page_size").fetchone()[0])

    def __enter__(self) -> Store:
        return self

    def __exit__(
        self, kind: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()

    @contextmanager
    def transaction(self) -> Iterator[Database]:
        """One write transaction, holding the store's write lock; rolled back if
        the block raises."""
        try:
            for statement in self.dialect.begin:
                self.db.execute(statement)
        except self.dialect.errors as exc:
            self._rollback()
            raise StoreError("%(db)s: cannot write: %(error)s", db=self.name,
                             error=first_line(exc)) from exc
        try:
            yield self.db
            self.db.execute("COMMIT")
        except self.dialect.errors as exc:
            self._rollback()
            raise StoreError("%(db)s: write failed, nothing saved: %(error)s",
                             db=self.name, error=first_line(exc)) from exc
        except BaseException:  # e.g. Ctrl-C, which may come just after COMMIT
            self._rollback()
            raise

    def _rollback(self) -> None:
        if self.db.in_transaction:  # type: ignore[attr-defined]
            self.db.execute("ROLLBACK")

    # -- writing -----------------------------------------------------------

    def has(self, article_id: str) -> bool:
        row = self.db.execute("SELECT 1 FROM articles WHERE id = ?", (article_id,)).fetchone()
        return row is not None

    def original_of(self, article: codec.ArticleRows) -> str | None:
        """The stored article (or one remembered for this batch) that `article`
        nearly repeats, as one outlet reprints another's story; None if none."""
        if article.signature is None:
            return None
        return self._near_copies().original_of(article.signature)

    def remember(self, article: codec.ArticleRows) -> None:
        """Count an article about to be stored among those a later one may copy."""
        if article.signature is not None:
            self._near_copies().add(article.id, article.signature)

    def save_copies(self, copies: list[tuple[str, codec.ArticleRows]]) -> None:
        """Keep each (original id, copy) as another outlet of the original."""
        if not copies:
            return
        now = _now()
        with self.transaction() as db:
            db.executemany(
                "INSERT INTO article_copies (article_id, copy_id, source, url,"
                " published, ingested_at) VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING",
                [(original, c.id, c.source, c.article[5], c.article[6], now)
                 for original, c in copies],
            )

    def copies_of(self, article_id: str) -> list[tuple[str, str | None, str | None]]:
        """(source, url, published) of the other outlets that printed the article."""
        rows = self.db.execute(
            "SELECT source, url, published FROM article_copies WHERE article_id = ?"
            " ORDER BY published NULLS FIRST, source", (article_id,))
        return [(r[0], r[1], r[2]) for r in rows]

    def _near_copies(self) -> NearCopies:
        if self._copies is None:
            with self.transaction() as db:
                copies.fill_bands(db)  # signatures kept before migration 013
            self._copies = NearCopies(self.db)
        return self._copies

    def save_articles(self, articles: list[Article] | list[codec.ArticleRows]) -> int:
        """Store a batch in one transaction; ids already present are left alone.
        Returns how many articles were new."""
        encoded = _encoded(articles)
        with self.transaction() as db:
            new = self._new_articles(encoded)
            if not new:
                return 0
            now = _now()
            db.executemany(
                "INSERT INTO articles (id, source, format, title, text, url, published,"
                " published_inferred, sentences, removed, ingested_at)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                [(*a.article, now) for a in new],
            )
            self.index_texts([a.search for a in new], [a.index for a in new])
            self._insert_layers(new)
            counts.add(db, counts.of_rows(new))
            _save_signatures(db, new)
            # counted here rather than read back: a new article's mentions are all in hand
            db.executemany(
                "INSERT INTO entity_articles (entity, article_id, published, mentions, index_row)"
                " VALUES (?, ?, ?, ?, (SELECT index_row FROM article_index_rows"
                " WHERE article_id = ?))",
                [(*row, row[1]) for a in new for row in a.entities],
            )
        if self._copies is not None:
            self._copies.stored([a.id for a in new])
        return len(new)

    def replace_layers(self, articles: list[Article] | list[codec.ArticleRows]) -> None:
        """Swap the stored mentions and facts of articles for new ones (after re-linking
        and re-extraction), in one transaction. Records are rebuilt by `refresh_all_records`."""
        encoded = _encoded(articles)
        with self.transaction() as db:
            counts.add(db, counts.stored(db, [a.id for a in encoded]), sign=-1)
            counts.add(db, counts.of_rows(encoded))
            for article in encoded:
                db.execute("DELETE FROM mentions WHERE article_id = ?", (article.id,))
                # the records it was in are rebuilt at the next refresh, not added to
                db.execute(_STALE_RECORDS, (article.id,))
                db.execute("DELETE FROM facts WHERE article_id = ?", (article.id,))
                db.execute("DELETE FROM entity_articles WHERE article_id = ?", (article.id,))
                db.execute("DELETE FROM office_claims WHERE article_id = ?", (article.id,))
            self._insert_layers(encoded)
            # with the stored date: `published` is not rewritten here, even if re-inferred
            db.executemany(_ENTITY_ARTICLES, [(a.id,) for a in encoded])
            _save_signatures(db, encoded)  # those stored before signatures were kept too

    def index_values(self, search: tuple[str, str, str]) -> tuple[str, ...] | None:
        """What the full-text index keeps of an article beyond its (id, folded title,
        folded text): nothing here, FTS5 cuts the words itself."""
        return None

    def index_texts(self, rows: list[tuple[str, str, str]],
                    made: Sequence[tuple[str, ...] | None] = ()) -> None:
        """Add (article id, folded title, folded text) rows to the full-text index, and
        each article's row in it to `article_index_rows` (migration 015). `made`: each
        row's `index_values` where a worker made them already."""
        last = self.db.execute("SELECT rowid FROM articles_fts ORDER BY rowid DESC LIMIT 1"
                               ).fetchone()
        numbered = [(number, *row) for number, row in enumerate(rows, (last[0] if last else 0) + 1)]
        self.db.executemany("INSERT INTO articles_fts (rowid, article_id, title, text)"
                            " VALUES (?, ?, ?, ?)", numbered)
        self.db.executemany("INSERT INTO article_index_rows (index_row, article_id) VALUES (?, ?)",
                            [row[:2] for row in numbered])

    def after_copy(self) -> None:
        """Make ready for new rows after rows were copied in with their ids
        (store/transfer.py); SQLite numbers on from the largest id by itself."""

    def _insert_layers(self, articles: list[codec.ArticleRows]) -> None:
        """Mentions, office claims and facts; fact ids are assigned here, under the
        write lock, so that executemany can be used."""
        self.db.executemany(
            'INSERT INTO mentions (article_id, start, "end", surface, entity, kind,'
            " confidence, rule) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            [row for a in articles for row in a.mentions],
        )
        self.db.executemany(
            "INSERT INTO office_claims (article_id, entity, title, role, unit, country, date,"
            " evidence_start, evidence_end) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [row for a in articles for row in a.claims],
        )
        next_id = self.db.execute("SELECT COALESCE(MAX(id), 0) + 1 FROM facts").fetchone()[0]
        facts, links = [], []
        for article in articles:
            for row, entities in article.facts:
                facts.append((next_id, *row))
                links += [(next_id, entity, date) for entity, date in entities]
                next_id += 1
        self.db.executemany(
            "INSERT INTO facts (id, article_id, type, fields, evidence_start, evidence_end,"
            " confidence, rule, indicator, date, date_end)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            facts,
        )
        self.db.executemany("INSERT INTO fact_entities (fact_id, entity, date) VALUES (?, ?, ?)",
                            links)

    def _new_articles(self, articles: list[codec.ArticleRows]) -> list[codec.ArticleRows]:
        """The batch without the articles stored already (one query for all of them),
        each id once."""
        stored = {row[0] for row in self.db.execute(
            f"SELECT id FROM articles WHERE id IN ({self.dialect.json_values})",
            (json.dumps([article.id for article in articles]),))}
        new: dict[str, codec.ArticleRows] = {}
        for article in articles:
            if article.id not in new and article.id not in stored:
                new[article.id] = article
        return list(new.values())

    def save_rejections(self, rejections: list[Rejection]) -> None:
        """Record rejected inputs; the same input and reason again only updates the time."""
        now = _now()
        with self.transaction() as db:
            db.executemany(
                "INSERT INTO rejections (source, reason, at) VALUES (?, ?, ?)"
                " ON CONFLICT (source, reason) DO UPDATE SET at = excluded.at",
                [(r.source, r.reason, now) for r in rejections],
            )

    # -- reading -----------------------------------------------------------

    def resolve_id(self, id_or_prefix: str) -> str:
        """The full id for an id or an unambiguous prefix of at least MIN_PREFIX characters."""
        key = id_or_prefix.strip()
        if self.has(key):
            return key
        if len(key) < MIN_PREFIX:
            raise NotFound("no article %(key)r (give the id or at least %(least)s characters)",
                           key=key, least=MIN_PREFIX)
        rows = self.db.execute(
            "SELECT id FROM articles WHERE id >= ? AND id < ? ORDER BY id LIMIT 2",
            (key, key + "\U0010ffff"),
        ).fetchall()
        if not rows:
            raise NotFound("no article %(key)r; `langgieng search` finds articles by words",
                           key=key)
        if len(rows) > 1:
            raise NotFound("article prefix %(key)r is ambiguous; give more characters", key=key)
        return str(rows[0]["id"])

    def get_article(self, id_or_prefix: str) -> Article:
        """The article with every layer: sentences, removed blocks, mentions, facts."""
        article_id = self.resolve_id(id_or_prefix)
        row = self.db.execute("SELECT * FROM articles WHERE id = ?", (article_id,)).fetchone()
        article = codec.article_from_row(row)
        article.mentions = self.mentions(article_id)
        article.facts = [
            codec.fact_from_row(r)
            for r in self.db.execute("SELECT * FROM facts WHERE article_id = ? ORDER BY id",
                                     (article_id,))
        ]
        return article

    def list_articles(self, limit: int = 50, offset: int = 0) -> list[ArticleSummary]:
        """Newest first by publication date (undated last)."""
        rows = self.db.execute(
            _SUMMARY + " ORDER BY published DESC NULLS LAST, id DESC LIMIT ? OFFSET ?",
            (limit, offset))
        return [codec.summary_from_row(r) for r in rows]

    def article_summaries(self, article_ids: list[str]) -> list[ArticleSummary]:
        """The articles of these ids without their text and layers, in the order given."""
        rows = self.db.execute(_SUMMARY + f" WHERE id IN ({self.dialect.json_values})",
                               (json.dumps(article_ids),))
        found = {r["id"]: codec.summary_from_row(r) for r in rows}
        return [found[i] for i in article_ids if i in found]

    def articles_mentioning(
        self, entity: str, limit: int = 100
    ) -> list[tuple[ArticleSummary, int]]:
        """Articles that name an entity, newest first, with how often each names it."""
        rows = self.db.execute(
            "SELECT a.id, a.title, a.source, a.url, a.published, a.published_inferred,"
            " e.mentions FROM entity_articles e JOIN articles a ON a.id = e.article_id"
            " WHERE e.entity = ? ORDER BY e.published DESC NULLS LAST, e.article_id DESC"
            " LIMIT ?",
            (entity, limit),
        )
        return [(codec.summary_from_row(r), int(r["mentions"])) for r in rows]

    def mentions(self, article_id: str) -> list[Mention]:
        rows = self.db.execute(
            "SELECT * FROM mentions WHERE article_id = ? ORDER BY rowid", (article_id,)
        )
        return [codec.mention_from_row(r) for r in rows]

    def facts(
        self,
        type: str | None = None,
        entity: str | None = None,
        indicator: str | None = None,
        since: str | None = None,
        until: str | None = None,
        *,
        min_confidence: float | None = None,
        newest_first: bool = False,
        limit: int | None = None,
    ) -> list[tuple[str, Fact]]:
        """(article id, fact) pairs matching every filter given, oldest first by
        date (undated first) unless `newest_first`; at most `limit` when given.

        `since` / `until` are ISO prefixes compared at the coarser of the two
        precisions, so `until="2014"` keeps a fact of 2014-10 and `since="2014-06"`
        keeps a fact dated only 2014. Facts without a dated year are left out then.
        """
        sql, params = queries.fact_query(
            {"type": type, "entity": entity, "indicator": indicator, "since": since,
             "until": until, "min_confidence": min_confidence},
            newest_first=newest_first, limit=limit, least=self.dialect.least)
        rows = self.db.execute(sql, params)
        return [(r["article_id"], codec.fact_from_row(r)) for r in rows]

    def rejections(self) -> list[Rejection]:
        rows = self.db.execute("SELECT source, reason FROM rejections ORDER BY at DESC, id")
        return [Rejection(r["source"], r["reason"]) for r in rows]

    def search(
        self,
        query: str,
        limit: int = 20,
        *,
        offset: int = 0,
        entity: str | None = None,
        filters: SearchFilters | None = None,
        marks: tuple[str, str] = ("[", "]"),
        escape: Callable[[str], str] | None = None,
        found: list[Found] | None = None,
    ) -> list[SearchHit]:
        """Articles matching `query` (diacritics and case ignored; `"a phrase"`,
        `a OR b`, `-word` understood): for plain words, those with the words as a
        phrase first; best first within each group; then, when the query names
        `entity`, the other articles linked to it, whatever spelling they used
        (newest first, that spelling marked). `filters` keep only the articles
        they choose; `offset` skips that many of them. `found` is what `find` gave
        for the same query, entity and filters (at least `offset + limit` of them,
        or all there are), when the caller kept it."""
        if found is None:
            found = self.find(query, offset + limit, entity=entity, filters=filters)
        terms = parse_query(query).terms
        shown = found[offset : offset + limit]
        texts = self._hit_texts([index_row for _, index_row, _ in shown if index_row is not None])
        return [
            self._hit(article_id, texts[index_row], score, terms, marks, escape)
            if index_row is not None else self._entity_hit(article_id, entity or "", marks, escape)
            for article_id, index_row, score in shown
        ]

    def find(self, query: str, wanted: int, *, entity: str | None = None,
             filters: SearchFilters | None = None) -> list[Found]:
        """The first `wanted` articles `search` shows, in its order: (article id, its row
        in the index, or None when found through its link to `entity`; score). The
        first n of them are the same whatever `wanted` is, n or more."""
        parsed = parse_query(query)
        chosen, params = self._where(filters)
        found: dict[str, tuple[int | None, float]] = {}
        for expression in self.dialect.expressions(parsed):
            if len(found) >= wanted:
                break
            for article_id, index_row, score in self._ranked(expression, wanted + len(found),
                                                             chosen, params):
                if article_id not in found and len(found) < wanted:  # earlier groups come again
                    found[article_id] = (index_row, score)
        if entity and len(found) < wanted and not parsed.syntax:
            for summary, _ in self.articles_mentioning(entity, limit=wanted + len(found)):
                if (summary.id not in found and len(found) < wanted
                        and self._chosen(summary.id, filters)):
                    found[summary.id] = (None, 0.0)
        return [(article_id, index_row, score) for article_id, (index_row, score) in found.items()]

    def count_matches(self, query: str, *, entity: str | None = None,
                      filters: SearchFilters | None = None) -> int:
        """How many articles `search` can find for `query` (and `entity`) in all."""
        parsed = parse_query(query)
        expressions = self.dialect.expressions(parsed)
        chosen, chosen_params = self._where(filters)
        matching = self.dialect.matching

        def count(sql: str, *params: str) -> int:
            return int(self.db.execute(sql + chosen, [*params, *chosen_params]).fetchone()[0])

        # |matches| + |linked| - |both|: a UNION would sort every linked article of a
        # much-reported entity to count them; this walks indexes only
        every_word = expressions[-1] if expressions else ""
        matches = count(matching("COUNT(*)", every_word), every_word) if expressions else 0
        if not entity or parsed.syntax:  # the articles linked to it count only for plain words
            return matches
        linked = count("SELECT COUNT(*) FROM entity_articles WHERE entity = ?", entity)
        if expressions and linked:
            # on index rows (migration 015): reading the article id of each match from the
            # index's content cost 70-100 ms on 20,000 articles, this 4-8 ms
            linked -= count(
                matching("COUNT(*)", every_word) + " AND EXISTS (SELECT 1 FROM entity_articles e"
                " WHERE e.entity = ? AND e.index_row = articles_fts.rowid)",
                every_word, entity)
        return matches + linked

    def _where(self, filters: SearchFilters | None, column: str = "article_id",
               ) -> tuple[str, list[str]]:
        return (filters or SearchFilters()).where(column, ends_with=self.dialect.ends_with)

    def _chosen(self, article_id: str, filters: SearchFilters | None) -> bool:
        """Whether the filters keep the article."""
        if not filters:
            return True
        chosen, params = self._where(filters, "id")
        row = self.db.execute("SELECT 1 FROM articles WHERE id = ?" + chosen,
                              [article_id, *params]).fetchone()
        return row is not None

    def _entity_hit(self, article_id: str, entity: str, marks: tuple[str, str],
                    escape: Callable[[str], str] | None) -> SearchHit:
        """An article found through its link to the entity: the spelling it used marked."""
        title, text = self.db.execute("SELECT title, text FROM articles WHERE id = ?",
                                      (article_id,)).fetchone()
        surfaces = [row[0] for row in self.db.execute(
            "SELECT surface FROM mentions WHERE article_id = ? AND entity = ? ORDER BY start",
            (article_id, entity))]
        terms = query_terms(surfaces[0]) if surfaces else []
        return SearchHit(article_id, title, snippet(text, terms, marks=marks, escape=escape), 0.0)

    def _ranked(self, expression: str, limit: int, chosen: str = "",
                params: Sequence[str] = ()) -> list[tuple[str, int, float]]:
        """(article id, index row, score) of the best matches by BM25 (title weighs 5x),
        among the `rank_window` newest matches the filters (`chosen`) keep: ranking
        costs time per match, and a word found in every article would cost it all.
        A phrase of several words is scored by its words (`Dialect.rank_expression`)."""
        scored_by = self.dialect.rank_expression(expression)
        if scored_by != expression:
            return self._ranked_among(scored_by, self._newest(expression, chosen, params), limit)
        bound = self._rank_bound(expression, chosen, params)
        return self._ranked_from(expression, bound, limit, chosen, params)

    def _rank_bound(self, expression: str, chosen: str, params: Sequence[str]) -> int:
        """The index row of the `rank_window`-th newest match (0 when there are fewer)."""
        row = self.db.execute(
            self.dialect.matching("rowid", expression) + chosen
            + " ORDER BY rowid DESC LIMIT 1 OFFSET ?",
            (expression, *params, self.rank_window - 1),
        ).fetchone()
        return int(row[0]) if row else 0

    def _newest(self, expression: str, chosen: str, params: Sequence[str]) -> list[int]:
        """The index rows of the `rank_window` newest matches, newest first."""
        return [row[0] for row in self.db.execute(
            self.dialect.matching("rowid", expression) + chosen + " ORDER BY rowid DESC LIMIT ?",
            (expression, *params, self.rank_window))]

    def _ranked_from(self, expression: str, bound: int, limit: int, chosen: str,
                     params: Sequence[str]) -> list[tuple[str, int, float]]:
        """`_ranked` among the matches from index row `bound` on."""
        ranked = (self.dialect.matching(f"rowid, {self.dialect.rank} AS rank", expression)
                  + " AND rowid >= ?" + chosen + " ORDER BY rank, rowid DESC LIMIT ?")
        return self._best(ranked, (expression, bound, *params, limit))

    def _ranked_among(self, scored_by: str, window: list[int],
                      limit: int) -> list[tuple[str, int, float]]:
        """The best of the index rows `window` (newest first), scored by the matches of
        `scored_by`, which they all are."""
        if not window:
            return []
        # `+rowid`: each row of the range is looked for in the window; a rowid given to
        # FTS5 to look up would start its query, and bm25's counts, anew for each
        ranked = (self.dialect.matching(f"rowid, {self.dialect.rank} AS rank", scored_by)
                  + f" AND rowid >= ? AND +rowid IN ({self.dialect.json_values})"
                  " ORDER BY rank, rowid DESC LIMIT ?")
        return self._best(ranked, (scored_by, window[-1], json.dumps(window), limit))

    def _best(self, ranked: str, arguments: Sequence[object]) -> list[tuple[str, int, float]]:
        """(article id, index row, score) of the rows `ranked` selects (rowid, rank)."""
        # the article ids of the best only (migration 015): reading the id of each ranked
        # match from FTS5's content was a fifth of the ranking's time
        rows = self.db.execute(
            f"SELECT r.article_id, q.rowid, q.rank FROM ({ranked}) q"
            " JOIN article_index_rows r ON r.index_row = q.rowid ORDER BY q.rank, q.rowid DESC",
            arguments,
        )
        return [(row[0], row[1], -row[2]) for row in rows]

    def _hit_texts(self, index_rows: list[int]) -> dict[int, tuple[str, str, str]]:
        """(title, text, folded text) of the articles at these rows of the index, in one
        query (a query each cost PostgreSQL a round trip each, a quarter of a search);
        the index already holds the folded text: no need to fold it again."""
        if not index_rows:
            return {}
        rows = self.db.execute(
            "SELECT f.rowid, a.title, a.text, f.text AS folded FROM articles_fts f JOIN articles a"
            f" ON a.id = f.article_id WHERE f.rowid IN ({self.dialect.json_integers})",
            (json.dumps(index_rows),))
        return {int(row[0]): (row[1], row[2], row[3]) for row in rows}

    def _hit(self, article_id: str, texts: tuple[str, str, str], score: float, terms: list[str],
             marks: tuple[str, str], escape: Callable[[str], str] | None) -> SearchHit:
        title, text, folded = texts
        return SearchHit(article_id, title,
                         snippet(text, terms, folded=folded, marks=marks, escape=escape), score)

    # -- reconciled records (SQL in store/records.py) --------------------------

    def refresh_records(self) -> int:
        """Fold facts stored since the last refresh into their records; returns how
        many records changed. Costs the new facts only, so safe to call often."""
        with self.transaction() as db:
            return records.refresh_new(db)

    def refresh_all_records(self) -> int:
        """Rebuild every record from the stored facts; people's corrections are kept.
        The store is then tidied (`checkpoint`): a rebuild may rewrite every record."""
        with self.transaction() as db:
            rebuilt = records.refresh_all(db)
        self.checkpoint()
        return rebuilt

    def records(self, *, type: str | None = None, entity: str | None = None,
                include_rejected: bool = False, unreviewed: bool = False,
                newest_first: bool = False, limit: int | None = None,
                offset: int = 0, listed: bool = False) -> list[Record]:
        """Reconciled records, oldest first by timeline date unless `newest_first`;
        `unreviewed` keeps those nobody has judged; `listed`, as a list shows them
        (the sources of their first articles, with how many there are)."""
        return records.load_records(self.db, type=type, entity=entity,
                                    include_rejected=include_rejected, unreviewed=unreviewed,
                                    newest_first=newest_first, limit=limit, offset=offset,
                                    listed=listed)

    def count_articles(self) -> int:
        return int(self.db.execute("SELECT COUNT(*) FROM articles").fetchone()[0])

    def count_records(self, *, type: str | None = None, entity: str | None = None,
                      include_rejected: bool = False, unreviewed: bool = False) -> int:
        """How many records `records` would list with the same filters and no limit."""
        return records.count_records(self.db, type=type, entity=entity,
                                     include_rejected=include_rejected, unreviewed=unreviewed)

    def series_summary(self) -> list[tuple[str, int, int | None, int | None]]:
        """(series, editions recorded, first, last) for every series with meetings."""
        return records.series_summary(self.db)

    def indicator_summary(self) -> list[tuple[str, str, int, int]]:
        """(indicator, parties, measures, targets) for every indicator and pair."""
        return records.indicator_summary(self.db)

    def rejected_keys(self) -> set[str]:
        """The keys of the records people rejected."""
        return records.rejected_keys(self.db)

    def record_counts(self) -> dict[str, Any]:
        """Records by type, with conflicts, not yet reviewed, and the series named."""
        return records.record_counts(self.db)

    def record(self, ref: str) -> Record:
        return records.find_record(self.db, ref)

    def save_correction(self, correction: Correction) -> None:
        with self.transaction() as db:
            records.save_correction(db, correction)
            records.update_status(db, correction.record_key)

    def history(self, record_key: str) -> list[accounts.Verdict]:
        """Every verdict on a record, undone ones included, oldest first."""
        return accounts.history(self.db, record_key)

    def undo(self, record_key: str, *, by: str) -> accounts.Verdict | None:
        """Undo the latest verdict in force on a record; None when there is none."""
        with self.transaction() as db:
            undone = accounts.undo_last(db, record_key, by, _now())
            records.update_status(db, record_key)
            return undone

    # -- accounts (SQL in store/accounts.py) ------------------------------------

    def add_user(self, name: str, password_hash: str, role: str) -> None:
        with self.transaction() as db:
            accounts.add_user(db, name, password_hash, role, _now())

    def users(self) -> list[tuple[User, str, int]]:
        return accounts.users(self.db)

    def count_users(self) -> int:
        return accounts.count_users(self.db)

    def user(self, name: str) -> User | None:
        return accounts.user(self.db, name)

    def login(self, name: str, password: str) -> User | None:
        """The user when `password` is theirs; None otherwise (or without such a user)."""
        found = accounts.password_hash(self.db, name)
        if found is None:
            password_matches(dummy_hash(), password)  # as slow whether or not it exists
            return None
        return found[0] if password_matches(found[1], password) else None

    def set_role(self, name: str, role: str) -> None:
        with self.transaction() as db:
            accounts.set_role(db, name, role)

    def remove_user(self, name: str) -> None:
        with self.transaction() as db:
            accounts.remove_user(db, name)

    def add_token(self, name: str, label: str = "") -> str:
        """A new API token for `name`, returned once (only its digest is stored)."""
        token, digest = new_token()
        with self.transaction() as db:
            accounts.add_token(db, name, digest, label, _now())
        return token

    def token_user(self, token: str) -> User | None:
        return accounts.token_user(self.db, token)

    def session_secret(self) -> str:
        """The key that signs web sessions, made once and kept in the database."""
        found = accounts.secret(self.db, "session")
        if found is not None:
            return found
        with self.transaction() as db:
            return accounts.make_secret(db, "session")

    # -- discovered entities (SQL in store/discovered.py) ------------------------

    def discovered(self, **filters: Any) -> tuple[list[discovered.Discovered], int]:
        """Entities the text taught the system, most reported first, and the total."""
        return discovered.discovered(self.db, **filters)

    def judge_entity(self, entity: str, action: str, *, author: str, target: str | None = None,
                     record: Any = None, note: str = "") -> None:
        """Store a verdict (promote, merge, reject) on a discovered entity."""
        with self.transaction() as db:
            discovered.save_verdict(db, entity, action, target=target, record=record,
                                    note=note, author=author, at=_now())

    def curation(self) -> Curation:
        return discovered.curation(self.db)

    def promoted_entity(self, entity_id: str) -> Any:
        return discovered.promoted_entity(self.db, entity_id)

    def entity_record(self, entity_id: str) -> Any:
        """A promoted or discovered entity as a gazetteer record; None if neither."""
        return discovered.entity_record(self.db, entity_id)

    def stats(self) -> dict[str, Any]:
        def count(sql: str) -> int:
            return int(self.db.execute(sql).fetchone()[0])

        kept = counts.read(self.db)  # mentions and facts: kept by the writes, not counted
        by_type = {name.removeprefix(counts.FACTS): n for name, n in sorted(kept.items())
                   if name.startswith(counts.FACTS) and n}
        return {
            "articles": count("SELECT COUNT(*) FROM articles"),
            "mentions": kept.get("mentions", 0),
            "linked_mentions": kept.get("linked_mentions", 0),
            "facts": by_type,
            "rejections": count("SELECT COUNT(*) FROM rejections"),
            "db_bytes": self.size_bytes(),
            "schema_version": migrate.schema_version(self.db),
        }


_SUMMARY = "SELECT id, title, source, url, published, published_inferred FROM articles"


def _encoded(articles: list[Article] | list[codec.ArticleRows]) -> list[codec.ArticleRows]:
    """Articles as their table rows (already so when a worker encoded them)."""
    return [a if isinstance(a, codec.ArticleRows) else codec.encode(a) for a in articles]


# An article's row per entity it names, with the article's stored publication date
# (save_articles builds the same rows in Python).
_ENTITY_ARTICLES = (
    "INSERT INTO entity_articles (entity, article_id, published, mentions, index_row)"
    " SELECT m.entity, m.article_id, a.published, COUNT(*), r.index_row"
    " FROM mentions m JOIN articles a ON a.id = m.article_id"
    " LEFT JOIN article_index_rows r ON r.article_id = a.id"
    " WHERE m.article_id = ? AND m.entity IS NOT NULL GROUP BY m.entity, m.article_id,"
    " a.published, r.index_row"
)


_STALE_RECORDS = (
    "INSERT INTO stale_records (key) SELECT DISTINCT record_key FROM facts"
    " WHERE article_id = ? AND record_key IS NOT NULL ON CONFLICT DO NOTHING"
)


def _save_signatures(db: Database, articles: list[codec.ArticleRows]) -> None:
    """Each article's near-copy signature and its bands (store/copies.py), unless it
    has them."""
    signed = [(a.id, a.signature) for a in articles if a.signature is not None]
    db.executemany("INSERT INTO article_signatures (article_id, minhash) VALUES (?, ?)"
                   " ON CONFLICT DO NOTHING", signed)
    copies.save_bands(db, signed)
