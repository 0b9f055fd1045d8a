"""Who may change the record, tried as an attacker would: anonymous, foreign
sites (CSRF, DNS rebinding), readers, bad tokens, a read-only server."""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner
from fastapi.testclient import TestClient
from webclient import LOCAL, PASSWORD, add_account, csrf_of, local_client, log_in

from langgieng.cli import main
from langgieng.cli.serve import example_files
from langgieng.pipeline import ingest
from langgieng.store import changes, is_postgres, open_store
from langgieng.store.transfer import copy_store
from langgieng.web import create_app


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    db = tmp_path_factory.mktemp("auth") / "auth.db"
    with example_files() as files, open_store(db) as store:
        ingest(files, store)
    add_account(db, "rev", "reviewer")
    add_account(db, "reader", "reader")
    return db


@pytest.fixture
def db(built: Path, store_target: str) -> str:
    """A fresh copy of `built`, a SQLite file, then a PostgreSQL database."""
    with open_store(built) as source, open_store(store_target) as target:
        copy_store(source, target)
    return store_target


@pytest.fixture
def client(db: str) -> Iterator[TestClient]:
    with local_client(db) as client:
        yield client


def a_record(client: TestClient) -> str:
    return str(client.get("/api/records").json()["records"][0]["id"])


def verdicts(db: str) -> int:
    with open_store(db) as store:
        return int(store.db.execute("SELECT COUNT(*) FROM corrections").fetchone()[0])


def test_anyone_reads_but_an_anonymous_write_is_refused(client: TestClient, db: str) -> None:
    record = a_record(client)
    assert client.get("/review").status_code == 200
    form = client.post(f"/review/{record}", data={"action": "accept"})
    api = client.post(f"/api/records/{record}/review", json={"action": "accept"})
    assert (form.status_code, api.status_code) == (401, 401)
    assert "log in" in api.json()["error"]["message"]
    assert verdicts(db) == 0


def test_a_logged_in_post_without_its_csrf_token_is_refused(client: TestClient, db: str) -> None:
    token = log_in(client, "rev")
    record = a_record(client)
    foreign = client.post(f"/review/{record}", data={"action": "accept"},
                          headers={"Origin": "https://evil.example"})
    wrong = client.post(f"/review/{record}", data={"action": "accept", "csrf": token + "x"})
    api = client.post(f"/api/records/{record}/review", json={"action": "accept"})
    assert [r.status_code for r in (foreign, wrong, api)] == [403, 403, 403]
    assert verdicts(db) == 0
    done = client.post(f"/review/{record}", data={"action": "accept", "csrf": token})
    assert done.status_code == 200 and verdicts(db) == 1


def test_a_reader_may_not_write_and_a_bad_password_logs_no_one_in(
    client: TestClient, db: str
) -> None:
    form = {"csrf": csrf_of(client.get("/login").text), "name": "rev", "password": "wrong one!",
            "next": "/"}
    refused = client.post("/login", data=form)
    assert refused.status_code == 401 and "wrong password" in refused.text
    token = log_in(client, "reader")
    response = client.post(f"/review/{a_record(client)}", data={"action": "accept", "csrf": token})
    assert response.status_code == 403 and "reader" in response.text
    assert verdicts(db) == 0


def test_api_tokens_write_and_verdicts_name_their_author(client: TestClient, db: str) -> None:
    with open_store(db) as store:
        reviewer, reader = store.add_token("rev", "script"), store.add_token("reader")
    record = a_record(client)
    url = f"/api/records/{record}/review"
    assert client.post(url, json={"action": "accept"},
                       headers={"Authorization": "Bearer nope"}).status_code == 401
    assert client.post(url, json={"action": "accept"},
                       headers={"Authorization": f"Bearer {reader}"}).status_code == 403
    done = client.post(url, json={"action": "accept"},
                       headers={"Authorization": f"Bearer {reviewer}"})
    assert done.status_code == 200 and done.json()["review"] == "accepted"
    with open_store(db) as store:
        [verdict] = store.history(store.record(record).key)
        stored = store.db.execute("SELECT digest FROM api_tokens").fetchall()
    assert verdict.author == "rev"
    assert reviewer not in {row[0] for row in stored}  # only digests are kept
    assert hashlib.sha256(reviewer.encode()).hexdigest() in {row[0] for row in stored}


def test_a_foreign_host_is_refused_and_links_never_repeat_the_host(db: str) -> None:
    with TestClient(create_app(db), base_url="http://evil.example") as rebinding:
        assert rebinding.get("/").status_code == 400
        assert rebinding.post("/api/records/x/review", json={"action": "accept"}).status_code == 400
    with TestClient(create_app(db, allowed_hosts=["news.example"]),
                    base_url="http://news.example") as named:
        page = named.get("/review").text
    assert 'href="/' in page and "news.example" not in page


def test_every_response_carries_the_security_headers(client: TestClient) -> None:
    for path in ("/", "/review", "/api/records", "/static/style.css", "/docs", "/nowhere"):
        headers = client.get(path).headers
        csp = headers["content-security-policy"]
        assert "frame-ancestors 'none'" in csp and "unsafe-inline" not in csp, path
        assert headers["x-frame-options"] == "DENY", path
        assert headers["x-content-type-options"] == "nosniff", path
        assert headers["referrer-policy"] == "same-origin", path
    assert "<script>" not in client.get("/docs").text  # Swagger UI starts from a file


def test_the_session_cookie_is_signed_expires_and_stays_on_this_site(client: TestClient) -> None:
    form = {"csrf": csrf_of(client.get("/login").text), "name": "rev", "password": PASSWORD,
            "next": "/"}
    cookie = client.post("/login", data=form, follow_redirects=False).headers["set-cookie"]
    assert "langgieng_session=" in cookie
    assert {"max-age=28800", "samesite=lax", "httponly"} <= set(cookie.lower().split("; "))
    client.cookies.set("langgieng_session", "forged.value.here")
    assert "rev (reviewer)" not in client.get("/").text


def test_a_read_only_server_reads_and_never_writes(db: str) -> None:
    with open_store(db) as store:
        token = store.add_token("rev")
    before = fingerprint(db)
    with TestClient(create_app(db, read_only=True), base_url=LOCAL) as client:
        assert client.get("/").status_code == 200
        assert client.get("/review").status_code == 200
        response = client.post(f"/api/records/{a_record(client)}/review",
                               json={"action": "accept"},
                               headers={"Authorization": f"Bearer {token}"})
        assert response.status_code == 403 and "read-only" in response.text
    assert fingerprint(db) == before


# what a server run from a shelf it may not write does: open, read the overview
_READ_ONLY_SERVER = """
import sys
from fastapi.testclient import TestClient
from langgieng.web import create_app
with TestClient(create_app(sys.argv[1], read_only=True), base_url="http://localhost") as client:
    print(client.get("/").status_code, client.get("/api/records").json()["total"])
"""


def test_a_read_only_server_reads_a_database_in_a_folder_it_may_not_write(
    built: Path, tmp_path: Path
) -> None:
    shelf = tmp_path / "shelf"
    shelf.mkdir()
    db = shelf / "ro.db"
    with open_store(built) as source, open_store(db) as target:
        copy_store(source, target)
        total = target.count_records()
    # closed: no log beside it, and none can be made in the folder (as root, without the
    # capabilities that let root write anywhere)
    command = [sys.executable, "-c", _READ_ONLY_SERVER, str(db)]
    if os.geteuid() == 0:
        assert shutil.which("setpriv"), "setpriv (util-linux) drops root's override"
        command = ["setpriv", "--bounding-set", "-dac_override,-dac_read_search,-fowner",
                   *command]
    before = hashlib.sha256(db.read_bytes()).hexdigest()
    shelf.chmod(0o555)
    try:
        result = subprocess.run(command, capture_output=True, text=True, timeout=120)
    finally:
        shelf.chmod(0o755)
    assert result.returncode == 0, result.stderr[-2000:]
    assert result.stdout.split() == ["200", str(total)]
    assert hashlib.sha256(db.read_bytes()).hexdigest() == before
    assert sorted(p.name for p in shelf.iterdir()) == ["ro.db"]


def fingerprint(db: str) -> str:
    """What any write changes: a SQLite file's bytes, a PostgreSQL store's count of writes."""
    if is_postgres(db):
        return str(changes(db)())
    return hashlib.sha256(Path(db).read_bytes()).hexdigest()


def test_serving_beyond_this_machine_needs_a_reviewer(tmp_path: Path) -> None:
    db = tmp_path / "open.db"
    open_store(db).close()
    result = CliRunner().invoke(main, ["--db", str(db), "serve", "--host", "0.0.0.0"])
    assert result.exit_code == 1
    assert "users add NAME --role admin" in result.output
