"""Records a page at a time: totals, the review queue's order from the index,
the overview from aggregates, and the stored verdicts an older store gets."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest
from test_store_records import stored_whole
from webclient import local_client

from langgieng.cli.serve import example_files
from langgieng.model import Article, Fact, Span
from langgieng.pipeline import ingest
from langgieng.reconcile.corrections import Correction
from langgieng.reconcile.views import review_order
from langgieng.store import open_store
from langgieng.store.migrate import MIGRATIONS_DIR, Migration


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("pages") / "pages.db"
    with example_files() as files, open_store(path) as store:
        ingest(files, store)
        keys = [r.key for r in store.records()]
        store.save_correction(Correction(keys[0], "reject", author="t"))
        store.save_correction(Correction(keys[1], "accept", author="t"))
    return path


def test_pages_of_records_cover_them_all_once(db: Path) -> None:
    with local_client(db) as client:
        first = client.get("/api/records", params={"limit": 7}).json()
        seen, offset = [], 0
        while offset < first["total"]:
            page = client.get("/api/records", params={"limit": 7, "offset": offset}).json()
            assert page["total"] == first["total"]
            seen += [r["id"] for r in page["records"]]
            offset += 7
        everything = client.get("/api/records", params={"limit": 500}).json()["records"]
        assert seen == [r["id"] for r in everything] and len(seen) == first["total"]
        assert client.get("/api/records", params={"limit": 501}).status_code == 422
        rejected = client.get("/api/records", params={"include_rejected": True}).json()
        assert rejected["total"] == first["total"] + 1


def test_the_queue_from_the_index_is_in_the_review_order(db: Path) -> None:
    with open_store(db) as store:
        paged = store.records(unreviewed=True)
        everything = store.records(include_rejected=True)
    expected = review_order([r for r in everything if r.review is None])
    assert [r.key for r in paged] == [r.key for r in expected]
    assert len(paged) == len(everything) - 2  # one rejected, one accepted


def test_the_overview_counts_what_the_records_say(db: Path) -> None:
    with open_store(db) as store:
        counts = store.record_counts()
        records = store.records()
    assert counts["by_type"] == dict(Counter(r.type for r in records))
    assert counts["conflicts"] == sum(1 for r in records if r.conflicts)
    assert counts["unreviewed"] == sum(1 for r in records if r.review is None)
    with local_client(db) as client:
        page = client.get("/").text
    assert f"<b>{len(records)}</b> records" in page


def test_an_older_store_gets_the_verdicts_its_corrections_give(tmp_path: Path) -> None:
    db = tmp_path / "old.db"
    with example_files() as files, open_store(db) as store:
        ingest(files, store)
        keys = [r.key for r in store.records(type="measure")][:4]
        # corrections as an older version stored them, with no status on the records
        for key, actions in zip(keys, [["reject"], ["accept"], ["correct", "accept"],
                                       ["reject", "accept"]], strict=True):
            for action in actions:
                store.db.execute(
                    "INSERT INTO corrections (record_key, action, field, value, created_at)"
                    " VALUES (?, ?, ?, ?, '2025-01-01')",
                    (key, action, "value" if action == "correct" else None,
                     "5" if action == "correct" else None),
                )
        stored_whole(store)  # as the stores of that version kept records
        store.db.execute("UPDATE records SET review = NULL, conflicts = 0, sureness = 0")
        migration = Migration(6, "record_status", MIGRATIONS_DIR / "006_record_status.sql")
        for statement in migration.statements():
            sql = "\n".join(line for line in statement.splitlines() if not line.startswith("--"))
            if sql.startswith("UPDATE"):
                store.db.execute(sql)
        stored = dict(store.db.execute("SELECT key, review FROM records").fetchall())
        applied = {r.key: r.review for r in store.records(include_rejected=True)}
        sureness = dict(store.db.execute("SELECT key, sureness FROM records").fetchall())
    assert [stored[k] for k in keys] == ["rejected", "accepted", "corrected", "accepted"]
    assert stored == applied  # the migration's rule is the one reading applies
    assert all(value > 0 for value in sureness.values())


def test_a_queue_page_past_the_end_is_empty_not_an_error(db: Path) -> None:
    with local_client(db) as client:
        page = client.get("/review", params={"page": 10_000})
        assert page.status_code == 200 and "Nothing to review" in page.text
        assert client.get("/review", params={"page": 2**63}).status_code == 422



def test_a_record_in_a_list_carries_its_first_sources_and_their_total(db: Path) -> None:
    with local_client(db) as client:
        listed = client.get("/api/records", params={"limit": 500}).json()["records"]
        busiest = max(listed, key=lambda r: r["sources_total"])
        alone = client.get(f"/api/records/{busiest['id']}").json()
    assert len(busiest["sources"]) == min(20, busiest["sources_total"])
    assert len(alone["sources"]) == alone["sources_total"] == busiest["sources_total"]


@pytest.fixture(scope="module")
def crowded(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A store of one figure that 60 articles state, with eight values."""
    path = tmp_path_factory.mktemp("crowded") / "crowded.db"
    articles = [
        Article(id=f"{n:016x}", source=f"/corpus/{n}.txt", format="txt", title=f"Tin {n}",
                text="Kim ngạch xuất khẩu đạt 1 triệu USD. " * 2,
                published=f"2023-02-{1 + n % 28:02d}",
                facts=[Fact("measure", {"indicator": "trade.export", "parties": ["vn", "la"],
                                        "period": "2022", "unit": "USD",
                                        "value": 1_000_000 * (1 + n % 8)},
                            Span(0, 30), 0.8, "test")])
        for n in range(60)
    ]
    with open_store(path) as store:
        store.save_articles(articles)
        store.refresh_records()
    return path


def test_a_list_shows_the_first_sources_and_values_of_a_record_and_how_many(
    crowded: Path,
) -> None:
    with local_client(crowded) as client:
        [listed] = client.get("/api/records").json()["records"]
        whole = client.get(f"/api/records/{listed['id']}").json()
        review = client.get("/review").text
    assert (len(listed["sources"]), listed["sources_total"]) == (20, 60)
    assert listed["sources"] == whole["sources"][:20] and len(whole["sources"]) == 60
    assert listed["values_total"] == whole["values_total"] == {"value": 8}
    shown, every = listed["conflicts"]["value"], whole["conflicts"]["value"]
    assert [c["value"] for c in shown] == [c["value"] for c in every][:5]
    for claim, full in zip(shown, every, strict=False):
        assert claim["sources"] == full["sources"][:5]
        assert claim["sources_total"] == full["sources_total"] == len(full["sources"]) > 5
    assert "and 3 other values" in review  # 8 values, 5 shown
    assert "and 50 more" in review  # 60 articles, 10 shown
    assert review.count('class="source"') == 10 + 5 * 5
