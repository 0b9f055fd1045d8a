"""Export files parse back: JSON lines, CSV, and GDELT 2.0 event rows."""

from __future__ import annotations

import csv
import json
from pathlib import Path

from click.testing import CliRunner
from openpyxl import load_workbook

from langgieng.cli import main
from langgieng.export import CSV_COLUMNS, ExportRow, write
from langgieng.export.gdelt import COLUMNS
from langgieng.export.workbook import write_workbook
from langgieng.gazetteer import load
from langgieng.model import Fact, Span

STAMP = "20240101000000"


def rows() -> list[ExportRow]:
    visit = Fact("visit", {"visitor": "person/pham-minh-chinh", "destination": "kh",
                           "start": "2022-11", "end": None, "kind": "official"},
                 Span(0, 10), 0.75, "visit.trigger")
    meeting = Fact("meeting", {"series": "series/vn-kh-border-provinces-conference",
                               "edition": 12, "place": "vn/tay-ninh", "start": "2023-04-25",
                               "end": "2023-04-25", "chairs": [], "status": "held"},
                   Span(11, 20), 0.85, "meeting.series-edition")
    agreement = Fact("agreement", {"parties": ["vn/kon-tum", "la/sekong"], "kind": "mou",
                                   "topic": "comprehensive cooperation", "date": "--08-06"},
                     Span(0, 5), 0.75, "agreement.sign")
    measure = Fact("measure", {"indicator": "trade.bilateral", "parties": ["vn", "kh"],
                               "value": 10570000000, "unit": "USD", "period": "2022",
                               "qualifier": "over"}, Span(0, 5), 0.65, "measure.trigger")
    return [
        ExportRow("a1", visit, "https://example.org/a1", "2023-04-25"),
        ExportRow("a1", meeting, "https://example.org/a1", "2023-04-25"),
        ExportRow("a2", agreement, None, "2019"),
        ExportRow("a2", measure, None, "2019"),
    ]


def test_jsonl_and_csv_parse_back(tmp_path: Path) -> None:
    written = write(rows(), tmp_path, formats=["jsonl", "csv"])
    assert written == {"facts.jsonl": 4, "facts.csv": 4}
    records = [json.loads(line) for line in (tmp_path / "facts.jsonl").read_text().splitlines()]
    assert records[3]["fields"]["value"] == 10570000000
    assert records[0]["evidence"] == {"start": 0, "end": 10}
    with (tmp_path / "facts.csv").open(newline="", encoding="utf-8") as handle:
        table = list(csv.DictReader(handle))
    assert list(table[0]) == CSV_COLUMNS
    assert table[2]["parties"] == "vn/kon-tum;la/sekong"
    assert table[3]["qualifier"] == "over" and table[0]["qualifier"] == ""


def test_gdelt_rows_have_61_columns_and_cameo_codes(tmp_path: Path) -> None:
    write(rows(), tmp_path, formats=["gdelt"], added=STAMP)
    with (tmp_path / "events.gdelt.tsv").open(newline="", encoding="utf-8") as handle:
        table = [dict(zip(COLUMNS, r, strict=True)) for r in csv.reader(handle, delimiter="\t")]
    assert len(COLUMNS) == 61
    # a visit is made and hosted; a meeting is a consultation; a memorandum is signed
    assert [r["EventCode"] for r in table] == ["042", "043", "040", "057"]
    made, hosted, met, signed = table
    assert (made["Actor1Code"], made["Actor2Code"]) == ("VNMGOV", "KHMGOV")
    assert (hosted["Actor1Code"], hosted["Actor2Code"]) == ("KHMGOV", "VNMGOV")
    assert made["SQLDATE"] == "20221101" and made["GoldsteinScale"] == "1.9"
    assert met["ActionGeo_FullName"].startswith("Tây Ninh") and met["ActionGeo_CountryCode"] == "VM"
    assert (signed["Actor1Code"], signed["Actor2Code"]) == ("VNMGOV", "LAOGOV")
    assert signed["SQLDATE"] == "20190806"  # the year comes from the article
    assert signed["GoldsteinScale"] == "8.0" and signed["QuadClass"] == "1"
    assert all(r["DATEADDED"] == STAMP for r in table)
    assert made["SOURCEURL"] == "https://example.org/a1"
    assert len({r["GLOBALEVENTID"] for r in table}) == 4


def test_unknown_format_is_refused(tmp_path: Path) -> None:
    try:
        write(rows(), tmp_path, formats=["xml"])
    except ValueError as exc:
        assert "xml" in str(exc)
    else:
        raise AssertionError("an unknown format was accepted")


def test_cli_ingest_facts_and_export(tmp_path: Path, seeds_dir: Path) -> None:
    db = str(tmp_path / "lg.db")
    runner = CliRunner()
    assert runner.invoke(main, ["--db", db, "ingest", str(seeds_dir)]).exit_code == 0
    listed = runner.invoke(main, ["--db", db, "facts", "--type", "meeting", "--json"])
    assert listed.exit_code == 0, listed.output
    meetings = json.loads(listed.output)
    assert {m["fields"]["edition"] for m in meetings} >= {6, 7, 11, 12, 13}
    assert all(m["evidence_text"] for m in meetings if m["evidence"]["end"])
    table = runner.invoke(main, ["--db", db, "facts", "--entity", "vn/kien-giang"])
    assert "border.markers" in table.output
    out = tmp_path / "out"
    done = runner.invoke(main, ["--db", db, "export", str(out), "--format", "csv,gdelt"])
    assert done.exit_code == 0, done.output
    assert not (out / "facts.jsonl").exists()
    with (out / "events.gdelt.tsv").open(newline="", encoding="utf-8") as handle:
        assert {len(r) for r in csv.reader(handle, delimiter="\t")} == {61}
    bad = runner.invoke(main, ["--db", db, "export", str(out), "--format", "pdf"])
    assert bad.exit_code != 0 and "pdf" in bad.output
    assert load() is not None


def test_workbook_holds_one_sheet_per_kind_and_never_a_formula(tmp_path: Path) -> None:
    def entry(kind: str, fields: dict, evidence: str) -> dict:
        return {"id": "r1", "type": kind, "review": None, "fields": fields, "names": {},
                "conflicts": {}, "sources": [{"title": "t", "url": None, "evidence": evidence}]}

    entries = [entry("agreement", {"parties": ["vn", "kh"], "kind": "mou"},
                     '=HYPERLINK("http://x","y")\x07'),
               entry("measure", {"indicator": "trade.bilateral", "value": 5}, "ok")]
    assert write_workbook(entries, tmp_path / "r.xlsx") == 2
    book = load_workbook(tmp_path / "r.xlsx")
    assert book.sheetnames == ["agreement", "measure"]
    header, row = list(book["agreement"].iter_rows())
    evidence = row[[c.value for c in header].index("first_evidence")]
    assert evidence.data_type == "s" and evidence.value == '=HYPERLINK("http://x","y")'
    assert row[[c.value for c in header].index("parties")].value == "vn;kh"
