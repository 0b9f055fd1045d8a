"""What only a PostgreSQL store has to show: its migrations pair with SQLite's,
processes opening a new store at once migrate it once, a read-only store never
writes, and the web cache's clock moves with every write. On a real server."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Callable

import pytest
from test_store import make_article

from langgieng.errors import NotFound, StoreError
from langgieng.model import Rejection
from langgieng.store import changes, open_store
from langgieng.store.dialect import SQLITE
from langgieng.store.migrate import discover
from langgieng.store.postgres import (
    _PLAIN_INSERT,
    POSTGRES,
    Connection,
    _older_matches,
    tidied,
)
from langgieng.store.search import host_of, parse_query


def test_every_migration_has_its_postgresql_twin() -> None:
    sqlite = [(m.version, m.name) for m in discover(SQLITE.migrations)]
    postgres = [(m.version, m.name) for m in discover(POSTGRES.migrations)]
    assert postgres == sqlite


@pytest.mark.postgres
def test_processes_opening_a_new_store_at_once_migrate_it_once(
    postgres_databases: Callable[[str], str],
) -> None:
    url = postgres_databases("new")
    opening = [sys.executable, "-c", "import sys; from langgieng.store import open_store;"
               " open_store(sys.argv[1]).close()", url]
    processes = [subprocess.Popen(opening, stderr=subprocess.PIPE) for _ in range(4)]
    for process in processes:
        _, errors = process.communicate(timeout=120)
        assert process.returncode == 0, errors.decode()
    with open_store(url) as store:
        versions = [row[0] for row in store.db.execute(
            "SELECT version FROM schema_migrations ORDER BY version")]
    assert versions == [m.version for m in discover(POSTGRES.migrations)]


@pytest.mark.postgres
def test_a_read_only_store_never_writes_and_a_missing_one_is_said(
    postgres_databases: Callable[[str], str],
) -> None:
    with pytest.raises(StoreError, match="no database here"):
        open_store(postgres_databases("empty"), create=False)
    url = postgres_databases("store")
    open_store(url).close()
    with open_store(url, read_only=True) as store:
        assert store.count_articles() == 0
        with pytest.raises(StoreError, match="read-only"):
            store.save_rejections([Rejection("a.txt", "empty")])


@pytest.mark.postgres
def test_the_change_count_moves_with_each_write_of_any_connection(
    postgres_databases: Callable[[str], str],
) -> None:
    url = postgres_databases("store")
    with open_store(url) as store:
        count = changes(url)
        before = count()
        assert count() == before  # reading changes nothing
        store.save_rejections([Rejection("a.txt", "empty")])
        assert count() > before


@pytest.mark.postgres
def test_the_store_vacuums_and_analyzes_the_tables_autovacuum_leaves_alone(
    postgres_databases: Callable[[str], str],
) -> None:
    url = postgres_databases("store")
    with open_store(url) as store:
        # the tables autovacuum is told to leave, as it leaves all on a server whose
        # autovacuum is off (this one may have it on)
        store.db.execute("ALTER TABLE facts SET (autovacuum_enabled = off)")
        store.save_articles([make_article(f"{n:016x}") for n in range(60)])
        store.refresh_records()  # each fact written again with its key: dead rows
        assert dict(tidied(store.db))["facts"] is True  # to vacuum, and analyze
        store.checkpoint()
        vacuumed, analyzed = store.db.execute(
            "SELECT last_vacuum, last_analyze FROM pg_stat_user_tables"
            " WHERE relname = 'facts'").fetchone()
        assert vacuumed is not None and analyzed is not None
        assert "facts" not in dict(tidied(store.db))  # done: nothing more to do there


@pytest.mark.postgres
def test_addresses_give_the_hosts_python_gives_and_a_nul_matches_nothing(
    postgres_databases: Callable[[str], str],
) -> None:
    urls = ["https://www.VOV.vn/a", "http://user:pw@news.example.org:8080/x?y=http://z",
            "vov.vn/no-scheme", "https://baoquocte.vn", "", None]
    with open_store(postgres_databases("store")) as store:
        for url in urls:
            assert store.db.execute("SELECT host_of(?)", (url,)).fetchone()[0] == host_of(url)
        with pytest.raises(NotFound):
            store.get_article("a1b2c3\x00d4")


@pytest.mark.postgres
def test_articles_indexed_before_word_pairs_are_paired_when_the_store_opens(
    postgres_databases: Callable[[str], str],
) -> None:
    url = postgres_databases("store")
    text = "Lãnh đạo tỉnh và lãnh đạo huyện gặp nhau. " * 30
    with open_store(url) as store:
        store.save_articles([make_article(f"{n:016d}", text=text, mentions=[], facts=[])
                             for n in range(3)])
        store.db.execute("UPDATE articles_fts SET terms = NULL")  # as migration 016 leaves them
        assert store.count_matches('"tỉnh và lãnh"') == 0  # counted through the pairs
    with open_store(url) as store:
        assert store.count_matches('"tỉnh và lãnh"') == 3
        assert len(store.find('"tỉnh và lãnh"', 10)) == 3


@pytest.mark.postgres
def test_a_phrase_is_looked_for_through_the_index_of_its_word_pairs(
    postgres_databases: Callable[[str], str],
) -> None:
    with open_store(postgres_databases("store")) as store:
        expression = POSTGRES.expressions(parse_query('"tỉnh và lãnh"'))[0]
        assert isinstance(store.db, Connection)
        with store.db.bitmap_scans_only():
            plan = store.db.execute("EXPLAIN " + POSTGRES.matching("rowid", expression),
                                    (expression,)).fetchall()
    assert "articles_fts_terms" in " ".join(row[0] for row in plan)


@pytest.mark.postgres
def test_older_matches_are_found_through_the_gin_index_whatever_the_span_is_guessed_to_hold(
    postgres_databases: Callable[[str], str],
) -> None:
    # the planner guesses few rows in a span past its histogram (the newest, added since
    # the table was analyzed) and then read every row of the span to test its words
    with open_store(postgres_databases("store")) as store:
        assert isinstance(store.db, Connection)
        for query in ("tỉnh", "tỉnh và", "tỉnh và lãnh", '"tỉnh và" -huyện'):
            expression = POSTGRES.expressions(parse_query(query))[0]
            sql, arguments = _older_matches(expression, 5, 10**9)
            with store.db.bitmap_scans_only():
                plan = " ".join(row[0] for row in store.db.execute("EXPLAIN " + sql, arguments))
            assert "Bitmap Index Scan on articles_fts_" in plan, query
            assert "articles_fts_pkey" not in plan, query


@pytest.mark.postgres
def test_the_index_the_workers_make_is_the_one_the_writer_makes(
    postgres_databases: Callable[[str], str],
) -> None:
    """Two workers make each article's tsvectors (`Store.index_values`) where the writer
    would: the stored index is the same, row for row, and finds the same articles."""
    from pathlib import Path

    from langgieng.pipeline import Pipeline, ingest
    from langgieng.read import read_paths

    examples = sorted((Path(__file__).parents[1] / "langgieng" / "examples").glob("*.txt"))
    pipeline = Pipeline()
    indexes = []
    for name, workers in (("writer", 0), ("workers", 2)):
        with open_store(postgres_databases(name)) as store:
            if workers:
                ingest(examples, store, pipeline=pipeline, workers=workers)
            else:  # articles handed to the store whole: it makes their index itself
                articles = [pipeline.process(raw) for raw in read_paths(examples)]
                store.save_articles([a for a in articles if not isinstance(a, Rejection)])
            indexes.append((
                store.db.execute("SELECT article_id, CAST(document AS text),"
                                 " CAST(terms AS text) FROM articles_fts"
                                 " ORDER BY article_id").fetchall(),
                [hit.article_id for hit in store.search("kon tum", limit=50)],
            ))
    assert len(indexes[0][0]) == len(examples) and indexes[0][1]
    assert indexes[0] == indexes[1]


@pytest.mark.postgres
def test_rows_copied_in_come_back_as_given(postgres_databases: Callable[[str], str]) -> None:
    """A plain insert of many rows goes as one COPY: text with tabs, line ends,
    backslashes, quotes and a NUL (kept as U+FFFD), and NULLs, come back as given."""
    texts = ["a\tb", "dòng 1\ndòng 2\r\n", "C:\\đường\\N", "\\.", 'ông "X"', "nul\x00end", ""]
    rows = [("a1", i, i + 1, text, None if i % 2 else "vn", "country", 0.5 + i / 100, "r")
            for i, text in enumerate(texts)]
    with open_store(postgres_databases("copy")) as store, store.transaction() as db:
        db.execute("INSERT INTO articles (id, source, format, title, text, sentences, removed,"
                   " ingested_at) VALUES ('a1', 's', 'txt', 't', 'x', '[]', '[]', 'now')")
        insert = ('INSERT INTO mentions (article_id, start, "end", surface, entity, kind,'
                  " confidence, rule) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
        assert _PLAIN_INSERT.fullmatch(insert)  # (the statement goes as a COPY)
        db.executemany(insert, rows)
        back = db.execute('SELECT article_id, start, "end", surface, entity, kind, confidence,'
                          " rule FROM mentions ORDER BY start").fetchall()
    assert [tuple(row) for row in back] == [
        (*row[:3], row[3].replace("\x00", "\ufffd"), *row[4:]) for row in rows]
