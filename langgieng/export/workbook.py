"""Reconciled records as an Excel workbook (`records.xlsx`): one sheet per kind
of record, one row per record, its own fields as columns, names beside ids, the
values sources disagree on, and its first source. Written by openpyxl in
write-only mode, so a large export streams instead of building in memory.

Text comes from articles: every cell is written as a string, never read as a
formula (`=...`), and characters a workbook cannot hold are dropped.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
from openpyxl.worksheet._write_only import WriteOnlyWorksheet

from langgieng.export import cell
from langgieng.reconcile.corrections import record_fields

WORKBOOK = "records.xlsx"
_AFTER = ["names", "conflicts", "sources", "first_title", "first_url", "first_evidence"]


def write_workbook(entries: Iterable[dict[str, Any]], path: Path) -> int:
    """Write the record entries (`records.record_entry`) to `path`; returns how many."""
    book = Workbook(write_only=True)
    fields = record_fields()
    sheets: dict[str, tuple[WriteOnlyWorksheet, list[str]]] = {}
    count = 0
    for entry in entries:
        kind = entry["type"]
        if kind not in sheets:
            columns = list(fields.get(kind, entry["fields"]))
            sheet = book.create_sheet(title=kind[:31])
            sheet.append(_row(sheet, ["id", "review", *columns, *_AFTER]))
            sheets[kind] = (sheet, columns)
        sheet, columns = sheets[kind]
        sheet.append(_row(sheet, _values(entry, columns)))
        count += 1
    if not sheets:
        book.create_sheet(title="records").append(["no records"])
    book.save(path)
    return count


def _values(entry: dict[str, Any], columns: list[str]) -> list[str]:
    first = (entry["sources"] or [{}])[0]
    return [
        entry["id"], entry["review"] or "",
        *(cell(entry["fields"].get(name)) for name in columns),
        "; ".join(f"{e}={name}" for e, name in entry["names"].items()),
        "; ".join(f"{name}: {' | '.join(map(str, values))}"
                  for name, values in entry["conflicts"].items()),
        str(len(entry["sources"])),
        first.get("title") or "", first.get("url") or "", first.get("evidence") or "",
    ]


def _row(sheet: WriteOnlyWorksheet, values: list[str]) -> list[WriteOnlyCell]:
    cells = []
    for value in values:
        written = WriteOnlyCell(sheet, value=ILLEGAL_CHARACTERS_RE.sub("", value))
        written.data_type = "s"  # a string, even one opening with `=`: never a formula
        cells.append(written)
    return cells
