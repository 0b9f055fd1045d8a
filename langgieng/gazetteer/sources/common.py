"""Helpers shared by the source scripts: package data paths and JSONL writing."""

from __future__ import annotations

import json
from collections.abc import Iterable
from importlib import metadata, resources
from pathlib import Path
from typing import Any

DATA_DIR = Path(__file__).resolve().parents[1] / "data"
SOURCES_DIR = Path(__file__).resolve().parent


def package_file(package: str, name: str) -> Path:
    """A data file shipped inside an installed package."""
    return Path(str(resources.files(package).joinpath(name)))


def library_source(distribution: str, detail: str) -> str:
    return f"{distribution} {metadata.version(distribution)} ({detail})"


def read_json(name: str) -> dict[str, Any]:
    data = json.loads((SOURCES_DIR / name).read_text(encoding="utf-8"))
    data.pop("_about", None)
    return data


def unique(names: Iterable[str], *, exclude: Iterable[str] = ()) -> list[str]:
    """Names in first-seen order without repeats or the excluded ones."""
    seen = set(exclude)
    out = []
    for name in names:
        if name and name not in seen:
            seen.add(name)
            out.append(name)
    return out


def write_jsonl(name: str, records: Iterable[dict[str, Any]]) -> int:
    path = DATA_DIR / name
    lines = [json.dumps(r, ensure_ascii=False, separators=(", ", ": ")) for r in records]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"wrote {len(lines)} records to {path}")
    return len(lines)
