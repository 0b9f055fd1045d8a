"""The record pages and their JSON API (entity, series, indicators, network,
review) over a real SQLite file made by ingesting the seed articles and two
articles of our own, one of them hostile."""

from __future__ import annotations

import json
import re
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner
from fastapi.testclient import TestClient
from markupsafe import escape
from webclient import local_client, reviewer_client

from langgieng.cli import main
from langgieng.gazetteer import load
from langgieng.model import Claim, Record, Source, Span
from langgieng.pipeline import ingest
from langgieng.store import open_store
from langgieng.web.record_schemas import RecordList, RecordOut, records_json
from langgieng.web.svg import Bar, Link, Node, Rule, bar_chart, two_columns

SERIES = "series/vn-kh-border-provinces-conference"
SCRIPT = "<script>alert(1)</script>"
HOSTILE = f"""An Giang và Takeo ký kết hợp tác {SCRIPT}
-----
Ngày 5/6/2024, tại thành phố Long Xuyên, tỉnh An Giang (Việt Nam) và tỉnh Takeo (Campuchia) \
đã ký biên bản ghi nhớ hợp tác giai đoạn 2024-2029 <img src=x onerror=alert(2)>.
Năm 2023, kim ngạch thương mại giữa Việt Nam và Campuchia đạt 9,3 tỷ USD.
"""
VISIT = """Thủ tướng Hun Sen thăm Việt Nam
-----
Ngày 12/9/2013, Thủ tướng Campuchia Hun Sen đến Hà Nội, bắt đầu chuyến thăm chính thức Việt Nam. \
Hai bên nhất trí phấn đấu đưa kim ngạch thương mại song phương đạt 5 tỷ USD vào năm 2015.
Năm 2015, kim ngạch thương mại Việt Nam – Campuchia đạt 3,4 tỷ USD.
"""


@pytest.fixture(scope="module")
def built_db(tmp_path_factory: pytest.TempPathFactory, seeds_dir: Path) -> Path:
    folder = tmp_path_factory.mktemp("records")
    (folder / "hostile.txt").write_text(HOSTILE, encoding="utf-8")
    (folder / "visit.txt").write_text(VISIT, encoding="utf-8")
    path = folder / "records.db"
    files = [*sorted(seeds_dir.glob("*.txt")), folder / "hostile.txt", folder / "visit.txt"]
    with open_store(path) as store:
        report = ingest(files, store)
    assert report.rejected == [], report.rejected
    return path


@pytest.fixture(scope="module")
def client(built_db: Path) -> Iterator[TestClient]:
    with local_client(built_db) as client:
        yield client


@pytest.fixture
def fresh_db(built_db: Path, tmp_path: Path) -> Path:
    """A copy of the database for tests that write reviews."""
    copy = tmp_path / "review.db"
    shutil.copyfile(built_db, copy)
    return copy


@pytest.fixture
def writer(fresh_db: Path) -> Iterator[TestClient]:
    with reviewer_client(fresh_db) as client:
        yield client


def edition_rows(page: str) -> dict[int, str]:
    """Edition number -> row class (held, planned or gap) of a series page."""
    rows = re.findall(r'<tr class="(\w+)" id="edition-(\d+)">', page)
    return {int(number): css for css, number in rows}


def series_record_id(client: TestClient, edition: int) -> str:
    editions = client.get(f"/api/series/{SERIES}").json()["editions"]
    return str(next(e for e in editions if e["edition"] == edition)["record"]["id"])


def assert_error(response: object, status: int) -> None:
    assert response.status_code == status  # type: ignore[attr-defined]
    body = response.json()  # type: ignore[attr-defined]
    assert set(body) == {"error"} and body["error"]["status"] == status
    assert body["error"]["message"]


def test_entity_page_shows_names_offices_and_timeline(client: TestClient) -> None:
    person = load().get("person/hun-sen")
    assert person is not None and person.offices and person.zh
    page = client.get("/entities/person/hun-sen")
    assert page.status_code == 200
    text = page.text
    assert person.zh[0] in text and escape(person.name) in text
    assert text.count('<tr class="office">') == len(person.offices)
    for office in person.offices:
        assert escape(office.title or office.role) in text and (office.start or "?") in text
    timeline = client.get("/api/entities/person/hun-sen").json()["timeline"]
    dates = {r["date"] for r in timeline}
    assert {"2012-01", "2013-09-12"} <= dates  # a seed's visit and our own article's
    for record in timeline:
        assert f'id="r-{record["id"]}"' in text
        for source in record["sources"]:
            assert f'/articles/{source["article_id"]}"' in text
    assert "Thủ tướng Hun Sen thăm Việt Nam" in text  # an article reporting him
    assert re.search(r"<b>\d+</b> mentions in \d+ articles?", text)


def test_province_page_shows_place_history_and_links(client: TestClient) -> None:
    province = load().get("vn/kien-giang")
    assert province is not None and province.successors
    text = client.get("/entities/vn/kien-giang").text
    assert f"{province.lat}, {province.lon}" in text
    for successor in province.successors:
        assert f'href="/entities/{successor}"' in text
    assert client.get("/entities/vn/no-such-place").status_code == 404


def test_border_province_page_links_the_countries_it_borders(client: TestClient) -> None:
    province = load().get("vn/tay-ninh")
    assert province is not None and province.borders == ["kh"]
    text = client.get("/entities/vn/tay-ninh").text
    borders = re.search(r'<dd class="borders">(.*?)</dd>', text)
    assert borders is not None and 'href="/entities/kh"' in borders.group(1)
    assert 'href="/entities/la"' not in borders.group(1)
    assert '<dd class="borders">' not in client.get("/entities/vn/ha-noi").text


def test_series_page_lists_editions_with_gaps_and_plans(client: TestClient) -> None:
    page = client.get(f"/series/{SERIES}")
    assert page.status_code == 200
    rows = edition_rows(page.text)
    assert rows == {6: "held", 7: "held", 8: "gap", 9: "gap", 10: "gap", 11: "held",
                    12: "held", 13: "planned"}
    # Chairs of edition 12 link to their entity pages.
    assert 'href="/entities/person/tran-luu-quang"' in page.text
    assert 'href="/entities/person/sar-kheng"' in page.text
    assert client.get("/series/series/no-such-series").status_code == 404


def test_indicator_page_draws_one_bar_per_period(client: TestClient) -> None:
    params = {"indicator": "trade.bilateral", "parties": "vn,kh"}
    data = client.get("/api/indicators", params=params).json()
    periods = [m["fields"]["period"] for m in data["measures"]]
    assert {"2013", "2015", "2022", "2023"} <= set(periods)
    page = client.get("/indicators", params=params).text
    svg = re.search(r"<svg .*?</svg>", page, re.DOTALL)
    assert svg is not None
    assert svg[0].count('<rect class="bar"') == len(periods) == len(set(periods))
    for period in periods:
        for part in period.split("/"):
            assert f">{part}<" in svg[0]
    # The 2015 target of 5 bn USD against the 3.4 bn reported for 2015.
    target = next(t for t in data["targets"] if t["target"]["fields"]["by"] == "2015")
    assert target["met"] is False and target["actual"]["fields"]["value"] == 3_400_000_000
    assert re.search(r'<tr class="target missed">\s*<td class="date">2015</td>', page)
    assert 'class="target"' in svg[0]  # the target's dashed line


def test_network_links_provinces_to_partners(client: TestClient) -> None:
    page = client.get("/network").text
    svg = re.search(r"<svg .*?</svg>", page, re.DOTALL)
    assert svg is not None
    # Our own article: An Giang (left) signed with Takeo (right).
    assert 'href="/entities/vn/an-giang"' in svg[0] and 'href="/entities/kh/takeo"' in svg[0]
    agreements = client.get("/api/records", params={"type": "agreement"}).json()["records"]
    assert svg[0].count('<line class="edge"') >= 1
    assert page.count("<tr>") - 1 >= len(agreements)  # a table row per agreement and pair
    # the map: An Giang's centre lies east and south of Takeo's, as on the ground
    drawn = re.search(r'<figure class="pair-map">(.*?)</figure>', page, re.DOTALL)
    assert drawn is not None
    spots = {entity: (float(x), float(y)) for entity, x, y in re.findall(
        r'href="/entities/(vn/an-giang|kh/takeo)".*?cx="([\d.]+)" cy="([\d.]+)"', drawn[1])}
    assert spots["vn/an-giang"][0] > spots["kh/takeo"][0]  # east: right
    assert spots["vn/an-giang"][1] > spots["kh/takeo"][1]  # south: down
    assert '<line class="edge"' in drawn[1]


def test_overview_counts_and_links(client: TestClient) -> None:
    page = client.get("/").text
    records = client.get("/api/records").json()["records"]
    assert f"<b>{len(records)}</b> records" in page
    assert f'/series/{SERIES}"' in page
    for path in ("/indicators", "/network", "/review"):
        assert f'{path}"' in page  # the navigation


def test_reader_links_mentions_and_facts_to_entity_pages(client: TestClient) -> None:
    hit = client.get("/api/search", params={"q": "Takeo"}).json()["hits"][0]
    page = client.get(f"/articles/{hit['article_id']}").text
    assert '<a href="/entities/kh/takeo" class="mention"' in page
    facts = page.split('<section class="facts">', 1)[1]
    assert 'href="/entities/vn/an-giang"' in facts


def test_review_correction_shows_on_series_page_and_survives_reextract(
    writer: TestClient, fresh_db: Path
) -> None:
    record_id = series_record_id(writer, 13)
    response = writer.post(
        f"/review/{record_id}",
        data={"action": "correct", "field": "status", "value": "held", "next": f"/series/{SERIES}"},
    )
    assert response.history[0].status_code == 303
    assert response.url.path == f"/series/{SERIES}"
    assert edition_rows(response.text)[13] == "held"
    accepted = series_record_id(writer, 12)
    writer.post(f"/review/{accepted}", data={"action": "accept"})
    queue = writer.get("/review").text
    assert f'id="r-{record_id}"' not in queue and f'id="r-{accepted}"' not in queue

    result = CliRunner().invoke(main, ["--db", str(fresh_db), "reconcile", "--reextract"])
    assert result.exit_code == 0, result.output
    with local_client(fresh_db) as after:
        assert edition_rows(after.get(f"/series/{SERIES}").text)[13] == "held"
        assert after.get(f"/api/records/{accepted}").json()["review"] == "accepted"


@pytest.mark.parametrize(
    ("form", "message"),
    [
        ({"action": "correct", "field": "colour", "value": "red"}, "no field"),
        ({"action": "correct", "field": "edition", "value": "thirteen"}, "whole number"),
        ({"action": "correct", "field": "place", "value": "kh/atlantis"}, "unknown entity"),
        ({"action": "correct", "field": "start", "value": "21/11/2025"}, "not a date"),
        ({"action": "correct", "field": "status", "value": "cancelled"}, "not one of"),
        ({"action": "correct", "value": "held"}, "needs a field"),
        ({"action": "delete"}, "unknown action"),
    ],
)
def test_bad_review_input_is_a_400_page_and_stores_nothing(
    writer: TestClient, form: dict[str, str], message: str
) -> None:
    record_id = series_record_id(writer, 13)
    response = writer.post(f"/review/{record_id}", data=form)
    assert response.status_code == 400
    assert response.headers["content-type"].startswith("text/html")
    assert message in response.text
    assert writer.get(f"/api/records/{record_id}").json()["review"] is None


def test_review_refuses_other_methods_and_unknown_records(writer: TestClient) -> None:
    record_id = series_record_id(writer, 13)
    assert writer.get(f"/review/{record_id}").status_code == 405
    assert writer.post("/review/ffffffffff", data={"action": "accept"}).status_code == 404
    as_json = writer.post(f"/review/{record_id}", json={"action": "accept"})
    assert as_json.status_code == 400  # forms only: JSON goes to the API
    assert writer.get(f"/api/records/{record_id}").json()["review"] is None


def test_api_shapes(client: TestClient) -> None:
    meetings = client.get("/api/records", params={"type": "meeting"}).json()["records"]
    assert meetings and all(r["type"] == "meeting" for r in meetings)
    assert {"id", "key", "type", "date", "summary", "fields", "review", "sources",
            "conflicts"} <= set(meetings[0])
    naming = client.get("/api/records", params={"entity": "kh/takeo"}).json()["records"]
    assert naming and all("kh/takeo" in r["fields"]["parties"] for r in naming)
    detail = client.get(f"/api/records/{meetings[0]['id']}").json()
    assert detail["claims"] and detail["id"] == meetings[0]["id"]
    series = client.get(f"/api/series/{SERIES}").json()
    assert [e["edition"] for e in series["editions"] if e["gap"]] == [8, 9, 10]
    assert all(e["record"] is None for e in series["editions"] if e["gap"])
    entity = client.get("/api/entities/person/hun-sen").json()
    assert entity["entity"]["id"] == "person/hun-sen" and entity["entity"]["offices"]
    assert all(r["type"] for r in entity["timeline"])
    assert_error(client.get("/api/records/ffffffffff"), 404)
    assert_error(client.get("/api/entities/vn/atlantis"), 404)
    assert_error(client.get("/api/series/series/none"), 404)
    assert_error(client.get("/api/indicators", params={"indicator": "trade.bilateral"}), 422)


def test_record_list_is_written_as_its_schema_reads(client: TestClient, built_db: Path) -> None:
    # the list is written from plain values (records_json), not through the models:
    # the same JSON as the models give, for every record, in order, and valid against them
    listed = client.get("/api/records", params={"limit": 500}).json()
    with open_store(built_db, create=False) as store:
        records = store.records(limit=500, listed=True)
        expected = RecordList(records=[RecordOut.of(r) for r in records],
                              total=store.count_records(), limit=500, offset=0)
    assert listed == expected.model_dump(mode="json")
    assert RecordList.model_validate(listed) == expected
    # and a record in conflict, its claims and sources in full
    sources = [Source("a1", Span(0, 4), 0.9, "2024-05-01", "https://a.vn/1"),
               Source("a2", Span(5, 9), 0.5)]
    disputed = Record("visit|x", "visit", {"visitor": "person/hun-sen"}, claims={
        "visitor": [Claim("person/hun-sen", sources[:1]), Claim("vn", sources[1:])]},
        sources=sources)
    written = json.loads(records_json([disputed], total=1, limit=1, offset=0).body)
    assert written["records"][0]["conflicts"]["visitor"][1]["sources"] == ["a2"]
    assert written == RecordList(records=[RecordOut.of(disputed)], total=1, limit=1,
                                 offset=0).model_dump(mode="json")


def test_api_review(writer: TestClient) -> None:
    record_id = series_record_id(writer, 13)
    url = f"/api/records/{record_id}/review"
    assert_error(writer.post(url, json={"action": "correct", "field": "colour", "value": 1}), 400)
    assert_error(writer.post(url, json={"action": "correct", "field": "edition", "value": 0}), 400)
    assert_error(writer.post(url, json={"action": "maybe"}), 422)
    done = writer.post(url, json={"action": "correct", "field": "chairs",
                                  "value": ["person/bui-thanh-son", "person/sar-sokha"]})
    assert done.status_code == 200, done.text
    assert done.json()["review"] == "corrected"
    assert done.json()["fields"]["chairs"] == ["person/bui-thanh-son", "person/sar-sokha"]
    assert writer.get(f"/api/records/{record_id}").json()["review"] == "corrected"


def test_openapi_describes_the_record_routes(client: TestClient) -> None:
    paths = client.get("/openapi.json").json()["paths"]
    assert {"/api/records", "/api/records/{record_id}", "/api/records/{record_id}/review",
            "/api/series/{series_id}", "/api/entities/{entity_id}", "/api/indicators"} <= set(paths)
    review = paths["/api/records/{record_id}/review"]["post"]
    assert review["responses"]["400"]["content"]["application/json"]["schema"]["$ref"].endswith(
        "/ErrorBody"
    )
    assert not {"/review", "/network", "/indicators"} & set(paths)


def test_hostile_text_is_escaped_on_the_new_pages(writer: TestClient) -> None:
    agreement = next(
        r for r in writer.get("/api/records", params={"entity": "kh/takeo"}).json()["records"]
        if r["type"] == "agreement"
    )
    topic = '"><script>alert(3)</script>'
    done = writer.post(f"/api/records/{agreement['id']}/review",
                       json={"action": "correct", "field": "topic", "value": topic})
    assert done.status_code == 200
    for path in ("/entities/vn/an-giang", "/entities/kh/takeo", "/network", "/", "/review"):
        page = writer.get(path)
        assert page.status_code == 200, path
        assert "<script>alert" not in page.text, path
        assert "<img src=x" not in page.text, path
    assert escape(SCRIPT) in writer.get("/entities/kh/takeo").text  # the article's title
    assert escape(topic) in writer.get("/network").text


def test_svg_text_is_escaped() -> None:
    chart = bar_chart([Bar("<b>2013", 5.0, '"><script>')], [Rule("<i>", 6.0, "target")], "<x>")
    network = two_columns([Node("a", "<script>", '/e/"a')], [Node("b", "&", "/e/b")],
                          [Link("a", "b", 1, "</title><script>")], "net")
    for drawing in (chart, network):
        assert "<script>" not in drawing and "<b>" not in drawing and "<i>" not in drawing
    assert "&lt;b&gt;2013" in chart and 'href="/e/&#34;a"' in network


@pytest.mark.parametrize("target", ["https://evil.example/", "//evil.example/x", "review"])
def test_review_goes_back_only_to_this_site(writer: TestClient, target: str) -> None:
    record_id = series_record_id(writer, 12)
    response = writer.post(f"/review/{record_id}", data={"action": "accept", "next": target},
                           follow_redirects=False)
    assert response.status_code == 303
    assert response.headers["location"] == "/review"
