"""A person's verdict on a record: checked before it is stored, applied when
records are read.

The web form sends every value as text, the JSON API typed values and the CLI
either; all three go through `correction_for`, which refuses unknown fields,
ill-typed values, non-finite numbers and impossible dates with a message
saying which and why. A stored correction that no longer passes (written by an
older version) is never applied: the record lists it in `invalid` instead.
"""

from __future__ import annotations

import datetime as dt
import json
import math
import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from langgieng.errors import GazetteerError, LangGiengError
from langgieng.gazetteer import Gazetteer, load
from langgieng.model import Record

ACTIONS = ("accept", "reject", "correct")
MAX_TEXT = 200
MAX_NOTE = 2000
FIELDS_FILE = Path(__file__).with_name("data") / "record_fields.json"
_DATE = re.compile(r"^(?:(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?|--(\d{2})-(\d{2}))$")


class InvalidCorrection(LangGiengError):
    """A verdict that cannot be stored: unknown action or field, or a bad value."""


@dataclass(slots=True)
class Correction:
    """A person's verdict on a record; stored apart from extracted facts."""

    record_key: str
    action: str  # "accept", "reject" or "correct"
    field: str | None = None
    value: Any = None
    note: str = ""
    author: str = ""  # the account (or, without accounts, the login) that made it


@lru_cache(maxsize=1)
def record_fields() -> dict[str, dict[str, Any]]:
    """Per record type, each field's value kind (`entity`, `date`, ... or allowed words)."""
    types: dict[str, dict[str, Any]] = json.loads(FIELDS_FILE.read_text("utf-8"))["types"]
    return types


def gazetteer() -> Gazetteer | None:
    """The shipped gazetteer; None when its data is broken, so pages still show ids."""
    try:
        return load()
    except GazetteerError:
        return None


def correction_for(
    record: Record, action: str, field: str | None, value: Any, note: str = ""
) -> Correction:
    """The correction to store, or InvalidCorrection naming what is wrong."""
    if action not in ACTIONS:
        raise InvalidCorrection(f"unknown action {action!r}: use one of {', '.join(ACTIONS)}")
    if len(note) > MAX_NOTE:
        raise InvalidCorrection(f"the note is longer than {MAX_NOTE} characters")
    if action != "correct":
        return Correction(record.key, action, note=note)
    known = record_fields().get(record.type, {})
    if not field:
        raise InvalidCorrection("a correction needs a field")
    if field not in known:
        raise InvalidCorrection(
            f"{record.type} records have no field {field!r}; fields: {', '.join(known)}"
        )
    return Correction(record.key, "correct", field, parse_value(known[field], value), note)


def parse_value(kind: Any, raw: Any) -> Any:
    """`raw` (text from a form, or a JSON value) as the field's kind wants it;
    empty clears the field."""
    if raw is None or (isinstance(raw, str) and not raw.strip()):
        return None
    if isinstance(raw, str):
        raw = raw.strip()
    if isinstance(kind, list):
        return _one_of(kind, raw)
    parser = _PARSERS.get(kind)
    if parser is None:
        raise InvalidCorrection(f"no rule for values of kind {kind!r}")
    return parser(raw)


def _one_of(allowed: list[str], raw: Any) -> str:
    if raw not in allowed:
        raise InvalidCorrection(f"{raw!r} is not one of {', '.join(allowed)}")
    return str(raw)


def _entity(raw: Any) -> str:
    if not isinstance(raw, str):
        raise InvalidCorrection(f"{raw!r} is not an entity id")
    known = gazetteer()
    if known is not None and raw not in known:
        raise InvalidCorrection(f"unknown entity id {raw!r} (see /api/entities/ID)")
    return raw


def _entities(raw: Any) -> list[str]:
    items = [p.strip() for p in raw.split(",")] if isinstance(raw, str) else raw
    if not isinstance(items, list) or not all(isinstance(i, str) for i in items):
        raise InvalidCorrection(f"{raw!r} is not a list of entity ids")
    return [_entity(item) for item in items if item]


def date_problem(raw: Any) -> str | None:
    """What is wrong with `raw` as a date of the records (YYYY, YYYY-MM, YYYY-MM-DD
    or --MM-DD, on the calendar), or None when nothing is."""
    match = _DATE.match(raw) if isinstance(raw, str) else None
    if not match:
        return "is not a date (YYYY, YYYY-MM, YYYY-MM-DD or --MM-DD)"
    year, month, day, bare_month, bare_day = match.groups()
    try:  # 2024 is a leap year, so --02-29 passes and --02-30 does not
        dt.date(int(year or 2024), int(month or bare_month or 1), int(day or bare_day or 1))
    except ValueError:
        return "is not a date that exists"
    return None


def _date(raw: Any) -> str:
    problem = date_problem(raw)
    if problem:
        raise InvalidCorrection(f"{raw!r} {problem}")
    return str(raw)


def _period(raw: Any) -> str:
    parts = raw.split("/") if isinstance(raw, str) else [raw]
    if len(parts) > 2:
        raise InvalidCorrection(f"{raw!r} is not a period (a date or START/END)")
    return "/".join(_date(part) for part in parts)


def _integer(raw: Any) -> int:
    try:
        number = int(raw) if isinstance(raw, str) and len(raw) < 20 else raw
    except ValueError:
        number = None
    if isinstance(number, bool) or not isinstance(number, int) or not 1 <= number < 10**9:
        raise InvalidCorrection(f"{raw!r} is not a whole number from 1 to 999,999,999")
    return number


def _number(raw: Any) -> int | float:
    try:
        number = float(raw) if isinstance(raw, str) and len(raw) < 40 else raw
    except ValueError:
        number = None
    if isinstance(number, bool) or not isinstance(number, int | float) or not math.isfinite(number):
        raise InvalidCorrection(f"{raw!r} is not a finite number")
    return int(number) if float(number).is_integer() else number


def _text(raw: Any) -> str:
    if not isinstance(raw, str) or len(raw) > MAX_TEXT:
        raise InvalidCorrection(f"expected text of at most {MAX_TEXT} characters")
    return raw


_PARSERS = {
    "entity": _entity,
    "entities": _entities,
    "date": _date,
    "period": _period,
    "integer": _integer,
    "number": _number,
    "text": _text,
}


def apply_corrections(record: Record, corrections: Iterable[Correction]) -> Record | None:
    """The record as people reviewed it; None when they rejected it.

    Later corrections win over earlier ones, and all win over extraction. One
    that no longer validates is skipped and named in `record.invalid`.
    """
    for correction in corrections:
        if correction.record_key != record.key:
            continue
        try:
            checked = correction_for(
                record, correction.action, correction.field, correction.value, correction.note
            )
        except InvalidCorrection as exc:
            record.invalid.append(f"{correction.action} {correction.field or ''}: {exc}")
            continue
        if checked.action == "reject":
            record.review = "rejected"
        elif checked.action == "accept" and record.review != "corrected":
            record.review = "accepted"
        elif checked.action == "correct" and checked.field:
            record.fields[checked.field] = checked.value
            record.review = "corrected"
    return None if record.review == "rejected" else record
