"""Reading gazetteer records from JSONL files: one `Entity` per line, each
checked so that a bad record names its file and line."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from langgieng.errors import GazetteerError
from langgieng.model import Edition, Entity, Office

KINDS = frozenset({"country", "province", "person", "org", "series"})
_FIELDS = frozenset(
    {
        "id",
        "kind",
        "name",
        "aliases",
        "zh",
        "country",
        "lat",
        "lon",
        "valid_from",
        "valid_to",
        "successors",
        "predecessors",
        "borders",
        "offices",
        "editions",
        "source",
    }
)
_OFFICE_FIELDS = frozenset({"role", "country", "start", "end", "title"})
_EDITION_FIELDS = frozenset({"number", "start", "end", "place", "sources"})
_LIST_FIELDS = ("aliases", "zh", "successors", "predecessors", "borders")
_DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
# The id scheme of the gold contract, by kind.
_ID_PATTERNS = {
    "country": re.compile(r"^[a-z]{2}$"),
    "province": re.compile(r"^[a-z]{2}/[a-z0-9]+(-[a-z0-9]+)*$"),
    "person": re.compile(r"^person/[a-z0-9]+(-[a-z0-9]+)*$"),
    "org": re.compile(r"^org/[a-z0-9]+(-[a-z0-9]+)*$"),
    "series": re.compile(r"^series/[a-z0-9]+(-[a-z0-9]+)*$"),
}


def _check_date(value: Any, what: str) -> str | None:
    if value is None:
        return None
    if not isinstance(value, str) or not _DATE.match(value):
        raise ValueError(f"{what} must be an ISO date (YYYY, YYYY-MM or YYYY-MM-DD), got {value!r}")
    return value


def _check_strings(value: Any, what: str) -> list[str]:
    if not isinstance(value, list) or not all(isinstance(v, str) and v for v in value):
        raise ValueError(f"{what} must be a list of non-empty strings")
    return list(value)


def _checked_object(raw: Any, allowed: frozenset[str], what: str) -> dict[str, Any]:
    """`raw` when it is an object of `allowed` fields only."""
    if not isinstance(raw, dict):
        raise ValueError(f"each {what} must be an object")
    unknown = set(raw) - allowed
    if unknown:
        raise ValueError(f"unknown {what} field(s) {sorted(unknown)}")
    return raw


def _office(raw: Any) -> Office:
    raw = _checked_object(raw, _OFFICE_FIELDS, "office")
    if not raw.get("role") or not raw.get("country"):
        raise ValueError("an office needs 'role' and 'country'")
    return Office(
        role=str(raw["role"]),
        country=str(raw["country"]),
        start=_check_date(raw.get("start"), "office start"),
        end=_check_date(raw.get("end"), "office end"),
        title=str(raw.get("title", "")),
    )


def _edition(raw: Any) -> Edition:
    """A numbered session: its number, dates and the sources that state them."""
    raw = _checked_object(raw, _EDITION_FIELDS, "edition")
    number = raw.get("number")
    if isinstance(number, bool) or not isinstance(number, int) or number < 1:
        raise ValueError(f"an edition's number must be a positive integer, got {number!r}")
    start = _check_date(raw.get("start"), "edition start")
    if start is None or len(start) < 7:
        raise ValueError(f"edition {number} needs a start with at least its month")
    sources = _check_strings(raw.get("sources", []), "edition sources")
    if not sources:
        raise ValueError(f"edition {number} needs the sources that date it")
    place = raw.get("place")
    if place is not None and not isinstance(place, str):
        raise ValueError("an edition's place must be a string")
    return Edition(number, start, _check_date(raw.get("end"), "edition end"), place,
                   tuple(sources))


def _coordinate(value: Any, what: str) -> float | None:
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise ValueError(f"{what} must be a number")
    return float(value)


def entity_from_dict(raw: Any) -> Entity:
    """Build an Entity from one decoded record; ValueError says what is wrong."""
    if not isinstance(raw, dict):
        raise ValueError("a record must be a JSON object")
    unknown = set(raw) - _FIELDS
    if unknown:
        raise ValueError(f"unknown field(s) {sorted(unknown)}")
    for required in ("id", "kind", "name", "source"):
        if not isinstance(raw.get(required), str) or not raw[required].strip():
            raise ValueError(f"missing or empty '{required}'")
    kind = raw["kind"]
    if kind not in KINDS:
        raise ValueError(f"unknown kind {kind!r} (expected one of {sorted(KINDS)})")
    if not _ID_PATTERNS[kind].match(raw["id"]):
        raise ValueError(f"id {raw['id']!r} does not follow the {kind} id scheme")
    lists = {name: _check_strings(raw.get(name, []), name) for name in _LIST_FIELDS}
    offices, editions = raw.get("offices", []), raw.get("editions", [])
    if not isinstance(offices, list) or not isinstance(editions, list):
        raise ValueError("offices and editions must be lists")
    return Entity(
        id=raw["id"],
        kind=kind,
        name=raw["name"],
        country=raw.get("country"),
        lat=_coordinate(raw.get("lat"), "lat"),
        lon=_coordinate(raw.get("lon"), "lon"),
        valid_from=_check_date(raw.get("valid_from"), "valid_from"),
        valid_to=_check_date(raw.get("valid_to"), "valid_to"),
        offices=[_office(o) for o in offices],
        editions=[_edition(e) for e in editions],
        source=raw["source"],
        **lists,
    )


def read_file(path: Path) -> Iterator[tuple[int, Entity]]:
    """(line number, entity) for each record of one JSONL file; blank lines are skipped."""
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError as exc:
        raise GazetteerError(f"{path}: cannot read ({exc.strerror})") from exc
    for number, line in enumerate(lines, start=1):
        stripped = line.strip()
        if not stripped:
            continue
        try:
            yield number, entity_from_dict(json.loads(stripped))
        except (ValueError, TypeError) as exc:
            raise GazetteerError(f"{path}:{number}: {exc}") from exc


def entity_to_dict(entity: Entity) -> dict[str, Any]:
    """The record form of an entity, without empty fields (for `--json`, build scripts)."""
    out: dict[str, Any] = {"id": entity.id, "kind": entity.kind, "name": entity.name}
    for name in (
        "aliases",
        "zh",
        "country",
        "lat",
        "lon",
        "valid_from",
        "valid_to",
        "successors",
        "predecessors",
        "borders",
    ):
        value = getattr(entity, name)
        if value not in (None, []):
            out[name] = value
    if entity.offices:
        out["offices"] = [
            {
                k: v
                for k, v in (
                    ("role", o.role),
                    ("country", o.country),
                    ("start", o.start),
                    ("end", o.end),
                    ("title", o.title),
                )
                if v not in (None, "")
            }
            for o in entity.offices
        ]
    if entity.editions:
        out["editions"] = [
            {k: v for k, v in (("number", e.number), ("start", e.start), ("end", e.end),
                               ("place", e.place), ("sources", list(e.sources))) if v}
            for e in entity.editions
        ]
    out["source"] = entity.source
    return out
