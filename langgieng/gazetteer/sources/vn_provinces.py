"""Generate data/vn_provinces.jsonl: Vietnam's 63 first-level units before the
2025-07-01 merger and the 34 after, from the `vietnamadminunits` package data
(dataset.db tables admin_units_legacy / admin_units, converter_2025.json
DICT_PROVINCE new -> old), with Chinese and English names and the countries each
border province meets from vn_names.json.

A unit whose name survives the merger keeps its id; the units merged into it
end on 2025-06-30 and list it as successor. Run: python -m langgieng.gazetteer.sources.vn_provinces
"""

from __future__ import annotations

import json
import sqlite3
from typing import Any

from langgieng.gazetteer.sources.common import (
    library_source,
    package_file,
    read_json,
    unique,
    write_jsonl,
)
from langgieng.normalize import fold, slugify

MERGER_LAST_DAY = "2025-06-30"  # Resolution 202/2025/QH15: the 34 units from 2025-07-01
# Thừa Thiên Huế became the centrally-run city of Huế on 2025-01-01 (Resolution
# 1314/NQ-UBTVQH15); the library already calls the legacy unit "Huế".
HUE_CITY_FROM = "2025-01-01"
HUE_SOURCE = "Resolution 1314/NQ-UBTVQH15 (2024-11-30), Huế city from 2025-01-01"


def _rows(table: str) -> list[sqlite3.Row]:
    db = sqlite3.connect(package_file("vietnamadminunits", "data/dataset.db"))
    db.row_factory = sqlite3.Row
    query = (
        f"SELECT DISTINCT province, provinceShort, provinceKey, provinceLat, provinceLon "  # noqa: S608
        f"FROM {table} ORDER BY provinceCode"
    )
    try:
        return list(db.execute(query))
    finally:
        db.close()


def _plain(name: str) -> str:
    """`Kiên Giang` -> `Kien Giang` (the English form without diacritics)."""
    return " ".join(word.capitalize() for word in fold(name).split())


def _record(row: sqlite3.Row, names: dict[str, Any], source: str) -> dict[str, Any]:
    short = row["provinceShort"]
    extra = names.get(short, {})
    aliases = unique(
        [*extra.get("en", []), _plain(short), *extra.get("aliases", [])], exclude=[short]
    )
    return {
        "id": f"vn/{slugify(short)}",
        "kind": "province",
        "name": short,
        "aliases": aliases,
        "zh": extra.get("zh", []),
        "country": "vn",
        "lat": round(row["provinceLat"], 5),
        "lon": round(row["provinceLon"], 5),
        **({"borders": extra["borders"]} if extra.get("borders") else {}),
        "source": source,
    }


def build() -> list[dict[str, Any]]:
    names = read_json("vn_names.json")
    source = library_source("vietnamadminunits", "data/dataset.db, data/converter_2025.json")
    by_key = {r["provinceKey"]: _record(r, names, source) for r in _rows("admin_units_legacy")}
    current_keys = {r["provinceKey"] for r in _rows("admin_units")}
    converter = package_file("vietnamadminunits", "data/converter_2025.json")
    merger = json.loads(converter.read_text(encoding="utf-8"))["DICT_PROVINCE"]
    for new_key, old_keys in merger.items():
        survivor = by_key[new_key]
        for old_key in old_keys:
            if old_key == new_key:
                continue
            absorbed = by_key[old_key]
            absorbed["valid_to"] = MERGER_LAST_DAY
            absorbed["successors"] = [survivor["id"]]
            survivor.setdefault("predecessors", []).append(absorbed["id"])
    missing = current_keys - set(merger)
    if missing:
        raise SystemExit(f"units in admin_units but not in DICT_PROVINCE: {sorted(missing)}")
    records = list(by_key.values())
    records.append(_thua_thien_hue(by_key["thanhphohue"], names))
    records.extend(_abolished_before_2025({r["name"]: r for r in records}))
    return records


def _abolished_before_2025(by_name: dict[str, dict[str, Any]]) -> list[dict[str, Any]]:
    """Units merged away before 2025 (vn_history.json), linked to their successors."""
    out = []
    for name, unit in read_json("vn_history.json").items():
        successor = by_name[unit["successor"]]
        record = {
            "id": f"vn/{slugify(name)}",
            "kind": "province",
            "name": name,
            "aliases": unique([*unit.get("en", []), _plain(name)], exclude=[name]),
            "zh": unit.get("zh", []),
            "country": "vn",
            "lat": unit["lat"],
            "lon": unit["lon"],
            "valid_to": unit["valid_to"],
            "successors": [successor["id"]],
            "source": unit["source"],
        }
        successor.setdefault("predecessors", []).insert(0, record["id"])
        out.append(record)
    return out


def _thua_thien_hue(hue: dict[str, Any], names: dict[str, Any]) -> dict[str, Any]:
    """The province that became Huế city; Huế keeps the library's record."""
    hue["valid_from"] = HUE_CITY_FROM
    hue["predecessors"] = ["vn/thua-thien-hue", *hue.get("predecessors", [])]
    extra = names["Thừa Thiên Huế"]
    return {
        "id": "vn/thua-thien-hue",
        "kind": "province",
        "name": "Thừa Thiên Huế",
        "aliases": unique([*extra["en"], *extra["aliases"]]),
        "zh": extra["zh"],
        "country": "vn",
        "lat": hue["lat"],
        "lon": hue["lon"],
        "borders": extra["borders"],
        "valid_to": "2024-12-31",
        "successors": ["vn/hue"],
        "source": f"{hue['source']}; {HUE_SOURCE}",
    }


if __name__ == "__main__":
    write_jsonl("vn_provinces.jsonl", build())
