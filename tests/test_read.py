"""Stage `read`: every input format, encodings, and every way an input can be bad."""

from __future__ import annotations

import codecs
import json
import os
import tempfile
import tracemalloc
import unicodedata
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from langgieng.clean import clean
from langgieng.model import Article, RawArticle, Rejection
from langgieng.read import SUFFIXES, iso_date, read_paths
from langgieng.read.published import url_date

DATA = Path(__file__).parent / "data" / "read"
TITLE = "Tỉnh Kiên Giang và tỉnh Kampot tăng cường hợp tác"
BODY = "Hai tỉnh đã ký biên bản ghi nhớ về hợp tác kinh tế, văn hóa và giáo dục năm 2015."
TONES = "\u0300\u0301\u0303\u0309\u0323"


def read_all(*paths: str | Path, **options: int) -> list[RawArticle | Rejection]:
    return list(read_paths(list(paths), **options))


def only(items: list[RawArticle | Rejection]) -> RawArticle | Rejection:
    assert len(items) == 1, items
    return items[0]


def article_file(tmp_path: Path, name: str = "a.txt", text: str = "") -> Path:
    path = tmp_path / name
    path.write_text(text or f"{TITLE}\n-----\n{BODY}\n", encoding="utf-8")
    return path


def title_and_body(raw: RawArticle | Rejection) -> tuple[str, str]:
    """What the reader's text becomes: `clean` tells its title line from its body."""
    assert isinstance(raw, RawArticle), raw
    article = clean(raw)
    assert isinstance(article, Article), article
    return article.title, article.body


def to_cp1258(text: str) -> bytes:
    """Windows-1258 bytes of `text`: base letters precomposed, tones as combining marks."""
    out = bytearray()
    for ch in unicodedata.normalize("NFC", text):
        try:
            out += ch.encode("cp1258")
        except UnicodeEncodeError:
            parts = unicodedata.normalize("NFD", ch)
            base = unicodedata.normalize("NFC", "".join(c for c in parts if c not in TONES))
            out += base.encode("cp1258") + "".join(c for c in parts if c in TONES).encode("cp1258")
    return bytes(out)


# --- .txt -----------------------------------------------------------------


def test_txt_title_rule_and_body(tmp_path: Path) -> None:
    raw = only(read_all(article_file(tmp_path)))
    assert isinstance(raw, RawArticle)
    assert raw.format == "txt" and raw.source == str(tmp_path / "a.txt")
    assert title_and_body(raw) == (TITLE, BODY)


def test_txt_without_rule_and_with_leading_blank_lines(tmp_path: Path) -> None:
    path = article_file(tmp_path, text=f"\n\n{TITLE}\n\n{BODY}\n")
    assert title_and_body(only(read_all(path))) == (TITLE, BODY)


def test_txt_of_a_single_line_is_an_article(tmp_path: Path) -> None:
    path = article_file(tmp_path, text=f"{TITLE}\n-----\n\n")
    assert title_and_body(only(read_all(path))) == (TITLE, "")


# --- encodings ------------------------------------------------------------


def test_utf8_bom_is_dropped(tmp_path: Path) -> None:
    path = tmp_path / "bom.txt"
    path.write_bytes(codecs.BOM_UTF8 + f"{TITLE}\n{BODY}".encode())
    assert title_and_body(only(read_all(path))) == (TITLE, BODY)


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be"])
def test_utf16_with_bom(tmp_path: Path, codec: str) -> None:
    bom = codecs.BOM_UTF16_LE if codec.endswith("le") else codecs.BOM_UTF16_BE
    path = tmp_path / "utf16.txt"
    path.write_bytes(bom + f"{TITLE}\r\n-----\r\n{BODY}\r\n".encode(codec))
    assert title_and_body(only(read_all(path))) == (TITLE, BODY)


def test_utf16_without_bom_is_rejected_as_binary(tmp_path: Path) -> None:
    path = tmp_path / "nobom.txt"
    path.write_bytes(f"{TITLE}\n{BODY}".encode("utf-16-le"))
    rejection = only(read_all(path))
    assert isinstance(rejection, Rejection) and rejection.source == str(path)
    assert "binary content (NUL byte at byte 1)" in rejection.reason
    assert "byte-order mark" in rejection.reason


def test_windows_1258_is_decoded_to_nfc(tmp_path: Path) -> None:
    data = to_cp1258(f"{TITLE}\n-----\n{BODY}\n")
    with pytest.raises(UnicodeDecodeError):
        data.decode("utf-8")
    path = tmp_path / "legacy.txt"
    path.write_bytes(data)
    # NFC: combining tone marks composed
    assert title_and_body(only(read_all(path))) == (TITLE, BODY)


def test_latin1_text_that_is_not_vietnamese_is_rejected(tmp_path: Path) -> None:
    path = tmp_path / "french.txt"
    path.write_bytes("Réunion à Genève\nLe comité s'est réuni ça et là, façon française.".encode(
        "latin-1"
    ))
    rejection = only(read_all(path))
    assert isinstance(rejection, Rejection) and rejection.source == str(path)
    assert rejection.reason.startswith("invalid UTF-8 at byte 1 ")
    assert "not Windows-1258 Vietnamese" in rejection.reason


def test_utf8_with_one_bad_byte_is_not_mistaken_for_windows_1258(tmp_path: Path) -> None:
    good = f"{TITLE}\n{BODY}".encode()
    path = tmp_path / "damaged.txt"
    path.write_bytes(good[:40] + b"\xff" + good[40:])
    assert only(read_all(path)) == Rejection(
        str(path),
        "invalid UTF-8 at byte 40 (invalid start byte), "
        "and not Windows-1258 Vietnamese text either",
    )


def test_truncated_utf8_names_the_byte(tmp_path: Path) -> None:
    data = f"{TITLE}\n{BODY} Bộ".encode()
    path = tmp_path / "cut.txt"
    path.write_bytes(data[:-1])  # "ộ" is three bytes; drop the last
    rejection = only(read_all(path))
    assert rejection == Rejection(
        str(path),
        f"truncated UTF-8 at byte {len(data) - 3}: the file ends inside a character",
    )


def test_empty_file(tmp_path: Path) -> None:
    path = tmp_path / "empty.txt"
    path.write_bytes(b"")
    assert only(read_all(path)) == Rejection(str(path), "empty file")


def test_whitespace_only_file(tmp_path: Path) -> None:
    path = tmp_path / "blank.txt"
    path.write_text(" \n\t\n", encoding="utf-8")
    assert only(read_all(path)) == Rejection(str(path), "empty file (only whitespace)")


def test_binary_file_with_a_known_signature(tmp_path: Path) -> None:
    path = tmp_path / "image.txt"
    path.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)))
    assert only(read_all(path)) == Rejection(str(path), "binary content (looks like a PNG image)")


def test_binary_file_with_nul_bytes(tmp_path: Path) -> None:
    path = tmp_path / "blob.html"
    path.write_bytes(b"abc\x00\x01\x02")
    rejection = only(read_all(path))
    assert isinstance(rejection, Rejection)
    assert rejection.reason.startswith("binary content (NUL byte at byte 3)")


# --- size limit -----------------------------------------------------------


def test_50_mb_file_is_rejected_without_reading_it(tmp_path: Path) -> None:
    path = tmp_path / "huge.txt"
    with path.open("wb") as handle:
        handle.write(f"{TITLE}\n{BODY}\n".encode())
        handle.truncate(50 * 1024 * 1024)  # sparse: 50 MB without writing them
    tracemalloc.start()
    try:
        items = read_all(path, article_file(tmp_path, "small.txt"))
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert items[0] == Rejection(
        str(path),
        "file too large: 50.0 MB is over the 10.0 MB limit for one article "
        "(setting LANGGIENG_MAX_ARTICLE_BYTES)",
    )
    assert isinstance(items[1], RawArticle)
    assert peak < 5 * 1024 * 1024


def test_size_limit_is_a_setting(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = article_file(tmp_path)
    monkeypatch.setenv("LANGGIENG_MAX_ARTICLE_BYTES", "20")
    rejection = only(read_all(path))
    assert isinstance(rejection, Rejection) and rejection.reason.startswith("file too large")


# --- .html ----------------------------------------------------------------


@pytest.mark.parametrize("suffix", [".html", ".htm"])
def test_html_main_text_and_metadata(tmp_path: Path, suffix: str) -> None:
    path = tmp_path / f"page{suffix}"
    path.write_bytes((DATA / "page_meta.html").read_bytes())
    raw = only(read_all(path))
    assert isinstance(raw, RawArticle) and raw.format == "html"
    assert raw.html is not None and "<article>" in raw.html
    article = clean(raw)  # the page's text and metadata are taken when it is cleaned
    assert isinstance(article, Article)
    assert article.title == "Quảng Trị và Savannakhet trao đổi kinh nghiệm quản lý biên giới"
    assert article.url == "https://tinmau.example.vn/quang-tri-savannakhet-456.html"
    assert article.published == "2022-09-07"
    paragraphs = article.text.split("\n")
    assert any(p.startswith("Ngày 6/9, tại thành phố Đông Hà") for p in paragraphs)
    assert any(p.startswith("Tỉnh Quảng Trị đề nghị") for p in paragraphs)
    assert "Trang chủ" not in article.text


def test_html_without_article_text_is_rejected(tmp_path: Path) -> None:
    path = DATA / "no_article.html"
    good = article_file(tmp_path)
    page, text = read_all(path, good)
    assert isinstance(page, RawArticle) and isinstance(text, RawArticle)
    assert clean(page) == Rejection(str(path), "no article text found in the page")
    assert isinstance(clean(text), Article)


def test_html_in_windows_1258_declared_or_not(tmp_path: Path) -> None:
    page = (DATA / "page_meta.html").read_text(encoding="utf-8").replace("utf-8", "windows-1258")
    path = tmp_path / "legacy.html"
    path.write_bytes(to_cp1258(page))
    raw = only(read_all(path))
    assert isinstance(raw, RawArticle)
    article = clean(raw)
    assert isinstance(article, Article) and "Quảng Trị đề nghị" in article.text


# --- .jsonl ---------------------------------------------------------------


def test_jsonl_bad_lines_are_rejected_and_good_lines_come_through() -> None:
    path = DATA / "articles.jsonl"
    items = read_all(path)
    by_source = {item.source: item for item in items}
    assert sorted(by_source) == [f"{path}:{n}" for n in (1, 2, 3, 5, 6, 7)]  # 4 is blank
    assert by_source[f"{path}:2"] == Rejection(
        f"{path}:2", "malformed JSON at column 58: Expecting ',' delimiter"
    )
    assert by_source[f"{path}:5"] == Rejection(
        f"{path}:5", "no 'text' or 'html' field with content"
    )
    assert by_source[f"{path}:6"] == Rejection(f"{path}:6", "expected a JSON object, got list")
    first, third, html = by_source[f"{path}:1"], by_source[f"{path}:3"], by_source[f"{path}:7"]
    assert isinstance(first, RawArticle) and first.format == "jsonl"
    assert first.title == "Hai tỉnh ký kết hợp tác về y tế"
    assert first.url == "https://vidu.example.vn/y-te.html"
    assert first.published == "2023-04-25"  # given as 25/04/2023
    assert isinstance(third, RawArticle) and third.published == "2023-06-02"
    assert isinstance(html, RawArticle) and html.html is not None
    page = clean(html)
    assert isinstance(page, Article)
    assert page.title == "Trang tin mẫu về hợp tác biên giới"
    assert page.published == "2022-12-15"
    assert "Ngày 14/12, lãnh đạo hai tỉnh biên giới" in page.text


def test_jsonl_field_of_wrong_type(tmp_path: Path) -> None:
    path = tmp_path / "typed.jsonl"
    path.write_text('{"text": "Nội dung bài.", "title": 12}\n', encoding="utf-8")
    assert only(read_all(path)) == Rejection(f"{path}:1", "field 'title' must be a string")


def test_jsonl_invalid_utf8_line(tmp_path: Path) -> None:
    path = tmp_path / "bytes.jsonl"
    good = f'{{"title": "{TITLE}", "text": "{BODY}"}}\n'.encode()
    path.write_bytes(b'{"text": "caf\xe9 \xff"}\n' + good)
    items = read_all(path)
    assert items[0] == Rejection(f"{path}:1", "invalid UTF-8 at byte 13 of the line")
    assert isinstance(items[1], RawArticle) and items[1].source == f"{path}:2"


def test_jsonl_line_over_the_limit_is_skipped_and_the_next_is_read(tmp_path: Path) -> None:
    path = tmp_path / "long.jsonl"
    long_line = '{"text": "' + "á" * 400 + '"}\n'
    good = f'{{"title": "{TITLE}", "text": "{BODY}"}}\n'
    path.write_text(long_line + good, encoding="utf-8")
    items = read_all(path, max_bytes=300)
    assert items[0] == Rejection(f"{path}:1", "line longer than the 300 byte limit for one article")
    assert isinstance(items[1], RawArticle) and items[1].title == TITLE


def test_jsonl_is_streamed_line_by_line(tmp_path: Path) -> None:
    path = tmp_path / "big.jsonl"
    line = json.dumps({"title": TITLE, "text": BODY * 40}, ensure_ascii=False) + "\n"
    with path.open("w", encoding="utf-8") as handle:
        for _ in range(12 * 1024 * 1024 // len(line.encode()) + 1):
            handle.write(line)
    tracemalloc.start()
    try:
        count = sum(isinstance(item, RawArticle) for item in read_paths([path]))
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert path.stat().st_size > 12 * 1024 * 1024 and count > 2000
    assert peak < 2 * 1024 * 1024


def test_jsonl_in_utf16_is_rejected(tmp_path: Path) -> None:
    path = tmp_path / "wide.jsonl"
    path.write_bytes(codecs.BOM_UTF16_LE + '{"text": "x"}\n'.encode("utf-16-le"))
    assert only(read_all(path)) == Rejection(str(path), "JSONL must be UTF-8; this file is UTF-16")


# --- paths and folders ----------------------------------------------------


def test_folder_is_walked_recursively_in_sorted_order(tmp_path: Path) -> None:
    for name in ("b.txt", "a/z.txt", "a/c/d.txt", "c.TXT"):
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        article_file(tmp_path, name)
    (tmp_path / "notes.md").write_text("# not an article", encoding="utf-8")
    (tmp_path / "a" / "photo.png").write_bytes(b"\x89PNG")
    sources = [item.source for item in read_all(tmp_path)]
    expected = ["a/c/d.txt", "a/z.txt", "b.txt", "c.TXT"]
    assert sources == [str(tmp_path / name) for name in expected]


def test_empty_folder_is_reported(tmp_path: Path) -> None:
    rejection = only(read_all(tmp_path))
    assert isinstance(rejection, Rejection) and rejection.source == str(tmp_path)
    assert rejection.reason.startswith(f"no {', '.join(SUFFIXES)} files")


def test_missing_path_is_rejected_and_the_batch_goes_on(tmp_path: Path) -> None:
    missing = tmp_path / "nowhere.txt"
    items = read_all(missing, article_file(tmp_path))
    assert items[0] == Rejection(str(missing), "no such file or folder")
    assert isinstance(items[1], RawArticle)


def test_explicit_file_of_unsupported_type_is_rejected(tmp_path: Path) -> None:
    path = tmp_path / "report.pdf"
    path.write_bytes(b"%PDF-1.4")
    assert only(read_all(path)) == Rejection(
        str(path), f"unsupported file type '.pdf' (expected {', '.join(SUFFIXES)})"
    )


def test_mixed_batch_keeps_order_and_good_inputs(tmp_path: Path) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    good = article_file(tmp_path, "good.txt")
    items = read_all(empty, DATA / "articles.jsonl", good)
    assert items[0] == Rejection(str(empty), "empty file")
    assert items[-1].source == str(good) and isinstance(items[-1], RawArticle)
    assert sum(isinstance(item, RawArticle) for item in items) == 4


# --- published ------------------------------------------------------------


@pytest.mark.parametrize(
    ("given", "iso"),
    [
        ("2023-04-25", "2023-04-25"),
        ("2023-04-25T08:30:00+07:00", "2023-04-25"),
        ("25/4/2023", "2023-04-25"),
        ("25-04-2023 10:15", "2023-04-25"),
        ("Thứ Ba, 25.04.2023", "2023-04-25"),
        ("2023/4/25", "2023-04-25"),
        ("2023-04", "2023-04"),
        ("4/2023", "2023-04"),
        ("2023", "2023"),
        ("31/02/2023", None),
        ("hôm qua", None),
        ("", None),
    ],
)
def test_published_is_normalised_to_iso(given: str, iso: str | None) -> None:
    assert iso_date(given) == iso


# --- any bytes --------------------------------------------------------------


@given(st.binary(max_size=300), st.sampled_from([".txt", ".html", ".jsonl"]))
@settings(max_examples=150, deadline=None)
def test_any_bytes_give_articles_or_rejections_naming_the_file(data: bytes, suffix: str) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / f"x{suffix}"
        path.write_bytes(data)
        for item in read_paths([path]):
            assert isinstance(item, RawArticle | Rejection)
            assert item.source.startswith(str(path))
            if isinstance(item, Rejection):
                assert item.reason


# --- inputs that once crashed a whole ingest ----------------------------------


def test_jsonl_nested_too_deeply_is_rejected_and_the_next_line_read(tmp_path: Path) -> None:
    path = tmp_path / "deep.jsonl"
    path.write_text("[" * 100_000 + "\n" + json.dumps({"text": BODY}) + "\n")
    deep, good = read_all(path)
    assert isinstance(deep, Rejection) and "nested too deeply" in deep.reason
    assert deep.source == f"{path}:1"
    assert isinstance(good, RawArticle)


def test_jsonl_number_of_many_digits_is_rejected(tmp_path: Path) -> None:
    path = tmp_path / "big.jsonl"
    path.write_text('{"text": "x", "n": ' + "9" * 100_000 + "}\n")
    item = only(read_all(path))
    assert isinstance(item, Rejection) and "100,000 digits" in item.reason


def test_file_name_that_is_not_utf8_is_kept_escaped(tmp_path: Path) -> None:
    with open(bytes(tmp_path) + b"/bai\xff\xfeviet.txt", "wb") as handle:
        handle.write(f"{TITLE}\n\n{BODY}\n".encode())
    item = only(read_all(tmp_path))
    assert isinstance(item, RawArticle)
    assert item.source == f"{tmp_path}/bai\\xff\\xfeviet.txt"
    item.source.encode("utf-8")  # storable: no lone surrogates


def test_a_file_named_like_an_escaped_name_is_stored_apart_from_it(tmp_path: Path) -> None:
    with open(bytes(tmp_path) + b"/bai\xff.txt", "wb") as handle:  # not UTF-8
        handle.write(f"{TITLE}\n\n{BODY}\n".encode())
    (tmp_path / "bai\\xff.txt").write_text(f"{TITLE}\n\n{BODY} khác\n")  # a backslash, x, f, f
    sources = sorted(item.source for item in read_all(tmp_path))
    assert sources == [f"{tmp_path}/bai\\\\xff.txt", f"{tmp_path}/bai\\xff.txt"]


def test_named_pipe_in_a_folder_is_skipped_not_waited_on(tmp_path: Path) -> None:
    os.mkfifo(tmp_path / "a.txt")
    (tmp_path / "b.txt").write_text(f"{TITLE}\n\n{BODY}\n")
    pipe, good = read_all(tmp_path)
    assert isinstance(pipe, Rejection) and "named pipe" in pipe.reason
    assert isinstance(good, RawArticle) and good.source.endswith("b.txt")


def test_named_pipe_given_by_name_is_rejected(tmp_path: Path) -> None:
    os.mkfifo(tmp_path / "a.txt")
    item = only(read_all(tmp_path / "a.txt"))
    assert isinstance(item, Rejection) and "named pipe" in item.reason


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads every folder whatever its mode")
def test_unreadable_folder_is_reported_and_the_rest_read(tmp_path: Path) -> None:
    locked = tmp_path / "locked"
    locked.mkdir()
    (locked / "a.txt").write_text(f"{TITLE}\n\n{BODY}\n")
    (tmp_path / "b.txt").write_text(f"{TITLE}\n\n{BODY}\n")
    locked.chmod(0)
    try:
        refused, good = read_all(tmp_path)
    finally:
        locked.chmod(0o755)
    assert isinstance(refused, Rejection) and "cannot read the folder" in refused.reason
    assert isinstance(good, RawArticle)


@pytest.mark.parametrize(("url", "expected"), [
    ("https://vidu.vn/chinh-tri/hoi-dam-20160602181948366.htm", "2016-06-02"),  # CMS stamp
    ("https://vidu.vn/hoi-dam-20240515103012345.htm?utm=x", "2024-05-15"),
    ("https://vidu.vn/pages/20121105/hop-tac.aspx", "2012-11-05"),  # a day's folder
    ("https://vidu.vn/channel/5399/201703/phan-gioi-2543943/", "2017-03"),  # a month's
    ("https://vidu.vn/truy-dieu-hai-cot-13-05-2013/", "2013-05-13"),  # day written last
    ("https://vidu.vn/2019/09/12/hoi-nghi", "2019-09-12"),
    ("https://vidu.blogspot.com/2013/08/bien-gioi.html", "2013-08"),  # a blog's month
    ("https://vidu.vn/chinhtri/2008/11/815341", "2008-11"),
    ("https://vidu.vn/tin-tuc/2021-12-22-ky-ket", "2021-12-22"),
    ("https://vidu.vn/cam-moc-1373808496.htm", "2013-07-14"),  # Unix time of posting
    ("https://vidu.vn/tham-chuc-tet-1649402477859.htm", "2022-04-08"),  # in milliseconds
    # an item named by its time of posting, two digits a part, after older folders'
    ("https://vidu.gov.vn/vi/tintuc/nr060102204304/nr160105100113/ns160411141816", "2016-04-11"),
    ("https://vidu.vn/tong-bi-thu-185260131193911718.htm", "2026-01-31"),  # after a section
])
def test_url_date_reads_what_news_sites_write_into_addresses(url: str, expected: str) -> None:
    assert url_date(url) == expected


@pytest.mark.parametrize("url", [
    "https://vidu.vn/hop-tac-post1554578.tpo",  # article ids are no dates
    "https://vidu.vn/kien-giang-c48655703.epi",
    "https://vidu.vn/tay-ninh-2205792.html",
    "https://vidu.vn/bai-9999999999.htm",  # a Unix time after the years read
    "https://vidu.vn/x/-/2018/45539/le-ky-niem.aspx",  # a year alone says too little
    "https://vidu.vn/x/2018/13/bai",  # month 13
    "https://vidu.vn/bai-20161342181948366.htm",  # month 13
    "https://vidu.vn/bai-123456789012345678.htm",  # 18 digits that are no time
    "https://vidu.gov.vn/vi/ns161342141816",  # month 13
    "https://20160602181948.vidu.vn/bai",  # the host is not the path
    None,
])
def test_url_date_leaves_ids_and_hosts_alone(url: str | None) -> None:
    assert url_date(url) is None
