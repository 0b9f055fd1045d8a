"""The web UI in a real browser: Debian's chromium driven by Playwright,
against a uvicorn server on a free local port."""

from __future__ import annotations

import os
import re
import socket
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
import uvicorn
from playwright.sync_api import Browser, Page, expect, sync_playwright
from webclient import PASSWORD, add_account

from langgieng.cli.serve import example_files
from langgieng.pipeline import ingest
from langgieng.store import open_store
from langgieng.web import create_app

pytestmark = pytest.mark.browser

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    if not CHROMIUM.exists():
        reason = f"{CHROMIUM} is missing: install Debian's chromium (./scripts/test does)"
        if os.environ.get("CI"):
            pytest.fail(reason)
        pytest.skip(reason)
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield browser
        browser.close()


@pytest.fixture(scope="module")
def base_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    db = tmp_path_factory.mktemp("browser") / "browser.db"
    with example_files() as files, open_store(db) as store:
        ingest(files, store)
    add_account(db)
    # Bind the socket ourselves: port 0 picks a free port with no race.
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.bind(("127.0.0.1", 0))
    port = sock.getsockname()[1]
    server = uvicorn.Server(uvicorn.Config(create_app(db), log_level="warning"))
    thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, daemon=True)
    thread.start()
    started = threading.Event()
    while thread.is_alive() and not started.wait(0.05):
        if server.started:
            started.set()
    assert server.started, "uvicorn did not start"
    yield f"http://127.0.0.1:{port}"
    server.should_exit = True
    thread.join()
    sock.close()


@pytest.fixture
def page(browser: Browser) -> Iterator[Page]:
    context = browser.new_context(locale="en-US")  # the tests read the English pages
    page = context.new_page()
    yield page
    context.close()


def test_search_without_diacritics_then_open_the_article(page: Page, base_url: str) -> None:
    page.goto(base_url + "/")
    with example_files() as files:
        articles = sum(len(f.read_text("utf-8").splitlines()) if f.suffix == ".jsonl" else 1
                       for f in files)
    expect(page.locator("table.articles tbody tr")).to_have_count(articles)

    page.locator("#q").fill("hai cot")
    page.locator("#q").press("Enter")
    page.wait_for_url(re.compile(r"/search\?q=hai\+cot"))

    first = page.locator("li.result").first
    expect(first.locator("mark").first).to_have_text(re.compile("hài cốt", re.IGNORECASE))
    title = first.locator("a.title").inner_text()

    first.locator("a.title").click()
    page.wait_for_url(re.compile(r"/articles/\w+"))
    expect(page.locator("article.reader h1")).to_have_text(title)
    expect(page.locator("article.reader .body mark").first).to_be_visible()


def test_slash_key_focuses_the_search_box(page: Page, base_url: str) -> None:
    page.goto(base_url + "/")
    page.keyboard.press("/")
    expect(page.locator("#q")).to_be_focused()


def test_open_an_entity_from_the_reader_then_accept_a_record(page: Page, base_url: str) -> None:
    page.goto(base_url + "/")
    page.locator("table.articles a.title").first.click()
    page.wait_for_url(re.compile(r"/articles/\w+"))
    mention = page.locator("article.reader .body a.mention").first
    entity_id = mention.get_attribute("title").split(" ", 1)[0]  # type: ignore[union-attr]
    mention.click()
    page.wait_for_url(re.compile(r"/entities/"))
    assert page.url.endswith(f"/entities/{entity_id}")
    expect(page.locator("dl.facts-list code")).to_have_text(entity_id)
    expect(page.locator("section.timeline h2")).to_have_text("Timeline")

    page.locator("header.site nav").get_by_text("Review").click()
    page.wait_for_url(re.compile(r"/review$"))
    expect(page.locator("section.review-item button")).to_have_count(0)  # anyone may read
    page.get_by_role("link", name="Log in").first.click()
    page.get_by_label("Name").fill("reviewer")
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Log in").click()
    page.wait_for_url(re.compile(r"/review$"))
    expect(page.locator("header.site .account")).to_contain_text("reviewer")
    first = page.locator("section.review-item").first
    record_id = (first.get_attribute("id") or "").removeprefix("r-")
    assert record_id
    first.get_by_role("button", name="Accept").click()
    page.wait_for_url(re.compile(r"/review$"))
    expect(page.locator(f"#r-{record_id}")).to_have_count(0)
    record = page.request.get(f"{base_url}/api/records/{record_id}").json()
    assert record["review"] == "accepted"


def test_api_docs_render_under_the_content_security_policy(page: Page, base_url: str) -> None:
    refused: list[str] = []
    page.on("console", lambda message: refused.append(message.text)
            if "Content Security Policy" in message.text else None)
    page.goto(base_url + "/docs")
    expect(page.locator("#swagger-ui .info h2").first).to_contain_text("Láng Giềng")
    expect(page.locator(".opblock").first).to_be_visible()
    assert refused == []


def test_pages_in_the_browsers_language_and_the_switch(browser: Browser, base_url: str) -> None:
    vietnamese = browser.new_context(locale="vi-VN")
    page = vietnamese.new_page()
    page.goto(base_url + "/")
    expect(page.locator("html")).to_have_attribute("lang", "vi")
    expect(page.locator("h1")).to_have_text("Tổng quan")
    expect(page.locator("table.records")).to_contain_text("tỷ USD")  # `5 tỷ USD`, not `5 bn`
    page.get_by_role("link", name="English").click()
    expect(page.locator("h1")).to_have_text("Overview")
    page.goto(base_url + "/network")  # the choice is kept
    expect(page.locator("h1")).to_have_text("Partnership network")
    vietnamese.close()
    english = browser.new_context(locale="en-US")
    page = english.new_page()
    page.goto(base_url + "/review")
    expect(page.locator("h1").first).to_have_text("Review queue")
    page.get_by_role("link", name="Tiếng Việt").click()
    expect(page.locator("h1").first).to_have_text("Hàng chờ duyệt")
    english.close()


SHOWN_PAGES = [  # (file, path): the main pages, as the README shows them
    ("overview", "/"),
    ("dossier", "/dossier?a=vn&b=la"),
    ("indicators", "/indicators?indicator=trade.bilateral&parties=vn,la"),
    ("series", "/series/series/vn-la-intergovernmental-committee"),
    ("network", "/network"),
    ("review", "/review"),
]


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_the_main_pages_render_cleanly(browser: Browser, base_url: str, lang: str) -> None:
    """Every main page loads with no console error and no failed request (the
    CSP holds: nothing inline, nothing from elsewhere). With
    LANGGIENG_SCREENSHOTS=FOLDER set, each page is saved there as a PNG
    (the README's screenshots: `docs/screenshots`)."""
    context = browser.new_context(locale=lang, viewport={"width": 1200, "height": 900})
    page = context.new_page()
    problems: list[str] = []
    page.on("console", lambda m: problems.append(m.text) if m.type == "error" else None)
    page.on("requestfailed", lambda r: problems.append(f"{r.url}: {r.failure}"))
    folder = os.environ.get("LANGGIENG_SCREENSHOTS")
    for name, path in SHOWN_PAGES:
        # every request of a page settles before the next: leaving a page earlier
        # aborts its late requests, which would read as failures on a busy machine
        page.goto(base_url + path, wait_until="networkidle")
        expect(page.locator("html")).to_have_attribute("lang", lang)
        expect(page.locator("main h1").first).to_be_visible()
        if folder:
            Path(folder).mkdir(parents=True, exist_ok=True)
            page.screenshot(path=str(Path(folder) / f"{name}-{lang}.png"))
    context.close()
    assert problems == []
