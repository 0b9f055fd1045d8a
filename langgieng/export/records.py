"""Reconciled records for export, as a reader of the record sees them: people's
corrections applied and rejected records left out, names beside ids, every
source with its article's title, outlet address and evidence sentence, and the
values the sources disagree on.

    entries = [record_entry(record, names, articles) for record in records]
    write_records(entries, outdir)   # records.jsonl, records.csv
"""

from __future__ import annotations

import csv
import json
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

from langgieng.export import FIELDS, cell
from langgieng.model import Article, Record, entity_ids
from langgieng.store.records import key_id

RECORD_FILES = ("records.jsonl", "records.csv")
CSV_COLUMNS = ["id", "type", "review", *FIELDS, "names", "conflicts", "sources",
               "first_title", "first_url", "first_evidence"]


def record_entry(
    record: Record, name_of: Callable[[str], str | None], article: Callable[[str], Article]
) -> dict[str, Any]:
    sources = []
    for source in record.sources:
        text = article(source.article_id)
        evidence = " ".join(text.text[source.evidence.start : source.evidence.end].split())
        sources.append({"article_id": source.article_id, "title": text.title,
                        "url": source.url, "published": source.published,
                        "evidence": evidence, "confidence": source.confidence})
    return {
        "id": key_id(record.key), "key": record.key, "type": record.type,
        "review": record.review, "fields": record.fields,
        "names": {e: name for e in sorted(entity_ids(record.fields)) if (name := name_of(e))},
        "conflicts": {name: [claim.value for claim in claims]
                      for name, claims in record.conflicts.items()},
        "sources": sources,
    }


def write_records(entries: Iterable[dict[str, Any]], outdir: Path) -> int:
    count = 0
    jsonl, table = (outdir / name for name in RECORD_FILES)
    with jsonl.open("w", encoding="utf-8") as lines, table.open(
        "w", encoding="utf-8", newline=""
    ) as sheet:
        writer = csv.writer(sheet)
        writer.writerow(CSV_COLUMNS)
        for entry in entries:
            lines.write(json.dumps(entry, ensure_ascii=False) + "\n")
            writer.writerow(_csv_row(entry))
            count += 1
    return count


def _csv_row(entry: dict[str, Any]) -> list[str]:
    fields, first = entry["fields"], (entry["sources"] or [{}])[0]
    return [
        entry["id"], entry["type"], entry["review"] or "",
        *(cell(fields.get(name)) for name in FIELDS),
        "; ".join(f"{e}={name}" for e, name in entry["names"].items()),
        "; ".join(f"{name}: {' | '.join(map(str, values))}"
                  for name, values in entry["conflicts"].items()),
        str(len(entry["sources"])),
        first.get("title") or "", first.get("url") or "", first.get("evidence") or "",
    ]
