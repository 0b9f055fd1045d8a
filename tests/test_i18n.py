"""The web UI in Vietnamese and English: the catalog covers every message,
the language is chosen per request, and figures and dates follow it."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner
from webclient import local_client

from langgieng import i18n
from langgieng.cli import main

ROOT = Path(__file__).resolve().parent.parent


def test_every_message_of_the_ui_has_its_vietnamese_translation() -> None:
    done = subprocess.run([sys.executable, str(ROOT / "scripts" / "messages.py"), "--check"],
                          capture_output=True, text=True)
    assert done.returncode == 0, done.stdout + done.stderr


@pytest.mark.parametrize(("query", "cookie", "accept", "chosen"), [
    ("", None, None, "vi"),
    ("", None, "en-US,en;q=0.9", "en"),
    ("", None, "fr-FR, en;q=0.5, vi;q=0.8", "vi"),  # by weight
    ("", "lang=en", "vi", "en"),  # the page's switch beats the browser
    ("q=x&lang=vi", "lang=en", "en", "vi"),  # the address beats both
    ("lang=xx", "lang=zz", "de", "vi"),  # nothing we speak
])
def test_the_language_of_a_request(query: str, cookie: str | None, accept: str | None,
                                   chosen: str) -> None:
    assert i18n.choose(query, cookie, accept) == chosen


def test_figures_and_dates_as_each_language_writes_them() -> None:
    assert i18n.number(2_200_000_000, "vi") == "2,2 tỷ"
    assert i18n.number(2_200_000_000, "en") == "2.2 bn"
    assert i18n.number(15_560_000, "vi") == "15,56 triệu"
    assert i18n.number(1234, "vi") == "1.234" and i18n.number(1234, "en") == "1,234"
    assert i18n.day("2025-11-28", "vi") == "28/11/2025"
    assert i18n.day("2025-11-28", "en") == "Nov 28, 2025"
    assert i18n.day("2025-11", "vi") == "11/2025" and i18n.day("2025", "en") == "2025"
    assert i18n.day("2025-13-45", "vi") == "2025-13-45"  # never an error on a bad value


@pytest.fixture
def db(examples_read_db: Path) -> Path:
    return examples_read_db


def test_one_page_in_each_language_and_the_cache_keeps_them_apart(db: Path) -> None:
    with local_client(db, lang="vi") as vi, local_client(db, lang="en") as en:
        for _ in range(2):  # the second time from the read cache
            page = vi.get("/")
            assert '<html lang="vi">' in page.text and "Tổng quan" in page.text
            assert "tỷ USD" in page.text and " bn USD" not in page.text
            assert "số liệu" in page.text and "quan hệ ngoại giao" in page.text  # the labels
            page = en.get("/")
            assert '<html lang="en">' in page.text and "Overview" in page.text
            assert " bn USD" in page.text and "Tổng quan" not in page.text


def test_the_switch_keeps_the_language_chosen(db: Path) -> None:
    with local_client(db, lang="vi") as client:
        switched = client.get("/search", params={"q": "kon tum", "lang": "en"})
        assert "lang=en" in switched.headers["set-cookie"]
        assert "result for “kon tum”" in switched.text or "results for “kon tum”" in switched.text
        assert '/search?q=kon+tum&amp;lang=vi' in switched.text  # the way back keeps the query
        assert "Partnership network" in client.get("/network").text  # by the cookie


def test_the_commands_speak_vietnamese_or_english(examples_read_db: Path,
                                                  tmp_path: Path) -> None:
    runner = CliRunner()
    db = str(examples_read_db)
    vi = runner.invoke(main, ["--db", db, "--lang", "vi", "facts", "--type", "relations"])
    assert vi.exit_code == 0 and "sự kiện" in vi.output
    stats = runner.invoke(main, ["--db", db, "--lang", "vi", "stats"]).output
    assert "bài báo:" in stats and "số liệu" in stats  # names and kinds of fact
    en = runner.invoke(main, ["--db", db, "--lang", "en", "facts", "--type", "relations"])
    assert en.exit_code == 0 and "fact(s)" in en.output
    by_env = runner.invoke(main, ["--db", db, "series", "series/none"],
                           env={"LANGGIENG_LANG": "vi"})
    assert by_env.exit_code == 2 and "không có phiên họp nào" in by_env.output
    bad = runner.invoke(main, ["--db", db, "stats"], env={"LANGGIENG_LANG": "fr"})
    assert bad.exit_code == 2 and "LANGGIENG_LANG='fr'" in bad.output
    missing = runner.invoke(main, ["--db", str(tmp_path / "none.db"), "--lang", "vi", "serve"])
    assert missing.exit_code == 1 and "không có cơ sở dữ liệu" in missing.output


def test_help_in_each_language_and_back() -> None:
    runner = CliRunner()
    vi = runner.invoke(main, ["--lang", "vi", "ingest", "--help"])
    assert vi.exit_code == 0
    assert vi.output.startswith("Cách dùng:") and "Tùy chọn:" in vi.output
    assert "Đọc, làm sạch, liên kết" in vi.output and "mỗi giao dịch" in vi.output
    group = runner.invoke(main, ["--help"], env={"LANGGIENG_LANG": "vi"})
    assert "Lệnh:" in group.output and "Kho đang chứa bao nhiêu." in group.output
    # one process, another run in English: the English texts were kept aside
    en = runner.invoke(main, ["--lang", "en", "ingest", "--help"])
    assert en.output.startswith("Usage:") and "Read, clean, link" in en.output
    assert "Articles per database transaction" in en.output
