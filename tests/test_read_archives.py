"""News archives: web archives (`.warc`, `.warc.gz`) and compressed JSONL, built
here with warcio and gzip, read and ingested through the real pipeline."""

from __future__ import annotations

import gzip
import io
import json
from pathlib import Path

import pytest
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from langgieng.clean import NOT_VIETNAMESE, clean
from langgieng.model import Article, RawArticle, Rejection
from langgieng.pipeline import ingest
from langgieng.read import read_paths
from langgieng.store import open_store

DATA = Path(__file__).parent / "data" / "read"
VIETNAMESE_PAGE = (DATA / "page_meta.html").read_bytes()
ENGLISH_PAGE = (
    b"<html><head><title>Vietnam and Cambodia sign trade deal</title></head><body><article>"
    b"<p>The prime ministers of Vietnam and Cambodia met in Phnom Penh on Tuesday and signed "
    b"an agreement on border trade, which both sides said would double the trade between "
    b"the two countries within five years.</p></article></body></html>"
)


def response(writer: WARCWriter, url: str, body: bytes, content_type: str) -> None:
    headers = StatusAndHeaders("200 OK", [("Content-Type", content_type)], protocol="HTTP/1.1")
    writer.write_record(writer.create_warc_record(
        url, "response", payload=io.BytesIO(body), http_headers=headers))


def write_archive(path: Path, *, gzipped: bool) -> None:
    with path.open("wb") as handle:
        writer = WARCWriter(handle, gzip=gzipped)
        writer.write_record(writer.create_warc_record(
            "http://tin.example.vn/", "request", payload=io.BytesIO(b"GET / HTTP/1.1\r\n\r\n")))
        response(writer, "http://tin.example.vn/quang-tri.html", VIETNAMESE_PAGE,
                 "text/html; charset=utf-8")
        response(writer, "http://news.example.com/deal.html", ENGLISH_PAGE, "text/html")
        response(writer, "http://tin.example.vn/logo.png", b"\x89PNG\r\n\x1a\n" * 10, "image/png")


@pytest.mark.parametrize("name", ["news.warc", "news.warc.gz"])
def test_a_web_archive_gives_its_html_responses(tmp_path: Path, name: str) -> None:
    path = tmp_path / name
    write_archive(path, gzipped=name.endswith(".gz"))
    items = list(read_paths([path]))
    assert [type(item) for item in items] == [RawArticle, RawArticle]  # no request, no image
    vietnamese, english = items
    assert isinstance(vietnamese, RawArticle) and isinstance(english, RawArticle)
    assert vietnamese.source == f"{path}#2" and vietnamese.format == "warc"
    assert vietnamese.url == "http://tin.example.vn/quang-tri.html"
    article = clean(vietnamese)
    assert isinstance(article, Article) and "Quảng Trị đề nghị" in article.text
    assert clean(english) == Rejection(f"{path}#3", NOT_VIETNAMESE)


def test_ingest_keeps_the_vietnamese_pages_of_an_archive_in_a_folder(tmp_path: Path) -> None:
    folder = tmp_path / "crawl"
    folder.mkdir()
    write_archive(folder / "a.warc.gz", gzipped=True)
    lines = [{"title": "Hai tỉnh ký kết hợp tác", "text": "Ngày 3/4/2023, tỉnh Kon Tum và tỉnh "
              "Attapeu ký kết biên bản ghi nhớ hợp tác giai đoạn 2023-2027."}]
    with gzip.open(folder / "b.jsonl.gz", "wt", encoding="utf-8") as handle:
        handle.writelines(json.dumps(line, ensure_ascii=False) + "\n" for line in lines)
    with open_store(tmp_path / "crawl.db") as store:
        report = ingest([folder], store)
        urls = {a.url for a in store.list_articles()}
    assert report.stored == 2
    assert [r.reason for r in report.rejected] == [NOT_VIETNAMESE]
    assert "http://tin.example.vn/quang-tri.html" in urls


def test_a_damaged_archive_keeps_the_records_before_the_damage(tmp_path: Path) -> None:
    whole = tmp_path / "whole.warc"
    write_archive(whole, gzipped=False)
    data = whole.read_bytes()
    damaged = tmp_path / "damaged.warc"
    cut = data.index(b"WARC/1", data.index(b"news.example.com") - 400)  # the English record
    damaged.write_bytes(data[:cut] + b"this is no WARC record\r\n\r\n" + data[cut + 10:])
    items = list(read_paths([damaged]))
    assert isinstance(items[0], RawArticle) and items[0].source == f"{damaged}#2"
    assert isinstance(items[-1], Rejection) and "not a readable WARC record" in items[-1].reason


def test_a_cut_gzip_jsonl_keeps_the_lines_before(tmp_path: Path) -> None:
    lines = [json.dumps({"title": f"Tin {n}", "text": "Nội dung bài viết."}) for n in range(200)]
    packed = gzip.compress(("\n".join(lines) + "\n").encode())
    path = tmp_path / "cut.jsonl.gz"
    path.write_bytes(packed[: len(packed) // 2])
    items = list(read_paths([path]))
    assert isinstance(items[0], RawArticle) and items[0].source == f"{path}:1"
    assert isinstance(items[-1], Rejection) and "cannot read on" in items[-1].reason
