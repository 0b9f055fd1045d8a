"""Reconciled records through the real pipeline, a real SQLite file and the CLI."""

from __future__ import annotations

import csv
import json
import sqlite3
from pathlib import Path

import pytest
from click.testing import CliRunner
from openpyxl import load_workbook

from langgieng.cli import main

SERIES = "series/vn-kh-border-provinces-conference"


def _run(db: Path | str, *args: str) -> str:
    result = CliRunner().invoke(main, ["--db", str(db), *args])
    assert result.exit_code == 0, result.output
    return result.output


@pytest.fixture(scope="module")
def seeded(tmp_path_factory: pytest.TempPathFactory, seeds_dir: Path) -> Path:
    db = tmp_path_factory.mktemp("records") / "seeds.db"
    _run(db, "ingest", str(seeds_dir))
    return db


def _editions(db: Path | str) -> dict[int, dict]:
    return {e["edition"]: e for e in json.loads(_run(db, "series", SERIES, "--json"))}


def test_series_lists_editions_with_gaps_and_the_planned_one(seeded: Path) -> None:
    editions = _editions(seeded)
    known = sorted(n for n, e in editions.items() if not e["gap"])
    assert known == [6, 7, 11, 12, 13]
    assert sorted(n for n, e in editions.items() if e["gap"]) == [8, 9, 10]
    assert editions[13]["fields"]["status"] == "planned"
    assert editions[13]["fields"]["start"] == "2024"
    assert editions[12]["fields"]["place"] == "vn/tay-ninh"


def test_indicator_shows_periods_and_the_target_without_an_actual(seeded: Path) -> None:
    view = json.loads(_run(seeded, "indicator", "trade.bilateral", "--parties", "vn,kh", "--json"))
    periods = [m["fields"]["period"] for m in view["measures"]]
    assert periods == ["2013", "2014-01/2014-10", "2022"]
    (target,) = view["targets"]
    assert target["target"]["fields"]["by"] == "2015"
    assert target["met"] is None  # no full-year 2015 figure is stored


def test_relations_stated_by_two_articles_are_one_record(seeded: Path) -> None:
    timeline = json.loads(_run(seeded, "timeline", "kh", "--json"))
    relations = [r for r in timeline if r["type"] == "relations"]
    assert len(relations) == 1
    assert len(relations[0]["sources"]) == 2


def test_entity_timeline_is_in_date_order(seeded: Path) -> None:
    timeline = json.loads(_run(seeded, "timeline", "person/sar-kheng", "--json"))
    starts = [r["fields"]["start"] for r in timeline]
    assert starts == sorted(starts) and len(starts) >= 2


def test_two_outlets_disagreeing_on_the_place_make_one_record_with_a_conflict(
    tmp_path: Path, store_target: str
) -> None:
    body = (
        "Sáng 25/4/2023, tại tỉnh {place}, Phó Thủ tướng Trần Lưu Quang và Phó Thủ tướng "
        "Campuchia Sar Kheng đồng chủ trì Hội nghị hợp tác và phát triển các tỉnh biên giới "
        "Việt Nam-Campuchia lần thứ 12.\n"
    )
    for name, place in [("a", "Tây Ninh"), ("b", "Long An")]:
        (tmp_path / f"{name}.txt").write_text(
            f"Hội nghị biên giới {name}\n-----\n" + body.format(place=place), encoding="utf-8"
        )
    db = store_target
    _run(db, "ingest", str(tmp_path))
    record = _editions(db)[12]
    assert len(record["sources"]) == 2
    places = {c["value"] for c in record["conflicts"]["place"]}
    assert places == {"vn/tay-ninh", "vn/long-an"}


def test_a_correction_survives_reextraction_and_reingest(
    store_target: str, seeds_dir: Path
) -> None:
    db = store_target
    _run(db, "ingest", str(seeds_dir))
    record_id = _editions(db)[7]["id"]
    _run(db, "review", "correct", record_id, "place", "vn/ha-noi")
    _run(db, "review", "reject", _editions(db)[6]["id"])
    _run(db, "reconcile", "--reextract")
    _run(db, "ingest", str(seeds_dir))
    editions = _editions(db)
    assert editions[7]["fields"]["place"] == "vn/ha-noi"
    assert editions[7]["review"] == "corrected"
    assert 6 not in editions  # rejected: no longer part of the series
    queue = json.loads(_run(db, "review", "--json"))
    assert record_id not in {r["id"] for r in queue}


def test_review_of_an_unknown_record_fails_cleanly(seeded: Path) -> None:
    result = CliRunner().invoke(main, ["--db", str(seeded), "review", "accept", "ffffffffff"])
    assert result.exit_code == 1
    assert "no record" in result.output


# --- one validation for the CLI, the web form and the API ---------------------

EXAMPLES = Path(__file__).resolve().parents[1] / "langgieng" / "examples"


@pytest.fixture()
def examples_db(tmp_path: Path) -> Path:
    db = tmp_path / "examples.db"
    CliRunner().invoke(main, ["--db", str(db), "ingest", str(EXAMPLES)])
    return db


def _record(db: Path, record_id: str) -> dict:
    """A meeting record of the examples' conference series, by id."""
    return next(e for e in _editions(db).values() if e.get("id") == record_id)


def _first(db: Path, type_: str) -> str:
    queue = json.loads(_run(db, "review", "--json"))
    return next(
        r["id"] for r in queue if r["type"] == type_ and r["fields"].get("series") in (None, SERIES)
    )


@pytest.mark.parametrize(
    ("type_", "field", "value", "reason"),
    [
        ("meeting", "edition", '"fifty"', "not a whole number"),
        ("meeting", "edition", "0", "not a whole number"),
        ("meeting", "parties", "5", "no field 'parties'"),
        ("meeting", "nosuch", "x", "no field 'nosuch'"),
        ("meeting", "start", "2024-13", "not a date that exists"),
        ("meeting", "start", "--02-30", "not a date that exists"),
        ("meeting", "place", "vn/atlantis", "unknown entity"),
        ("measure", "value", "1e999", "not a finite number"),
        ("measure", "value", "NaN", "not a finite number"),
    ],
)
def test_a_bad_correction_is_refused_with_the_reason_and_nothing_stored(
    examples_db: Path, type_: str, field: str, value: str, reason: str
) -> None:
    record = _first(examples_db, type_)
    result = CliRunner().invoke(
        main, ["--db", str(examples_db), "review", "correct", record, field, "--", value]
    )
    assert result.exit_code == 2, result.output
    assert reason in result.output
    with sqlite3.connect(examples_db) as db:
        assert db.execute("SELECT count(*) FROM corrections").fetchone() == (0,)


def test_a_good_correction_is_stored_as_its_kind(examples_db: Path) -> None:
    record = _first(examples_db, "meeting")
    edition = _record(examples_db, record)["edition"]
    _run(examples_db, "review", "correct", record, "edition", f" {edition} ")
    _run(examples_db, "review", "correct", record, "start", "2024-02-29")
    corrected = _record(examples_db, record)
    assert corrected["fields"]["edition"] == edition  # the text " 12 " stored as 12
    assert corrected["fields"]["start"] == "2024-02-29"


def test_a_stored_correction_that_no_longer_validates_breaks_nothing(examples_db: Path) -> None:
    record = _first(examples_db, "meeting")
    key = _record(examples_db, record)["key"]
    with sqlite3.connect(examples_db) as db:  # as an older version could have stored it
        db.execute(
            "INSERT INTO corrections (record_key, action, field, value, created_at)"
            " VALUES (?, 'correct', 'edition', ?, '2025-01-01')",
            (key, json.dumps("fifty")),
        )
    queued = next(r for r in json.loads(_run(examples_db, "review", "--json")) if r["id"] == record)
    assert "not a whole number" in queued["invalid_corrections"][0]
    assert queued["fields"]["edition"] != "fifty"
    _run(examples_db, "series", SERIES)  # the edition list still builds
    assert "invalid stored correction" in _run(examples_db, "review")


# --- who changed what ------------------------------------------------------------


def test_verdicts_name_their_author_and_can_be_undone(examples_db: Path) -> None:
    record = _first(examples_db, "meeting")
    edition = _record(examples_db, record)["edition"]
    _run(examples_db, "--user", "lan", "review", "correct", record, "edition", str(edition + 20))
    _run(examples_db, "review", "accept", record)  # no accounts yet: the login is recorded
    history = json.loads(_run(examples_db, "review", "history", record, "--json"))
    assert [(v["action"], v["author"]) for v in history][0] == ("correct", "lan")
    assert history[1]["author"]  # the terminal's login
    assert "undid accept" in _run(examples_db, "review", "undo", record)
    assert "undid correct" in _run(examples_db, "review", "undo", record)
    assert _record(examples_db, record)["fields"]["edition"] == edition  # back as extracted
    history = json.loads(_run(examples_db, "review", "history", record, "--json"))
    assert all(v["undone_at"] for v in history) and len(history) == 2
    nothing = CliRunner().invoke(main, ["--db", str(examples_db), "review", "undo", record])
    assert nothing.exit_code == 1 and "no verdict in force" in nothing.output


def test_a_store_with_accounts_needs_a_reviewer_named_for_cli_writes(examples_db: Path) -> None:
    runner = CliRunner()
    base = ["--db", str(examples_db)]
    added = runner.invoke(main, [*base, "users", "add", "mai", "--password-stdin"],
                          input="a long enough password\n")
    assert added.exit_code == 0, added.output
    runner.invoke(main, [*base, "users", "add", "nam", "--role", "reader", "--password-stdin"],
                  input="a long enough password\n")
    record = _first(examples_db, "meeting")
    anonymous = runner.invoke(main, [*base, "review", "accept", record])
    reader = runner.invoke(main, [*base, "--user", "nam", "review", "accept", record])
    stranger = runner.invoke(main, [*base, "--user", "who", "review", "accept", record])
    assert [r.exit_code for r in (anonymous, reader, stranger)] == [2, 2, 2]
    assert "--user NAME" in anonymous.output and "reader" in reader.output
    done = runner.invoke(main, [*base, "--user", "mai", "review", "accept", record])
    assert done.exit_code == 0 and "by mai" in done.output
    short = runner.invoke(main, [*base, "users", "add", "x", "--password-stdin"], input="short\n")
    assert short.exit_code == 2 and "at least 10 characters" in short.output
    listed = json.loads(_run(examples_db, "users", "list", "--json"))
    assert [(u["name"], u["role"]) for u in listed] == [("mai", "reviewer"), ("nam", "reader")]


def test_series_and_indicator_without_arguments_list_what_the_store_holds(
    examples_db: Path,
) -> None:
    series = json.loads(_run(examples_db, "series", "--json"))
    assert SERIES in {s["series"] for s in series}
    mine = next(s for s in series if s["series"] == SERIES)
    editions = [e for e in _editions(examples_db).values() if not e["gap"]]
    assert mine["editions"] == len(editions)
    indicators = json.loads(_run(examples_db, "indicator", "--json"))
    trade = next(i for i in indicators if i["indicator"] == "trade.bilateral")
    view = json.loads(_run(examples_db, "indicator", "trade.bilateral",
                           "--parties", ",".join(trade["parties"]), "--json"))
    assert trade["measures"] == len(view["measures"])
    unknown = CliRunner().invoke(main, ["--db", str(examples_db), "series", "series/none"])
    assert unknown.exit_code == 2 and SERIES in unknown.output


def test_export_applies_the_review_and_writes_records_with_names_and_sources(
    tmp_path: Path, seeds_dir: Path
) -> None:
    db = tmp_path / "export.db"
    _run(db, "ingest", str(seeds_dir))
    editions = _editions(db)
    _run(db, "review", "correct", editions[7]["id"], "place", "vn/ha-noi")
    _run(db, "review", "reject", editions[6]["id"])
    out = tmp_path / "out"
    _run(db, "export", str(out))
    records = [json.loads(line) for line in (out / "records.jsonl").read_text().splitlines()]
    meetings = {r["fields"]["edition"]: r for r in records if r["type"] == "meeting"}
    assert 6 not in meetings and meetings[7]["fields"]["place"] == "vn/ha-noi"
    assert meetings[7]["review"] == "corrected" and meetings[7]["names"]["vn/ha-noi"] == "Hà Nội"
    source = meetings[7]["sources"][0]
    assert source["title"] and source["evidence"] and "/" not in source["article_id"]
    with (out / "records.csv").open(encoding="utf-8", newline="") as handle:
        assert len(list(csv.DictReader(handle))) == len(records)
    book = load_workbook(out / "records.xlsx", read_only=True)
    assert set(book.sheetnames) == {r["type"] for r in records}
    sheet = list(book["meeting"].iter_rows(values_only=True))
    assert sheet[0][:3] == ("id", "review", "series") and len(sheet) - 1 == len(meetings)
    facts = [json.loads(line) for line in (out / "facts.jsonl").read_text().splitlines()]
    editions_out = {f["fields"].get("edition") for f in facts if f["type"] == "meeting"}
    assert 6 not in editions_out  # the rejected record's facts are left out
    raw = tmp_path / "raw"
    _run(db, "export", str(raw), "--raw", "--format", "jsonl")
    raw_facts = [json.loads(line) for line in (raw / "facts.jsonl").read_text().splitlines()]
    assert 6 in {f["fields"].get("edition") for f in raw_facts if f["type"] == "meeting"}
