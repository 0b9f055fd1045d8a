"""The web UI and JSON API over a real SQLite file made by ingesting the
bundled examples plus one hostile article."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner
from fastapi.testclient import TestClient
from markupsafe import escape
from webclient import LOCAL, local_client

from langgieng.cli import main
from langgieng.cli.serve import example_files
from langgieng.errors import StoreError
from langgieng.pipeline import ingest
from langgieng.store import open_store
from langgieng.web import create_app
from langgieng.web.highlight import Layer, render

PROBE = "zebraprobe"  # a word found only in the hostile article
SCRIPT = "<script>alert(1)</script>"
HOSTILE = f"""Tin nóng {SCRIPT} về biên giới
-----
{SCRIPT} Ngày 2/3/2024, đoàn {PROBE} <img src=x onerror=alert(2)> thăm tỉnh Tây Ninh.
Hai bên trao đổi về thương mại biên giới & đầu tư.
"""


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("web")
    hostile = folder / "hostile.txt"
    hostile.write_text(HOSTILE, encoding="utf-8")
    path = folder / "web.db"
    with example_files() as files, open_store(path) as store:
        report = ingest([*files, hostile], store)
    assert report.rejected == [], report.rejected
    assert report.stored >= 10
    return path


@pytest.fixture(scope="module")
def client(db: Path) -> Iterator[TestClient]:
    with local_client(db) as client:
        yield client


def hostile_id(client: TestClient) -> str:
    hits = client.get("/api/search", params={"q": PROBE}).json()["hits"]
    assert len(hits) == 1, hits
    return str(hits[0]["article_id"])


def test_home_lists_every_article_with_title_and_source(client: TestClient) -> None:
    listed = client.get("/api/articles", params={"limit": 100}).json()["articles"]
    page = client.get("/")
    assert page.status_code == 200
    assert page.headers["content-type"].startswith("text/html")
    assert len(listed) >= 11
    for article in listed:
        assert escape(article["title"]) in page.text
        assert f"/articles/{article['id']}" in page.text
        assert escape(article["site"]) in page.text
    assert 'name="q"' in page.text  # the search box


def test_hostile_article_is_stored_as_is_and_shown_escaped(client: TestClient) -> None:
    article_id = hostile_id(client)
    stored = client.get(f"/api/articles/{article_id}").json()
    assert SCRIPT in stored["title"] + stored["text"]  # the API returns the data unchanged
    for path in ("/", f"/articles/{article_id}", f"/search?q={PROBE}"):
        page = client.get(path).text
        assert "<script>alert" not in page, path
        assert "<img src=x" not in page, path
        assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page, path


def test_search_marks_words_after_escaping(client: TestClient) -> None:
    page = client.get("/search", params={"q": PROBE}).text
    assert f"<mark>{PROBE}</mark>" in page
    assert "&lt;img src=x onerror=alert(2)&gt;" in page


def test_search_ignores_diacritics_and_marks_the_real_words(client: TestClient) -> None:
    page = client.get("/search", params={"q": "hai cot"})
    assert page.status_code == 200
    marked = re.findall(r"<mark>([^<]*)</mark>", page.text)
    assert any("hài cốt" in m.lower() for m in marked), marked
    assert page.text.count('class="result"') >= 3  # several examples speak of remains


def test_search_says_how_many_and_pages_through_them(
    client: TestClient, monkeypatch: pytest.MonkeyPatch
) -> None:
    every = client.get("/api/search", params={"q": "tỉnh", "limit": 200}).json()
    assert every["total"] == len(every["hits"]) >= 3
    later = client.get("/api/search", params={"q": "tỉnh", "limit": 2, "offset": 2}).json()
    assert [h["article_id"] for h in later["hits"]] == [
        h["article_id"] for h in every["hits"][2:4]]
    monkeypatch.setattr("langgieng.web.views.search.LIMIT", 2)  # pages of two
    first = client.get("/search", params={"q": "tỉnh"}).text
    assert f"1–2 of {every['total']} results" in first and "page=2" in first
    last_page = (every["total"] + 1) // 2
    last = client.get("/search", params={"q": "tỉnh", "page": last_page}).text
    assert "next →" not in last and "← previous" in last
    beyond = client.get("/search", params={"q": "tỉnh", "page": last_page + 1}).text
    assert f"has {every['total']}" in beyond


def test_reader_shows_clean_text_and_marks_the_query(client: TestClient) -> None:
    hit = client.get("/api/search", params={"q": "Savannakhet"}).json()["hits"][0]
    article = client.get(f"/api/articles/{hit['article_id']}").json()
    page = client.get(f"/articles/{hit['article_id']}", params={"q": "savannakhet"})
    assert page.status_code == 200
    body = re.search(r'<div class="body">(.*?)</div>', page.text, re.DOTALL)
    assert body is not None
    assert "<mark>Savannakhet</mark>" in body[1]
    # Without our own tags, heading and body are exactly the escaped clean text
    # (the headline is its first line, shown once, as the heading).
    heading = re.search(r"<h1>(.*?)</h1>", page.text, re.DOTALL)
    assert heading is not None
    shown = [re.sub(r"</?(?:mark|span|a)\b[^>]*>", "", part) for part in (heading[1], body[1])]
    assert "\n".join(shown) == escape(article["text"])
    assert shown[0] == escape(article["title"])


def test_api_lists_pages_and_search_hits_resolve(client: TestClient) -> None:
    first = client.get("/api/articles", params={"limit": 3}).json()
    second = client.get("/api/articles", params={"limit": 3, "offset": 3}).json()
    assert len(first["articles"]) == len(second["articles"]) == 3
    assert not {a["id"] for a in first["articles"]} & {a["id"] for a in second["articles"]}
    found = client.get("/api/search", params={"q": "kon tum"}).json()
    hits = found["hits"]
    assert found["entity"] == "vn/kon-tum"  # the query names the province: its articles too
    assert hits and all("<mark>" not in h["snippet"] for h in hits)
    for hit in hits:
        assert client.get(f"/api/articles/{hit['article_id']}").status_code == 200


def assert_error(response: object, status: int) -> None:
    assert response.status_code == status  # type: ignore[attr-defined]
    body = response.json()  # type: ignore[attr-defined]
    assert set(body) == {"error"}
    assert body["error"]["status"] == status
    assert isinstance(body["error"]["message"], str) and body["error"]["message"]


def test_api_errors_have_one_shape(client: TestClient) -> None:
    assert_error(client.get("/api/articles/doesnotexist"), 404)
    assert_error(client.get("/api/no-such-route"), 404)
    assert_error(client.get("/api/search"), 422)
    assert_error(client.get("/api/articles", params={"limit": 0}), 422)


def test_a_broken_database_is_refused_at_start_and_later_errors_keep_the_shape(
    tmp_path: Path,
) -> None:
    broken = tmp_path / "broken.db"
    broken.write_bytes(b"this is not a database" * 100)
    with pytest.raises(StoreError, match="broken.db: cannot open the database"):
        create_app(broken)
    sound = tmp_path / "sound.db"
    open_store(sound).close()
    app = create_app(sound)
    sound.write_bytes(b"this is not a database" * 100)  # broken while serving
    with TestClient(app, base_url=LOCAL, raise_server_exceptions=False) as client:
        assert_error(client.get("/api/articles"), 500)


def test_unknown_article_page_is_an_html_404(client: TestClient) -> None:
    page = client.get("/articles/doesnotexist")
    assert page.status_code == 404
    assert page.headers["content-type"].startswith("text/html")


def test_openapi_lists_the_api_routes_and_error_shape(client: TestClient) -> None:
    schema = client.get("/openapi.json").json()
    assert {"/api/articles", "/api/articles/{article_id}", "/api/search"} <= set(schema["paths"])
    assert "/" not in schema["paths"]  # HTML pages are not part of the API
    not_found = schema["paths"]["/api/articles/{article_id}"]["get"]["responses"]["404"]
    assert not_found["content"]["application/json"]["schema"]["$ref"].endswith("/ErrorBody")


@pytest.mark.parametrize("path", ["/", "/docs"])
def test_pages_load_nothing_from_other_sites(client: TestClient, path: str) -> None:
    page = client.get(path).text
    assets = re.findall(r"""(?:href|src|url)\s*[=:]\s*['"]([^'"]+)['"]""", page)
    external = [a for a in assets if "//" in a and not a.startswith("http://testserver/")]
    assert assets and not external
    for asset in assets:
        if asset.endswith((".css", ".js", ".png")):
            assert client.get(asset).status_code == 200


def test_render_nests_overlapping_layers_and_escapes() -> None:
    text = "a <b> Kon Tum"
    out = render(text, [Layer(6, 13, "span", "mention"), Layer(10, 13, "mark")])
    mention = '<span class="mention">'
    assert out == f"a &lt;b&gt; {mention}Kon </span>{mention}<mark>Tum</mark></span>"


def example_articles() -> int:
    """How many articles the bundled examples hold: one per file, one per line of JSONL."""
    with example_files() as files:
        return sum(len([ln for ln in f.read_text("utf-8").splitlines() if ln.strip()])
                   if f.suffix == ".jsonl" else 1 for f in files)


def test_demo_builds_a_fresh_database_each_time(tmp_path: Path) -> None:
    db = tmp_path / "demo.db"
    runner = CliRunner()
    count = example_articles()
    for _ in range(2):  # the second run starts over instead of finding duplicates
        result = runner.invoke(main, ["demo", "--db", str(db), "--no-serve"])
        assert result.exit_code == 0, result.output
        assert f"stored {count}, duplicates 0, rejected 0" in result.output
    with open_store(db) as store:
        assert store.stats()["articles"] == count


def test_serve_refuses_a_missing_database(tmp_path: Path) -> None:
    missing = tmp_path / "missing.db"
    result = CliRunner().invoke(main, ["--db", str(missing), "serve", "--port", "1"])
    assert result.exit_code != 0
    assert "no database here" in result.output
    assert not missing.exists()


def test_numbers_past_what_the_store_can_bind_are_a_422(client: TestClient) -> None:
    assert_error(client.get("/api/articles", params={"offset": 2**63}), 422)
    assert client.get("/", params={"page": 2**63}).status_code == 422


def test_no_server_path_leaves_the_server(client: TestClient, db: Path) -> None:
    listed = client.get("/api/articles").json()["articles"]
    one = client.get(f"/api/articles/{listed[0]['id']}").json()
    for article in [*listed, one]:
        assert "/" not in article["source"]
    assert str(db.parent) not in client.get("/api/articles").text


def test_entity_pages_take_names_too(client: TestClient) -> None:
    by_name = client.get("/api/entities/kon tum")  # a name without diacritics
    assert by_name.status_code == 200 and by_name.json()["entity"]["id"] == "vn/kon-tum"
    page = client.get("/entities/Kon Tum")
    assert page.status_code == 200 and "Kon Tum" in page.text
    misspelt = client.get("/api/entities/Savanakhett")  # repaired as linking repairs it
    assert misspelt.json()["entity"]["id"] == "la/savannakhet"
    missing = client.get("/api/entities/Qwerty Zzyzx")
    assert missing.status_code == 404 and "Qwerty Zzyzx" in missing.json()["error"]["message"]


def test_series_pages_take_names_too(client: TestClient) -> None:
    by_id = client.get("/api/series/series/vn-kh-border-provinces-conference").json()
    name = "hoi nghi hop tac va phat trien cac tinh bien gioi Viet Nam - Campuchia"
    by_name = client.get(f"/api/series/{name}")
    assert by_name.status_code == 200 and by_name.json() == by_id


@pytest.mark.parametrize("article_id", ["24477fc1e3976f37", "a b?c#d", "a/b"])
def test_article_links_built_without_url_for_are_the_routes_path(
    client: TestClient, article_id: str
) -> None:
    from urllib.parse import unquote

    from langgieng.web.present import article_url

    path = article_url(article_id)
    assert "?" not in path and "#" not in path and path.count("/") == 2  # one path segment
    if "/" not in article_id:  # which url_for refuses
        assert unquote(path) == client.app.url_path_for("article_page", article_id=article_id)


@pytest.mark.parametrize("threads", ["3", None])
def test_pages_are_made_by_as_many_threads_as_set(
    db: Path, monkeypatch: pytest.MonkeyPatch, threads: str | None
) -> None:
    from anyio.to_thread import current_default_thread_limiter

    async def tokens() -> float:
        return current_default_thread_limiter().total_tokens

    if threads is None:
        monkeypatch.delenv("LANGGIENG_WEB_THREADS", raising=False)
    else:
        monkeypatch.setenv("LANGGIENG_WEB_THREADS", threads)
    with local_client(db) as client:
        assert client.get("/").status_code == 200
        assert client.portal is not None
        assert client.portal.call(tokens) == (3 if threads else 8)
