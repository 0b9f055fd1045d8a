"""The dossier of two sides: from records (pure), as a page, and as files
written by the CLI (HTML, and PDF printed by Debian's chromium)."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner
from webclient import local_client

from langgieng.cli import main
from langgieng.model import Claim, Record, Source, Span
from langgieng.reconcile.dossier import build_dossier


def record(key: str, type_: str, article: str = "a1", **fields: object) -> Record:
    source = Source(article, Span(0, 1), 0.9, "2024-03-14", None)
    claims = {name: [Claim(value, [source])] for name, value in fields.items()}
    return Record(key, type_, dict(fields), claims, [source])


def test_what_the_dossier_of_two_sides_holds() -> None:
    records = [
        record("ag1", "agreement", parties=["vn/kon-tum", "la/sekong"], kind="mou",
               date="2024-03-14"),
        record("ag2", "agreement", "a2", parties=["vn/kon-tum", "kh/ratanakiri"], kind="mou",
               date="2023-01-01"),
        record("v1", "visit", visitor="person/x", destination="la/sekong", start="2024-03-13"),
        record("v2", "visit", visitor="vn/gia-lai", destination="la/sekong", start="2024-01-01"),
        record("t1", "target", indicator="trade.bilateral", parties=["la/sekong", "vn/kon-tum"],
               value=150e6, unit="USD", by="2028"),
        record("m1", "measure", indicator="trade.bilateral", parties=["vn/kon-tum", "la/sekong"],
               value=96e6, unit="USD", period="2024"),
    ]
    records[5].claims["value"].append(Claim(90e6, []))  # two sources disagree
    found = build_dossier(records, "vn/kon-tum", "la/sekong")
    assert [r.key for r in found.agreements] == ["ag1"]
    # a person's visit to a side counts; another province's delegation does not
    assert [r.key for r in found.contacts] == ["v1"]
    assert [(v.indicator, len(v.measures), len(v.targets)) for v in found.indicators] == [
        ("trade.bilateral", 1, 1)]
    assert [r.key for r in found.open_conflicts] == ["m1"]
    assert found.articles == ["a1"]
    # between the two countries, their provinces' agreements and visits count too
    national = build_dossier(records, "vn", "la")
    assert [r.key for r in national.agreements] == ["ag1"]
    assert {r.key for r in national.contacts} == {"v1", "v2"}


@pytest.fixture
def db(examples_read_db: Path) -> Path:
    return examples_read_db


def test_the_dossier_page_by_names_and_in_each_language(db: Path) -> None:
    with local_client(db) as client:
        page = client.get("/dossier", params={"a": "Kon Tum", "b": "Sê Kông"})
        assert page.status_code == 200
        assert "Dossier: Kon Tum and Sekong" in page.text and "Agreements" in page.text
        assert 'media="print"' in page.text
        assert client.get("/dossier", params={"a": "Kon Tum", "b": "Nowhere Land"}
                          ).status_code == 404
    with local_client(db, lang="vi") as client:
        assert "Hồ sơ: Kon Tum và Sekong" in client.get(
            "/dossier", params={"a": "vn/kon-tum", "b": "la/sekong"}).text


def test_the_cli_writes_the_dossier_as_html(db: Path, tmp_path: Path) -> None:
    out = tmp_path / "kon-tum.html"
    done = CliRunner().invoke(main, ["--db", str(db), "dossier", "Kon Tum", "Sê Kông",
                                     "--out", str(out), "--lang", "en"])
    assert done.exit_code == 0, done.output
    page = out.read_text(encoding="utf-8")
    assert "<style>" in page and "Agreements" in page and "two-way trade" in page
    wrong = CliRunner().invoke(main, ["--db", str(db), "dossier", "vn", "la", "--out",
                                      str(tmp_path / "x.doc")])
    assert wrong.exit_code == 2 and ".html or .pdf" in wrong.output


def test_the_cli_prints_the_dossier_to_pdf(db: Path, tmp_path: Path) -> None:
    if shutil.which("chromium") is None:
        if os.environ.get("CI"):
            pytest.fail("chromium is missing: install Debian's chromium (./scripts/test does)")
        pytest.skip("chromium is missing: install Debian's chromium (./scripts/test does)")
    out = tmp_path / "vn-la.pdf"
    done = CliRunner().invoke(main, ["--db", str(db), "dossier", "vn", "la", "--out", str(out)])
    assert done.exit_code == 0, done.output
    assert out.read_bytes().startswith(b"%PDF")
