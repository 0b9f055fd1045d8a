"""Anonymous reads are answered from memory until the database changes; a write
by anyone (another process included) is seen at once; logged-in readers and
token holders always get a fresh answer."""

from __future__ import annotations

from pathlib import Path

import pytest
from webclient import local_client, reviewer_client

from langgieng.cli.serve import example_files
from langgieng.pipeline import ingest
from langgieng.store import open_store

HIT = "x-langgieng-cache"
NEW = "Tỉnh Kon Tum và tỉnh Attapeu ký kết biên bản ghi nhớ hợp tác"


@pytest.fixture
def db(store_target: str) -> str:
    """Three example articles, in a SQLite file, then a PostgreSQL database."""
    with example_files() as files, open_store(store_target) as store:
        ingest(files[:3], store)
    return store_target


def test_a_repeated_anonymous_read_is_kept_until_a_write(db: str, tmp_path: Path) -> None:
    with local_client(db) as client:
        first = client.get("/api/articles")
        again = client.get("/api/articles")
        assert HIT not in first.headers and again.headers.get(HIT) == "hit"
        assert again.json() == first.json()
        assert "content-security-policy" in again.headers  # headers still added outside
        # another connection (as another process would) stores an article
        article = tmp_path / "new.txt"
        article.write_text(f"{NEW}\nNgày 3/4/2023, hai tỉnh ký kết biên bản ghi nhớ.\n")
        with open_store(db) as store:
            ingest([article], store)
        fresh = client.get("/api/articles")
        assert HIT not in fresh.headers
        assert fresh.json()["total"] == first.json()["total"] + 1


def test_counts_kept_for_other_pages_move_with_a_write(db: str, tmp_path: Path) -> None:
    # a total is kept for every page that shows it (web/memo.py): each new address
    # below is made afresh, yet reads the kept count, until the store changes
    with local_client(db) as client:
        records = client.get("/api/records?limit=1").json()["total"]
        matches = client.get("/api/search?q=Kon Tum").json()["total"]
        assert client.get("/api/records?limit=2").json()["total"] == records
        assert client.get("/search?q=Kon Tum&page=2").status_code == 200
        article = tmp_path / "new.txt"
        article.write_text(f"{NEW}\nNgày 3/4/2023, tỉnh Kon Tum và tỉnh Attapeu ký kết"
                           " biên bản ghi nhớ hợp tác.\n")
        with open_store(db) as store:
            ingest([article], store)
        assert client.get("/api/records?limit=3").json()["total"] > records
        assert client.get("/api/search?q=Kon Tum&limit=5").json()["total"] == matches + 1
        page = client.get("/search?q=Kon Tum&page=3").text
        assert f"{matches + 1}" in page


def test_other_queries_and_failures_are_not_mixed_up(db: str) -> None:
    with local_client(db) as client:
        assert client.get("/api/articles?limit=1").json() != client.get("/api/articles").json()
        assert client.get("/articles/nothere").status_code == 404
        assert HIT not in client.get("/articles/nothere").headers


def test_a_logged_in_reader_is_never_answered_from_memory(db: str) -> None:
    with reviewer_client(db) as client:  # logged in through the form
        client.get("/")
        assert HIT not in client.get("/").headers
    with local_client(db) as anonymous:
        anonymous.get("/api/articles")
        token = {"Authorization": "Bearer not-a-token"}
        assert HIT not in anonymous.get("/api/articles", headers=token).headers


def test_requests_from_several_threads_share_one_cache(db: str) -> None:
    client = local_client(db)  # without `with`: each request on a thread of its own
    client.get("/api/articles")
    assert client.get("/api/articles").headers.get(HIT) == "hit"


def test_the_processes_of_one_server_share_their_answers(db: str, tmp_path: Path) -> None:
    """Two apps on one shared file, as `serve --workers 2` runs them: a page one made
    the other answers from the file, until a write, which either sees; then they
    share again (each makes the page at most once more: neither can tell that the
    write the other saw is the one it sees)."""
    shared = str(tmp_path / "pages.db")
    with local_client(db, shared_cache=shared) as one, \
            local_client(db, shared_cache=shared) as other:
        first = one.get("/api/articles")
        assert HIT not in first.headers
        again = other.get("/api/articles")
        assert again.headers.get(HIT) == "hit" and again.json() == first.json()
        assert "content-security-policy" in again.headers
        assert HIT not in other.get("/api/articles", headers={"accept-language": "vi"}).headers
        article = tmp_path / "new.txt"
        article.write_text(f"{NEW}\nNgày 3/4/2023, hai tỉnh ký kết biên bản ghi nhớ.\n")
        with open_store(db) as store:
            ingest([article], store)
        fresh = one.get("/api/articles")  # the first to see the write: made again
        assert HIT not in fresh.headers
        assert fresh.json()["total"] == first.json()["total"] + 1
        assert other.get("/api/articles").json() == fresh.json()
        again = one.get("/api/articles")
        assert again.headers.get(HIT) == "hit" and again.json() == fresh.json()


def test_a_process_that_sees_a_write_last_never_answers_what_came_before(
    db: str, tmp_path: Path,
) -> None:
    shared = str(tmp_path / "pages.db")
    with local_client(db, shared_cache=shared) as one, \
            local_client(db, shared_cache=shared) as other:
        before = one.get("/api/articles").json()
        article = tmp_path / "new.txt"
        article.write_text(f"{NEW}\nNgày 3/4/2023, hai tỉnh ký kết biên bản ghi nhớ.\n")
        with open_store(db) as store:
            ingest([article], store)
        # `other` never read before the write: it must not take the older answer
        assert other.get("/api/articles").json()["total"] == before["total"] + 1


def test_warm_pages_are_made_before_the_first_visitor(db: str) -> None:
    with local_client(db, warm=("/", "/review")) as client:
        assert client.get("/").headers.get(HIT) == "hit"
        assert client.get("/review").headers.get(HIT) == "hit"
        assert client.get("/", headers={"accept-language": "vi"}).headers.get(HIT) == "hit"
        assert HIT not in client.get("/review?page=2").headers
