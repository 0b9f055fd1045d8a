"""The records depend on the set of articles, never on the order they came in:
the same articles ingested in several orders, and by two processes at once,
give the same records byte for byte."""

from __future__ import annotations

import dataclasses
import json
import random
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from langgieng.cli.serve import example_files
from langgieng.pipeline import ingest
from langgieng.store import open_store

# Two outlets, the same day, equally sure, disagreeing on the place: a tie that
# only the values can break.
REPORTS = {
    "a.txt": "Ngày 5/3/2024, tại Hà Nội, Phó Thủ tướng Trần Lưu Quang và Phó Thủ tướng Sar Kheng "
             "đồng chủ trì Hội nghị hợp tác và phát triển các tỉnh biên giới Việt Nam - "
             "Campuchia lần thứ 14.",
    "b.txt": "Ngày 5/3/2024, tại Phnôm Pênh, Phó Thủ tướng Trần Lưu Quang và Phó Thủ tướng Sar "
             "Kheng đồng chủ trì Hội nghị hợp tác và phát triển các tỉnh biên giới Việt Nam - "
             "Campuchia lần thứ 14.",
    "c.txt": "Năm 2023, kim ngạch thương mại Việt Nam - Campuchia đạt 10,5 tỷ USD.",
    "d.txt": "Năm 2023, kim ngạch thương mại Việt Nam - Campuchia đạt 10,6 tỷ USD.",
}


@pytest.fixture(scope="module")
def articles(tmp_path_factory: pytest.TempPathFactory) -> list[Path]:
    folder = tmp_path_factory.mktemp("reports")
    for name, text in REPORTS.items():
        (folder / name).write_text(f"Tin hợp tác\n{text}\n", encoding="utf-8")
    with example_files() as files:
        copies = []
        for file in files:
            copy = folder / file.name
            copy.write_bytes(file.read_bytes())
            copies.append(copy)
    return sorted(folder.iterdir())


def records_of(db: str) -> str:
    with open_store(db) as store:
        records = store.records(include_rejected=True)
    return json.dumps([dataclasses.asdict(r) for r in sorted(records, key=lambda r: r.key)],
                      ensure_ascii=False, sort_keys=True, default=str)


def ingested(db: str, files: list[Path], batch_size: int = 200) -> str:
    with open_store(db) as store:
        ingest(files, store, batch_size=batch_size)
    return records_of(db)


def test_every_order_gives_the_same_records(
    articles: list[Path], new_store: Callable[[str], str]
) -> None:
    forward = ingested(new_store("forward.db"), articles)
    with open_store(new_store("forward.db")) as store:
        [meeting] = [r for r in store.records() if r.fields.get("edition") == 14]
    assert {"vn/ha-noi", "kh/phnom-penh"} <= {c.value for c in meeting.claims["place"]}  # a tie
    orders = [list(reversed(articles)), random.Random(7).sample(articles, len(articles))]
    for number, order in enumerate(orders):
        assert ingested(new_store(f"order{number}.db"), order, batch_size=3) == forward


def test_two_processes_at_once_give_the_records_of_one(
    articles: list[Path], new_store: Callable[[str], str]
) -> None:
    """Two ingests writing one store at once (SQLite's file lock, PostgreSQL's
    advisory lock) lose no row and store what one ingest stores."""
    alone = ingested(new_store("alone.db"), articles)
    shared = new_store("shared.db")
    open_store(shared).close()
    halves = [articles[0::2], articles[1::2]]
    command = [sys.executable, "-c", "from langgieng.cli import main; main()",
               "--db", str(shared), "ingest"]
    processes = [subprocess.Popen([*command, *map(str, half)], stdout=subprocess.DEVNULL,
                                  stderr=subprocess.PIPE) for half in halves]
    for process in processes:
        _, errors = process.communicate(timeout=300)
        assert process.returncode == 0, errors.decode()
    assert records_of(shared) == alone
    assert _counts(shared) == _counts(new_store("alone.db"))


def _counts(db: str) -> dict[str, int]:
    """How many rows the tables an ingest writes hold."""
    tables = ("articles", "articles_fts", "mentions", "facts", "fact_entities",
              "entity_articles", "office_claims", "records", "record_entities")
    with open_store(db) as store:
        return {table: int(store.db.execute(f"SELECT COUNT(*) FROM {table}").fetchone()[0])
                for table in tables}
