"""`langgieng copy`: a store copied SQLite -> PostgreSQL -> SQLite comes back
row for row, people's work included; a store that holds anything is not
overwritten unless asked. On a real PostgreSQL server (see conftest.py)."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

import pytest
from click.testing import CliRunner
from test_store import index_rows_agree

from langgieng.accounts import hash_password
from langgieng.cli import main
from langgieng.cli.serve import example_files
from langgieng.pipeline import ingest
from langgieng.reconcile.corrections import Correction
from langgieng.store import Store, open_store
from langgieng.store.transfer import INDEX, TABLES


@pytest.fixture
def original(tmp_path: Path) -> str:
    """The example articles, a correction and its undoing, a verdict on a
    discovered entity, a user with a token."""
    path = str(tmp_path / "original.db")
    with example_files() as files, open_store(path) as store:
        ingest(files, store)
        record = store.records()[0]
        store.save_correction(Correction(record.key, "reject", note="not a meeting", author="an"))
        store.undo(record.key, by="an")
        store.save_correction(Correction(record.key, "accept", author="an"))
        discovered, _ = store.discovered()
        store.judge_entity(discovered[0].id, "reject", author="an", note="a title")
        store.add_user("an", hash_password("a long enough password"), "reviewer")
        store.add_token("an", label="scripts")
    return path


def contents(path: str) -> dict[str, list[tuple[object, ...]]]:
    """Every copied table's rows in a fixed order, and the search index's."""
    with open_store(path) as store:
        found = {table: _rows(store, f"SELECT {columns} FROM {table} ORDER BY {order}")
                 for table, columns, order in TABLES}
        found[INDEX] = _rows(store, f"SELECT article_id, title, text FROM {INDEX}"
                                    " ORDER BY article_id")
    return found


def _rows(store: Store, sql: str) -> list[tuple[object, ...]]:
    return [tuple(row) for row in store.db.execute(sql)]


def copy(*args: str) -> tuple[int, str]:
    done = CliRunner().invoke(main, ["--lang", "en", "copy", *args])
    return done.exit_code, done.output


@pytest.mark.postgres
def test_sqlite_to_postgresql_and_back_keeps_every_row(
    original: str, tmp_path: Path, postgres_databases: Callable[[str], str]
) -> None:
    server = postgres_databases("copy")
    code, output = copy("--from", original, "--to", server)
    assert code == 0, output
    assert re.search(r"^  corrections +2$", output, re.M), output
    assert re.search(r"^  users +1$", output, re.M) and re.search(r"^  api_tokens +1$", output,
                                                                  re.M)
    back = str(tmp_path / "back.db")
    code, output = copy("--from", server, "--to", back)
    assert code == 0, output
    assert contents(back) == contents(original)
    with open_store(server) as store, open_store(original) as first:
        assert store.login("an", "a long enough password") is not None
        assert [h.article_id for h in store.search("kon tum")] == [
            h.article_id for h in first.search("kon tum")]
        assert store.history(store.records()[0].key) == first.history(first.records()[0].key)
        # the index is remade: its rows are the destination's, beside every entity's articles
        assert store.count_matches("kon tum", entity="vn/kon-tum") == first.count_matches(
            "kon tum", entity="vn/kon-tum") > 0
        assert index_rows_agree(store)
    with open_store(back) as store:
        assert index_rows_agree(store)
        store.add_user("ba", hash_password("another long password"), "reader")  # ids go on


def test_a_store_that_holds_anything_is_replaced_only_when_asked(
    original: str, new_store: Callable[[str], str]
) -> None:
    target = new_store("target.db")
    with open_store(target) as store:
        store.add_user("someone", hash_password("a long enough password"), "admin")
    code, output = copy("--from", original, "--to", target)
    assert code == 1 and "already holds users" in output and "--replace" in output
    code, output = copy("--from", original, "--to", target, "--replace")
    assert code == 0, output
    with open_store(target) as store:
        assert [u.name for u, _, _ in store.users()] == ["an"]
        assert index_rows_agree(store)


def test_a_store_is_not_copied_into_itself(original: str) -> None:
    code, output = copy("--from", original, "--to", original)
    assert code == 1 and "into itself" in output


@pytest.mark.parametrize("address", [
    "postgresql://someone:s3cret-pw@127.0.0.1:1/langgieng",  # nobody answers there
    "postgresql://someone:s3cret-pw@127.0.0.1:port/langgieng",
    "postgresql://someone:s3%zz-pw@127.0.0.1:1/langgieng",
])
def test_a_bad_address_is_one_line_without_the_password(address: str) -> None:
    done = CliRunner().invoke(main, ["--lang", "en", "--db", address, "stats"])
    assert done.exit_code == 2
    assert "s3cret" not in done.output and "s3%zz" not in done.output
    assert done.output.count("\n") == 1 and "someone:***@127.0.0.1" in done.output
