"""Names wherever a person types an entity, and dates checked before any work."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from langgieng.cli import main


def run(*args: str) -> tuple[int, str]:
    result = CliRunner().invoke(main, list(args))
    return result.exit_code, result.output


@pytest.mark.parametrize(
    ("typed", "entity"),
    [
        ("vn/quang-tri", "vn/quang-tri"),  # an id
        ("Quảng Trị", "vn/quang-tri"),  # a name
        ("quang tri", "vn/quang-tri"),  # without diacritics
        ("Kenjiang", "vn/kien-giang"),  # a garbled form, through the repair of linking
        ("Hun Sen", "person/hun-sen"),
    ],
)
def test_an_entity_is_taken_by_id_or_by_name(tmp_path: Path, typed: str, entity: str) -> None:
    code, output = run("entity", typed, "--json")
    assert code == 0, output
    assert json.loads(output)["id"] == entity


def test_an_unknown_name_suggests_the_nearest_and_exits_2() -> None:
    code, output = run("entity", "Quang Tro")
    assert code == 2 and "Quảng Trị (vn/quang-tri)" in output
    code, output = run("entity", "Atlantis")
    assert code == 2 and "no entity named 'Atlantis'" in output


@pytest.mark.parametrize("value", ["notadate", "2025-99", "2025-13-45", "2024-02-30"])
def test_a_bad_date_is_refused_before_any_work(tmp_path: Path, value: str) -> None:
    code, output = run("--db", str(tmp_path / "x.db"), "facts", "--since", value)
    assert code == 2 and "is not a date" in output
    assert not (tmp_path / "x.db").exists()
    code, output = run("link", "--date", value, "Tỉnh Kon Tum")
    assert code == 2


def test_link_takes_a_bare_name() -> None:
    code, output = run("link", "Hun Sen", "--json")
    assert code == 0, output
    assert [m["entity"] for m in json.loads(output)] == ["person/hun-sen"]
