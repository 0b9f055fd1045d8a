"""Web test clients: requests as a browser on this machine sends them (Host
localhost, English asked for unless told otherwise), and a reviewer logged in
through /login whose posts carry the session's CSRF token, as the pages' forms do."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from fastapi.testclient import TestClient

from langgieng.accounts import hash_password
from langgieng.store import open_store
from langgieng.web import create_app

LOCAL = "http://localhost"
PASSWORD = "a long enough password"
_CSRF = re.compile(r'name="csrf" value="([^"]+)"')


def local_client(db: Path | str, lang: str = "en", **options: Any) -> TestClient:
    """A client whose browser asks for `lang` (the tests read the English pages)."""
    return TestClient(create_app(db, **options), base_url=LOCAL,
                      headers={"accept-language": lang})


def add_account(db: Path | str, name: str = "reviewer", role: str = "reviewer") -> None:
    with open_store(db) as store:
        store.add_user(name, hash_password(PASSWORD), role)


def csrf_of(page: str) -> str:
    match = _CSRF.search(page)
    assert match, "no CSRF token in the page"
    return match.group(1)


def log_in(client: TestClient, name: str = "reviewer", password: str = PASSWORD) -> str:
    """Log in through the form; the session's CSRF token after it."""
    form = {"csrf": csrf_of(client.get("/login").text), "name": name, "password": password,
            "next": "/"}
    response = client.post("/login", data=form)
    assert response.status_code == 200 and response.url.path == "/", response.text[:300]
    return csrf_of(response.text)  # the log-out form


class ReviewerClient(TestClient):
    """A logged-in reviewer: form posts get the CSRF field, JSON posts the header."""

    csrf = ""

    def post(self, url: Any, **kwargs: Any) -> Any:  # type: ignore[override]
        if isinstance(kwargs.get("data"), dict):
            kwargs["data"] = {"csrf": self.csrf, **kwargs["data"]}
        if kwargs.get("json") is not None:
            kwargs["headers"] = {"x-csrf-token": self.csrf, **(kwargs.get("headers") or {})}
        return super().post(url, **kwargs)


def reviewer_client(db: Path | str, name: str = "reviewer") -> ReviewerClient:
    add_account(db, name)
    client = ReviewerClient(create_app(db), base_url=LOCAL)
    client.csrf = log_in(client, name)
    return client
