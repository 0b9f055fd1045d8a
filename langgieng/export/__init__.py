"""Export facts as JSON lines, CSV, and GDELT 2.0 event rows.

    rows = [ExportRow(article_id, fact, url, published), ...]
    write(rows, outdir, formats=("jsonl", "csv", "gdelt"))

`facts.jsonl` keeps every fact as stored; `facts.csv` flattens the fields
(lists joined by `;`); `events.gdelt.tsv` codes visits, meetings, agreements
and relations as CAMEO events in the 61 columns of GDELT 2.0's event table
(see `gdelt.py`).
"""

from __future__ import annotations

import csv
import json
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from langgieng.model import Fact

FORMATS = ("jsonl", "csv", "gdelt")
FILES = {"jsonl": "facts.jsonl", "csv": "facts.csv", "gdelt": "events.gdelt.tsv"}

# Every field of the contract's fact types, in a stable column order.
FIELDS = [
    "series", "edition", "visitor", "destination", "parties", "indicator", "kind", "topic",
    "place", "start", "end", "date", "by", "period", "value", "unit", "qualifier", "of",
    "chairs", "status",
]
CSV_COLUMNS = ["article_id", "type", *FIELDS, "evidence_start", "evidence_end", "confidence",
               "rule", "url", "published"]


@dataclass(slots=True)
class ExportRow:
    """One fact with the article it comes from."""

    article_id: str
    fact: Fact
    url: str | None = None
    published: str | None = None


def fact_record(row: ExportRow) -> dict[str, Any]:
    """The JSON form of one fact: its fields, evidence, confidence and source."""
    fact = row.fact
    return {
        "article_id": row.article_id, "type": fact.type, "fields": fact.fields,
        "evidence": {"start": fact.evidence.start, "end": fact.evidence.end},
        "confidence": fact.confidence, "rule": fact.rule,
        "url": row.url, "published": row.published,
    }


def write_jsonl(rows: Iterable[ExportRow], path: Path) -> int:
    count = 0
    with path.open("w", encoding="utf-8") as out:
        for row in rows:
            out.write(json.dumps(fact_record(row), ensure_ascii=False) + "\n")
            count += 1
    return count


def cell(value: Any) -> str:
    """A field's value in one CSV cell: lists joined by `;`, None empty."""
    if value is None:
        return ""
    if isinstance(value, list):
        return ";".join(str(v) for v in value)
    return str(value)


def write_csv(rows: Iterable[ExportRow], path: Path) -> int:
    count = 0
    with path.open("w", encoding="utf-8", newline="") as out:
        writer = csv.writer(out)
        writer.writerow(CSV_COLUMNS)
        for row in rows:
            fields = row.fact.fields
            writer.writerow([
                row.article_id, row.fact.type, *(cell(fields.get(name)) for name in FIELDS),
                row.fact.evidence.start, row.fact.evidence.end, row.fact.confidence,
                row.fact.rule, cell(row.url), cell(row.published),
            ])
            count += 1
    return count


def write(
    rows: list[ExportRow], outdir: str | Path, *, formats: Iterable[str] = FORMATS,
    added: str | None = None,
) -> dict[str, int]:
    """Write the chosen formats into `outdir` (created if missing); rows per file.

    `added` is GDELT's DATEADDED (YYYYMMDDHHMMSS, UTC); default: now."""
    from langgieng.export.gdelt import write_gdelt

    chosen = list(formats)
    unknown = [f for f in chosen if f not in FORMATS]
    if unknown:
        raise ValueError(f"unknown export format(s) {', '.join(unknown)}; "
                         f"choose from {', '.join(FORMATS)}")
    target = Path(outdir)
    target.mkdir(parents=True, exist_ok=True)
    written: dict[str, int] = {}
    for name in chosen:
        path = target / FILES[name]
        if name == "jsonl":
            written[FILES[name]] = write_jsonl(rows, path)
        elif name == "csv":
            written[FILES[name]] = write_csv(rows, path)
        else:
            written[FILES[name]] = write_gdelt(rows, path, added=added)
    return written
