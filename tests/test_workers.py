"""Ingest and re-extraction on several cores store exactly what one core stores,
row for row, and skip what an earlier run stored."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from click.testing import CliRunner

from langgieng.cli import main
from langgieng.cli.serve import example_files
from langgieng.pipeline import ingest, reprocess
from langgieng.store import open_store

TABLES = ("articles", "mentions", "office_claims", "facts", "fact_entities", "records",
          "record_entities", "entity_articles", "rejections")


def rows(db: Path) -> dict[str, list[tuple[object, ...]]]:
    """Every row of the tables the pipeline writes, without the write times."""
    with sqlite3.connect(db) as connection:
        tables = {}
        for table in TABLES:
            columns = [row[1] for row in connection.execute(f"PRAGMA table_info({table})")]
            kept = [c for c in columns if c != "at" and not c.endswith("_at")]
            tables[table] = sorted(
                connection.execute(f"SELECT {', '.join(kept)} FROM {table}").fetchall(), key=repr
            )
    return tables


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The bundled examples, each twice (a copy under another name is a duplicate),
    a page with no article text and a file that is not text."""
    folder = tmp_path_factory.mktemp("corpus")
    with example_files() as files:
        for file in files:
            (folder / file.name).write_bytes(file.read_bytes())
            (folder / f"copy_{file.name}").write_bytes(file.read_bytes())
    (folder / "menu.html").write_text("<html><body><nav>Trang chủ</nav></body></html>")
    (folder / "binary.txt").write_bytes(bytes(range(256)) * 8)
    return folder


def ingested(db: Path, corpus: Path, workers: int) -> tuple[int, int, int]:
    with open_store(db) as store:
        report = ingest([corpus], store, workers=workers, batch_size=3)
    return report.stored, report.duplicates, len(report.rejected)


def test_two_workers_store_what_one_stores(corpus: Path, tmp_path: Path) -> None:
    one = ingested(tmp_path / "one.db", corpus, workers=1)
    two = ingested(tmp_path / "two.db", corpus, workers=2)
    assert one == two
    stored, duplicates, rejected = one
    assert stored > 10 and duplicates >= stored and rejected == 2
    assert rows(tmp_path / "one.db") == rows(tmp_path / "two.db")
    assert rows(tmp_path / "two.db")["facts"]  # the comparison is of something


def test_a_second_run_on_two_workers_finds_everything_stored(corpus: Path, tmp_path: Path) -> None:
    db = tmp_path / "again.db"
    stored, _, _ = ingested(db, corpus, workers=2)
    before = rows(db)
    again, duplicates, rejected = ingested(db, corpus, workers=2)
    assert again == 0 and duplicates == 2 * stored and rejected == 2
    assert {t: r for t, r in rows(db).items() if t != "rejections"} == {
        t: r for t, r in before.items() if t != "rejections"
    }


def test_reextract_on_two_workers_matches_one(corpus: Path, tmp_path: Path) -> None:
    dbs = []
    for workers in (1, 2):
        db = tmp_path / f"re{workers}.db"
        ingested(db, corpus, workers=1)
        with open_store(db) as store:
            store.db.execute("DELETE FROM facts")  # as if the rules had found nothing before
            assert reprocess(store, workers=workers, batch_size=4) > 10
        dbs.append(db)
    assert rows(dbs[0]) == rows(dbs[1])
    assert rows(dbs[1])["facts"]


def test_cli_workers_option(corpus: Path, tmp_path: Path) -> None:
    db = str(tmp_path / "cli.db")
    result = CliRunner().invoke(main, ["--db", db, "ingest", "--workers", "2", str(corpus)])
    assert result.exit_code == 1, result.output  # two inputs are rejected
    assert "rejected 2" in result.output
    result = CliRunner().invoke(main, ["--db", db, "reconcile", "--reextract", "--workers", "2"])
    assert result.exit_code == 0, result.output
    assert "re-extracted" in result.output
    bad = CliRunner().invoke(main, ["--db", db, "ingest", "--workers", "0", str(corpus)])
    assert bad.exit_code == 2 and "--workers" in bad.output
